import type { Random } from '../common/random.ts';
import { dateOfDayNumber, type CalendarDate } from '../memo/dates.ts';
import type { Graph } from './graph.ts';

/** The memos of a corpus: dates, offices and which relations each one holds. */

export interface SynthDocument {
  readonly index: number;
  readonly id: string;
  readonly date: CalendarDate;
  readonly office: string;
  /** Relations [first, first + count) belong to this document. */
  readonly first: number;
  readonly count: number;
}

/**
 * Day 0 is 1995-01-01. Memos are dated over 1996 and 1997; claims reach back up to 90 days
 * before their memo, so into late 1995.
 */
const FIRST_YEAR = 1995;
const FIRST_MEMO_DAY = 365;
const MEMO_SPAN_DAYS = 366 + 365;

const OFFICES = ['INR', 'INR', 'INR', 'INR/AA', 'INR/IAA'];

export function makeDocuments(d: number, m: number, r: Random): SynthDocument[] {
  const days = Array.from({ length: d }, () => FIRST_MEMO_DAY + r.int(MEMO_SPAN_DAYS)).sort(
    (a, b) => a - b,
  );
  const weights = Array.from({ length: d }, () => 0.4 + r.next() * 1.2);
  const counts = apportion(m, weights);
  const width = Math.max(3, String(d).length);
  const documents: SynthDocument[] = [];
  let first = 0;
  for (let i = 0; i < d; i++) {
    const count = counts[i]!;
    documents.push({
      index: i,
      id: `d${String(i + 1).padStart(width, '0')}`,
      date: dateOfDayNumber(days[i]!, FIRST_YEAR),
      office: r.pick(OFFICES),
      first,
      count,
    });
    first += count;
  }
  return documents;
}

/**
 * Splits `total` into whole shares proportional to `weights` (largest remainder, ties to the
 * earlier index), giving every share at least one when there is enough to go round.
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const floor = total >= weights.length ? 1 : 0;
  const rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const shares = exact.map((x) => floor + Math.floor(x));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]!.i]!++;
  return shares;
}

/** For each actor, the documents (ascending) whose relations name it. */
export function documentsOfActors(
  n: number,
  graph: Graph,
  documents: readonly SynthDocument[],
): number[][] {
  const docsOf: number[][] = Array.from({ length: n }, () => []);
  for (const doc of documents) {
    for (let i = doc.first; i < doc.first + doc.count; i++) {
      for (const a of [graph.source[i]!, graph.target[i]!]) {
        const list = docsOf[a]!;
        if (list[list.length - 1] !== doc.index) list.push(doc.index);
      }
    }
  }
  return docsOf;
}
