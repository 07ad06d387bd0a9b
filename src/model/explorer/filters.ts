import {
  BASES,
  LIKELIHOOD_BANDS,
  POLARITIES,
  type Basis,
  type LikelihoodBand,
  type Polarity,
  type Relation,
} from '../contract/types.ts';
import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import { isHedged } from '../words/likelihood.ts';
import { markingLevel, MARKING_ORDER } from './marking.ts';

/**
 * The filters of the explorer: which relations the analyst wants to see. Each dimension stores
 * what it hides (empty: nothing hidden), so that the plain view is the empty filter and a new
 * value in a dataset is shown until someone hides it.
 */

/** A relation's likelihood as a filter choice: its ICD 203 band, or "stated" when it has none. */
export type LikelihoodChoice = LikelihoodBand | 'stated';

/** The scale from remote to almost certain, then the uncalibrated hedges, then plain statements. */
export const LIKELIHOOD_CHOICES: readonly LikelihoodChoice[] = [...LIKELIHOOD_BANDS, 'stated'];

/** The levels a "Highest marking" can name, lowest first. */
export const MARKING_CEILINGS = ['U', 'C', 'S', 'TS'] as const;
export type MarkingCeiling = (typeof MARKING_CEILINGS)[number];

export { BASES, POLARITIES };

export interface Filters {
  /** Relation types not shown, sorted. */
  readonly hiddenTypes: readonly string[];
  /** Likelihood choices not shown, in LIKELIHOOD_CHOICES order. */
  readonly hiddenLikelihoods: readonly LikelihoodChoice[];
  /** Polarities not shown, in POLARITIES order. */
  readonly hiddenPolarities: readonly Polarity[];
  /** Bases not shown, in BASES order. */
  readonly hiddenBases: readonly Basis[];
  /** Sources of reported claims (`attributedTo`) not shown, sorted. */
  readonly hiddenReporters: readonly string[];
  /**
   * The highest paragraph marking shown, or null for every marking. The level is the marking's
   * first part, so caveats never lower it (S//NF is SECRET, above CONFIDENTIAL); a paragraph
   * without a recognised marking is above every ceiling, since nobody can say it is releasable.
   */
  readonly maxMarking: MarkingCeiling | null;
  /**
   * The date range, inclusive, YYYY-MM-DD, either end open when null. A relation is inside when
   * its date (or span) meets the range. While a range is set, undated relations are hidden (and
   * counted as such); with no range they are shown.
   */
  readonly from: string | null;
  readonly until: string | null;
  /** Documents not shown (their ids), sorted. */
  readonly hiddenDocuments: readonly string[];
}

export const INITIAL_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenLikelihoods: [],
  hiddenPolarities: [],
  hiddenBases: [],
  hiddenReporters: [],
  maxMarking: null,
  from: null,
  until: null,
  hiddenDocuments: [],
};

/** What "hide hedged" hides: the bands held less than "likely", and the uncalibrated hedges. */
export const HEDGED_CHOICES: readonly LikelihoodChoice[] = LIKELIHOOD_BANDS.filter((band) =>
  isHedged({ term: '', band }),
);

// --- what a relation is, for each filter ---------------------------------------------------------

export function likelihoodChoice(r: Relation): LikelihoodChoice {
  return r.likelihood?.band ?? 'stated';
}

/** The marking of the paragraph that supports a relation, as printed, or null. */
export function relationMarking(index: DatasetIndex, r: Relation): string | null {
  return index.paragraphByKey.get(paragraphKey(r.document, r.paragraph))?.marking ?? null;
}

/** Is a portion marking at or below the ceiling? Unrecognised and missing markings never are. */
export function markingWithin(marking: string | null, ceiling: MarkingCeiling): boolean {
  const level = markingLevel(marking);
  return level !== 'other' && MARKING_ORDER[level] <= MARKING_ORDER[ceiling];
}

/** The first and last day a relation speaks of, or null when it has no date. */
export function relationDays(
  r: Relation,
): { readonly first: string; readonly last: string } | null {
  if (!r.date) return null;
  return { first: r.date.iso, last: r.date.until ?? r.date.iso };
}

/** Does the relation's date or span meet the range? ISO dates compare as strings. */
export function withinDates(r: Relation, from: string | null, until: string | null): boolean {
  if (from === null && until === null) return true;
  const days = relationDays(r);
  if (!days) return false;
  return (from === null || days.last >= from) && (until === null || days.first <= until);
}

// --- the filter, dimension by dimension ----------------------------------------------------------

/** The dimensions of the filters, each tested on its own so counts can leave one out. */
export type FilterDimension =
  'type' | 'likelihood' | 'polarity' | 'basis' | 'reporter' | 'marking' | 'date' | 'document';

export const FILTER_DIMENSIONS: readonly FilterDimension[] = [
  'type',
  'likelihood',
  'polarity',
  'basis',
  'reporter',
  'marking',
  'date',
  'document',
];

/** A compiled form of the filters: sets for lookups, made once per filtering pass. */
export interface FilterTest {
  /** The dimensions the relation fails; empty when it passes. */
  failing(r: Relation): FilterDimension[];
  passes(r: Relation): boolean;
}

export function filterTest(index: DatasetIndex, filters: Filters): FilterTest {
  const types = new Set(filters.hiddenTypes);
  const likelihoods = new Set<string>(filters.hiddenLikelihoods);
  const polarities = new Set<string>(filters.hiddenPolarities);
  const bases = new Set<string>(filters.hiddenBases);
  const reporters = new Set(filters.hiddenReporters);
  const documents = new Set(filters.hiddenDocuments);
  const { maxMarking, from, until } = filters;
  const fails: Record<FilterDimension, (r: Relation) => boolean> = {
    type: (r) => types.has(r.type),
    likelihood: (r) => likelihoods.has(likelihoodChoice(r)),
    polarity: (r) => polarities.has(r.polarity),
    basis: (r) => bases.has(r.basis),
    reporter: (r) => r.attributedTo !== undefined && reporters.has(r.attributedTo),
    marking: (r) => maxMarking !== null && !markingWithin(relationMarking(index, r), maxMarking),
    date: (r) => !withinDates(r, from, until),
    document: (r) => documents.has(r.document),
  };
  const active = FILTER_DIMENSIONS.filter((d) => isDimensionActive(filters, d));
  return {
    failing: (r) => active.filter((d) => fails[d](r)),
    passes: (r) => active.every((d) => !fails[d](r)),
  };
}

export function isDimensionActive(filters: Filters, d: FilterDimension): boolean {
  switch (d) {
    case 'type':
      return filters.hiddenTypes.length > 0;
    case 'likelihood':
      return filters.hiddenLikelihoods.length > 0;
    case 'polarity':
      return filters.hiddenPolarities.length > 0;
    case 'basis':
      return filters.hiddenBases.length > 0;
    case 'reporter':
      return filters.hiddenReporters.length > 0;
    case 'marking':
      return filters.maxMarking !== null;
    case 'date':
      return filters.from !== null || filters.until !== null;
    case 'document':
      return filters.hiddenDocuments.length > 0;
  }
}

/** Does any filter hide anything? */
export function isFiltered(filters: Filters): boolean {
  return FILTER_DIMENSIONS.some((d) => isDimensionActive(filters, d));
}

/** Does a relation pass every filter? */
export function passesFilters(index: DatasetIndex, relation: Relation, filters: Filters): boolean {
  return filterTest(index, filters).passes(relation);
}

/** The relations of `pool` that pass the filters; `pool` itself when no filter is set. */
export function filterRelations(
  index: DatasetIndex,
  pool: readonly Relation[],
  filters: Filters,
): readonly Relation[] {
  if (!isFiltered(filters)) return pool;
  const test = filterTest(index, filters);
  return pool.filter((r) => test.passes(r));
}

// --- producers -------------------------------------------------------------------------------------

function ordered<T>(values: Iterable<T>, order: readonly T[]): T[] {
  const set = new Set(values);
  return order.filter((v) => set.has(v));
}

function toggled<T>(list: readonly T[], value: T, shown: boolean): Set<T> {
  const set = new Set(list);
  if (shown) set.delete(value);
  else set.add(value);
  return set;
}

/** Sorts every list, so that equal filters are equal values and write the same URL. */
export function normalizeFilters(f: Filters): Filters {
  return {
    ...f,
    hiddenTypes: [...new Set(f.hiddenTypes)].sort(),
    hiddenLikelihoods: ordered(f.hiddenLikelihoods, LIKELIHOOD_CHOICES),
    hiddenPolarities: ordered(f.hiddenPolarities, POLARITIES),
    hiddenBases: ordered(f.hiddenBases, BASES),
    hiddenReporters: [...new Set(f.hiddenReporters)].sort(),
    hiddenDocuments: [...new Set(f.hiddenDocuments)].sort(),
  };
}

export function showLikelihood(f: Filters, choice: LikelihoodChoice, shown: boolean): Filters {
  return normalizeFilters({
    ...f,
    hiddenLikelihoods: [...toggled(f.hiddenLikelihoods, choice, shown)],
  });
}

export function showPolarity(f: Filters, polarity: Polarity, shown: boolean): Filters {
  return normalizeFilters({
    ...f,
    hiddenPolarities: [...toggled(f.hiddenPolarities, polarity, shown)],
  });
}

export function showBasis(f: Filters, basis: Basis, shown: boolean): Filters {
  return normalizeFilters({ ...f, hiddenBases: [...toggled(f.hiddenBases, basis, shown)] });
}

export function showReporter(f: Filters, reporter: string, shown: boolean): Filters {
  return normalizeFilters({
    ...f,
    hiddenReporters: [...toggled(f.hiddenReporters, reporter, shown)],
  });
}

export function showDocument(f: Filters, document: string, shown: boolean): Filters {
  return normalizeFilters({
    ...f,
    hiddenDocuments: [...toggled(f.hiddenDocuments, document, shown)],
  });
}

export function setMaxMarking(f: Filters, maxMarking: MarkingCeiling | null): Filters {
  return { ...f, maxMarking };
}

/** Sets the date range; ends given the wrong way round are swapped rather than showing nothing. */
export function setDateRange(f: Filters, from: string | null, until: string | null): Filters {
  if (from !== null && until !== null && from > until) return { ...f, from: until, until: from };
  return { ...f, from, until };
}

/** "Reset filters": every filter cleared, relation types included. */
export function resetFilters(): Filters {
  return INITIAL_FILTERS;
}

/** The legend's "Hide negated": negated is one of the polarity choices. */
export function hidesNegated(f: Filters): boolean {
  return f.hiddenPolarities.includes('negated');
}

export function hideNegated(f: Filters, hide: boolean): Filters {
  return showPolarity(f, 'negated', !hide);
}

/**
 * The legend's "Hide hedged": claims the document does not hold firmly, whether it hedges them
 * (below "likely", or an uncalibrated "may") or declines to say either way (indeterminate).
 */
export function hidesHedged(f: Filters): boolean {
  return (
    f.hiddenPolarities.includes('indeterminate') &&
    HEDGED_CHOICES.every((c) => f.hiddenLikelihoods.includes(c))
  );
}

export function hideHedged(f: Filters, hide: boolean): Filters {
  let next = showPolarity(f, 'indeterminate', !hide);
  for (const c of HEDGED_CHOICES) next = showLikelihood(next, c, !hide);
  return next;
}
