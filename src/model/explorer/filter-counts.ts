import type { DatasetIndex } from '../dataset/query.ts';
import { formatIsoDate } from '../memo/dates.ts';
import { spellMarking } from '../memo/markings.ts';
import {
  BASES,
  FILTER_DIMENSIONS,
  HEDGED_CHOICES,
  LIKELIHOOD_CHOICES,
  MARKING_CEILINGS,
  POLARITIES,
  filterTest,
  isDimensionActive,
  isFiltered,
  likelihoodChoice,
  markingWithin,
  relationMarking,
  withinDates,
  type FilterDimension,
  type Filters,
  type LikelihoodChoice,
  type MarkingCeiling,
} from './filters.ts';
import { markingLevel } from './marking.ts';
import { spanText } from './timeline.ts';

/**
 * How many relations each filter choice holds. Each dimension is counted with every OTHER filter
 * applied, so a count says what ticking that choice would add, and an unticked choice still
 * shows what it holds.
 */
export interface FilterCounts {
  readonly type: ReadonlyMap<string, number>;
  readonly likelihood: ReadonlyMap<LikelihoodChoice, number>;
  readonly polarity: ReadonlyMap<string, number>;
  readonly basis: ReadonlyMap<string, number>;
  /** Per source of reported claims (`attributedTo`), sorted by name. */
  readonly reporter: ReadonlyMap<string, number>;
  /** Per ceiling: how many relations are at or below it. */
  readonly marking: ReadonlyMap<MarkingCeiling, number>;
  /** Relations whose paragraph carries no recognised marking (above every ceiling). */
  readonly unmarked: number;
  readonly document: ReadonlyMap<string, number>;
  /** Dated relations inside the date range (all dated ones when no range is set). */
  readonly dated: number;
  /** Relations with no date: outside every date range. */
  readonly undated: number;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function filterCounts(index: DatasetIndex, filters: Filters): FilterCounts {
  const ds = index.dataset;
  const type = new Map<string, number>(ds.relationTypes.map((t) => [t.id, 0]));
  const likelihood = new Map<LikelihoodChoice, number>(LIKELIHOOD_CHOICES.map((c) => [c, 0]));
  const polarity = new Map<string, number>(POLARITIES.map((p) => [p, 0]));
  const basis = new Map<string, number>(BASES.map((b) => [b, 0]));
  const reporterNames = [...new Set(ds.relations.flatMap((r) => r.attributedTo ?? []))].sort();
  const reporter = new Map<string, number>(reporterNames.map((n) => [n, 0]));
  const marking = new Map<MarkingCeiling, number>(MARKING_CEILINGS.map((c) => [c, 0]));
  const document = new Map<string, number>(ds.documents.map((d) => [d.id, 0]));
  let unmarked = 0;
  let dated = 0;
  let undated = 0;

  const test = filterTest(index, filters);
  // Counted in a dimension: relations that pass every other dimension.
  const counts = (failing: readonly FilterDimension[], d: FilterDimension) =>
    failing.length === 0 || (failing.length === 1 && failing[0] === d);
  for (const r of ds.relations) {
    const failing = test.failing(r);
    if (failing.length > 1) continue;
    if (counts(failing, 'type')) bump(type, r.type);
    if (counts(failing, 'likelihood')) bump(likelihood, likelihoodChoice(r));
    if (counts(failing, 'polarity')) bump(polarity, r.polarity);
    if (counts(failing, 'basis')) bump(basis, r.basis);
    if (counts(failing, 'reporter') && r.attributedTo !== undefined) bump(reporter, r.attributedTo);
    if (counts(failing, 'document')) bump(document, r.document);
    if (counts(failing, 'marking')) {
      const m = relationMarking(index, r);
      if (markingLevel(m) === 'other') unmarked++;
      for (const c of MARKING_CEILINGS) if (markingWithin(m, c)) bump(marking, c);
    }
    if (counts(failing, 'date')) {
      if (!r.date) undated++;
      else if (withinDates(r, filters.from, filters.until)) dated++;
    }
  }
  return {
    type,
    likelihood,
    polarity,
    basis,
    reporter,
    marking,
    unmarked,
    document,
    dated,
    undated,
  };
}

// --- words ---------------------------------------------------------------------------------------

/** Short names of the likelihood choices, as a filter lists them. */
export const LIKELIHOOD_CHOICE_LABELS: Readonly<Record<LikelihoodChoice, string>> = {
  'almost-no-chance': 'almost no chance',
  'very-unlikely': 'very unlikely',
  unlikely: 'unlikely',
  'roughly-even-chance': 'roughly even chance',
  likely: 'likely',
  'very-likely': 'very likely',
  'almost-certain': 'almost certain',
  unquantified: 'unquantified',
  stated: 'none (stated as fact)',
};

/** How the hidden-filters sentence names a hidden basis. */
const BASIS_HIDDEN: Readonly<Record<string, string>> = {
  fact: 'facts',
  judgment: 'judgments',
  reported: 'reported claims',
  speculation: 'speculation',
};

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** What one active dimension hides, in words. */
function hiddenWords(index: DatasetIndex, f: Filters, d: FilterDimension): string[] {
  switch (d) {
    case 'type':
      if (f.hiddenTypes.length === 1) {
        const t = index.typeById.get(f.hiddenTypes[0]!);
        return [`“${t?.label ?? f.hiddenTypes[0]!}”`];
      }
      return [plural(f.hiddenTypes.length, 'relation type', 'relation types')];
    case 'likelihood': {
      const hidden = new Set(f.hiddenLikelihoods);
      const hedged = HEDGED_CHOICES.every((c) => hidden.has(c));
      const rest = f.hiddenLikelihoods.filter((c) => !(hedged && HEDGED_CHOICES.includes(c)));
      return [...(hedged ? ['hedged'] : []), ...rest.map((c) => LIKELIHOOD_CHOICE_LABELS[c])];
    }
    case 'polarity':
      return [...f.hiddenPolarities];
    case 'basis':
      return f.hiddenBases.map((b) => BASIS_HIDDEN[b] ?? b);
    case 'reporter':
      return f.hiddenReporters.map((name) => `reported by ${name}`);
    case 'marking':
      return f.maxMarking === 'TS' ? ['unmarked'] : [`above ${spellMarking(f.maxMarking ?? '')}`];
    case 'date': {
      if (f.from !== null && f.until !== null) {
        return [`dated outside ${spanText(f.from, f.until)}`, 'undated'];
      }
      if (f.from !== null) return [`dated before ${formatIsoDate(f.from)}`, 'undated'];
      return [`dated after ${formatIsoDate(f.until ?? '')}`, 'undated'];
    }
    case 'document':
      if (f.hiddenDocuments.length === 1) {
        const doc = index.documentById.get(f.hiddenDocuments[0]!);
        return [`“${doc?.title ?? f.hiddenDocuments[0]!}”`];
      }
      return [plural(f.hiddenDocuments.length, 'document', 'documents')];
  }
}

/**
 * One sentence for above the graph: how many relations the filters let through, and what they
 * hide. "Showing 40 of 61 relations; hidden: negated, above CONFIDENTIAL."
 */
export function describeHidden(index: DatasetIndex, filters: Filters): string {
  const total = index.dataset.relations.length;
  if (!isFiltered(filters)) return `Showing all ${plural(total, 'relation', 'relations')}.`;
  const test = filterTest(index, filters);
  let shown = 0;
  // A filter that hides nothing here (a ceiling above every marking) is not worth a word.
  const hiding = new Set<FilterDimension>();
  for (const r of index.dataset.relations) {
    const failing = test.failing(r);
    if (failing.length === 0) shown++;
    for (const d of failing) hiding.add(d);
  }
  const active = FILTER_DIMENSIONS.filter((d) => isDimensionActive(filters, d) && hiding.has(d));
  if (active.length === 0) return `Showing all ${plural(total, 'relation', 'relations')}.`;
  const words = active.flatMap((d) => hiddenWords(index, filters, d));
  return `Showing ${shown.toLocaleString('en-US')} of ${plural(total, 'relation', 'relations')}; hidden: ${words.join(', ')}.`;
}
