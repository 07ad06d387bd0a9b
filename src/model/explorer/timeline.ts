import type { Relation } from '../contract/types.ts';
import type { DatasetIndex } from '../dataset/query.ts';
import { addDays, formatIsoDate, isoDate, parseIsoDate } from '../memo/dates.ts';
import { relationDays } from './filters.ts';

/**
 * The timeline: every dated relation on a day axis, spans as bars, stacked in lanes so that no
 * two bars overlap. Days are ISO strings throughout (they compare and sort as strings), never
 * `Date`, whose time zone would move a day.
 */

export interface DaySpan {
  readonly first: string;
  readonly last: string;
}

/**
 * The days the timeline's axis covers: from the earliest date a relation speaks of to the latest,
 * widened to the documents' dates of issue (a memo of 28 December speaks up to that day). Null
 * when nothing in the dataset is dated.
 */
export function datedSpan(index: DatasetIndex): DaySpan | null {
  const days: string[] = [];
  for (const r of index.dataset.relations) {
    const d = relationDays(r);
    if (d) days.push(d.first, d.last);
  }
  if (days.length === 0) return null;
  for (const doc of index.dataset.documents) if (parseIsoDate(doc.date)) days.push(doc.date);
  days.sort();
  return { first: days[0]!, last: days[days.length - 1]! };
}

/** Every day from `first` to `last`, inclusive. */
export function daysBetween(span: DaySpan): string[] {
  const start = parseIsoDate(span.first);
  if (!start) return [];
  const days: string[] = [];
  for (let d = start, i = 0; i < 3660; i++, d = addDays(d, 1)) {
    const iso = isoDate(d);
    if (iso > span.last) break;
    days.push(iso);
  }
  return days;
}

export interface TimelineBar {
  readonly relation: Relation;
  readonly first: string;
  readonly last: string;
  /** 0-based row, so that bars sharing a day never overlap. */
  readonly lane: number;
}

/** Dated relations first by day, then by how long they last (longest first), then by id. */
export function byDate(a: Relation, b: Relation): number {
  const da = relationDays(a);
  const db = relationDays(b);
  if (!da || !db) return da ? -1 : db ? 1 : 0;
  if (da.first !== db.first) return da.first < db.first ? -1 : 1;
  if (da.last !== db.last) return da.last > db.last ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface Timeline {
  readonly bars: readonly TimelineBar[];
  readonly lanes: number;
  /** The relations with no date, which the timeline cannot place and counts instead. */
  readonly undated: number;
}

/** Places `relations` on lanes, first come first placed, in date order. */
export function layoutTimeline(relations: readonly Relation[]): Timeline {
  const dated = relations.filter((r) => r.date).sort(byDate);
  const laneEnds: string[] = [];
  const bars: TimelineBar[] = [];
  for (const relation of dated) {
    const { first, last } = relationDays(relation)!;
    let lane = laneEnds.findIndex((end) => end < first);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = last;
    bars.push({ relation, first, last, lane });
  }
  return { bars, lanes: laneEnds.length, undated: relations.length - dated.length };
}

/**
 * Past this many bars, or this many lanes, the strip draws how many relations fall on each day
 * instead: a corpus's thousands of dated claims would otherwise be a wall of rectangles.
 */
export const TIMELINE_BAR_BUDGET = 400;
export const TIMELINE_LANE_BUDGET = 10;

export function drawsBars(t: Timeline): boolean {
  return t.bars.length <= TIMELINE_BAR_BUDGET && t.lanes <= TIMELINE_LANE_BUDGET;
}

/** How many relations speak of each day of the axis (a span counts on each of its days). */
export function countsPerDay(t: Timeline, days: readonly string[]): number[] {
  const at = new Map(days.map((d, i) => [d, i]));
  const counts = days.map(() => 0);
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return counts;
  for (const b of t.bars) {
    if (b.last < first || b.first > last) continue;
    // A span reaching past the axis counts on the days of it the axis shows.
    const i = b.first < first ? 0 : (at.get(b.first) ?? 0);
    const j = b.last > last ? days.length - 1 : (at.get(b.last) ?? days.length - 1);
    for (let k = i; k <= j; k++) counts[k]!++;
  }
  return counts;
}

// --- the brush: a day range chosen on the axis, by pointer or keyboard ---------------------------

export interface Brush {
  /** Indexes into the axis's days, anchor ≤ focus not required. */
  readonly anchor: number;
  readonly focus: number;
}

export function brushRange(brush: Brush, days: readonly string[]): DaySpan | null {
  const lo = Math.min(brush.anchor, brush.focus);
  const hi = Math.max(brush.anchor, brush.focus);
  const first = days[lo];
  const last = days[hi];
  return first && last ? { first, last } : null;
}

function clamp(i: number, days: readonly string[]): number {
  return Math.max(0, Math.min(days.length - 1, i));
}

/**
 * Arrow keys on the brush: a plain arrow moves the whole range a day (keeping its length), with
 * Shift it moves only the focus end, extending or shrinking the range; Home and End go to the
 * axis's ends.
 */
export function stepBrush(
  brush: Brush,
  days: readonly string[],
  key: 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End',
  extend: boolean,
): Brush {
  const last = days.length - 1;
  if (key === 'Home' || key === 'End') {
    const to = key === 'Home' ? 0 : last;
    return extend ? { ...brush, focus: to } : { anchor: to, focus: to };
  }
  const step = key === 'ArrowLeft' ? -1 : 1;
  if (extend) return { ...brush, focus: clamp(brush.focus + step, days) };
  const lo = Math.min(brush.anchor, brush.focus);
  const hi = Math.max(brush.anchor, brush.focus);
  const shift = Math.max(-lo, Math.min(last - hi, step));
  return { anchor: brush.anchor + shift, focus: brush.focus + shift };
}

/** The brush for a range set elsewhere (the date inputs, a link), or a one-day brush at `at`. */
export function brushFor(
  from: string | null,
  until: string | null,
  days: readonly string[],
  at = 0,
): Brush {
  if (from === null && until === null) return { anchor: at, focus: at };
  const lo = from === null ? 0 : days.findIndex((d) => d >= from);
  let hi = until === null ? days.length - 1 : days.findLastIndex((d) => d <= until);
  const start = lo < 0 ? days.length - 1 : lo;
  if (hi < start) hi = start;
  return { anchor: start, focus: hi };
}

/** "December 22–28, 1996", "December 25, 1996". */
export function spanText(first: string, last: string): string {
  if (first === last) return formatIsoDate(first);
  const a = parseIsoDate(first);
  const b = parseIsoDate(last);
  if (a && b && a.year === b.year && a.month === b.month) {
    return formatIsoDate(first).replace(`${a.day},`, `${a.day}–${b.day},`);
  }
  return `${formatIsoDate(first)} – ${formatIsoDate(last)}`;
}
