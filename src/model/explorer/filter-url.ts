import { parseIsoDate, daysInMonth } from '../memo/dates.ts';
import type { DatasetIndex } from '../dataset/query.ts';
import {
  BASES,
  HEDGED_CHOICES,
  INITIAL_FILTERS,
  LIKELIHOOD_CHOICES,
  MARKING_CEILINGS,
  POLARITIES,
  normalizeFilters,
  type Filters,
  type MarkingCeiling,
} from './filters.ts';

/**
 * The filters in URL parameters. The app's links and the CLI's `memograph export` flags both go
 * through `filtersFromParams`, so the two can never disagree about what a filter means. Lists
 * name what is SHOWN (absent: everything; empty: nothing), as a reader of a link expects.
 */
export const FILTER_PARAMS = {
  types: 'types',
  likelihood: 'likelihood',
  polarity: 'polarity',
  basis: 'basis',
  /** Repeated rather than comma-separated: a source's name may hold a comma. */
  reportedBy: 'reportedBy',
  marking: 'marking',
  from: 'from',
  until: 'until',
  documents: 'documents',
  /** Older links: `negated=hide`, `hedged=hide`. Read, never written. */
  legacyNegated: 'negated',
  legacyHedged: 'hedged',
} as const;

export const FILTER_PARAM_NAMES: readonly string[] = Object.values(FILTER_PARAMS);

function complement<T>(all: readonly T[], hidden: readonly T[]): T[] {
  const set = new Set(hidden);
  return all.filter((v) => !set.has(v));
}

/** Writes the filters into `params` (whose own filter parameters it replaces). */
export function writeFilterParams(
  filters: Filters,
  index: DatasetIndex,
  params: URLSearchParams,
): URLSearchParams {
  for (const name of FILTER_PARAM_NAMES) params.delete(name);
  const P = FILTER_PARAMS;
  const f = filters;
  const list = (name: string, all: readonly string[], hidden: readonly string[]) => {
    if (hidden.length > 0) params.set(name, complement(all, hidden).join(','));
  };
  list(
    P.types,
    index.dataset.relationTypes.map((t) => t.id),
    f.hiddenTypes,
  );
  list(P.likelihood, LIKELIHOOD_CHOICES, f.hiddenLikelihoods);
  list(P.polarity, POLARITIES, f.hiddenPolarities);
  list(P.basis, BASES, f.hiddenBases);
  if (f.hiddenReporters.length > 0) {
    const shown = complement(reportersOf(index), f.hiddenReporters);
    if (shown.length === 0) params.set(P.reportedBy, '');
    for (const name of shown) params.append(P.reportedBy, name);
  }
  if (f.maxMarking !== null) params.set(P.marking, f.maxMarking);
  if (f.from !== null) params.set(P.from, f.from);
  if (f.until !== null) params.set(P.until, f.until);
  list(
    P.documents,
    index.dataset.documents.map((d) => d.id),
    f.hiddenDocuments,
  );
  return params;
}

/** Every source of reported claims in the dataset, sorted. */
export function reportersOf(index: DatasetIndex): string[] {
  return [...new Set(index.dataset.relations.flatMap((r) => r.attributedTo ?? []))].sort();
}

function isValidIsoDate(s: string): boolean {
  const d = parseIsoDate(s);
  return d !== null && d.day <= daysInMonth(d.year, d.month);
}

/**
 * Reads the filters from URL parameters (or the CLI's flags mapped onto them). What cannot be
 * honoured is left out and said in `problems`, in plain words; it is never fatal.
 */
export function filtersFromParams(
  params: URLSearchParams,
  index: DatasetIndex,
): { filters: Filters; problems: string[] } {
  const P = FILTER_PARAMS;
  const problems: string[] = [];
  const oneOf = (list: readonly string[]) => list.map((v) => `"${v}"`).join(', ');

  /** The hidden values of a comma list naming the shown ones; unknown names are reported. */
  const hiddenOf = <T extends string>(
    name: string,
    all: readonly T[],
    unknown: (value: string) => string,
  ): T[] => {
    const raw = params.get(name);
    if (raw === null) return [];
    const wanted = raw
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    for (const v of wanted) if (!(all as readonly string[]).includes(v)) problems.push(unknown(v));
    return complement(all, wanted as T[]);
  };

  const typeIds = index.dataset.relationTypes.map((t) => t.id);
  const hiddenTypes = hiddenOf(
    P.types,
    typeIds,
    (v) => `Unknown relation type "${v}": the dataset has no such type.`,
  );
  const hiddenLikelihoods = hiddenOf(
    P.likelihood,
    LIKELIHOOD_CHOICES,
    (v) => `Unknown likelihood "${v}": it can be ${oneOf(LIKELIHOOD_CHOICES)}.`,
  );
  const hiddenPolarities = hiddenOf(
    P.polarity,
    POLARITIES,
    (v) => `Unknown polarity "${v}": it can be ${oneOf(POLARITIES)}.`,
  );
  const hiddenBases = hiddenOf(
    P.basis,
    BASES,
    (v) => `Unknown basis "${v}": it can be ${oneOf(BASES)}.`,
  );
  const documentIds = index.dataset.documents.map((d) => d.id);
  const hiddenDocuments = hiddenOf(
    P.documents,
    documentIds,
    (v) => `Unknown document "${v}": the dataset has no such document.`,
  );

  let hiddenReporters: string[] = [];
  const reporterValues = params.getAll(P.reportedBy);
  if (reporterValues.length > 0) {
    const all = reportersOf(index);
    const wanted = reporterValues.filter((v) => v !== '');
    for (const v of wanted) {
      if (!all.includes(v)) problems.push(`Unknown source "${v}": no claim is reported by it.`);
    }
    hiddenReporters = complement(all, wanted);
  }

  // Older links spoke of hiding, not of choosing.
  if (params.get(P.legacyNegated) === 'hide' && !hiddenPolarities.includes('negated')) {
    hiddenPolarities.push('negated');
  }
  if (params.get(P.legacyHedged) === 'hide') {
    if (!hiddenPolarities.includes('indeterminate')) hiddenPolarities.push('indeterminate');
    for (const c of HEDGED_CHOICES) if (!hiddenLikelihoods.includes(c)) hiddenLikelihoods.push(c);
  }

  let maxMarking: MarkingCeiling | null = null;
  const marking = params.get(P.marking);
  if (marking !== null && marking !== '') {
    const level = marking.trim().toUpperCase();
    if ((MARKING_CEILINGS as readonly string[]).includes(level)) {
      maxMarking = level as MarkingCeiling;
    } else {
      problems.push(`Unknown highest marking "${marking}": it can be ${oneOf(MARKING_CEILINGS)}.`);
    }
  }

  const date = (name: string): string | null => {
    const v = params.get(name);
    if (v === null || v === '') return null;
    if (isValidIsoDate(v)) return v;
    problems.push(`The date "${v}" for "${name}" is not a calendar date in the form YYYY-MM-DD.`);
    return null;
  };
  let from = date(P.from);
  let until = date(P.until);
  if (from !== null && until !== null && from > until) {
    problems.push(`The date range runs backwards (from ${from} until ${until}); it was swapped.`);
    [from, until] = [until, from];
  }

  const filters = normalizeFilters({
    ...INITIAL_FILTERS,
    hiddenTypes,
    hiddenLikelihoods,
    hiddenPolarities,
    hiddenBases,
    hiddenReporters,
    maxMarking,
    from,
    until,
    hiddenDocuments,
  });
  return { filters, problems };
}
