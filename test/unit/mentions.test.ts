import { describe, expect, it } from 'vitest';
import { createMentionMatcher, findMentions, type Mention } from '../../src/model/memo/mentions.ts';
import type { Actor } from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

function actor(id: string, name: string, aliases: string[] = []): Actor {
  return { id, name, kind: 'other', aliases, description: '' };
}

const mrta = actor('mrta', 'Tupac Amaru Revolutionary Movement', ['MRTA', 'the terrorists']);
const peru = actor('peru', 'Peru', ['Lima']);
const fujimori = actor('fujimori', 'Alberto Fujimori', ['Fujimori', 'President Fujimori']);
const japan = actor('japan', 'Japan', ['Japanese']);
const residence = actor('residence', "Japanese ambassador's residence", [
  "the Japanese ambassador's residence",
]);
const ambassador = actor('ambassador', 'Japanese ambassador', ['the Japanese ambassador']);
const cuba = actor('cuba', 'Cuba', ['Havana', 'Castro']);
const actors = [mrta, peru, fujimori, japan, residence, ambassador, cuba];

/** [surface, actorId] pairs, the shape most assertions read best in. */
function pairs(mentions: readonly Mention[]): [string, string][] {
  return mentions.map((m) => [m.surface, m.actorId]);
}

describe('findMentions', () => {
  it('finds names and aliases with offsets whose slice is the surface', () => {
    const text = 'Though the MRTA has reduced the number of hostages, President Fujimori waits.';
    const found = findMentions(text, actors);
    expect(pairs(found)).toEqual([
      ['MRTA', 'mrta'],
      ['President Fujimori', 'fujimori'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(found[0]).toEqual({ start: 11, end: 15, actorId: 'mrta', surface: 'MRTA' });
  });

  it('matches before possessives, straight and curly', () => {
    expect(pairs(findMentions("The MRTA's stated willingness", actors))).toEqual([
      ['MRTA', 'mrta'],
    ]);
    expect(pairs(findMentions('Fujimori’s contempt for the MRTA', actors))).toEqual([
      ['Fujimori', 'fujimori'],
      ['MRTA', 'mrta'],
    ]);
  });

  it('matches inside hyphenated compounds and around en and em dashes', () => {
    expect(pairs(findMentions('government-MRTA contacts', actors))).toEqual([['MRTA', 'mrta']]);
    expect(pairs(findMentions('the Lima–Havana line', actors))).toEqual([
      ['Lima', 'peru'],
      ['Havana', 'cuba'],
    ]);
    expect(pairs(findMentions('Cuba—not Peru—', actors))).toEqual([
      ['Cuba', 'cuba'],
      ['Peru', 'peru'],
    ]);
    expect(
      pairs(findMentions('it doubtless believes – probably correctly – Lima', actors)),
    ).toEqual([['Lima', 'peru']]);
  });

  it('matches inside straight and curly quotes and parentheses', () => {
    expect(pairs(findMentions('"MRTA" and “Castro” and (Havana)', actors))).toEqual([
      ['MRTA', 'mrta'],
      ['Castro', 'cuba'],
      ['Havana', 'cuba'],
    ]);
  });

  it('never matches inside a longer word, in any script', () => {
    expect(findMentions('Limaville and Limas and SuperMRTA and MRTA2', actors)).toEqual([]);
    expect(findMentions('Perúvian', [actor('peru', 'Perú')])).toEqual([]);
    // A combining accent continues the word: "Peru" is not "Peru\u0301".
    expect(findMentions('Peru\u0301 today', actors)).toEqual([]);
    expect(pairs(findMentions('Perú, Perú.', [actor('peru', 'Perú')]))).toEqual([
      ['Perú', 'peru'],
      ['Perú', 'peru'],
    ]);
    expect(pairs(findMentions('Москва и Москвы', [actor('moscow', 'Москва')]))).toEqual([
      ['Москва', 'moscow'],
    ]);
  });

  it('keeps the exact case of proper names', () => {
    expect(findMentions('the mrta and LIMA and fujimori', actors)).toEqual([]);
    expect(pairs(findMentions('CUBA and Cuba', actors))).toEqual([['Cuba', 'cuba']]);
  });

  it('matches lower-case aliases in any case, so a sentence may start with them', () => {
    expect(pairs(findMentions('The terrorists also are eager; THE TERRORISTS', actors))).toEqual([
      ['The terrorists', 'mrta'],
      ['THE TERRORISTS', 'mrta'],
    ]);
    expect(pairs(findMentions('for the terrorists the volatility', actors))).toEqual([
      ['the terrorists', 'mrta'],
    ]);
  });

  it('lets only the first letter of a lower-case name with capitals change case', () => {
    const front = actor('front', 'The Front', ['the Front']);
    expect(pairs(findMentions('The Front holds; talks with the Front.', [front]))).toEqual([
      ['The Front', 'front'],
      ['the Front', 'front'],
    ]);
    expect(findMentions('on the front lines; THE FRONT', [front])).toEqual([]);
  });

  it('lets the longest mention win where mentions overlap', () => {
    const text =
      "outside the Japanese ambassador's residence. The Japanese ambassador and Japanese";
    expect(pairs(findMentions(text, actors))).toEqual([
      ["the Japanese ambassador's residence", 'residence'],
      ['The Japanese ambassador', 'ambassador'],
      ['Japanese', 'japan'],
    ]);
  });

  it('prefers a longer mention that starts later over a shorter one that starts first', () => {
    const a = actor('a', 'Peru government');
    const b = actor('b', 'government-MRTA contacts');
    const found = findMentions('the Peru government-MRTA contacts', [a, b, mrta]);
    expect(pairs(found)).toEqual([['government-MRTA contacts', 'b']]);
  });

  it('falls back to a shorter term at the same start when the longest one is taken', () => {
    const a = actor('a', 'Peru government');
    const b = actor('b', 'government-MRTA contacts and more');
    // "Peru government" overlaps the longer mention; "Peru" alone still stands.
    const found = findMentions('Peru government-MRTA contacts and more', [a, b, peru]);
    expect(pairs(found)).toEqual([
      ['Peru', 'peru'],
      ['government-MRTA contacts and more', 'b'],
    ]);
  });

  it('never returns overlapping mentions, and returns them sorted by start', () => {
    const text =
      "Lima says the Japanese ambassador's residence in Lima holds the Japanese ambassador; Cuba, Havana, Castro.";
    const found = findMentions(text, actors);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
    expect(found.map((m) => m.surface)).toEqual([
      'Lima',
      "the Japanese ambassador's residence",
      'Lima',
      'the Japanese ambassador',
      'Cuba',
      'Havana',
      'Castro',
    ]);
  });

  it('matches an alias typed with straight apostrophes against curly ones, and the reverse', () => {
    expect(pairs(findMentions('the Japanese ambassador’s residence', [residence]))).toEqual([
      ['the Japanese ambassador’s residence', 'residence'],
    ]);
    const curly = actor('curly', 'Peru’s gentlemen terrorists');
    expect(pairs(findMentions(`"Peru's gentlemen terrorists."`, [curly]))).toEqual([
      ["Peru's gentlemen terrorists", 'curly'],
    ]);
  });

  it('lets a space in a term match any run of white space', () => {
    expect(
      pairs(findMentions('President\u00a0Fujimori and President \n Fujimori', actors)),
    ).toEqual([
      ['President\u00a0Fujimori', 'fujimori'],
      ['President \n Fujimori', 'fujimori'],
    ]);
  });

  it('treats regular expression characters in names as plain text', () => {
    const odd = actor('odd', 'G-7 (group)', ['A.B.', '[x]+']);
    expect(pairs(findMentions('the G-7 (group) and A.B. and [x]+ but not AxB.', [odd]))).toEqual([
      ['G-7 (group)', 'odd'],
      ['A.B.', 'odd'],
      ['[x]+', 'odd'],
    ]);
  });

  it('finds a name that is markup, as text, without word boundaries around its brackets', () => {
    const p3 = miniDataset.documents[0]!.paragraphs[2]!;
    const found = findMentions(p3.text, miniDataset.actors);
    const xss = found.find((m) => m.actorId === 'xss');
    expect(xss?.surface).toBe('<img src=x onerror=alert(1)>');
    expect(pairs(found)).toEqual([
      ['The Crown', 'crown'],
      ['the League', 'league'],
      ['<img src=x onerror=alert(1)>', 'xss'],
      ['the Front', 'front'],
    ]);
  });

  it('gives a term two actors share to the actor listed first', () => {
    const city = actor('lima-city', 'Lima');
    expect(pairs(findMentions('Lima', [peru, city]))).toEqual([['Lima', 'peru']]);
    expect(pairs(findMentions('Lima', [city, peru]))).toEqual([['Lima', 'lima-city']]);
  });

  it('prefers an exact-case term over a case-insensitive one of the same length', () => {
    const common = actor('common', 'crown', ['the crown']);
    const proper = actor('proper', 'The Crown', ['the Crown']);
    expect(pairs(findMentions('the Crown and the crown', [common, proper]))).toEqual([
      ['the Crown', 'proper'],
      ['the crown', 'common'],
    ]);
  });

  it('ignores blank names and aliases, and copes with no actors and empty text', () => {
    expect(findMentions('Lima', [actor('blank', '  ', ['', ' '])])).toEqual([]);
    expect(findMentions('Lima', [])).toEqual([]);
    expect(findMentions('', actors)).toEqual([]);
  });

  it('handles astral characters without splitting them', () => {
    const emoji = actor('e', '😀 Front');
    const text = 'x😀 Front 😀😀 Front';
    expect(pairs(findMentions(text, [emoji, peru]))).toEqual([
      ['😀 Front', 'e'],
      ['😀 Front', 'e'],
    ]);
    expect(findMentions(text, [emoji])[0]?.start).toBe(1);
  });
});

describe('createMentionMatcher', () => {
  it('reuses one compiled matcher across paragraphs with the same results as findMentions', () => {
    const matcher = createMentionMatcher(actors);
    const texts = [
      'The MRTA and Fujimori.',
      "Cuba remains the most likely candidate; Havana's role",
      'Nothing here.',
    ];
    for (const t of texts) expect(matcher.find(t)).toEqual(findMentions(t, actors));
    // Running twice gives the same answer: no state leaks between calls.
    expect(matcher.find(texts[0]!)).toEqual(matcher.find(texts[0]!));
  });

  it('serves hundreds of paragraphs and many actors from one matcher (time printed, not asserted)', () => {
    const many: Actor[] = [...actors];
    for (let i = 0; i < 200; i++)
      many.push(actor(`a${i}`, `Actor Number ${i}`, [`the group ${i}`]));
    const paragraph =
      'Though the MRTA has significantly reduced the number of hostages, it doubtless believes – probably correctly – it retains enough captives to deter President Fujimori from a near-term rescue attempt. Actor Number 17 and the group 42 met the Japanese ambassador in Lima. '.repeat(
        4,
      );
    const matcher = createMentionMatcher(many);
    const t0 = performance.now();
    let total = 0;
    for (let i = 0; i < 500; i++) total += matcher.find(paragraph).length;
    const elapsed = performance.now() - t0;
    expect(total).toBe(500 * 4 * 6);
    console.log(`mentions: 500 paragraphs, ${many.length} actors: ${Math.round(elapsed)} ms`);
  });
});

describe('common nouns in context', () => {
  const government: Actor = {
    id: 'peru-gov',
    name: 'Peruvian government',
    kind: 'government',
    aliases: ['government', 'the government'],
    description: '',
  };

  it('a bare common noun names the actor when definite, not after an indefinite word', () => {
    const text =
      'Terrorists and government appear to be digging in. The government-MRTA contacts continue. ' +
      'Mediation by another government or any government, or a government, is not this one.';
    const found = findMentions(text, [government]).map((m) => [m.surface, m.start]);
    expect(found).toEqual([
      ['government', text.indexOf('government')],
      ['The government', text.indexOf('The government')],
    ]);
  });
});
