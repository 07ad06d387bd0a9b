import type { Likelihood, LikelihoodBand } from '../contract/types.ts';

/**
 * ICD 203 (Analytic Standards, 2015) expresses likelihood on one seven-step scale. Memos of the
 * 1990s predate it, so each estimative word the document uses is mapped onto the nearest band.
 * Hedges that ICD 203 deliberately leaves uncalibrated ("may", "could", "appears") are kept
 * apart as "unquantified" rather than being forced onto the scale. docs/likelihood.md explains
 * every row.
 */
export interface BandInfo {
  readonly band: LikelihoodBand;
  /** ICD 203 wording: "likely / probable". */
  readonly label: string;
  /** ICD 203 percentage range, or null for unquantified hedges. */
  readonly range: readonly [number, number] | null;
  /** Position on the scale; unquantified hedges rank with "roughly even chance" for styling. */
  readonly rank: number;
}

export const BANDS: Readonly<Record<LikelihoodBand, BandInfo>> = {
  'almost-no-chance': {
    band: 'almost-no-chance',
    label: 'almost no chance / remote',
    range: [1, 5],
    rank: 0,
  },
  'very-unlikely': {
    band: 'very-unlikely',
    label: 'very unlikely / highly improbable',
    range: [5, 20],
    rank: 1,
  },
  unlikely: { band: 'unlikely', label: 'unlikely / improbable', range: [20, 45], rank: 2 },
  'roughly-even-chance': {
    band: 'roughly-even-chance',
    label: 'roughly even chance / roughly even odds',
    range: [45, 55],
    rank: 3,
  },
  likely: { band: 'likely', label: 'likely / probable', range: [55, 80], rank: 4 },
  'very-likely': {
    band: 'very-likely',
    label: 'very likely / highly probable',
    range: [80, 95],
    rank: 5,
  },
  'almost-certain': {
    band: 'almost-certain',
    label: 'almost certain / nearly certain',
    range: [95, 99],
    rank: 6,
  },
  unquantified: {
    band: 'unquantified',
    label: 'unquantified hedge (not on the ICD 203 scale)',
    range: null,
    rank: 3,
  },
};

/** The term table: the document's estimative words, lower-cased, to their band. */
export const TERM_BANDS: Readonly<Record<string, LikelihoodBand>> = {
  // ICD 203's own words
  'almost no chance': 'almost-no-chance',
  remote: 'almost-no-chance',
  'very unlikely': 'very-unlikely',
  'highly improbable': 'very-unlikely',
  unlikely: 'unlikely',
  improbable: 'unlikely',
  'roughly even chance': 'roughly-even-chance',
  'roughly even odds': 'roughly-even-chance',
  likely: 'likely',
  probable: 'likely',
  probably: 'likely',
  'most likely': 'likely',
  'very likely': 'very-likely',
  'highly probable': 'very-likely',
  'almost certain': 'almost-certain',
  'almost certainly': 'almost-certain',
  'nearly certain': 'almost-certain',
  // Older estimative words of near certainty
  doubtless: 'almost-certain',
  'no doubt': 'almost-certain',
  undoubtedly: 'almost-certain',
  // Hedges ICD 203 does not calibrate
  may: 'unquantified',
  might: 'unquantified',
  could: 'unquantified',
  possibly: 'unquantified',
  possible: 'unquantified',
  possibility: 'unquantified',
  perhaps: 'unquantified',
  appear: 'unquantified',
  appears: 'unquantified',
  apparently: 'unquantified',
  seem: 'unquantified',
  seems: 'unquantified',
  seemed: 'unquantified',
  'not necessarily': 'unquantified',
  // Declining to say either way: the claim is indeterminate, not negated
  'no evidence': 'unquantified',
  // A course someone has put forward: mooted, neither under way nor estimated
  proposal: 'unquantified',
};

/** The band the table gives a term, or undefined for a term the table does not know. */
export function bandForTerm(term: string): LikelihoodBand | undefined {
  const key = term.trim().toLowerCase().replace(/\s+/g, ' ');
  // A term is the annotator's text: "constructor" must not find Object.prototype's.
  return Object.hasOwn(TERM_BANDS, key) ? TERM_BANDS[key] : undefined;
}

/**
 * A hedged claim is one the document does not hold at least "likely". Hedged claims are never
 * drawn as plain facts.
 */
export function isHedged(likelihood: Likelihood | null): boolean {
  if (likelihood === null) return false;
  return likelihood.band === 'unquantified' || BANDS[likelihood.band].rank < BANDS.likely.rank;
}
