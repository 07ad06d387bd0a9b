import { describe, expect, it } from 'vitest';
import {
  MAX_DATASET_ERRORS,
  memberOfCycles,
  validateDataset,
} from '../../src/model/dataset/dataset-check.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import { changed, fullDataset, REMOVE, syntheticDataset } from '../fixtures/datasets.ts';

const FILE = 'out/dataset.json';
const good = fullDataset();

/** Pretty-printed like `memograph build --pretty`, so lines are meaningful. */
function text(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The formatted diagnostics for the full dataset with one thing changed. */
function problems(path: readonly (string | number)[], to: unknown): string[] {
  const result = parseDataset(text(changed(good, path, to)), FILE);
  expect(result.dataset).toBeNull();
  return result.diagnostics.map(formatDiagnostic);
}

/** The 1-based line on which `needle` first occurs after the first `after`. */
function lineOf(haystack: string, needle: string, after = ''): number {
  const from = after ? haystack.indexOf(after) : 0;
  const at = haystack.indexOf(needle, from);
  expect(at).toBeGreaterThanOrEqual(0);
  return haystack.slice(0, at).split('\n').length;
}

describe('parseDataset accepts', () => {
  it('a dataset that uses every field of the contract', () => {
    const result = parseDataset(text(good), FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset).toEqual(good);
  });

  it('compact JSON as well as pretty', () => {
    expect(parseDataset(JSON.stringify(good), FILE).dataset).toEqual(good);
  });

  it('a large synthetic dataset', () => {
    const big = syntheticDataset(20_000, 20);
    const result = parseDataset(JSON.stringify(big), FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.relations).toHaveLength(20_000);
  });
});

describe('parseDataset rejects', () => {
  it('a relation id that is also an actor id', () => {
    const actorId = good.actors[0]!.id;
    const [message] = problems(['relations', 0, 'id'], actorId);
    expect(message).toBe(
      `${FILE}:${lineOf(text(changed(good, ['relations', 0, 'id'], actorId)), `"id": "${actorId}"`, '"relations"')}:13: relations[0].id: relation id "${actorId}" is also the id of an actor (line ${lineOf(text(good), `"id": "${actorId}"`, '"actors"')}); give the relation another id`,
    );
  });

  it('malformed JSON, at the exact place', () => {
    const broken = text(good).replace('"schemaVersion": 2,', '"schemaVersion": 2');
    expect(parseDataset(broken, FILE).diagnostics.map(formatDiagnostic)).toEqual([
      `${FILE}:3:3: expected ',' or '}' after property value, got '"'`,
    ]);
  });

  it('a duplicate key', () => {
    const broken = text(good).replace('"id": "r2",', '"id": "r2", "id": "r2b",');
    const [d] = parseDataset(broken, FILE).diagnostics;
    expect(d?.message).toMatch(/^duplicate key "id" \(first written at line \d+, column \d+\)$/);
  });

  it('another schemaVersion, with one clear message', () => {
    expect(problems(['schemaVersion'], 3)).toEqual([
      `${FILE}:2:20: schemaVersion: this file is schemaVersion 3, but this version of Memograph reads schemaVersion 1 and 2`,
    ]);
  });

  it('schema violations, located on the offending value', () => {
    const broken = changed(good, ['relations', 1, 'polarity'], 'maybe');
    const t = text(broken);
    const line = lineOf(t, '"polarity": "maybe"');
    expect(parseDataset(t, FILE).diagnostics.map(formatDiagnostic)).toEqual([
      `${FILE}:${line}:19: relations[1].polarity: must be one of "affirmed", "negated", "indeterminate", got "maybe" — relation "r2"`,
    ]);
  });

  it('a missing required field', () => {
    expect(problems(['relations', 0, 'start'], REMOVE)).toEqual([
      expect.stringMatching(/relations\[0\]: missing required field "start" — relation "r1"$/),
    ]);
  });

  it('duplicate ids, naming the line of the first', () => {
    const broken = changed(good, ['actors', 3, 'id'], 'japan');
    const t = text(broken);
    const first = lineOf(t, '"id": "japan"');
    const second = lineOf(t, '"id": "japan"', '"name": "Japanese ambassador"');
    expect(parseDataset(t, FILE).diagnostics.map(formatDiagnostic)).toContain(
      `${FILE}:${second}:13: actors[3].id: duplicate actor id "japan" (first at line ${first})`,
    );
  });

  it('unknown actors, with the id that was probably meant', () => {
    expect(problems(['relations', 0, 'source'], 'mrtaa')).toEqual([
      expect.stringMatching(
        /relations\[0\]\.source: unknown actor "mrtaa" \(did you mean "mrta"\?\) — relation "r1"$/,
      ),
    ]);
    expect(problems(['actors', 2, 'memberOf'], ['jpan'])).toEqual([
      expect.stringMatching(
        /actors\[2\]\.memberOf\[0\]: unknown actor "jpan" \(did you mean "japan"\?\) — actor "japanese-ambassador"$/,
      ),
    ]);
  });

  it('unknown relation types, documents and paragraphs', () => {
    expect(problems(['relations', 0, 'type'], 'holds-hostages')).toEqual([
      expect.stringMatching(
        /relations\[0\]\.type: unknown relation type "holds-hostages" \(did you mean "holds-hostage"\?\)/,
      ),
    ]);
    expect(problems(['relations', 0, 'document'], 'memo-2')).toEqual([
      expect.stringMatching(
        /relations\[0\]\.document: unknown document "memo-2" \(did you mean "memo-1"\?\)/,
      ),
    ]);
    expect(problems(['relations', 0, 'paragraph'], 'p9')).toEqual([
      expect.stringMatching(
        /relations\[0\]\.paragraph: unknown paragraph "p9" in document "memo-1"/,
      ),
    ]);
    expect(problems(['documents', 0, 'pageBreaks', 0, 'paragraph'], 'p7')).toEqual([
      expect.stringMatching(/documents\[0\]\.pageBreaks\[0\]\.paragraph: unknown paragraph "p7"/),
    ]);
    expect(problems(['documents', 0, 'redactions', 0, 'paragraph'], 'p7')).toEqual([
      expect.stringMatching(/documents\[0\]\.redactions\[0\]\.paragraph: unknown paragraph "p7"/),
    ]);
  });

  it('a duplicate paragraph id within a document', () => {
    expect(problems(['documents', 0, 'paragraphs', 1, 'id'], 'p1')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /paragraphs\[1\]\.id: duplicate paragraph id "p1" in document "memo-1"$/,
        ),
      ]),
    );
  });

  it('a relation from an actor to itself', () => {
    expect(problems(['relations', 2, 'target'], 'mrta')).toEqual([
      expect.stringMatching(
        /relations\[2\]\.target: source and target are the same actor "mrta"; a relation links two actors — relation "r3"$/,
      ),
    ]);
  });

  it('a quote that is not the paragraph text between start and end', () => {
    const r1 = good.relations[0];
    expect(problems(['relations', 0, 'start'], (r1?.start ?? 0) + 1)).toEqual([
      expect.stringMatching(
        new RegExp(
          `relations\\[0\\]\\.quote: does not match paragraph "p1" between start ${(r1?.start ?? 0) + 1} and end ${r1?.end}, which reads "olds the Japanese ambassador"; the quote is at start ${r1?.start}, end ${r1?.end} — relation "r1"$`,
        ),
      ),
    ]);
    expect(problems(['relations', 0, 'quote'], 'holds the Peruvian ambassador')).toEqual([
      expect.stringMatching(/; the quote does not occur in the paragraph at all — relation "r1"$/),
    ]);
  });

  it('offsets outside the paragraph', () => {
    expect(problems(['relations', 0, 'end'], 5000)).toEqual([
      expect.stringMatching(
        /relations\[0\]\.end: start \d+ and end 5000 do not lie within paragraph "p1" \(\d+ characters\)/,
      ),
    ]);
    expect(problems(['relations', 0, 'end'], 0)).toEqual([
      expect.stringMatching(/relations\[0\]\.end: start \d+ and end 0 do not lie within/),
    ]);
    expect(problems(['documents', 0, 'pageBreaks', 0, 'offset'], 999)).toEqual([
      expect.stringMatching(
        /pageBreaks\[0\]\.offset: offset 999 is past the end of paragraph "p2"/,
      ),
    ]);
    expect(problems(['documents', 0, 'redactions', 0, 'end'], null)).toEqual([
      expect.stringMatching(/redactions\[0\]: start and end must both be numbers or both be null/),
    ]);
  });

  it('memberOf going round in a circle', () => {
    const broken = changed(good, ['actors', 1, 'memberOf'], ['japanese-ambassador']);
    expect(parseDataset(text(broken), FILE).diagnostics.map((d) => d.message)).toEqual([
      'actors[1].memberOf: memberOf goes round in a circle: japan → japanese-ambassador → japan — actor "japan"',
    ]);
  });

  it('stops listing after MAX_DATASET_ERRORS and says how many more there are', () => {
    const big = syntheticDataset(MAX_DATASET_ERRORS + 50, 5) as unknown as {
      relations: { source: string }[];
    };
    for (const r of big.relations) r.source = 'nobody';
    const result = parseDataset(JSON.stringify(big), FILE);
    expect(result.diagnostics).toHaveLength(MAX_DATASET_ERRORS + 1);
    expect(result.diagnostics.at(-1)).toEqual({
      severity: 'error',
      file: FILE,
      line: 0,
      column: 0,
      message: `50 more errors not shown (only the first ${MAX_DATASET_ERRORS} are listed)`,
    });
  });

  it('and locates a problem at the very end of a large file', () => {
    const big = syntheticDataset(20_000, 20) as unknown as { relations: { target: string }[] };
    const last = big.relations[19_999];
    if (last) last.target = 'actor-x';
    const t = JSON.stringify(big, null, 2);
    const [d] = parseDataset(t, FILE).diagnostics;
    expect(d?.line).toBe(lineOf(t, '"target": "actor-x"'));
    expect(d?.message).toMatch(/^relations\[19999\]\.target: unknown actor "actor-x"/);
  });
});

describe('validateDataset', () => {
  it('checks a value without source text, naming paths instead of lines', () => {
    const broken = changed(good, ['actors', 3, 'id'], 'japan');
    expect(validateDataset(broken, 'built')).toEqual({
      dataset: null,
      diagnostics: [
        {
          severity: 'error',
          file: 'built',
          line: 0,
          column: 0,
          message: 'actors[3].id: duplicate actor id "japan" (first at actors[1].id)',
        },
        expect.objectContaining({ message: expect.stringMatching(/unknown actor "bolivia"/) }),
      ],
    });
    expect(validateDataset(good, 'built')).toEqual({ dataset: good, diagnostics: [] });
  });
});

describe('memberOfCycles', () => {
  it('finds each loop once, starting from the actor listed first', () => {
    expect(
      memberOfCycles([
        { id: 'a', memberOf: 'b' },
        { id: 'b', memberOf: 'c' },
        { id: 'c', memberOf: 'a' },
        { id: 'd', memberOf: 'a' },
        { id: 'e', memberOf: 'e' },
        { id: 'f' },
      ]),
    ).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      memberOfCycles([{ id: 'x', memberOf: 'y' }, { id: 'y', memberOf: 'z' }, { id: 'z' }]),
    ).toEqual([]);
  });
});

describe('schemaVersion 1 datasets', () => {
  /** The fixture as version 1 wrote it: one memberOf id, and relation types without a family. */
  function version1(): Record<string, unknown> {
    const v2 = JSON.parse(text(good)) as Record<string, unknown> & {
      actors: Record<string, unknown>[];
      relationTypes: Record<string, unknown>[];
    };
    return {
      ...v2,
      schemaVersion: 1,
      actors: v2.actors.map((a) =>
        Array.isArray(a['memberOf']) ? { ...a, memberOf: (a['memberOf'] as string[])[0] } : a,
      ),
      relationTypes: v2.relationTypes.map(({ family: _family, ...t }) => t),
    };
  }

  it('open as version 2: memberOf becomes a list, and every type is in the family "other"', () => {
    const result = parseDataset(text(version1()), FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.dataset?.schemaVersion).toBe(2);
    const ambassador = result.dataset?.actors.find((a) => a.id === 'japanese-ambassador');
    expect(ambassador?.memberOf).toEqual(['japan']);
    expect(new Set(result.dataset?.relationTypes.map((t) => t.family))).toEqual(new Set(['other']));
  });

  it('still report a version 1 mistake where it stands', () => {
    const v1 = version1();
    (v1['actors'] as Record<string, unknown>[])[2]!['memberOf'] = 'jpan';
    const t = text(v1);
    expect(parseDataset(t, FILE).diagnostics.map(formatDiagnostic)).toEqual([
      `${FILE}:${lineOf(t, '"memberOf": "jpan"')}:19: actors[2].memberOf[0]: unknown actor "jpan" (did you mean "japan"?) — actor "japanese-ambassador"`,
    ]);
  });
});

describe('memberOf as a list', () => {
  it('lets an actor belong to several, and finds a circle through any of them', () => {
    const two = changed(good, ['actors', 1, 'memberOf'], ['mrta']);
    expect(parseDataset(text(two), FILE).diagnostics).toEqual([]);
    const ambassadorInBoth = changed(good, ['actors', 2, 'memberOf'], ['japan', 'mrta']);
    expect(parseDataset(text(ambassadorInBoth), FILE).dataset?.actors[2]?.memberOf).toEqual([
      'japan',
      'mrta',
    ]);
    const circle = changed(ambassadorInBoth, ['actors', 0, 'memberOf'], ['japanese-ambassador']);
    expect(parseDataset(text(circle), FILE).diagnostics.map((d) => d.message)).toEqual([
      'actors[0].memberOf: memberOf goes round in a circle: mrta → japanese-ambassador → mrta — actor "mrta"',
    ]);
  });

  it('refuses an empty list', () => {
    expect(problems(['actors', 2, 'memberOf'], [])).toEqual([
      expect.stringMatching(
        /actors\[2\]\.memberOf: must hold at least 1 item — actor "japanese-ambassador"$/,
      ),
    ]);
  });
});
