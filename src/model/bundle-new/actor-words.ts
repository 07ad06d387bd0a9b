import type { ActorKind } from '../contract/types.ts';
import { MONTH_NAMES } from '../memo/dates.ts';

/**
 * The words `memograph new` reads actors by. Lists of English words only: which kind an actor
 * is, which capitalised words are titles rather than names, and which are never actors.
 */

/** A word inside a capitalised name that says what kind of actor it names. */
export const NAME_KIND_WORDS: Readonly<Record<string, ActorKind>> = {
  Government: 'government',
  Ministry: 'government',
  Cabinet: 'government',
  Congress: 'government',
  Parliament: 'government',
  Embassy: 'office',
  Consulate: 'office',
  Department: 'office',
  Bureau: 'office',
  Agency: 'office',
  Office: 'office',
  Police: 'office',
  Army: 'armed-group',
  Front: 'armed-group',
  Movement: 'armed-group',
  Brigade: 'armed-group',
  Brigades: 'armed-group',
  Guerrillas: 'armed-group',
  Committee: 'international-organisation',
  Nations: 'international-organisation',
  Organization: 'international-organisation',
  Organisation: 'international-organisation',
  Cross: 'international-organisation',
  Church: 'religious-figure',
  News: 'media',
  Times: 'media',
  Radio: 'media',
  Television: 'media',
};

/** Titles before a person's name: "President Fujimori", "Prime Minister Hashimoto". */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President',
  'Vice',
  'Prime',
  'Minister',
  'Secretary',
  'Ambassador',
  'General',
  'Colonel',
  'Commander',
  'Admiral',
  'Archbishop',
  'Bishop',
  'Cardinal',
  'Pope',
  'King',
  'Queen',
  'Prince',
  'Senator',
  'Governor',
  'Mayor',
  'Chancellor',
  'Premier',
  'Chairman',
  'Director',
  'Deputy',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
]);

/** Titles that make the person a religious figure rather than a person. */
export const RELIGIOUS_TITLES: ReadonlySet<string> = new Set([
  'Archbishop',
  'Bishop',
  'Cardinal',
  'Pope',
]);

/** Lower-case words that name an actor after a nationality: "Japanese ambassador". */
export const COMMON_ACTOR_WORDS: Readonly<Record<string, ActorKind>> = {
  government: 'government',
  embassy: 'office',
  ministry: 'government',
  army: 'armed-group',
  military: 'armed-group',
  police: 'office',
  president: 'person',
  ambassador: 'person',
  diplomat: 'person',
  minister: 'person',
  archbishop: 'religious-figure',
  bishop: 'religious-figure',
  terrorists: 'armed-group',
  guerrillas: 'armed-group',
  rebels: 'armed-group',
  press: 'media',
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Capitalised words that are never an actor's name: calendar words and furniture. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAYS,
  'Christmas',
  'Easter',
  'Day',
  'Year',
  'New',
  'I',
  'U',
  'C',
  'S',
  'TS',
  'NF',
  'NOFORN',
  'ORCON',
  'SECRET',
  'CONFIDENTIAL',
  'UNCLASSIFIED',
  'TOP',
  'REL',
  'USA',
  'FOIA',
  'REDACTED',
  'Redacted',
  'DELETED',
  'WITHHELD',
]);

/**
 * Words that begin sentences and are never names, whatever else the text does: a capital at the
 * start of a sentence says nothing.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'A An The This That These Those There Their They Them He She It Its His Her We Our Us You I ' +
    'Though Although Still Since Following Further Furthermore However While Whereas But And Or ' +
    'If When Where As After Before In On At Of For From To With Without By No Not Yet So Also ' +
    'Any Some Many Most Much Several Each Every All Both Either Neither Such Other Another ' +
    'What Which Who Whom Why How Then Thus Therefore Meanwhile Moreover Instead Even Only ' +
    'Perhaps Probably Possibly Likely Clearly Nonetheless Nevertheless Despite During Under ' +
    'Over Between Among Against Through Toward Towards Until Unless Because Whether Here Now ' +
    'Today Tomorrow Yesterday One Two Three First Second Third Fourth Fifth Sixth Seventh ' +
    'Eighth Ninth Tenth Last Next Recent Recently According Reportedly Paragraph Section ' +
    'Summary Comment Note Subject Background Outlook'
  ).split(' '),
);

/** Short words that may sit inside a multi-word name: "Committee of the Red Cross". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'for',
  'de',
  'del',
  'la',
  'y',
]);

/** "Japanese", "Peruvian", "Cuban": words that name a nationality. */
export function isDemonym(word: string): boolean {
  return /^[A-Z][a-z]{2,}(?:ese|ian|an|ish)$/.test(word) && !TITLE_WORDS.has(word);
}
