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

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from 1 January of `epochYear` (day 0) to `date`, which must not be earlier. */
export function dayNumber(date: CalendarDate, epochYear: number): number {
  let days = 0;
  for (let y = epochYear; y < date.year; y++) days += isLeapYear(y) ? 366 : 365;
  for (let m = 1; m < date.month; m++) days += daysInMonth(date.year, m);
  return days + date.day - 1;
}

/** The date `day` days after 1 January of `epochYear`; the inverse of dayNumber for day ≥ 0. */
export function dateOfDayNumber(day: number, epochYear: number): CalendarDate {
  let year = epochYear;
  let month = 1;
  let rest = day;
  for (;;) {
    const length = daysInMonth(year, month);
    if (rest < length) return { year, month, day: rest + 1 };
    rest -= length;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

/** { 1996, 12, 28 } → "1996-12-28". */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  // Any epoch on or before both dates gives the same answer; this one is early enough.
  const epoch = date.year - 1 - Math.ceil(Math.max(0, -days) / 365);
  return dateOfDayNumber(dayNumber(date, epoch) + days, epoch);
}
