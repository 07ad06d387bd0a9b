import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, memograph, ROOT, useScratch, type Place } from './run.ts';
import { main } from '../../src/cli/main.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';

/**
 * These tests run the real CLI in a child process, exactly as `npx memograph` does, and look only
 * at what a user sees: the exit status, the two output streams and the files on disk.
 */

const MINI_LIMA = 'test/fixtures/bundles/mini-lima';
const MINI_HAVANA = 'test/fixtures/bundles/mini-havana';
const CURATED = 'graph-data/peru-hostages-1996';

/** The linter's findings on the two small fixtures (each names one counterpart nowhere). */
const LIMA_UNNAMED = `${MINI_LIMA}/relations.json:41:17: warning: [unnamed-counterpart] relation "lima-4": the target "mrta" is not named in paragraph p2, by its name, an alias, or an actor it belongs to or that belongs to it; name it in an alias, or record the relation where the memo names it`;
const HAVANA_UNNAMED = `${MINI_HAVANA}/relations.json:7:17: warning: [unnamed-counterpart] relation "havana-1": the target "peru" is not named in paragraph p1, by its name, an alias, or an actor it belongs to or that belongs to it; name it in an alias, or record the relation where the memo names it`;

const SUMMARY =
  /^\d+ documents?, \d+ paragraphs?, \d+ actors?, \d+ relation types?, \d+ relations? \(\d+ hedged, \d+ negated\), \d+ warnings?$/;

const scratch = useScratch('memograph-cli-');
/** A fresh folder under the scratch folder, named relative to the repository as a user would. */
function freshDir(name: string): Place {
  const dir = scratch.place(name);
  mkdirSync(dir.abs, { recursive: true });
  return dir;
}
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}
/** The 1-based line and column of the first `needle` in a file. */
function positionIn(file: string, needle: string): string {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

describe('memograph help', () => {
  it('prints the usage for --help, for help, and with no arguments', () => {
    for (const args of [['--help'], ['help'], []]) {
      const r = memograph(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^memograph — check and compile annotation bundles/);
      expect(r.stdout).toContain('memograph check <bundle-folder | bundle.zip | dataset.json>...');
      expect(r.stdout).toContain(
        'memograph build <bundle-folder | bundle.zip>... --out <file.json> [--pretty]',
      );
      expect(r.stderr).toBe('');
    }
  });

  it('prints one command in detail', () => {
    const r = memograph('help', 'build');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: memograph build /);
    expect(r.stdout).toContain('--pretty');
    expect(memograph('check', '--help').stdout).toMatch(/^Usage: memograph check /);
  });
});

describe('memograph usage errors exit 2 with one line and a hint', () => {
  const cases: [string[], string][] = [
    [['chek', MINI_LIMA], 'memograph: unknown command "chek" (did you mean "check"?)'],
    [
      ['check', '--stict', MINI_LIMA],
      'memograph check: unknown option "--stict" (did you mean "--strict"?)',
    ],
    [
      ['build', MINI_LIMA, '--prety', '--out', 'x.json'],
      'memograph build: unknown option "--prety" (did you mean "--pretty"?)',
    ],
    [
      ['build', MINI_LIMA],
      'memograph build: missing --out <file.json>: say where to write the dataset',
    ],
    [['build', MINI_LIMA, '--out'], 'memograph build: --out needs a file name'],
    [['check'], 'memograph check: nothing to check: name a bundle folder or a dataset .json file'],
    [
      ['build', '--out', 'x.json'],
      'memograph build: nothing to build: name at least one bundle folder',
    ],
    [['help', 'chek'], 'memograph: no command "chek" (did you mean "check"?)'],
    [
      ['check', `${MINI_LIMA}/relations.json`],
      `memograph check: ${MINI_LIMA}/relations.json is a file of a bundle; give the bundle folder instead: memograph check ${MINI_LIMA}`,
    ],
  ];
  for (const [args, message] of cases) {
    it(args.join(' ') || '(nothing)', () => {
      const r = memograph(...args);
      expect(r.status).toBe(2);
      const [first, hint, ...rest] = r.stderr.split('\n');
      expect(first).toBe(message);
      expect(hint).toMatch(/^run "memograph (--help|help \w+)" for usage$/);
      expect(rest).toEqual(['']);
      expect(r.stdout).toBe('');
    });
  }
});

describe('memograph check', () => {
  it('passes the curated bundle with one summary line', () => {
    const r = memograph('check', CURATED);
    expect(r.stderr.split('\n').filter((l) => !l.includes(': warning: ') && l !== '')).toEqual([]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const [where, summary] = (lines[0] ?? '').split(': ok — ');
    expect(where).toBe(CURATED);
    expect(summary).toMatch(SUMMARY);
    expect(summary).toMatch(/^1 document, /);
  });

  it('passes a good bundle, showing its path as typed', () => {
    const r = memograph('check', `${MINI_LIMA}/`);
    // The linter's one finding: ¶2 never names the MRTA.
    expect(r.stderr).toBe(`${LIMA_UNNAMED}\n`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `${MINI_LIMA}: ok — 1 document, 2 paragraphs, 7 actors, 2 relation types, 4 relations (1 hedged, 1 negated), 1 warning\n`,
    );
  });

  it('checks bundles together, as build would merge them', () => {
    const r = memograph('check', MINI_LIMA, MINI_HAVANA);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`${LIMA_UNNAMED}\n${HAVANA_UNNAMED}\n`);
    expect(r.stdout).toBe(
      `${MINI_LIMA}, ${MINI_HAVANA}: ok — 2 documents, 3 paragraphs, 9 actors, 3 relation types, 6 relations (2 hedged, 1 negated), 2 warnings\n`,
    );
  });

  it('prints warnings on stderr, counts them, and still exits 0', () => {
    const dir = scratch.copy(MINI_LIMA, 'warned');
    edit(
      join(dir.abs, 'relations.json'),
      '"basis": "judgment"',
      '"basis": "judgment", "attributedTo": "INR"',
    );
    const r = memograph('check', dir.typed);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `${dir.typed}/relations.json:${positionIn(join(dir.abs, 'relations.json'), '"INR"')}: warning: relations[0].attributedTo: basis is "judgment", not "reported"; attributedTo is meant for reported claims — relation "lima-1"\n${LIMA_UNNAMED.replace(MINI_LIMA, dir.typed)}\n`,
    );
    expect(r.stdout).toMatch(/, 2 warnings\n$/);
  });
});

describe('memograph check reports bad input as file:line:col, without a stack trace', () => {
  it('malformed JSON', () => {
    const dir = scratch.copy(MINI_LIMA, 'malformed');
    const file = join(dir.abs, 'relations.json');
    edit(file, '"basis": "judgment"\n', '"basis": "judgment"\n,');
    const at = positionIn(file, '\n,') // the comma opens the next line
      .split(':')
      .map(Number);
    const r = memograph('check', dir.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${dir.typed}/relations.json:${(at[0] ?? 0) + 1}:1: trailing comma before "}"\n`,
    );
    expect(r.stdout).toBe('');
    expectNoStackTrace(r);
  });

  it('an unknown actor', () => {
    const dir = scratch.copy(MINI_LIMA, 'unknown-actor');
    const file = join(dir.abs, 'relations.json');
    edit(file, '"source": "fujimori"', '"source": "fujimoro"');
    const r = memograph('check', dir.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${dir.typed}/relations.json:${positionIn(file, '"fujimoro"')}: relations[2].source: unknown actor "fujimoro" (did you mean "fujimori"?) — relation "lima-3"\n`,
    );
    expectNoStackTrace(r);
  });

  it('a quote that is not in its paragraph', () => {
    const dir = scratch.copy(MINI_LIMA, 'bad-quote');
    const file = join(dir.abs, 'relations.json');
    edit(file, 'probably holds the Japanese ambassador', 'probably holds the Peruvian ambassador');
    const r = memograph('check', dir.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${dir.typed}/relations.json:${positionIn(file, '"The MRTA probably holds the Peruvian')}: relations[0].quote: not found in paragraph p1, whitespace aside; it matches as far as "The MRTA probably holds the", then the paragraph reads "Japanese ambassador in the" where the quote has "Peruvian ambassador"; p1 (${dir.typed}/memo.txt, line 3) begins "The MRTA probably holds the Japanese ambassador in the residence. The MRTA does…" — relation "lima-1"\n`,
    );
    expectNoStackTrace(r);
  });

  it('a missing source text', () => {
    const dir = scratch.copy(MINI_LIMA, 'no-source');
    unlinkSync(join(dir.abs, 'memo.txt'));
    const r = memograph('check', dir.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${dir.typed}/document.json:${positionIn(join(dir.abs, 'document.json'), '"memo.txt"')}: source: the source text "memo.txt" is not in ${dir.typed}; it must sit beside document.json\n`,
    );
    expectNoStackTrace(r);
  });

  it('a missing bundle file', () => {
    const dir = scratch.copy(MINI_LIMA, 'no-actors');
    unlinkSync(join(dir.abs, 'actors.json'));
    const r = memograph('check', dir.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${dir.typed}/actors.json: file not found; a bundle holds document.json, actors.json, relation-types.json, relations.json and the source text\n`,
    );
    expectNoStackTrace(r);
  });

  it('a bundle folder that does not exist', () => {
    const r = memograph('check', 'graph-data/no-such-bundle');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('graph-data/no-such-bundle: bundle folder not found\n');
    expect(r.stdout).toBe('');
    expectNoStackTrace(r);
  });

  it('a dataset file with a broken reference, and one that does not exist', () => {
    const out = join(freshDir('broken-dataset').abs, 'data.json');
    expect(memograph('build', MINI_LIMA, '--out', out, '--pretty').status).toBe(0);
    edit(out, '"target": "icrc"', '"target": "icrk"');
    const r = memograph('check', out, join(scratch.dir, 'missing.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `${out}:${positionIn(out, '"icrk"')}: relations[2].target: unknown actor "icrk" (did you mean "icrc"?) — relation "lima-3"\n` +
        `${join(scratch.dir, 'missing.json')}: file not found\n`,
    );
    expectNoStackTrace(r);
  });
});

describe('memograph build', () => {
  it('writes a dataset that parseDataset accepts and that has the contract shape', () => {
    const dir = freshDir('build-one');
    const out = join(dir.typed, 'peru.json');
    const r = memograph('build', MINI_LIMA, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `wrote ${out} — 1 document, 2 paragraphs, 7 actors, 2 relation types, 4 relations (1 hedged, 1 negated), 0 warnings\n`,
    );
    const text = readFileSync(join(ROOT, out), 'utf8');
    expect(text.split('\n')).toHaveLength(2); // compact: one line and the final newline
    const { dataset, diagnostics } = parseDataset(text, out);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(dataset ?? {})).toEqual([
      'schemaVersion',
      'documents',
      'actors',
      'relationTypes',
      'relations',
    ]);
    expect(dataset?.schemaVersion).toBe(2);
    const lima4 = dataset?.relations.find((r) => r.id === 'lima-4');
    const p2 = dataset?.documents[0]?.paragraphs.find((p) => p.id === 'p2');
    expect(lima4).toMatchObject({ document: 'mini-lima', start: 108, end: 129 });
    expect(p2?.text.slice(lima4?.start, lima4?.end)).toBe(lima4?.quote);
    expect(readdirSync(dir.abs)).toEqual(['peru.json']); // no temporary file left behind
    expect(memograph('check', out).stdout).toMatch(new RegExp(`^${out}: ok — `));
  });

  it('indents with --pretty, and accepts --out=file and -o file', () => {
    const dir = freshDir('build-pretty');
    const a = join(dir.abs, 'a.json');
    const b = join(dir.abs, 'b.json');
    expect(memograph('build', MINI_LIMA, `--out=${a}`, '--pretty').status).toBe(0);
    expect(memograph('build', '-o', b, MINI_LIMA).status).toBe(0);
    const pretty = readFileSync(a, 'utf8');
    expect(pretty.startsWith('{\n  "schemaVersion": 2,\n')).toBe(true);
    expect(JSON.parse(pretty)).toEqual(JSON.parse(readFileSync(b, 'utf8')));
  });

  it('merges several bundles into one dataset', () => {
    const out = join(freshDir('build-merged').abs, 'merged.json');
    const r = memograph('build', MINI_LIMA, MINI_HAVANA, '--out', out);
    expect(r.status).toBe(0);
    const { dataset } = parseDataset(readFileSync(out, 'utf8'), out);
    expect(dataset?.documents.map((d) => d.id)).toEqual(['mini-lima', 'mini-havana']);
    expect(dataset?.actors.find((a) => a.id === 'mrta')?.aliases).toEqual([
      'the terrorists',
      'Tupac Amaru',
    ]);
    expect(dataset?.relations.map((r) => r.document)).toEqual([
      'mini-lima',
      'mini-lima',
      'mini-lima',
      'mini-lima',
      'mini-havana',
      'mini-havana',
    ]);
  });

  it('writes nothing on error and leaves an existing output untouched', () => {
    const dir = scratch.copy(MINI_LIMA, 'build-broken');
    edit(join(dir.abs, 'relations.json'), '"target": "icrc"', '"target": "icrk"');
    const outDir = freshDir('build-broken-out');
    const existing = join(outDir.abs, 'data.json');
    writeFileSync(existing, 'previous build\n');
    const before = statSync(existing).mtimeMs;
    const fresh = join(outDir.abs, 'new.json');

    for (const out of [existing, fresh]) {
      const r = memograph('build', dir.typed, '--out', out);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${dir.typed}/relations.json:`);
      expect(r.stderr).toContain('unknown actor "icrk" (did you mean "icrc"?)');
      expect(
        r.stderr.endsWith(`memograph build: ${out} not written because of the errors above\n`),
      ).toBe(true);
      expect(r.stdout).toBe('');
      expectNoStackTrace(r);
    }
    expect(readFileSync(existing, 'utf8')).toBe('previous build\n');
    expect(statSync(existing).mtimeMs).toBe(before);
    expect(existsSync(fresh)).toBe(false);
    expect(readdirSync(outDir.abs)).toEqual(['data.json']);
  });

  it('refuses to write over a folder, and a bundle folder that does not exist', () => {
    const dir = freshDir('build-into-folder');
    const r = memograph('build', MINI_LIMA, '--out', dir.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`memograph: cannot write ${dir.typed}: it is a folder\n`);
    const missing = memograph(
      'build',
      'graph-data/no-such-bundle',
      '--out',
      join(dir.abs, 'x.json'),
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('graph-data/no-such-bundle: bundle folder not found\n');
    expect(existsSync(join(dir.abs, 'x.json'))).toBe(false);
    expectNoStackTrace(r);
    expectNoStackTrace(missing);
  });
});

describe('main', () => {
  it('turns an unexpected failure into one line and exit status 70', async () => {
    let err = '';
    const status = await main(['--help'], {
      stdout: () => {
        throw new TypeError('stdout is gone');
      },
      stderr: (s) => {
        err += s;
      },
      cwd: ROOT,
    });
    expect(status).toBe(70);
    expect(err).toBe('memograph: internal error: stdout is gone\n');
  });
});
