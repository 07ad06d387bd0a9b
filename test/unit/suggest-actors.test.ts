import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../src/model/memo/dates.ts';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import {
  actorIdFor,
  isInCapitals,
  suggestActors,
  type SuggestedActor,
} from '../../src/model/bundle-new/suggest-actors.ts';
import {
  documentIdFor,
  newBundle,
  PLACEHOLDER_DATE,
  PLACEHOLDER_ISSUER,
  PLACEHOLDER_TITLE,
  sourceNameFor,
  suggestionNote,
} from '../../src/model/bundle-new/new-bundle.ts';
import { firstWords, parseReport } from '../../src/model/bundle-new/parse-report.ts';

const SEED = readFileSync(
  new URL(
    '../../graph-data/peru-hostages-1996/inr-1996-12-28-peru-hostages-what-next.txt',
    import.meta.url,
  ),
  'utf8',
);
const TINY = readFileSync(new URL('../fixtures/new/tiny-note.txt', import.meta.url), 'utf8');

/** The actor schema's rule for a name or an alias. */
const NAME_RULE = /^(?=[\s\S]*\S)[^\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]+$/u;
const ID_RULE = /^[a-z0-9][a-z0-9._-]*$/;

function suggestionsOf(text: string): SuggestedActor[] {
  return suggestActors(parseMemo(text).memo.paragraphs);
}

function names(actors: readonly SuggestedActor[]): string[] {
  return actors.flatMap((a) => [a.name, ...a.aliases]);
}

function para(text: string, n = 1) {
  return { n, text };
}

describe('suggestActors on the seed memo', () => {
  const actors = suggestionsOf(SEED);
  const all = names(actors);
  const { memo } = parseMemo(SEED);

  it('suggests the actors the memo names', () => {
    for (const name of [
      'MRTA',
      'Fujimori',
      'Cuba',
      'ICRC',
      'Sendero Luminoso',
      'G-7',
      'Hashimoto',
    ]) {
      expect(all).toContain(name);
    }
    expect(all.some((n) => /^Japan(?:ese)?$/.test(n))).toBe(true);
    expect(all.some((n) => /\bPalermo$/.test(n))).toBe(true);
  });

  it('suggests no furniture, heading, month or sentence-initial common word', () => {
    const never = [
      'INR',
      'INF',
      'SECRET',
      'SECRET/NOFORN',
      'NOFORN',
      'B1',
      'The',
      'Though',
      'Still',
      'Since',
      'Following',
      'Terrorists',
      'Further',
      ...MONTH_NAMES,
      ...memo.headings.map((h) => h.text),
    ];
    for (const name of all) {
      expect(never).not.toContain(name);
      expect(name).not.toMatch(/^(?:The|Though|In|We|No|There)\b/);
      for (const month of MONTH_NAMES) expect(name).not.toContain(month);
    }
  });

  it('counts mentions and the paragraphs they are in', () => {
    const fujimori = actors.find((a) => a.name === 'Fujimori')!;
    expect(fujimori.kind).toBe('person');
    expect(fujimori.paragraphs).toEqual([1, 2, 5, 6, 7, 8, 9, 10]);
    expect(fujimori.count).toBeGreaterThanOrEqual(10);
    // Most often named first.
    const counts = actors.map((a) => a.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives names and aliases the actor schema accepts, printed in the text, and unique ids', () => {
    const flat = memo.paragraphs.map((p) => p.text).join('\n');
    for (const name of all) {
      expect(name).toMatch(NAME_RULE);
      expect(name.length).toBeLessThanOrEqual(200);
      expect(flat).toContain(name);
    }
    const ids = actors.map((a) => a.id);
    for (const id of ids) expect(id).toMatch(ID_RULE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes aliases only from the text: "Cuban" beside "Cuba"', () => {
    const cuba = actors.find((a) => a.name === 'Cuba')!;
    expect(cuba.aliases).toEqual(['Cuban']);
    expect(cuba.kind).toBe('state');
    expect(actors.find((a) => a.name === 'MRTA')!.aliases).toEqual([]);
  });
});

describe('suggestActors on made-up text', () => {
  it('folds an acronym defined in parentheses into the full name', () => {
    const actors = suggestionsOf(TINY);
    const icrc = actors.find((a) => a.aliases.includes('ICRC'))!;
    expect(icrc.name).toBe('International Committee of the Red Cross');
    expect(icrc.kind).toBe('international-organisation');
    expect(icrc.paragraphs).toEqual([1, 3]);
    expect(names(actors).filter((n) => n === 'ICRC')).toHaveLength(1);
  });

  it('splits a title from a person and folds the surname said alone into the person', () => {
    const actors = suggestionsOf(TINY);
    const person = actors.find((a) => a.name === 'Rudolf Elphberg')!;
    expect(person.kind).toBe('person');
    expect(person.kindReason).toBe('"President"');
    expect(person.aliases).toEqual(['Elphberg']);
    expect(names(actors)).not.toContain('President');
  });

  it('guesses kinds from actor words', () => {
    const actors = suggestionsOf(TINY);
    const kinds = Object.fromEntries(actors.map((a) => [a.name, a.kind]));
    expect(kinds['Zendan Liberation Front']).toBe('armed-group');
    expect(kinds['Ruritanian army']).toBe('armed-group');
    expect(kinds.Ruritanian).toBe('state');
  });

  it('reads a capital at a sentence start as a name only when the text says so elsewhere', () => {
    const actors = suggestActors([
      para('Castro may be testing the waters. We doubt that Castro will act.'),
      para('Terrorists hold the building, and the terrorists wait. Food ran out.'),
      para('Sendero Luminoso is quiet. Havana says nothing.'),
    ]);
    expect(names(actors)).toEqual(['Castro', 'Sendero Luminoso']);
  });

  it('suggests nothing from a paragraph in capitals, where a capital tells nothing', () => {
    expect(isInCapitals('THE MRTA RELEASED TWO HOSTAGES TODAY.')).toBe(true);
    expect(isInCapitals('The MRTA released two hostages.')).toBe(false);
    expect(suggestActors([para('THE MRTA RELEASED TWO HOSTAGES TODAY.')])).toEqual([]);
  });

  it('never takes a redaction mark or a word after a parenthesis for a name', () => {
    const actors = suggestActors([
      para('Talks went on (in secret) The MRTA met XXXXXXXX and [REDACTED] at the Embassy.'),
    ]);
    expect(names(actors)).toEqual(['MRTA', 'Embassy']);
  });

  it('drops weekdays and keeps the nationality of an office holder', () => {
    const actors = suggestActors([
      para(
        'On Tuesday the Japanese Prime Minister Hashimoto spoke with Education Minister Palermo.',
      ),
    ]);
    expect(names(actors).sort()).toEqual(['Hashimoto', 'Japanese', 'Palermo']);
  });

  it('splits capitalised parts off hyphenated words and possessives off names', () => {
    const actors = suggestActors([para("He saw government-MRTA contacts and the MRTA's leaders.")]);
    expect(actors.map((a) => [a.name, a.count])).toEqual([['MRTA', 2]]);
  });

  it('suggests nothing for text with no names', () => {
    expect(suggestActors([para('it is quiet. nothing happened.')])).toEqual([]);
    expect(suggestActors([])).toEqual([]);
  });

  it('never suggests a name over 200 characters', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}`);
    const actors = suggestActors([para(`We met ${long.join(' ')} there.`)]);
    for (const a of actors) expect(a.name.length).toBeLessThanOrEqual(200);
  });
});

describe('ids', () => {
  it('makes actor ids from names', () => {
    expect(actorIdFor('Túpac Amaru')).toBe('tupac-amaru');
    expect(actorIdFor('G-7')).toBe('g-7');
    expect(actorIdFor('!!!')).toBe('actor');
  });

  it('makes document ids and source names from file names', () => {
    expect(documentIdFor('INR 1996-12-28 Peru.txt')).toBe('inr-1996-12-28-peru');
    expect(documentIdFor('_memo.v2.TXT')).toBe('memo.v2');
    expect(documentIdFor('¿?.txt')).toBe('document');
    expect(sourceNameFor('note.txt', 'note')).toBe('note.txt');
    expect(sourceNameFor('note.text', 'note')).toBe('note.txt');
  });
});

describe('newBundle', () => {
  const relationTypes = [{ id: 'supports' }];

  it('writes what was parsed and placeholders only where the schema forces them', () => {
    const { memo } = parseMemo(SEED);
    const bundle = newBundle({ fileName: 'seed.txt', memo, schemaBase: null, relationTypes });
    expect(bundle.source).toBe('seed.txt');
    expect(JSON.parse(bundle.files.get('document.json')!)).toEqual({
      id: 'seed',
      source: 'seed.txt',
      issuer: PLACEHOLDER_ISSUER,
      date: '1996-12-28',
      citation: { documentType: 'Memorandum', office: 'INR' },
    });
    expect(bundle.placeholders).toHaveLength(1);
    expect(bundle.placeholders[0]).toContain('"issuer"');
    expect(JSON.parse(bundle.files.get('relations.json')!)).toEqual({ relations: [] });
    expect(JSON.parse(bundle.files.get('relation-types.json')!)).toEqual({ relationTypes });
    const actors = JSON.parse(bundle.files.get('actors.json')!).actors;
    expect(actors[0].description).toMatch(/^Suggested by memograph new: named \d+ times \(¶1, /);
    expect(actors[0].description).toMatch(/confirm, rename or delete\.$/);
  });

  it('takes the document type, the id asked for, and $schema when told where the schemas are', () => {
    const { memo } = parseMemo(TINY);
    const bundle = newBundle({
      fileName: 'tiny-note.txt',
      memo,
      id: 'ruritania-1998',
      schemaBase: '../schema/',
      relationTypes,
    });
    const document = JSON.parse(bundle.files.get('document.json')!);
    expect(document.$schema).toBe('../schema/document.schema.json');
    expect(document.id).toBe('ruritania-1998');
    expect(document.date).toBe('1998-03-12');
    expect(document.citation).toEqual({ documentType: 'INTELLIGENCE NOTE' });
    for (const [name, text] of bundle.files) {
      expect(JSON.parse(text).$schema).toBe(`../schema/${name.replace('.json', '.schema.json')}`);
    }
  });

  it('marks a missing title and date as placeholders to fill in', () => {
    const { memo } = parseMemo('we went out.\n\nthen we came back home. (U)\n\n2\n');
    expect(memo.title).toBeNull();
    const bundle = newBundle({ fileName: 'x.txt', memo, schemaBase: null, relationTypes });
    const document = JSON.parse(bundle.files.get('document.json')!);
    expect(document.title).toBe(PLACEHOLDER_TITLE);
    expect(bundle.placeholders.some((p) => p.startsWith('"title"'))).toBe(true);
    expect(document.date).toBe(PLACEHOLDER_DATE);
    expect(bundle.placeholders.some((p) => p.startsWith('"date"'))).toBe(true);
  });

  it('notes how often and where an actor is named', () => {
    const note = suggestionNote({
      id: 'x',
      name: 'X',
      kind: 'other',
      aliases: [],
      count: 1,
      paragraphs: [3],
      kindReason: null,
    });
    expect(note).toBe('Suggested by memograph new: named once (¶3); confirm, rename or delete.');
  });
});

describe('parseReport', () => {
  it('lists paragraphs under their headings, with numbers, labels and markings', () => {
    const { memo } = parseMemo(TINY);
    const lines = parseReport(memo, suggestionsOf(TINY));
    expect(lines).toContain('document type: INTELLIGENCE NOTE');
    expect(lines).toContain(
      '    ¶1 1. (S//NF) p.1: The International Committee of the Red Cross (ICRC) …',
    );
    expect(lines).toContain('  p.1 banner: SECRET//NOFORN');
    expect(lines.at(-1)).toMatch(/— armed-group, named 1×$/);
  });

  it('prints a heading with its number and marking, and a missing date as such', () => {
    const { memo } = parseMemo(
      '(U) Title of It\n\nI. (U) Background\n\n1. (C) The MRTA said something here today.\n\n2. (C) The Red Cross said more today.\n',
    );
    const lines = parseReport(memo, []);
    expect(lines).toContain('  heading: I. Background (U)');
    expect(lines).toContain('date: (none found)');
  });

  it('says where a page break was rejoined', () => {
    const { memo } = parseMemo(SEED);
    expect(parseReport(memo, [])).toContain('  page 2 begins inside ¶5: rejoined');
  });

  it('says which paragraphs no actor was suggested from', () => {
    const { memo } = parseMemo(
      'Title Here (U)\n\nTHE MRTA RELEASED TWO HOSTAGES TODAY. (C)\n\nThe Red Cross came. (C)\n',
    );
    expect(parseReport(memo, [])).toContain(
      '  (none from ¶1: printed in capitals, where a name cannot be told from a word)',
    );
  });

  it('shortens text to its first words', () => {
    expect(firstWords('a b c', 2)).toBe('a b …');
    expect(firstWords(' a  b ', 2)).toBe('a b');
  });
});
