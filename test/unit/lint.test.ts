import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleSource } from '../../src/model/annotation/bundle-source.ts';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import type { Dataset } from '../../src/model/contract/types.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import { lintDataset } from '../../src/model/lint/lint.ts';
import { lintDiagnostics } from '../../src/model/lint/lint-diagnostics.ts';
import { LINT_RULE_IDS, LINT_RULES } from '../../src/model/lint/rules.ts';

/** The linter on a bundle crafted so that each rule fires exactly once. */

const FOLDER = join(import.meta.dirname, '../fixtures/lint/crafted');
const NAME = 'crafted';

type RelationJson = Record<string, unknown> & { id: string };

function relationsJson(): { relations: RelationJson[] } {
  return JSON.parse(readFileSync(join(FOLDER, 'relations.json'), 'utf8')) as {
    relations: RelationJson[];
  };
}

/** The crafted bundle, its relations.json replaced when given. */
function source(relations?: string): BundleSource {
  return {
    name: NAME,
    exists: true,
    readFile: (file) =>
      file === 'relations.json' && relations !== undefined
        ? relations
        : readFileSync(join(FOLDER, file), 'utf8'),
  };
}

function compiled(relations?: string) {
  const result = compileBundles([source(relations)]);
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  return result as typeof result & { dataset: Dataset };
}

/** Which rule fired on which relation. */
function fired(dataset: Dataset): string[] {
  return lintDataset(dataset).map((f) => `${f.rule} ${f.relation}`);
}

const EXPECTED = [
  'attribution-cue said-fact',
  'estimative-word probably-null',
  'likelihood-term-absent term-elsewhere',
  'negation-cue not-affirmed',
  'indeterminate-cue not-necessarily-negated',
  'duplicate-relation icrc-mrta-again',
  'unnamed-counterpart icrc-fujimori-unnamed',
  'inconsistent-clause may-fact',
];

describe('lintDataset', () => {
  it('has one summary per rule, ids unique', () => {
    expect(new Set(LINT_RULE_IDS).size).toBe(LINT_RULES.length);
    for (const r of LINT_RULES) expect(r.summary).toMatch(/^\S.*\.$/);
  });

  it('fires every rule once on the crafted bundle, on the relation that earns it', () => {
    expect(fired(compiled().dataset)).toEqual(EXPECTED);
  });

  it('covers every rule', () => {
    expect(new Set(EXPECTED.map((e) => e.split(' ')[0]))).toEqual(new Set(LINT_RULE_IDS));
  });

  it('points each finding at the field in relations.json', () => {
    const c = compiled();
    const lines = lintDiagnostics(lintDataset(c.dataset), c.relationOrigins, 'warning').map(
      formatDiagnostic,
    );
    const text = readFileSync(join(FOLDER, 'relations.json'), 'utf8').split('\n');
    const at = (line: string) => {
      const m = /^crafted\/relations\.json:(\d+):(\d+): warning: \[([a-z-]+)\] /.exec(line);
      expect(m, line).not.toBeNull();
      return { line: Number(m![1]), column: Number(m![2]), rule: m![3] };
    };
    const attribution = at(lines[0]!);
    expect(attribution.rule).toBe('attribution-cue');
    expect(text[attribution.line - 1]!.slice(attribution.column - 1)).toMatch(/^"fact"/);
    const term = at(lines[2]!);
    expect(text[term.line - 1]).toContain('"term": "probably"');
    expect(text[term.line - 1]!.slice(term.column - 1)).toMatch(/^"probably"/);
    const polarity = at(lines[3]!);
    expect(text[polarity.line - 1]!.slice(polarity.column - 1)).toMatch(/^"affirmed"/);
  });

  it('is silenced, rule by rule, by reviewed entries', () => {
    const json = relationsJson();
    for (const entry of EXPECTED) {
      const [rule, id] = entry.split(' ') as [string, string];
      const r = json.relations.find((x) => x.id === id)!;
      r.reviewed = [{ rule, why: 'Reviewed against the memo.' }];
    }
    expect(fired(compiled(JSON.stringify(json, null, 2)).dataset)).toEqual([]);
  });

  it('keeps the other rules when one is reviewed', () => {
    const json = relationsJson();
    json.relations.find((x) => x.id === 'said-fact')!.reviewed = [
      { rule: 'negation-cue', why: 'Not the rule that fires here.' },
    ];
    expect(fired(compiled(JSON.stringify(json, null, 2)).dataset)).toEqual(EXPECTED);
  });

  it('lets either relation of a pair review a pair rule', () => {
    const json = relationsJson();
    json.relations.find((x) => x.id === 'icrc-mrta')!.reviewed = [
      { rule: 'duplicate-relation', why: 'Two sendings.' },
    ];
    expect(fired(compiled(JSON.stringify(json, null, 2)).dataset)).not.toContain(
      'duplicate-relation icrc-mrta-again',
    );
  });

  it('counts an actor named through one it belongs to or that belongs to it', () => {
    const json = relationsJson();
    // p1 names "the Japanese ambassador", a member of Japan, but never Japan itself.
    json.relations.push({
      ...json.relations[0]!,
      id: 'japan-through-its-ambassador',
      target: 'japan',
    });
    const found = fired(compiled(JSON.stringify(json, null, 2)).dataset);
    expect(found).toContain('attribution-cue japan-through-its-ambassador');
    expect(found).not.toContain('unnamed-counterpart japan-through-its-ambassador');
  });

  it('is quiet when the fields agree with the words', () => {
    const json = relationsJson();
    const set = (id: string, fields: Record<string, unknown>) =>
      Object.assign(
        json.relations.find((x) => x.id === id)!,
        fields,
      );
    set('said-fact', { basis: 'reported', attributedTo: 'the MRTA' });
    set('probably-null', { likelihood: { term: 'probably', band: 'likely' } });
    set('term-elsewhere', { likelihood: null, basis: 'fact' });
    set('not-affirmed', { polarity: 'negated' });
    set('not-necessarily-negated', {
      polarity: 'indeterminate',
      likelihood: { term: 'not necessarily', band: 'unquantified' },
    });
    json.relations = json.relations.filter(
      (r) => r.id !== 'icrc-mrta-again' && r.id !== 'icrc-fujimori-unnamed',
    );
    set('may-fact', { basis: 'judgment' });
    expect(fired(compiled(JSON.stringify(json, null, 2)).dataset)).toEqual([]);
  });
});

describe('compiling reviewed entries', () => {
  function withReviewed(reviewed: unknown): { text: string; line: number; column: number } {
    const json = relationsJson();
    json.relations[1]!.reviewed = reviewed;
    const text = JSON.stringify(json, null, 2);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"rule": ')) + 1;
    return { text, line, column: lines[line - 1]!.indexOf('"rule": ') + 9 };
  }

  it('refuses an unknown rule at its line, with a did-you-mean', () => {
    const { text, line, column } = withReviewed([{ rule: 'estimative-wrod', why: 'Because.' }]);
    const result = compileBundles([source(text)]);
    expect(result.dataset).toBeNull();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^crafted/relations\\.json:${line}:${column}: relations\\[1\\]\\.reviewed\\[0\\]\\.rule: unknown linter rule "estimative-wrod" \\(did you mean "estimative-word"\\?\\); the rules are attribution-cue, `,
        ),
      ),
    ]);
  });

  it('refuses an empty or blank why at its line', () => {
    for (const why of ['', '   ']) {
      const { text, line } = withReviewed([{ rule: 'estimative-word', why }]);
      const result = compileBundles([source(text)]);
      expect(result.dataset).toBeNull();
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((d) => `${d.file}:${d.line}`)).toContain(
        `crafted/relations.json:${line + 1}`,
      );
    }
  });

  it('carries a date span into the compiled relation, and refuses one that ends before it begins', () => {
    const json = relationsJson();
    json.relations[0]!.date = {
      iso: '1996-12-22',
      phrase: 'since December 22',
      until: '1996-12-28',
    };
    expect(compiled(JSON.stringify(json, null, 2)).dataset.relations[0]!.date).toEqual({
      iso: '1996-12-22',
      phrase: 'since December 22',
      until: '1996-12-28',
    });
    json.relations[0]!.date = {
      iso: '1996-12-22',
      phrase: 'since December 22',
      until: '1996-12-21',
    };
    const text = JSON.stringify(json, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"until"')) + 1;
    expect(compileBundles([source(text)]).diagnostics.map(formatDiagnostic)).toEqual([
      `crafted/relations.json:${line}:18: relations[0].date.until: 1996-12-21 is before the span's start 1996-12-22; a span ends on or after it begins — relation "said-fact"`,
    ]);
  });

  it('carries reviewed entries into the compiled relation', () => {
    const { text } = withReviewed([{ rule: 'estimative-word', why: 'Reviewed.' }]);
    const r = compiled(text).dataset.relations[1]!;
    expect(r.reviewed).toEqual([{ rule: 'estimative-word', why: 'Reviewed.' }]);
  });
});
