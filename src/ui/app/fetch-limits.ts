/**
 * What a dataset load may take and how its progress reads: the page's first view needs these,
 * the fetching itself (fetch-bytes.ts) loads only when a dataset is fetched.
 */

export interface FetchLimits {
  /** Give up when nothing has arrived for this many milliseconds. */
  readonly stallMs: number;
  /** Refuse a response larger than this many bytes. */
  readonly maxBytes: number;
}

/**
 * The size limit admits the largest corpus the bench builds (100,000 relations) with room to
 * spare; the stall limit is generous enough for a slow network that is still sending.
 */
export const DEFAULT_LIMITS: FetchLimits = { stallMs: 30_000, maxBytes: 256 * 1024 * 1024 };

export interface Progress {
  /** Bytes received so far. */
  readonly received: number;
  /** Bytes the server announced, when it did. */
  readonly total: number | null;
}

export interface FetchOptions {
  readonly fetchImpl?: typeof fetch;
  /** Aborting it cancels the load. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
  readonly limits?: Partial<FetchLimits>;
}

/** Bytes in words: "812 bytes", "1.4 kB", "90 MB", "256 MB" (powers of 1024). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  const units = ['kB', 'MB', 'GB'] as const;
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}
