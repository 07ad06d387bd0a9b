import {
  addDays,
  dayNumber,
  isoDate,
  longDate,
  MONTH_NAMES,
  parseIsoDate,
  type CalendarDate,
} from '../memo/dates.ts';

/**
 * Dates as a memo's sentences give them ("December 22", "Sunday's release", "Christmas Day",
 * "yesterday", "since December 22"), resolved against the document's own date of issue. Nothing
 * is resolved without that date: "Sunday" means nothing on its own.
 */

/** A date phrase found in a text, and the day it means. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  /** The words as printed: "Sunday's", "December 22", "since December 22". */
  readonly phrase: string;
  /** YYYY-MM-DD. */
  readonly iso: string;
  /** For "since …": the document's date, the last day the span is known to reach. */
  readonly until?: string;
  /** How the day was worked out, for the form: "the Sunday before December 28, 1996". */
  readonly reasoning: string;
}

const MONTH = MONTH_NAMES.join('|');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  christmas: [12, 25],
  "new year's day": [1, 1],
  'new year’s day': [1, 1],
  "new year's eve": [12, 31],
  'new year’s eve': [12, 31],
};

const PATTERN = new RegExp(
  [
    `(?<since>\\b[Ss]ince\\s+(?:the\\s+)?)?`,
    '(?:',
    `\\b(?<md>(?<mdMonth>${MONTH})\\s+(?<mdDay>\\d{1,2})(?!\\d)(?:,?\\s+(?<mdYear>\\d{4}))?)`,
    `|\\b(?<dm>(?<dmDay>\\d{1,2})\\s+(?<dmMonth>${MONTH})(?:\\s+(?<dmYear>\\d{4}))?)`,
    `|\\b(?<iso>\\d{4}-\\d{2}-\\d{2})\\b`,
    `|\\b(?<weekday>(?:(?<which>last|next|this)\\s+)?(?<day>${WEEKDAYS.join('|')})(?:['’]s)?)`,
    `|\\b(?<holiday>Christmas\\s+Day|Christmas\\s+Eve|New\\s+Year['’]s\\s+(?:Day|Eve)|Christmas)`,
    `|\\b(?<relative>today|yesterday|tomorrow)\\b`,
    ')',
  ].join(''),
  'gu',
);

/** Days since a Monday, for any date after year 1 (1 January 0001 was a Monday, proleptically). */
function weekday(date: CalendarDate): number {
  return dayNumber(date, 1) % 7;
}

/** The year that puts month/day nearest the document's date. */
function nearestYear(month: number, day: number, doc: CalendarDate): CalendarDate {
  const candidates = [doc.year - 1, doc.year, doc.year + 1].map((year) => ({ year, month, day }));
  const docDay = dayNumber(doc, doc.year - 2);
  return candidates.reduce((best, c) =>
    Math.abs(dayNumber(c, doc.year - 2) - docDay) < Math.abs(dayNumber(best, doc.year - 2) - docDay)
      ? c
      : best,
  );
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]) + 1;
}

/**
 * Every date phrase in `text`, resolved against the document's date (YYYY-MM-DD). Phrases that
 * cannot be resolved without it (weekdays, "yesterday", a month and day without a year) are left
 * out when `documentDate` is not a date.
 */
export function findDates(text: string, documentDate: string | null): DateMention[] {
  const doc = documentDate === null ? null : parseIsoDate(documentDate);
  const docLong = doc ? longDate(doc) : '';
  const out: DateMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups ?? {};
    let date: CalendarDate | null = null;
    let reasoning = '';
    if (g.md || g.dm) {
      const month = monthNumber((g.mdMonth ?? g.dmMonth)!);
      const day = Number(g.mdDay ?? g.dmDay);
      const year = g.mdYear ?? g.dmYear;
      if (day < 1 || day > 31) continue;
      if (year !== undefined) {
        date = { year: Number(year), month, day };
        reasoning = 'as printed';
      } else if (doc) {
        date = nearestYear(month, day, doc);
        reasoning = `the year nearest the document's date, ${docLong}`;
      }
    } else if (g.iso) {
      date = parseIsoDate(g.iso);
      reasoning = 'as printed';
    } else if (g.weekday && doc) {
      const target = WEEKDAYS.indexOf(g.day!);
      const today = weekday(doc);
      if (g.which === 'next') {
        date = addDays(doc, (target - today + 7) % 7 || 7);
        reasoning = `the ${g.day} after ${docLong}`;
      } else {
        // "Sunday's release", "last Sunday": the latest such day before the document was issued.
        date = addDays(doc, -((today - target + 7) % 7 || 7));
        reasoning = `the ${g.day} before ${docLong}`;
      }
    } else if (g.holiday && doc) {
      const key = g.holiday.toLowerCase().replace(/\s+/g, ' ');
      const [month, day] = HOLIDAYS[key] ?? [12, 25];
      date = nearestYear(month, day, doc);
      reasoning = `the one nearest the document's date, ${docLong}`;
    } else if (g.relative && doc) {
      const word = g.relative.toLowerCase() as 'today' | 'yesterday' | 'tomorrow';
      date = addDays(doc, { today: 0, yesterday: -1, tomorrow: 1 }[word]);
      reasoning = {
        today: `the document's date, ${docLong}`,
        yesterday: `the day before ${docLong}`,
        tomorrow: `the day after ${docLong}`,
      }[word];
    }
    if (!date) continue;
    const start = m.index;
    const end = start + m[0].length;
    const iso = isoDate(date);
    const until = g.since && doc && isoDate(doc) >= iso ? isoDate(doc) : undefined;
    out.push({
      start,
      end,
      phrase: m[0],
      iso,
      ...(until !== undefined && { until }),
      reasoning: until !== undefined ? `${reasoning}, until the document's date` : reasoning,
    });
  }
  return out;
}
