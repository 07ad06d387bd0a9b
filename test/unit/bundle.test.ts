import { describe, expect, it } from 'vitest';
import type { BundleSource } from '../../src/model/annotation/bundle-source.ts';
import { compileBundle } from '../../src/model/annotation/compile-bundle.ts';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import { REMOVE } from '../fixtures/datasets.ts';
import {
  base,
  bundle,
  bundleWith,
  F,
  lineOf,
  lines,
  MEMO,
  P1,
  P2,
} from '../fixtures/lima-bundle.ts';

/** compileBundle on one bundle: what it reads, and every problem it reports where it is. */

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
      `${F}/relations.json:24:19: relations[1].polarity: must be one of "affirmed", "negated", "indeterminate", got "maybe" — relation "r2"`,
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
      `${F}/actors.json:6:15: actors[0].kind: must be one of "person", "armed-group", "government", "state", "international-organisation", "group-of-states", "religious-figure", "media", "people", "office", "other", got "terrorists" — actor "mrta"`,
    ]);
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
