/**
 * Page furniture: the lines a page prints around its prose (a running date, an office code, FOIA
 * exemption codes, the classification banner, a page number, a rule), each recognised on its own.
 *
 * Known limit: a line of 2 to 5 capitals alone ("CUBA") reads as an office code, so a heading
 * written that way becomes furniture. Roman section numbers ("II", "IV") are excepted.
 */
import type { FurnitureLine } from '../contract/types.ts';
import { BANNER_RE } from './memo-classification.ts';
import {
  EXEMPTION_CODE_RE,
  EXEMPTION_LINE_RE,
  INLINE_REDACTION_RE,
  REDACTION_MARK_SOURCE,
} from './memo-redactions.ts';

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

const PAGE_NUMBER_RES: readonly RegExp[] = [
  /^page\s+(\d{1,4})(?:\s+of\s+(\d{1,4}))?$/i,
  /^[-–—]\s*(\d{1,4})\s*[-–—]$/,
  /^(\d{1,3})$/,
];

/** An office code alone on a line: "INR", "INR/AA". */
const OFFICE_RE = /^[A-Z]{2,5}(?:\/[A-Z0-9]{1,6})*$/;
/** Section numbers like "II" or "IV" look like office codes but are not. */
const ROMAN_NUMERAL_RE = /^M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
/** Rules and section separators: "-----", "* * *". */
const SEPARATOR_RE = /^[-_=*~–—](?:\s*[-_=*~–—]){2,}$/;

type FurnitureKind = FurnitureLine['kind'];

/** One line of page furniture, with what it says. */
export interface FurnitureEntry {
  readonly kind: FurnitureKind;
  readonly text: string;
  readonly line: number;
  /** date: the ISO date it prints. */
  readonly iso?: string;
  /** page-number: the page it names, and the total when it prints "of N". */
  readonly pageNumber?: number;
  readonly pageTotal?: number;
  /** exemption: each code on the line. date: each redaction mark before the date. */
  readonly marks?: readonly string[];
}

/** What kind of page furniture a trimmed line is, or null when it is not furniture. */
export function classifyFurniture(line: string, lineNo: number): FurnitureEntry | null {
  if (EXEMPTION_LINE_RE.test(line)) {
    return {
      kind: 'exemption',
      text: line,
      line: lineNo,
      marks: line.match(EXEMPTION_CODE_RE) ?? [],
    };
  }
  const banner = BANNER_RE.exec(line);
  if (banner && (banner[1] === undefined) === (banner[4] === undefined)) {
    return { kind: 'banner', text: line, line: lineNo };
  }
  const date = readDateLine(line);
  if (date) {
    return { kind: 'date', text: line, line: lineNo, iso: date.iso, marks: date.marks };
  }
  for (const re of PAGE_NUMBER_RES) {
    const m = re.exec(line);
    if (m) {
      const entry: FurnitureEntry = {
        kind: 'page-number',
        text: line,
        line: lineNo,
        pageNumber: Number(m[1]),
      };
      return m[2] === undefined ? entry : { ...entry, pageTotal: Number(m[2]) };
    }
  }
  if (OFFICE_RE.test(line) && !ROMAN_NUMERAL_RE.test(line)) {
    return { kind: 'office', text: line, line: lineNo };
  }
  if (SEPARATOR_RE.test(line)) {
    return { kind: 'other', text: line, line: lineNo };
  }
  return null;
}

function readDateLine(line: string): { iso: string; marks: string[] } | null {
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
