import { BANDS, isHedged } from './likelihood.ts';
import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import type { Actor, Basis, Relation } from '../contract/types.ts';

/**
 * The words the explorer uses for relations, in one place so that the tooltip, the table, the
 * evidence panel and the citation never disagree.
 */

export function actorName(index: DatasetIndex, id: string): string {
  return index.actorById.get(id)?.name ?? id;
}

/** "MRTA — holds hostage → Japan", or "A — negotiates with — B" for undirected types. */
export function relationHeadline(index: DatasetIndex, r: Relation): string {
  const type = index.typeById.get(r.type);
  const label = type?.label ?? r.type;
  const arrow = type?.directed === false ? '—' : '→';
  return `${actorName(index, r.source)} — ${label} ${arrow} ${actorName(index, r.target)}`;
}

/** "¶2 (C)": the paragraph number and its marking, as analysts cite them. */
export function paragraphLabel(index: DatasetIndex, r: Relation): string {
  const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
  if (!p) return r.paragraph;
  return p.marking ? `¶${p.n} (${p.marking})` : `¶${p.n}`;
}

/**
 * The edge tooltip: "MRTA — holds hostage → Japan · ¶2 (C)", with negation and hedging said, and
 * for an indeterminate claim that the memo declines to say.
 */
export function relationTooltip(index: DatasetIndex, r: Relation): string {
  const qualifiers: string[] = [];
  if (r.polarity === 'negated') qualifiers.push('negated');
  if (r.likelihood) qualifiers.push(r.likelihood.term);
  const q = qualifiers.length > 0 ? ` (${qualifiers.join(', ')})` : '';
  const undecided =
    r.polarity === 'indeterminate' ? ' · indeterminate: the memo declines to say' : '';
  return `${relationHeadline(index, r)}${q} · ${paragraphLabel(index, r)}${undecided}`;
}

export const BASIS_LABELS: Readonly<Record<Basis, string>> = {
  fact: 'Stated as fact',
  judgment: "Issuer's judgment",
  reported: 'Reported by a source',
  speculation: "Others' speculation",
};

export const KIND_LABELS: Readonly<Record<Actor['kind'], string>> = {
  person: 'Person',
  'armed-group': 'Armed group',
  government: 'Government',
  state: 'State',
  'international-organisation': 'International organisation',
  'group-of-states': 'Group of states',
  'religious-figure': 'Religious figure',
  media: 'Media',
  people: 'Group of people',
  office: 'Office',
  other: 'Other',
};

/** "probably — likely / probable (55–80%)", or "stated as fact". */
export function likelihoodText(r: Relation): string {
  if (!r.likelihood) return 'stated without hedge';
  const info = BANDS[r.likelihood.band];
  const range = info.range ? ` (${info.range[0]}–${info.range[1]}%)` : '';
  return `“${r.likelihood.term}” — ${info.label}${range}`;
}

/**
 * How a relation is read: a plain fact, a hedged claim, a negated one, or one the memo declines
 * to affirm or deny. Negation and indeterminacy come first; a negated claim may be hedged too.
 */
export function certainty(r: Relation): 'negated' | 'indeterminate' | 'hedged' | 'plain' {
  if (r.polarity === 'negated') return 'negated';
  if (r.polarity === 'indeterminate') return 'indeterminate';
  return isHedged(r.likelihood) ? 'hedged' : 'plain';
}

export interface DatasetCounts {
  readonly documents: number;
  readonly actors: number;
  readonly relations: number;
  readonly negated: number;
  readonly indeterminate: number;
  readonly hedged: number;
  readonly reported: number;
}

/** The figures an overview states about a dataset. */
export function describeCounts(index: DatasetIndex): DatasetCounts {
  let negated = 0;
  let indeterminate = 0;
  let hedged = 0;
  let reported = 0;
  for (const r of index.dataset.relations) {
    if (r.polarity === 'negated') negated++;
    if (r.polarity === 'indeterminate') indeterminate++;
    if (isHedged(r.likelihood)) hedged++;
    if (r.basis === 'reported') reported++;
  }
  return {
    documents: index.dataset.documents.length,
    actors: index.dataset.actors.length,
    relations: index.dataset.relations.length,
    negated,
    indeterminate,
    hedged,
    reported,
  };
}
