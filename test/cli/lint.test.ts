import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, memograph, ROOT, useScratch, type Place } from './run.ts';
import { parseJson } from '../../src/model/json/json-source.ts';

/**
 * `memograph check` and `build` with the annotation linter, run as a user runs them: warnings by
 * default, errors under --strict, each at the relation's field in relations.json.
 */

const CRAFTED = 'test/fixtures/lint/crafted';
const CURATED = 'graph-data/peru-hostages-1996';

const scratch = useScratch('memograph-lint-');
let n = 0;
/** A copy of a bundle, named relative to the repository as a user would type it. */
function copyOf(bundle: string): Place {
  return scratch.copy(bundle, `b${n++}`);
}

type Relation = Record<string, unknown> & { id: string };
function readRelations(folder: string): { relations: Relation[] } {
  return JSON.parse(readFileSync(join(folder, 'relations.json'), 'utf8')) as {
    relations: Relation[];
  };
}
/** Writes relations.json and returns where a field of one relation now is: "12:7". */
function writeRelations(
  folder: string,
  value: { relations: Relation[] },
): (index: number, ...field: (string | number)[]) => string {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(folder, 'relations.json'), text);
  const json = parseJson(text, 'relations.json');
  return (index, ...field) => {
    const p = json.locate(['relations', index, ...field]);
    return `${p.line}:${p.column}`;
  };
}

const RULES_FIRED = [
  ['attribution-cue', 'said-fact', 'basis'],
  ['estimative-word', 'probably-null', 'likelihood'],
  ['likelihood-term-absent', 'term-elsewhere', 'likelihood', 'term'],
  ['negation-cue', 'not-affirmed', 'polarity'],
  ['indeterminate-cue', 'not-necessarily-negated', 'polarity'],
  ['duplicate-relation', 'icrc-mrta-again', 'id'],
  ['unnamed-counterpart', 'icrc-fujimori-unnamed', 'target'],
  ['inconsistent-clause', 'may-fact', 'basis'],
] as const;

describe('memograph check lints bundles', () => {
  it('prints every finding as a warning at its field, and passes', () => {
    const b = copyOf(CRAFTED);
    const at = writeRelations(b.abs, readRelations(b.abs));
    const ids = readRelations(b.abs).relations.map((r) => r.id);
    const r = memograph('check', b.typed);
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES_FIRED.length);
    RULES_FIRED.forEach(([rule, id, ...field], i) => {
      expect(lines[i]).toMatch(
        new RegExp(
          `^${b.typed}/relations\\.json:${at(ids.indexOf(id), ...field)}: warning: \\[${rule}\\] relation "${id}"`,
        ),
      );
    });
    expect(r.stdout).toMatch(/: ok — .*, 8 warnings\n$/);
  });

  it('--strict makes them errors and fails', () => {
    const r = memograph('check', '--strict', CRAFTED);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES_FIRED.length);
    for (const [i, [rule]] of RULES_FIRED.entries()) {
      expect(lines[i]).toMatch(
        new RegExp(`^${CRAFTED}/relations\\.json:\\d+:\\d+: \\[${rule}\\] `),
      );
    }
    expectNoStackTrace(r);
  });

  it('stays quiet, even under --strict, on relations that reviewed their rule', () => {
    const b = copyOf(CRAFTED);
    const value = readRelations(b.abs);
    for (const [rule, id] of RULES_FIRED) {
      value.relations.find((x) => x.id === id)!.reviewed = [{ rule, why: 'Read again: it holds.' }];
    }
    writeRelations(b.abs, value);
    const r = memograph('check', b.typed, '--strict');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: ok — .*, 0 warnings\n$/);
  });

  it('refuses an unknown rule in reviewed, at its line, with a did-you-mean, in check and build', () => {
    const b = copyOf(CRAFTED);
    const value = readRelations(b.abs);
    value.relations[3]!.reviewed = [
      { rule: 'negation-cue', why: 'Fine.' },
      { rule: 'negaton-cue', why: 'Typo.' },
    ];
    const at = writeRelations(b.abs, value);
    const expected = `${b.typed}/relations.json:${at(3, 'reviewed', 1, 'rule')}: relations[3].reviewed[1].rule: unknown linter rule "negaton-cue" (did you mean "negation-cue"?)`;
    const check = memograph('check', b.typed);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(expected);
    const out = join(scratch.dir, 'never.json');
    const build = memograph('build', b.typed, '--out', out);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(expected);
    expect(build.stderr).toContain('not written because of the errors above');
  });

  it('refuses an empty or blank why at its line', () => {
    for (const why of ['', ' \t ']) {
      const b = copyOf(CRAFTED);
      const value = readRelations(b.abs);
      value.relations[1]!.reviewed = [{ rule: 'estimative-word', why }];
      const at = writeRelations(b.abs, value);
      const r = memograph('check', b.typed);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${b.typed}/relations.json:${at(1, 'reviewed', 0, 'why')}: `);
      expectNoStackTrace(r);
    }
  });
});

describe('memograph build and the linter', () => {
  it('does not lint without --strict', () => {
    const out = join(scratch.dir, 'plain.json');
    const r = memograph('build', CRAFTED, '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('"schemaVersion":2');
  });

  it('refuses to write under --strict when the linter finds anything', () => {
    const out = join(scratch.dir, 'strict.json');
    const r = memograph('build', CRAFTED, '--strict', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/relations\.json:\d+:\d+: \[attribution-cue\] /);
    expect(r.stderr).toContain(`memograph build: ${out} not written because of the errors above`);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('planted slips in a copy of the curated bundle fail --strict at their line', () => {
  /** The relations whose clause or sentence holds a cue, read through the CLI's own dataset. */
  function curatedDataset(): {
    relations: (Relation & { start: number; end: number; paragraph: string })[];
    paragraphs: Map<string, string>;
  } {
    const out = join(scratch.dir, `curated-${n++}.json`);
    const r = memograph('build', CURATED, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(readFileSync(out, 'utf8')) as {
      documents: { paragraphs: { id: string; text: string }[] }[];
      relations: (Relation & { start: number; end: number; paragraph: string })[];
    };
    return {
      relations: d.relations,
      paragraphs: new Map(d.documents[0]!.paragraphs.map((p) => [p.id, p.text])),
    };
  }

  const reviews = (r: Relation, rule: string) =>
    Array.isArray(r.reviewed) && r.reviewed.some((x: { rule: string }) => x.rule === rule);

  it('a reported relation recorded as fact, without attributedTo', async () => {
    const { quoteContext } = await import('../../src/model/lint/quote-context.ts');
    const { relations, paragraphs } = curatedDataset();
    const target = relations.find((r) => {
      if (r.basis !== 'reported' || reviews(r, 'attribution-cue')) return false;
      const text = paragraphs.get(r.paragraph)!;
      return quoteContext(text, r.start, r.end).sentenceCues.some((c) => c.kind === 'attribution');
    });
    expect(target, 'a reported relation with an attribution cue').toBeDefined();
    const b = copyOf(CURATED);
    const before = memograph('check', b.typed, '--strict');
    expect(before.stderr).not.toContain(`[attribution-cue] relation "${target!.id}"`);
    const value = readRelations(b.abs);
    const index = value.relations.findIndex((r) => r.id === target!.id);
    const planted = value.relations[index]!;
    planted.basis = 'fact';
    delete planted.attributedTo;
    const at = writeRelations(b.abs, value);
    const r = memograph('check', b.typed, '--strict');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${b.typed}/relations.json:${at(index, 'basis')}: [attribution-cue] relation "${target!.id}"`,
    );
  });

  it('a "probably" relation whose likelihood is set to null', async () => {
    const { quoteContext } = await import('../../src/model/lint/quote-context.ts');
    const { relations, paragraphs } = curatedDataset();
    const target = relations.find((r) => {
      const term = (r.likelihood as { term?: string } | null)?.term?.toLowerCase();
      if (term !== 'probably' || reviews(r, 'estimative-word')) return false;
      const text = paragraphs.get(r.paragraph)!;
      return quoteContext(text, r.start, r.end).clauseCues.some(
        (c) => c.text.toLowerCase() === 'probably',
      );
    });
    expect(target, 'a relation hedged with "probably" in its clause').toBeDefined();
    const b = copyOf(CURATED);
    const value = readRelations(b.abs);
    const index = value.relations.findIndex((r) => r.id === target!.id);
    value.relations[index]!.likelihood = null;
    const at = writeRelations(b.abs, value);
    const r = memograph('check', '--strict', b.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${b.typed}/relations.json:${at(index, 'likelihood')}: [estimative-word] relation "${target!.id}"`,
    );
  });
});

describe('files that are not UTF-8 text', () => {
  it('names a UTF-16 memo', () => {
    const b = copyOf(CRAFTED);
    const memo = readFileSync(join(b.abs, 'memo.txt'), 'utf8');
    writeFileSync(
      join(b.abs, 'memo.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(memo, 'utf16le')]),
    );
    const r = memograph('check', b.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${b.typed}/memo.txt: the file is UTF-16 text; save it as UTF-8\n`);
    expect(r.stdout).toBe('');
  });

  it('names the line and column of the first byte that is not UTF-8 in relations.json', () => {
    const b = copyOf(CRAFTED);
    const file = join(b.abs, 'relations.json');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('holds the Japanese');
    const before = text.slice(0, at).split('\n');
    const line = before.length;
    const column = before.at(-1)!.length + 1;
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(text.slice(0, at), 'utf8'),
        Buffer.from([0xff]),
        Buffer.from(text.slice(at), 'utf8'),
      ]),
    );
    for (const command of [['check'], ['build', '--out', join(scratch.dir, 'bytes.json')]]) {
      const r = memograph(...command, b.typed);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        `${b.typed}/relations.json:${line}:${column}: the file is not UTF-8 text: byte 0xFF at line ${line}, column ${column} cannot start a character\n`,
      );
      expectNoStackTrace(r);
    }
  });

  it('names a dataset file that is not UTF-8 and goes on to the next', () => {
    const bad = join(scratch.dir, 'latin.json');
    writeFileSync(bad, Buffer.from([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d]));
    const typed = relative(ROOT, bad);
    const r = memograph('check', typed, join(scratch.dir, 'missing.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${typed}:2:2: the file is not UTF-8 text: byte 0xE9 at line 2, column 2 starts a character that byte 0x22 does not continue\n`,
    );
    expect(r.stderr).toContain('missing.json: file not found');
  });
});

describe('memograph help', () => {
  it('names --strict for check and build', () => {
    expect(memograph('--help').stdout).toContain(
      'memograph check <bundle-folder | bundle.zip | dataset.json>... [--strict]',
    );
    expect(memograph('help', 'check').stdout).toContain('--strict');
    expect(memograph('help', 'build').stdout).toContain('--strict');
  });
});
