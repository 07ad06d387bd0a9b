import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, memograph, ROOT, useScratch } from './run.ts';

const SEED_BUNDLE = 'graph-data/peru-hostages-1996';
const SEED_MEMO = `${SEED_BUNDLE}/inr-1996-12-28-peru-hostages-what-next.txt`;
const TINY = 'test/fixtures/new/tiny-note.txt';
const HINT = 'run "memograph help new" for usage\n';

const scratch = useScratch('memograph-new-');

/** A path in the scratch folder as typed from the repository, where the CLI runs. */
function typed(name: string): string {
  return relative(ROOT, join(scratch.dir, name));
}

/** Every file under a folder, with its bytes as text. */
function files(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(folder).sort()) {
    out[name] = readFileSync(join(folder, name), 'latin1');
  }
  return out;
}

/** A built dataset's paragraphs, every field the dataset contract gives them. */
interface BuiltParagraph {
  id: string;
  n: number;
  heading: string | null;
  marking: string | null;
  text: string;
  page: number;
}

function builtParagraphs(datasetFile: string): BuiltParagraph[] {
  return JSON.parse(readFileSync(datasetFile, 'utf8')).documents[0].paragraphs;
}

describe('memograph new on the seed memo', () => {
  it('writes a bundle that check accepts and build compiles to the curated paragraphs', () => {
    const out = typed('seed');
    const r = memograph('new', SEED_MEMO, '--out', out);
    expectNoStackTrace(r);
    expect(r.status).toBe(0);
    // The seed memo is one the parser reads without a doubt.
    expect(r.stderr).toBe('');

    const memo = readFileSync(join(ROOT, SEED_MEMO));
    expect(readFileSync(join(ROOT, out, 'inr-1996-12-28-peru-hostages-what-next.txt'))).toEqual(
      memo,
    );
    expect(Object.keys(files(join(ROOT, out)))).toEqual([
      'actors.json',
      'document.json',
      'inr-1996-12-28-peru-hostages-what-next.txt',
      'relation-types.json',
      'relations.json',
    ]);
    const document = JSON.parse(readFileSync(join(ROOT, out, 'document.json'), 'utf8'));
    expect(document).toEqual({
      id: 'inr-1996-12-28-peru-hostages-what-next',
      source: 'inr-1996-12-28-peru-hostages-what-next.txt',
      issuer: 'Unknown issuer (edit document.json)',
      date: '1996-12-28',
      citation: { documentType: 'Memorandum', office: 'INR' },
    });
    // Outside the repository there is no schema folder to point at.
    expect(document.$schema).toBeUndefined();
    const relationTypes = JSON.parse(
      readFileSync(join(ROOT, out, 'relation-types.json'), 'utf8'),
    ).relationTypes;
    const standard = JSON.parse(
      readFileSync(join(ROOT, SEED_BUNDLE, 'relation-types.json'), 'utf8'),
    ).relationTypes;
    expect(relationTypes).toEqual(standard);
    expect(relationTypes).toHaveLength(28);
    expect(JSON.parse(readFileSync(join(ROOT, out, 'relations.json'), 'utf8'))).toEqual({
      relations: [],
    });
    const actors = JSON.parse(readFileSync(join(ROOT, out, 'actors.json'), 'utf8')).actors;
    const names = actors.map((a: { name: string }) => a.name);
    for (const name of ['MRTA', 'Fujimori', 'Cuba', 'ICRC', 'Sendero Luminoso', 'G-7']) {
      expect(names).toContain(name);
    }
    for (const a of actors) expect(a.description).toMatch(/^Suggested by memograph new: /);

    expect(r.stdout).toContain('title: Peru/Hostages: What Next? (U)\n');
    expect(r.stdout).toContain('10 paragraphs, 5 headings, 3 pages:\n');
    expect(r.stdout).toContain('  heading: Logistics and limelight\n');
    expect(r.stdout).toContain('    ¶8 (S/NF) p.2: It would be difficult to overestimate');
    expect(r.stdout).toContain('  page 2 begins inside ¶5: rejoined\n');
    expect(r.stdout).toContain('  p.2 exemption: B1\n');
    expect(r.stdout).toContain('  redaction [redacted] in ¶8\n');
    expect(r.stdout).toContain('  MRTA — other, named 15×\n');
    expect(r.stdout).toContain('fill in document.json: "issuer" is "Unknown issuer');
    expect(r.stdout).toContain(
      `next:\n  memograph check ${out}\n  memograph build ${out} --out ${out}.json\n`,
    );

    const check = memograph('check', out);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(', 0 warnings');

    const built = memograph('build', out, '--out', `${out}.json`);
    expect(built.status).toBe(0);
    const curated = memograph('build', SEED_BUNDLE, '--out', typed('curated.json'));
    expect(curated.status).toBe(0);
    const mine = builtParagraphs(join(ROOT, `${out}.json`));
    expect(mine).toHaveLength(10);
    expect(mine).toEqual(builtParagraphs(join(ROOT, typed('curated.json'))));
  });

  it('points $schema at the repository schemas when the bundle is written inside it', () => {
    const name = `new-test-${process.pid}`;
    const out = `test-results/${name}`;
    try {
      const r = memograph('new', SEED_MEMO, '--out', out, '--id', 'peru-copy');
      expect(r.status).toBe(0);
      for (const file of ['document', 'actors', 'relation-types', 'relations']) {
        const value = JSON.parse(readFileSync(join(ROOT, out, `${file}.json`), 'utf8'));
        expect(value.$schema).toBe(`../../graph-data/schema/${file}.schema.json`);
      }
      const document = JSON.parse(readFileSync(join(ROOT, out, 'document.json'), 'utf8'));
      expect(document.id).toBe('peru-copy');
      expect(memograph('check', out).status).toBe(0);
    } finally {
      rmSync(join(ROOT, out), { recursive: true, force: true });
    }
  });
});

describe('memograph new on a made-up memo', () => {
  it('reads its document type, numbers, markings and date, and suggests its actors', () => {
    const out = typed('tiny');
    const r = memograph('new', TINY, '-o', out);
    expectNoStackTrace(r);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('document type: INTELLIGENCE NOTE\n');
    expect(r.stdout).toContain('date: 1998-03-12\n');
    expect(r.stdout).toContain('    ¶2 2. (C) p.1: President Rudolf Elphberg told the Ruritanian');
    expect(r.stdout).toContain(
      '  International Committee of the Red Cross (also ICRC) — international-organisation, named 4×\n',
    );
    const document = JSON.parse(readFileSync(join(ROOT, out, 'document.json'), 'utf8'));
    expect(document.citation).toEqual({ documentType: 'INTELLIGENCE NOTE' });
    expect(document.id).toBe('tiny-note');

    const check = memograph('check', out);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const built = memograph('build', out, '--out', `${out}.json`);
    expect(built.status).toBe(0);
    const paragraphs = builtParagraphs(join(ROOT, `${out}.json`));
    expect(paragraphs.map((p) => p.marking)).toEqual(['S//NF', 'C', 'U']);
    expect(paragraphs[0]!.text).toMatch(/^The International Committee/);
  });
});

describe('memograph new on a cable', () => {
  it('takes the issuer from the FM line and suggests nothing from text in capitals', () => {
    const out = typed('cable');
    const r = memograph('new', 'test/fixtures/new/cable.txt', '--out', out);
    expectNoStackTrace(r);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('header from: AMEMBASSY LIMA\n');
    expect(r.stdout).toContain('no actor was suggested: add the actors to actors.json');
    expect(r.stdout).not.toContain('fill in document.json');
    const document = JSON.parse(readFileSync(join(ROOT, out, 'document.json'), 'utf8'));
    expect(document.issuer).toBe('AMEMBASSY LIMA');
    expect(memograph('check', out).status).toBe(0);
  });
});

describe('memograph new never loses what is there', () => {
  it('refuses a folder that is not empty without --force, and changes nothing', () => {
    const dir = join(scratch.dir, 'busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.md'), 'mine\n');
    const r = memograph('new', TINY, '--out', typed('busy'));
    expectNoStackTrace(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `memograph new: --out ${typed('busy')} is not empty (it holds "notes.md"); add --force to replace the bundle files new writes there (nothing else is touched), or choose a new folder\n${HINT}`,
    );
    expect(r.stdout).toBe('');
    expect(files(dir)).toEqual({ 'notes.md': 'mine\n' });
  });

  it('with --force replaces only its own files and keeps the user’s', () => {
    const dir = join(scratch.dir, 'again');
    expect(memograph('new', TINY, '--out', typed('again')).status).toBe(0);
    writeFileSync(join(dir, 'notes.md'), 'mine\n');
    writeFileSync(join(dir, 'old-memo.txt'), 'an older memo\n');
    writeFileSync(join(dir, 'actors.json'), '{ "actors": [] }\n');
    const r = memograph('new', TINY, '--out', typed('again'), '--force');
    expectNoStackTrace(r);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'replaced (--force): actors.json, document.json, relation-types.json, relations.json, tiny-note.txt\n',
    );
    expect(r.stdout).toContain(
      'left as they were (new writes only its own files): notes.md, old-memo.txt\n',
    );
    const after = files(dir);
    expect(after['notes.md']).toBe('mine\n');
    expect(after['old-memo.txt']).toBe('an older memo\n');
    expect(JSON.parse(after['actors.json']!).actors.length).toBeGreaterThan(0);
    expect(Object.keys(after).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses an --out inside an existing bundle folder, as build does', () => {
    const bundle = scratch.copy(SEED_BUNDLE, 'bundle');
    const before = files(bundle.abs);
    const r = memograph('new', TINY, '--out', `${bundle.typed}/inner`);
    expectNoStackTrace(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `--out ${bundle.typed}/inner is inside the bundle folder ${bundle.typed}; new never writes into a bundle`,
    );
    expect(existsSync(join(bundle.abs, 'inner'))).toBe(false);
    expect(files(bundle.abs)).toEqual(before);
  });

  it('refuses an --out that is a file', () => {
    writeFileSync(join(scratch.dir, 'a-file'), 'x');
    const r = memograph('new', TINY, '--out', typed('a-file'));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `memograph new: --out ${typed('a-file')} is a file; new writes a bundle folder\n${HINT}`,
    );
  });
});

describe('memograph new on files that are not memos', () => {
  /** Runs new on a scratch file that is no memo: it must say so, fail, and write nothing. */
  function refused(name: string, content: string | Buffer, out: string): string {
    writeFileSync(join(scratch.dir, name), content);
    const r = memograph('new', typed(name), '--out', typed(out));
    expectNoStackTrace(r);
    expect(r.status).toBe(1);
    expect(existsSync(join(scratch.dir, out))).toBe(false);
    return r.stderr;
  }

  it('says a binary file is not text, and writes nothing', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    expect(refused('picture.txt', png, 'from-binary')).toContain(
      `memograph new: ${typed('picture.txt')} is not a text file; new reads a memo saved as UTF-8 text; nothing written\n`,
    );
  });

  it('says an empty file is empty, and writes nothing', () => {
    expect(refused('empty.txt', '\n \n', 'from-empty')).toBe(
      `memograph new: ${typed('empty.txt')} is empty: there is no memo in it; nothing written\n`,
    );
  });

  it('says when no paragraph is found, and writes nothing', () => {
    expect(
      refused('furniture.txt', 'SECRET//NOFORN\n\n12 March 1998\n', 'from-furniture'),
    ).toContain(
      `memograph new: no paragraphs found in ${typed('furniture.txt')}; a memo is blocks of prose separated by blank lines; nothing written\n`,
    );
  });

  it('prints the parser’s warnings as file:line:col: warning:', () => {
    const memo = 'A Title (U)\n\nFirst paragraph of the memo. (C)\n\nSecond one here. (C)\n\n7\n';
    writeFileSync(join(scratch.dir, 'doubt.txt'), memo);
    const r = memograph('new', typed('doubt.txt'), '--out', typed('from-doubt'));
    expectNoStackTrace(r);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^${typed('doubt.txt')}:\\d+:\\d+: warning: `, 'm'));
  });
});

describe('memograph new command line', () => {
  const cases: [string[], string][] = [
    [['new', TINY], 'memograph new: missing --out <folder>: say where to write the bundle'],
    [['new', '--out', 'x'], 'memograph new: name the memo to read: a .txt file'],
    [
      ['new', TINY, '--out', 'x', '--forse'],
      'memograph new: unknown option "--forse" (did you mean "--force"?)',
    ],
    [
      ['new', TINY, '--out', 'x', '--id', 'Not An Id'],
      `memograph new: --id "Not An Id" is not a document id: lower-case letters, digits, '.', '_' and '-', beginning with a letter or digit`,
    ],
    [
      ['new', TINY, TINY, '--out', 'x'],
      `memograph new: one memo at a time; got 2: ${TINY}, ${TINY}`,
    ],
    [
      ['new', 'test/fixtures/new', '--out', 'x'],
      'memograph new: test/fixtures/new is a folder; new reads one memo, a .txt file',
    ],
    [['nwe', TINY], 'memograph: unknown command "nwe" (did you mean "new"?)'],
  ];
  for (const [args, message] of cases) {
    it(`${args.join(' ')} → exit 2`, () => {
      const r = memograph(...args);
      expectNoStackTrace(r);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(message);
    });
  }

  it('is in the help', () => {
    expect(memograph('--help').stdout).toContain(
      'memograph new <document.txt> --out <folder> [--force] [--id <bundle-id>]',
    );
    const r = memograph('help', 'new');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: memograph new /);
    expect(memograph('new', '--help').stdout).toBe(r.stdout);
  });
});
