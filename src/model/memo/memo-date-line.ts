/**
 * A running date alone on a line, in the three forms memos print: "December 28, 1996",
 * "28 December 1996" and "1996-12-28", possibly after redaction marks.
 */
import { INLINE_REDACTION_RE, REDACTION_MARK_SOURCE } from './memo-redactions.ts';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_SOURCE = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
/** A running date, possibly after redaction marks: "[redacted] December 28, 1996". */
const DATE_LINE_RE = new RegExp(
  `^((?:${REDACTION_MARK_SOURCE}\\s*)*)(?:${MONTH_SOURCE}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH_SOURCE},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))$`,
  'i',
);

export function readDateLine(line: string): { iso: string; marks: string[] } | null {
  const m = DATE_LINE_RE.exec(line);
  if (!m) return null;
  let year: number;
  let month: number | undefined;
  let day: number;
  if (m[2] !== undefined) {
    month = MONTHS[m[2].toLowerCase()];
    day = Number(m[3]);
    year = Number(m[4]);
  } else if (m[6] !== undefined) {
    day = Number(m[5]);
    month = MONTHS[m[6].toLowerCase()];
    year = Number(m[7]);
  } else {
    year = Number(m[8]);
    month = Number(m[9]);
    day = Number(m[10]);
  }
  if (month === undefined || month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  const iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  const marks = (m[1] ?? '').match(INLINE_REDACTION_RE) ?? [];
  return { iso, marks };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
