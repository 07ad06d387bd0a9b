import { actorName } from '../words/describe.ts';
import { BANDS } from '../words/likelihood.ts';
import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import { BASES, type Relation } from '../contract/types.ts';
import { MARKING_ORDER, markingLevel } from './marking.ts';

/** What the relations table can sort by: one key per column, in the columns' order. */
export const SORT_KEYS = [
  'source',
  'type',
  'target',
  'paragraph',
  'marking',
  'quote',
  'likelihood',
  'basis',
  'date',
] as const;

export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RelationSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** Document order: by paragraph, which is how the table starts. */
export const DOCUMENT_ORDER: RelationSort = { key: 'paragraph', direction: 'ascending' };

/** Sorting by a column: the direction asked for, else the same column again reverses it. */
export function nextSort(
  current: RelationSort,
  key: SortKey,
  direction?: SortDirection,
): RelationSort {
  if (direction) return { key, direction };
  if (key !== current.key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

interface Keyed {
  readonly relation: Relation;
  /** Position in document order: document, paragraph number, quote start, dataset order. */
  readonly order: number;
  readonly text: string;
  readonly rank: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The relations in the order a column gives them. Text compares without regard to case or
 * accents and with numbers in numeric order; markings go by level, likelihood by band; ties
 * stay in document order whichever way the column runs.
 */
export function sortRelations(
  index: DatasetIndex,
  relations: readonly Relation[],
  sort: RelationSort,
): readonly Relation[] {
  if (sort.key === 'paragraph') return inDocumentOrder(index, relations, sort.direction);
  return sortedBy(index, relations, sort);
}

/** Every relation of a dataset in document order, and each one's place in it; made once. */
const documentOrders = new WeakMap<
  DatasetIndex,
  { readonly all: readonly Relation[]; readonly place: ReadonlyMap<Relation, number> }
>();

/**
 * Document order, the table's default, is the same for every view of a dataset: it is sorted
 * once, and a view's relations are picked out of it in one pass, with no sort per filter or
 * selection. (Relations that are not the dataset's own objects are sorted as any other key is.)
 */
function inDocumentOrder(
  index: DatasetIndex,
  relations: readonly Relation[],
  direction: SortDirection,
): readonly Relation[] {
  let order = documentOrders.get(index);
  if (!order) {
    const all = sortedBy(index, index.dataset.relations, DOCUMENT_ORDER);
    order = { all, place: new Map(all.map((r, i) => [r, i])) };
    documentOrders.set(index, order);
  }
  const { all, place } = order;
  let picked: readonly Relation[];
  if (relations === index.dataset.relations) picked = all;
  else {
    const marked = new Uint8Array(all.length);
    for (const r of relations) {
      const i = place.get(r);
      if (i === undefined) return sortedBy(index, relations, { key: 'paragraph', direction });
      marked[i] = 1;
    }
    const out: Relation[] = [];
    for (let i = 0; i < all.length; i++) if (marked[i]) out.push(all[i]!);
    picked = out;
  }
  return direction === 'ascending' ? picked : [...picked].reverse();
}

function sortedBy(
  index: DatasetIndex,
  relations: readonly Relation[],
  sort: RelationSort,
): readonly Relation[] {
  const docOrder = new Map(index.dataset.documents.map((d, i) => [d.id, i]));
  const datasetOrder = new Map(index.dataset.relations.map((r, i) => [r.id, i]));
  const key = sort.key;
  const rows: Keyed[] = relations.map((r) => {
    const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
    const order =
      (docOrder.get(r.document) ?? 0) * 1e12 +
      (p?.n ?? 0) * 1e6 +
      r.start +
      (datasetOrder.get(r.id) ?? 0) / 1e6;
    let text = '';
    let rank = 0;
    if (key === 'source') text = actorName(index, r.source);
    else if (key === 'target') text = actorName(index, r.target);
    else if (key === 'type') text = index.typeById.get(r.type)?.label ?? r.type;
    else if (key === 'quote') text = r.quote;
    else if (key === 'marking') {
      text = p?.marking ?? '';
      rank = MARKING_ORDER[markingLevel(p?.marking ?? null)];
    } else if (key === 'likelihood') {
      // Unhedged statements rank above "almost certain"; within a band, by the word used.
      rank = r.likelihood ? BANDS[r.likelihood.band].rank : 7;
      text = r.likelihood?.term ?? '';
    } else if (key === 'basis') {
      // Firmest first: what the memo states, what it judges, what it reports, what others guess.
      rank = BASES.indexOf(r.basis);
    } else if (key === 'date') {
      // Undated claims after every dated one, whichever way the column runs.
      text = r.date ? `${r.date.iso}/${r.date.until ?? r.date.iso}` : '';
      rank = r.date ? 0 : sort.direction === 'ascending' ? 1 : -1;
    }
    return { relation: r, order, text, rank };
  });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byOrder = key === 'paragraph';
  rows.sort(
    (a, b) =>
      sign * (byOrder ? a.order - b.order : a.rank - b.rank || collator.compare(a.text, b.text)) ||
      a.order - b.order,
  );
  return rows.map((k) => k.relation);
}
