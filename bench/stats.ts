/**
 * The benchmark's arithmetic: pure functions over numbers, so that they can be unit-tested and
 * so that every figure in bench/results.json is computed the same way.
 */

/** A figure measured over several runs. Times in milliseconds, sizes in bytes. */
export interface Summary {
  /** How many samples. */
  readonly n: number;
  readonly median: number;
  /** 95th percentile, nearest-rank: the smallest sample at or above 95 % of the samples. */
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

function sortedFinite(values: readonly number[]): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) throw new RangeError('no samples: a summary needs at least one number');
  return finite.sort((a, b) => a - b);
}

/**
 * The median: the middle sample, or the mean of the two middle ones for an even count.
 * Non-finite samples (a run that timed out is recorded as NaN) are left out.
 */
export function median(values: readonly number[]): number {
  const s = sortedFinite(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the sample at rank ceil(p/100 × n). It is
 * always a value that was actually measured, which matters with 5 to 10 samples, where an
 * interpolated p95 would be a time no run ever took. With fewer than 20 samples the p95 is the
 * maximum.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const s = sortedFinite(values);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1]!;
}

/** Median, p95, minimum and maximum of the finite samples. */
export function summarize(values: readonly number[]): Summary {
  const s = sortedFinite(values);
  return {
    n: s.length,
    median: median(s),
    p95: percentile(s, 95),
    min: s[0]!,
    max: s[s.length - 1]!,
  };
}

/** A long task as the Long Tasks API reports it: start and duration in ms since timeOrigin. */
export interface LongTask {
  readonly startTime: number;
  readonly duration: number;
}

/** A task longer than this blocks input (RAIL's 50 ms budget, as Lighthouse uses it). */
export const BLOCKING_THRESHOLD_MS = 50;

/**
 * Total blocking time in a window: for each long task, the part of it inside [from, to] beyond
 * the first 50 ms, summed. A task that straddles an edge of the window counts only with its part
 * inside (as Lighthouse clips tasks to its FCP–TTI window).
 */
export function totalBlockingTime(tasks: readonly LongTask[], from: number, to: number): number {
  if (!(to >= from))
    throw new RangeError(`the window must not end (${to}) before it starts (${from})`);
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(from, task.startTime);
    const end = Math.min(to, task.startTime + task.duration);
    const inside = end - start;
    if (inside > BLOCKING_THRESHOLD_MS) total += inside - BLOCKING_THRESHOLD_MS;
  }
  return total;
}

/** The long tasks that overlap [from, to]. */
export function tasksInWindow(tasks: readonly LongTask[], from: number, to: number): LongTask[] {
  return tasks.filter((t) => t.startTime < to && t.startTime + t.duration > from);
}

/** app / baseline, or null when there is no baseline figure to divide by. */
export function ratio(app: number, baseline: number | null | undefined): number | null {
  if (baseline === null || baseline === undefined || !(baseline > 0) || !Number.isFinite(app))
    return null;
  return app / baseline;
}
