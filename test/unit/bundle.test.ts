import { describe, expect, it } from 'vitest';
import type { BundleSource } from '../../src/model/annotation/bundle-source.ts';
import { compileBundle } from '../../src/model/annotation/compile-bundle.ts';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { findQuote } from '../../src/model/annotation/quotes.ts';
import { validateDataset } from '../../src/model/dataset/dataset-check.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import { changed, REMOVE } from '../fixtures/datasets.ts';

// ---------------------------------------------------------------------------------------------
// An in-memory bundle, written out the way annotators write the files

const MEMO = [
  'Peru: Standoff in Lima (U)',
  '',
  'The MRTA probably holds the Japanese ambassador in the residence. The MRTA does not hold the Bolivian ambassador, who was released. (C)',
  '',
  'Talks',
  '',
  'Fujimori may be testing the waters with the ICRC, according to Embassy Lima. The ICRC carried messages; the ICRC carried messages again on December 26. (S/NF)',
  '',
  'December 28, 1996',
  '',
  'INR',
  '',
].join('\n');
const P1 =
  'The MRTA probably holds the Japanese ambassador in the residence. The MRTA does not hold the Bolivian ambassador, who was released.';
const P2 =
  'Fujimori may be testing the waters with the ICRC, according to Embassy Lima. The ICRC carried messages; the ICRC carried messages again on December 26.';

const base = {
  document: {
    $schema: '../schema/document.schema.json',
    id: 'lima',
    source: 'memo.txt',
    issuer: 'U.S. Department of State, Bureau of Intelligence and Research',
    date: '1996-12-28',
    citation: { documentType: 'Intelligence memorandum', archive: 'NSA' },
  },
  actors: {
    actors: [
      {
        id: 'mrta',
        name: 'MRTA',
        kind: 'armed-group',
        aliases: ['the terrorists'],
        description: 'Tupac Amaru Revolutionary Movement.',
      },
      { id: 'japan', name: 'Japan', kind: 'state', aliases: [], description: '' },
      {
        id: 'japanese-ambassador',
        name: 'Japanese ambassador',
        kind: 'person',
        aliases: [],
        memberOf: 'japan',
        description: 'Host of the reception.',
      },
      {
        id: 'bolivian-ambassador',
        name: 'Bolivian ambassador',
        kind: 'person',
        aliases: [],
        description: '',
      },
      {
        id: 'fujimori',
        name: 'Alberto Fujimori',
        kind: 'person',
        aliases: ['Fujimori'],
        description: '',
      },
      {
        id: 'icrc',
        name: 'ICRC',
        kind: 'international-organisation',
        aliases: [],
        description: '',
      },
    ],
  },
  types: {
    relationTypes: [
      {
        id: 'holds-hostage',
        label: 'holds hostage',
        directed: true,
        definition: 'Keeps the target captive.',
        color: '#aa3377',
      },
      {
        id: 'communicates-with',
        label: 'communicates with',
        directed: false,
        definition: 'Exchanges messages.',
        color: '#4477aa',
      },
    ],
  },
  relations: {
    relations: [
      {
        id: 'r1',
        source: 'mrta',
        target: 'japanese-ambassador',
        type: 'holds-hostage',
        paragraph: 'p1',
        quote: 'The MRTA probably holds the Japanese ambassador',
        polarity: 'affirmed',
        likelihood: { term: 'probably', band: 'likely' },
        basis: 'judgment',
      },
      {
        id: 'r2',
        source: 'mrta',
        target: 'bolivian-ambassador',
        type: 'holds-hostage',
        paragraph: 'p1',
        quote: 'does not hold the Bolivian ambassador',
        polarity: 'negated',
        likelihood: null,
        basis: 'fact',
        note: 'Released on health grounds.',
      },
      {
        id: 'r3',
        source: 'fujimori',
        target: 'icrc',
        type: 'communicates-with',
        paragraph: 'p2',
        quote: 'Fujimori may be testing the waters with the ICRC',
        polarity: 'affirmed',
        likelihood: { term: 'may', band: 'unquantified' },
        basis: 'reported',
        attributedTo: 'Embassy Lima',
        date: { iso: '1996-12-26', phrase: 'December 26' },
      },
    ],
  },
};

type Part = keyof typeof base;
const FILE_OF: Record<Part, string> = {
  document: 'document.json',
  actors: 'actors.json',
  types: 'relation-types.json',
  relations: 'relations.json',
};

/** A bundle whose files are the base ones, with some replaced by text or removed. */
function bundle(
  overrides: Partial<Record<string, string | null>> = {},
  name = 'graph-data/lima',
): BundleSource {
  const files: Record<string, string> = { 'memo.txt': MEMO };
  for (const part of Object.keys(base) as Part[]) {
    files[FILE_OF[part]] = `${JSON.stringify(base[part], null, 2)}\n`;
  }
  for (const [file, text] of Object.entries(overrides)) {
    if (text === null || text === undefined) delete files[file];
    else files[file] = text;
  }
  return { name, exists: true, readFile: (f) => files[f] };
}

/** The base bundle with one value in one file changed (or removed with REMOVE). */
function bundleWith(part: Part, path: (string | number)[], to: unknown, name?: string) {
  return bundle(
    { [FILE_OF[part]]: `${JSON.stringify(changed(base[part], path, to), null, 2)}\n` },
    name,
  );
}

/** Every diagnostic, formatted as the CLI prints it. */
function lines(src: BundleSource): string[] {
  return compileBundle(src).diagnostics.map(formatDiagnostic);
}

/** The 1-based line in `text` of the first occurrence of `needle`. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

const F = 'graph-data/lima';

// ---------------------------------------------------------------------------------------------

describe('compileBundle on a good bundle', () => {
  const result = compileBundle(bundle());

  it('reports nothing', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('reads title, markings, paragraphs and furniture from the text', () => {
    expect(result.document).toMatchObject({
      id: 'lima',
      title: 'Peru: Standoff in Lima',
      titleMarking: 'U',
      classification: null,
      issuer: 'U.S. Department of State, Bureau of Intelligence and Research',
      date: '1996-12-28',
      // The printed office fills in what document.json leaves out.
      citation: { documentType: 'Intelligence memorandum', office: 'INR', archive: 'NSA' },
      redactions: [],
      pageBreaks: [],
      furniture: [
        { kind: 'date', text: 'December 28, 1996', page: 1 },
        { kind: 'office', text: 'INR', page: 1 },
      ],
    });
    expect(result.document?.paragraphs).toEqual([
      { id: 'p1', n: 1, heading: null, marking: 'C', text: P1, page: 1 },
      { id: 'p2', n: 2, heading: 'Talks', marking: 'S/NF', text: P2, page: 1 },
    ]);
  });

  it('resolves each quote to offsets in its paragraph', () => {
    expect(result.relations.map((r) => [r.id, r.start, r.end])).toEqual([
      ['r1', 0, 47],
      ['r2', P1.indexOf('does not'), P1.indexOf('does not') + 37],
      ['r3', 0, 48],
    ]);
    for (const r of result.relations) {
      const p = result.document?.paragraphs.find((x) => x.id === r.paragraph);
      expect(p?.text.slice(r.start, r.end)).toBe(r.quote);
    }
  });

  it('writes relations in the contract key order, optional fields only when given', () => {
    expect(result.relations[2]).toEqual({
      id: 'r3',
      source: 'fujimori',
      target: 'icrc',
      type: 'communicates-with',
      document: 'lima',
      paragraph: 'p2',
      quote: 'Fujimori may be testing the waters with the ICRC',
      start: 0,
      end: 48,
      polarity: 'affirmed',
      likelihood: { term: 'may', band: 'unquantified' },
      basis: 'reported',
      attributedTo: 'Embassy Lima',
      date: { iso: '1996-12-26', phrase: 'December 26' },
    });
    expect(Object.keys(result.relations[1] ?? {})).toEqual([
      'id',
      'source',
      'target',
      'type',
      'document',
      'paragraph',
      'quote',
      'start',
      'end',
      'polarity',
      'likelihood',
      'basis',
      'note',
    ]);
    expect(Object.keys(result.actors[2] ?? {})).toEqual([
      'id',
      'name',
      'kind',
      'aliases',
      'memberOf',
      'description',
    ]);
  });

  it('remembers where each record was written', () => {
    const text = `${JSON.stringify(base.relations, null, 2)}\n`;
    expect(result.origins.relations.get('r2')?.at('quote')).toEqual({
      file: `${F}/relations.json`,
      line: lineOf(text, '"quote": "does not'),
      column: 16,
    });
  });
});

describe('compileBundle reports missing things', () => {
  it('a bundle folder that does not exist', () => {
    const src: BundleSource = { name: 'graph-data/nope', exists: false, readFile: () => undefined };
    const result = compileBundle(src);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/nope: bundle folder not found',
    ]);
    expect(result.document).toBeNull();
  });

  for (const file of ['document.json', 'actors.json', 'relation-types.json', 'relations.json']) {
    it(`a missing ${file}`, () => {
      expect(lines(bundle({ [file]: null }))).toEqual([
        `${F}/${file}: file not found; a bundle holds document.json, actors.json, relation-types.json, relations.json and the source text`,
      ]);
    });
  }

  it('a missing source text, at the "source" field of document.json', () => {
    expect(lines(bundle({ 'memo.txt': null }))).toEqual([
      `${F}/document.json:4:13: source: the source text "memo.txt" is not in ${F}; it must sit beside document.json`,
    ]);
  });

  it('a source text with no title and no fallback title', () => {
    const untitled = MEMO.replace('Peru: Standoff in Lima (U)\n\n', '');
    const result = compileBundle(bundle({ 'memo.txt': untitled }));
    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      `${F}/document.json:1:1: top level: the source text has no title line, so document.json must give a "title"`,
    );
    expect(result.document).toBeNull();
  });
});

describe('compileBundle reads document.json', () => {
  it('uses its title only when the text has none', () => {
    const untitled = MEMO.replace('Peru: Standoff in Lima (U)\n\n', '');
    const src = bundle({
      'memo.txt': untitled,
      'document.json': JSON.stringify({ ...base.document, title: 'Fallback title' }),
    });
    const result = compileBundle(src);
    expect(result.document?.title).toBe('Fallback title');
    expect(result.document?.titleMarking).toBeNull();
  });

  it('warns when its title differs from the printed one, and keeps the printed one', () => {
    const result = compileBundle(bundleWith('document', ['title'], 'Peru: Standoff'));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}/document.json:11:12: warning: title: "Peru: Standoff" differs from the title printed in the text, "Peru: Standoff in Lima"; the printed title is used`,
    ]);
    expect(result.document?.title).toBe('Peru: Standoff in Lima');
  });

  it('warns when its date differs from the printed date', () => {
    expect(lines(bundleWith('document', ['date'], '1996-12-27'))).toEqual([
      `${F}/document.json:6:11: warning: date: 1996-12-27 differs from the date printed in the text, 1996-12-28`,
    ]);
  });

  it('refuses a source outside the bundle folder', () => {
    expect(lines(bundleWith('document', ['source'], '../other/memo.txt'))).toEqual([
      `${F}/document.json:4:13: source: must be a file name ending in ".txt", in the bundle folder (no "/"), got "../other/memo.txt"`,
    ]);
  });
});

describe('compileBundle reports malformed and invalid files', () => {
  it('malformed JSON, at the exact line and column', () => {
    const text = JSON.stringify(base.actors, null, 2).replace(
      '"name": "Japan",',
      '"name": "Japan"',
    );
    const result = compileBundle(bundle({ 'actors.json': text }));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}/actors.json:15:7: expected ',' or '}' after property value, got '"'`,
    ]);
  });

  it('a schema violation, naming field and record', () => {
    expect(lines(bundleWith('relations', ['relations', 1, 'polarity'], 'maybe'))).toEqual([
      `${F}/relations.json:24:19: relations[1].polarity: must be "affirmed" or "negated", got "maybe" — relation "r2"`,
    ]);
  });

  it('a parser error in the source text, on the text file', () => {
    const src = bundle({ 'memo.txt': '{"not": "a memo"}\n' });
    expect(lines(src)[0]).toBe(
      `${F}/memo.txt:1:1: this is a JSON document, not a memo: expected blocks of prose separated by blank lines, with portion markings like (C)`,
    );
  });

  it('a parser warning in the source text, as a warning', () => {
    const src = bundle({ 'memo.txt': MEMO.replace('\nTalks\n', '\nTalks\n\n(C)\n') });
    const result = compileBundle(src);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}/memo.txt:7:1: warning: portion marking (C) stands alone; expected it at the end of a paragraph`,
    ]);
    expect(result.relations).toHaveLength(3);
  });
});

describe('compileBundle checks ids and references', () => {
  it('duplicate actor, type and relation ids, at the second, naming the first line', () => {
    const actors = lines(bundleWith('actors', ['actors', 3, 'id'], 'japan'));
    expect(actors).toEqual([
      `${F}/actors.json:28:13: actors[3].id: duplicate actor id "japan" (first defined at line 13)`,
      // The actor that lost its id is no longer there to be cited.
      `${F}/relations.json:20:17: relations[1].target: unknown actor "bolivian-ambassador" — relation "r2"`,
    ]);
    expect(lines(bundleWith('types', ['relationTypes', 1, 'id'], 'holds-hostage'))).toEqual([
      `${F}/relation-types.json:11:13: relationTypes[1].id: duplicate relation type id "holds-hostage" (first defined at line 4)`,
      `${F}/relations.json:33:15: relations[2].type: unknown relation type "communicates-with" — relation "r3"`,
    ]);
    expect(lines(bundleWith('relations', ['relations', 2, 'id'], 'r1'))).toEqual([
      `${F}/relations.json:30:13: relations[2].id: duplicate relation id "r1" (first defined at line 4)`,
    ]);
  });

  it('a relation whose id is also an actor id', () => {
    const merged = compileBundles([bundleWith('relations', ['relations', 0, 'id'], 'icrc')]);
    expect(merged.dataset).toBeNull();
    expect(merged.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}/relations.json:4:13: relations[0].id: relation id "icrc" is also the id of an actor (${F}/actors.json:44:13); give the relation another id`,
    ]);
  });

  it('an unknown actor, suggesting the id meant', () => {
    expect(lines(bundleWith('relations', ['relations', 0, 'source'], 'mrtaa'))).toEqual([
      `${F}/relations.json:5:17: relations[0].source: unknown actor "mrtaa" (did you mean "mrta"?) — relation "r1"`,
    ]);
  });

  it('an unknown relation type and an unknown paragraph', () => {
    expect(lines(bundleWith('relations', ['relations', 0, 'type'], 'holds-hostages'))).toEqual([
      `${F}/relations.json:7:15: relations[0].type: unknown relation type "holds-hostages" (did you mean "holds-hostage"?) — relation "r1"`,
    ]);
    expect(lines(bundleWith('relations', ['relations', 0, 'paragraph'], 'p7'))).toEqual([
      `${F}/relations.json:8:20: relations[0].paragraph: unknown paragraph "p7"; the text has paragraphs p1 to p2 — relation "r1"`,
    ]);
  });

  it('an unknown memberOf', () => {
    expect(lines(bundleWith('actors', ['actors', 2, 'memberOf'], 'japn'))).toEqual([
      `${F}/actors.json:24:19: actors[2].memberOf: unknown actor "japn" (did you mean "japan"?) — actor "japanese-ambassador"`,
    ]);
  });

  it('memberOf going round in a circle', () => {
    expect(lines(bundleWith('actors', ['actors', 1, 'memberOf'], 'japanese-ambassador'))).toEqual([
      `${F}/actors.json:18:19: actors[1].memberOf: memberOf goes round in a circle: japan → japanese-ambassador → japan — actor "japan"`,
    ]);
  });

  it('a relation whose source and target are the same actor', () => {
    expect(lines(bundleWith('relations', ['relations', 0, 'target'], 'mrta'))).toEqual([
      `${F}/relations.json:6:17: relations[0].target: source and target are the same actor "mrta"; a relation links two actors — relation "r1"`,
    ]);
  });

  it('does not call every reference to a broken record unknown', () => {
    const src = bundleWith('actors', ['actors', 0, 'kind'], 'terrorists');
    expect(lines(src)).toEqual([
      `${F}/actors.json:6:15: actors[0].kind: must be one of "person", "armed-group", "government", "state", "international-organisation", "religious-figure", "media", "people", "office", "other", got "terrorists" — actor "mrta"`,
    ]);
  });
});

describe('compileBundle matches quotes', () => {
  const quoteOf = (quote: string, extra: Record<string, unknown> = {}) => {
    const rel = { ...base.relations.relations[0], quote, ...extra };
    const text = `${JSON.stringify({ relations: [rel] }, null, 2)}\n`;
    return compileBundle(bundle({ 'relations.json': text }));
  };

  it('forgives differences in whitespace, and keeps the paragraph text as the quote', () => {
    const result = quoteOf('The MRTA   probably\n holds the Japanese ambassador ');
    expect(result.diagnostics).toEqual([]);
    expect(result.relations[0]).toMatchObject({
      quote: 'The MRTA probably holds the Japanese ambassador',
      start: 0,
      end: 47,
    });
  });

  it('says so when a quote is not in its paragraph, and shows how the paragraph begins', () => {
    const [d] = quoteOf('Certainly the MRTA holds the ambassador').diagnostics;
    expect(d?.message).toBe(
      `relations[0].quote: not found in paragraph p1, whitespace aside; p1 (${F}/memo.txt, line 3) begins "The MRTA probably holds the Japanese ambassador in the residence. The MRTA does…" — relation "r1"`,
    );
  });

  it('shows where a nearly right quote parts from the paragraph', () => {
    const [d] = quoteOf('The MRTA probably holds the Peruvian ambassador').diagnostics;
    expect(d?.message).toMatch(
      /^relations\[0\]\.quote: not found in paragraph p1, whitespace aside; it matches as far as "The MRTA probably holds the", then the paragraph reads "Japanese ambassador in the" where the quote has "Peruvian ambassador"; p1/,
    );
  });

  it('points out different capitals and different dashes', () => {
    expect(quoteOf('the mrta probably holds').diagnostics[0]?.message).toMatch(
      /; the paragraph has it with different capitals: "The MRTA probably holds";/,
    );
    const dashed = MEMO.replace('in the residence', 'in the residence – still');
    const rel = { ...base.relations.relations[0], quote: 'the residence - still' };
    const result = compileBundle(
      bundle({ 'memo.txt': dashed, 'relations.json': JSON.stringify({ relations: [rel] }) }),
    );
    expect(result.diagnostics[0]?.message).toMatch(
      /; the paragraph prints it with other dashes or quotation marks: "the residence – still";/,
    );
  });

  it('asks for start when the quote occurs more than once', () => {
    const rel = {
      ...base.relations.relations[2],
      quote: 'ICRC carried messages',
      likelihood: null,
      basis: 'fact',
      attributedTo: undefined,
    };
    const result = compileBundle(
      bundle({ 'relations.json': JSON.stringify({ relations: [rel] }) }),
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'relations[0].quote: occurs 2 times in paragraph p2 (start 81, end 102; or start 108, end 129); add "start" to say which: "start": 81 or "start": 108 — relation "r3"',
    ]);
  });

  it('takes start, or end, to pick one of several occurrences', () => {
    const rel = { ...base.relations.relations[2], quote: 'ICRC carried messages', start: 108 };
    const byStart = compileBundle(
      bundle({ 'relations.json': JSON.stringify({ relations: [rel] }) }),
    );
    expect(byStart.diagnostics).toEqual([]);
    expect(byStart.relations[0]).toMatchObject({ start: 108, end: 129 });
    const { start: _start, ...noStart } = rel;
    const byEnd = compileBundle(
      bundle({ 'relations.json': JSON.stringify({ relations: [{ ...noStart, end: 102 }] }) }),
    );
    expect(byEnd.relations[0]).toMatchObject({ start: 81, end: 102 });
  });

  it('reports start and end that do not select the quote, with the right offsets', () => {
    expect(
      quoteOf('holds the Japanese ambassador', { start: 17, end: 47 }).diagnostics[0],
    ).toMatchObject({
      message:
        'relations[0].start: start 17 and end 47, which select " holds the Japanese ambassador", do not match the quote; in paragraph p1 the quote is at start 18, end 47 — relation "r1"',
    });
    expect(
      quoteOf('holds the Japanese ambassador', { start: 40, end: 20 }).diagnostics[0]?.message,
    ).toBe(
      'relations[0].start: start 40 is after end 20; the quote is at start 18, end 47 — relation "r1"',
    );
    expect(quoteOf('holds the Japanese ambassador', { start: 18, end: 47 }).diagnostics).toEqual(
      [],
    );
  });
});

describe('compileBundle checks likelihood, dates and attribution', () => {
  it('a likelihood term the paragraph does not use', () => {
    expect(
      lines(
        bundleWith('relations', ['relations', 0, 'likelihood'], { term: 'likely', band: 'likely' }),
      ),
    ).toEqual([
      `${F}/relations.json:12:17: relations[0].likelihood.term: "likely" does not occur in paragraph p1; the term must be the paragraph's own word — relation "r1"`,
    ]);
  });

  it("a band that is not the term table's band for the term", () => {
    expect(
      lines(bundleWith('relations', ['relations', 0, 'likelihood', 'band'], 'very-likely')),
    ).toEqual([
      `${F}/relations.json:13:17: relations[0].likelihood.band: "probably" is "likely" in the likelihood term table, not "very-likely" — relation "r1"`,
    ]);
  });

  it('a term outside the table: a warning, and the relation still compiles', () => {
    const src = bundleWith('relations', ['relations', 0, 'likelihood'], {
      term: 'Probably holds',
      band: 'likely',
    });
    const result = compileBundle(src);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${F}/relations.json:12:17: warning: relations[0].likelihood.term: "Probably holds" is not in the likelihood term table, so its band "likely" cannot be checked — relation "r1"`,
    ]);
    expect(result.relations).toHaveLength(3);
  });

  it('a date that is not on the calendar', () => {
    expect(lines(bundleWith('relations', ['relations', 2, 'date', 'iso'], '1996-12-32'))).toEqual([
      `${F}/relations.json:44:16: relations[2].date.iso: must be a real calendar date, got "1996-12-32" — relation "r3"`,
    ]);
  });

  it('a reported claim without attributedTo, and attributedTo on a judgment', () => {
    expect(lines(bundleWith('relations', ['relations', 2, 'attributedTo'], REMOVE))).toEqual([
      `${F}/relations.json:41:16: relations[2].basis: a reported claim needs "attributedTo": say who reports it — relation "r3"`,
    ]);
    expect(
      lines(bundleWith('relations', ['relations', 0, 'attributedTo'], 'Embassy Lima')),
    ).toEqual([
      `${F}/relations.json:16:23: warning: relations[0].attributedTo: basis is "judgment", not "reported"; attributedTo is meant for reported claims — relation "r1"`,
    ]);
  });
});

describe('findQuote', () => {
  it('finds overlapping occurrences, whitespace forgiven', () => {
    expect(findQuote('a a a', 'a  a')).toEqual([
      { start: 0, end: 3 },
      { start: 2, end: 5 },
    ]);
    expect(findQuote('x (y) z', '(y)')).toEqual([{ start: 2, end: 5 }]);
    expect(findQuote('abc', '   ')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

/** A second bundle about Havana that shares actors and a type with the first. */
const HAVANA =
  'Cuba: Offer to Mediate (U)\n\nHavana probably remains best positioned to mediate with the MRTA. (S)\n';
function havana(
  change: (files: {
    document: Record<string, unknown>;
    actors: Record<string, unknown>[];
    types: Record<string, unknown>[];
    relations: Record<string, unknown>[];
  }) => void = () => {},
): BundleSource {
  const files = {
    document: { ...base.document, id: 'havana', source: 'cable.txt', date: '1996-12-30' },
    actors: [
      { id: 'cuba', name: 'Cuba', kind: 'state', aliases: ['Havana'], description: '' },
      {
        id: 'mrta',
        name: 'MRTA',
        kind: 'armed-group',
        aliases: ['Tupac Amaru', 'the terrorists'],
        description: 'Another description.',
      },
      { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'], description: 'The state.' },
    ],
    types: [
      {
        id: 'mediates',
        label: 'mediates with',
        directed: false,
        definition: 'Go-between.',
        color: '#228833',
      },
      { ...base.types.relationTypes[1] },
    ],
    relations: [
      {
        id: 'h1',
        source: 'cuba',
        target: 'mrta',
        type: 'mediates',
        paragraph: 'p1',
        quote: 'Havana probably remains best positioned to mediate with the MRTA',
        polarity: 'affirmed',
        likelihood: { term: 'probably', band: 'likely' },
        basis: 'judgment',
      },
    ] as Record<string, unknown>[],
  };
  change(files);
  const texts: Record<string, string> = {
    'cable.txt': HAVANA,
    'document.json': JSON.stringify(files.document, null, 2),
    'actors.json': JSON.stringify({ actors: files.actors }, null, 2),
    'relation-types.json': JSON.stringify({ relationTypes: files.types }, null, 2),
    'relations.json': JSON.stringify({ relations: files.relations }, null, 2),
  };
  return { name: 'graph-data/havana', exists: true, readFile: (f) => texts[f] };
}

describe('compileBundles merges bundles', () => {
  it('into one dataset that satisfies the contract', () => {
    const { dataset, diagnostics } = compileBundles([bundle(), havana()]);
    expect(diagnostics).toEqual([]);
    expect(dataset).not.toBeNull();
    expect(validateDataset(dataset, 'merged').diagnostics).toEqual([]);
    expect(dataset?.documents.map((d) => d.id)).toEqual(['lima', 'havana']);
    expect(dataset?.relations.map((r) => [r.id, r.document])).toEqual([
      ['r1', 'lima'],
      ['r2', 'lima'],
      ['r3', 'lima'],
      ['h1', 'havana'],
    ]);
    expect(dataset?.relationTypes.map((t) => t.id)).toEqual([
      'holds-hostage',
      'communicates-with',
      'mediates',
    ]);
  });

  it('pools aliases in first-seen order and keeps the first non-empty description', () => {
    const { dataset } = compileBundles([bundle(), havana()]);
    const actor = (id: string) => dataset?.actors.find((a) => a.id === id);
    expect(actor('mrta')).toEqual({
      id: 'mrta',
      name: 'MRTA',
      kind: 'armed-group',
      aliases: ['the terrorists', 'Tupac Amaru'],
      description: 'Tupac Amaru Revolutionary Movement.',
    });
    expect(actor('japan')).toMatchObject({ aliases: ['Tokyo'], description: 'The state.' });
    expect(dataset?.actors.map((a) => a.id)).toEqual([
      'mrta',
      'japan',
      'japanese-ambassador',
      'bolivian-ambassador',
      'fujimori',
      'icrc',
      'cuba',
    ]);
  });

  it('refuses two documents with one id', () => {
    const { dataset, diagnostics } = compileBundles([bundle(), bundle({}, 'graph-data/copy')]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toContain(
      'graph-data/copy/document.json:3:9: id: document id "lima" is already used by graph-data/lima/document.json:3:9; each document needs its own id',
    );
  });

  it('refuses actors that disagree on name, kind or memberOf, pointing at both', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.actors[1] = { ...f.actors[1], name: 'Tupac Amaru', kind: 'people' };
        f.actors.push({
          id: 'japanese-ambassador',
          name: 'Japanese ambassador',
          kind: 'person',
          aliases: [],
          memberOf: 'cuba',
          description: '',
        });
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/actors.json:14:15: actors[1].name: actor "mrta" has name "Tupac Amaru" here but "MRTA" at graph-data/lima/actors.json:5:15; an actor in several bundles must agree',
      'graph-data/havana/actors.json:15:15: actors[1].kind: actor "mrta" has kind "people" here but "armed-group" at graph-data/lima/actors.json:6:15; an actor in several bundles must agree',
      'graph-data/havana/actors.json:36:19: actors[3].memberOf: actor "japanese-ambassador" has memberOf "cuba" here but "japan" at graph-data/lima/actors.json:24:19; an actor in several bundles must agree',
    ]);
  });

  it('refuses relation types that disagree on label or direction, and warns on colour', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.types[1] = { ...f.types[1], label: 'talks to', directed: true, color: '#000000' };
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/relation-types.json:12:16: relationTypes[1].label: relation type "communicates-with" has label "talks to" here but "communicates with" at graph-data/lima/relation-types.json:12:16; a relation type in several bundles must agree',
      'graph-data/havana/relation-types.json:13:19: relationTypes[1].directed: relation type "communicates-with" has directed true here but false at graph-data/lima/relation-types.json:13:19; a relation type in several bundles must agree',
      'graph-data/havana/relation-types.json:15:16: warning: relationTypes[1].color: relation type "communicates-with" is #000000 here but #4477aa at graph-data/lima/relation-types.json:15:16; the first colour is used',
    ]);
  });

  it('keeps the first colour when only the colour differs', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.types[1] = { ...f.types[1], color: '#000000' };
      }),
    ]);
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(dataset?.relationTypes.find((t) => t.id === 'communicates-with')?.color).toBe('#4477aa');
  });

  it('refuses a relation id used in two bundles, naming both files', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.relations[0] = { ...f.relations[0], id: 'r2' };
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/relations.json:4:13: relations[0].id: relation id "r2" is also used at graph-data/lima/relations.json:18:13; relation ids must be unique across the dataset',
    ]);
  });

  it('refuses memberOf loops that only appear when bundles are put together', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      havana((f) => {
        f.actors[2] = { ...f.actors[2], memberOf: 'japanese-ambassador' };
        f.actors.push({
          id: 'japanese-ambassador',
          name: 'Japanese ambassador',
          kind: 'person',
          aliases: [],
          description: '',
        });
      }),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'graph-data/havana/actors.json:30:19: actors[2].memberOf: the bundles together make memberOf go round in a circle: japan → japanese-ambassador → japan',
    ]);
  });

  it('gives no dataset when any one bundle has an error', () => {
    const { dataset, diagnostics } = compileBundles([
      bundle(),
      bundleWith('relations', ['relations', 0, 'source'], 'nobody', 'graph-data/broken'),
    ]);
    expect(dataset).toBeNull();
    expect(diagnostics.some((d) => d.file === 'graph-data/broken/relations.json')).toBe(true);
  });
});
