/**
 * Calendar dates as the memos print them. Read from the digits, never through `Date`, whose time
 * zone would move a day.
 */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** YYYY-MM-DD → its parts, or null when it is not in that form (the day is checked ≤ 31 only). */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year: Number(m[1]), month, day };
}

/** "December 28, 1996". */
export function longDate(date: CalendarDate): string {
  return `${MONTH_NAMES[date.month - 1]!} ${date.day}, ${date.year}`;
}

/** "1996-12-28" → "December 28, 1996"; anything else is shown as given rather than dropped. */
export function formatIsoDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? longDate(date) : iso;
}
