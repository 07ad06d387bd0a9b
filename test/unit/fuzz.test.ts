import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/contract/types.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import { parseJson } from '../../src/model/json/json-source.ts';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import { fullDataset } from '../fixtures/datasets.ts';

/**
 * Property tests: whatever a user feeds them, the parsers and validators answer with diagnostics
 * that say where, and never throw. The seed is fixed so that a failure reproduces; fast-check
 * prints the smallest input it found.
 */
const RUNS = { numRuns: 300, seed: 1996 } as const;

/** Text as a user might hand it over: any code units, or bytes read as Latin-1. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
);

/** The file ends at this line and column; a diagnostic may point just past the last character. */
function lastPosition(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function expectLocated(diagnostics: readonly Diagnostic[], text: string, file: string): void {
  const end = lastPosition(text);
  for (const d of diagnostics) {
    expect(d.file).toBe(file);
    expect(d.message.trim()).not.toBe('');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(end.line);
  }
}

describe('parseJson on arbitrary input', () => {
  it('never throws, and every problem has a line and column inside the file', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseJson(text, 'input.json');
        expectLocated(doc.diagnostics, text, 'input.json');
        if (doc.diagnostics.length === 0) expect(doc.value).not.toBeUndefined();
      }),
      RUNS,
    );
  });

  it('reads any JSON text JSON.parse reads, to the same value', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const doc = parseJson(text, 'input.json');
        // Strict reading may refuse what JSON.parse tolerates (a key twice), never the reverse.
        if (doc.diagnostics.length === 0) expect(doc.value).toEqual(JSON.parse(text));
        expectLocated(doc.diagnostics, text, 'input.json');
      }),
      RUNS,
    );
  });

  it('answers deep nesting with a located message instead of overflowing the stack', () => {
    for (const open of ['[', '{"a":']) {
      const text = open.repeat(200_000);
      const doc = parseJson(text, 'deep.json');
      expect(doc.diagnostics.length).toBeGreaterThan(0);
      expectLocated(doc.diagnostics, text, 'deep.json');
    }
  });
});

describe('parseDataset on arbitrary input', () => {
  it('never throws on arbitrary JSON, and locates every problem', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 5 }), (text) => {
        const result = parseDataset(text, 'data.json');
        expect(result.dataset === null).toBe(
          result.diagnostics.some((d) => d.severity === 'error'),
        );
        expectLocated(result.diagnostics, text, 'data.json');
      }),
      RUNS,
    );
  });

  /** Every path to a value inside a JSON value, as keys and indices. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
    if (value !== null && typeof value === 'object')
      return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
    return [prefix];
  }

  it('never throws when any one value of a valid dataset is replaced by anything', () => {
    const valid = fullDataset();
    const all = paths(valid).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.nat({ max: all.length - 1 }),
        fc.jsonValue({ maxDepth: 2 }),
        (which, replacement) => {
          const copy = structuredClone(valid) as unknown as Record<string | number, unknown>;
          const path = all[which]!;
          let parent = copy;
          for (const key of path.slice(0, -1)) parent = parent[key] as typeof parent;
          parent[path.at(-1)!] = replacement;
          const text = JSON.stringify(copy, null, 2);
          const result = parseDataset(text, 'data.json');
          expectLocated(result.diagnostics, text, 'data.json');
        },
      ),
      RUNS,
    );
  });
});

describe('parseMemo on arbitrary input', () => {
  it('never throws, locates every problem, and keeps redactions inside their paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { memo, problems } = parseMemo(text);
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
        const paragraphs = new Map(memo.paragraphs.map((p) => [p.id, p]));
        for (const r of memo.redactions) {
          if (r.start === null || r.end === null) continue;
          const text = paragraphs.get(r.paragraph ?? '')?.text ?? '';
          expect(text.slice(r.start, r.end)).toBe(r.text);
        }
      }),
      RUNS,
    );
  });

  it('finds the same paragraphs whatever the line endings', () => {
    const memo = fc
      .array(fc.stringMatching(/^[A-Za-z ,.]{1,60}$/), { minLength: 1, maxLength: 12 })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(memo, (text) => {
        const lf = parseMemo(text).memo.paragraphs.map((p) => p.text);
        const crlf = parseMemo(text.replaceAll('\n', '\r\n')).memo.paragraphs.map((p) => p.text);
        expect(crlf).toEqual(lf);
      }),
      RUNS,
    );
  });
});
