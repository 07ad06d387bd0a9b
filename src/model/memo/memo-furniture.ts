/**
 * Page furniture: the lines a page prints around its prose (a running date, an office code, FOIA
 * exemption codes, the classification banner, a page number, a rule), each recognised on its own.
 *
 * Known limit: a line of 2 to 5 capitals alone ("CUBA") reads as an office code, so a heading
 * written that way becomes furniture. Roman section numbers ("II", "IV") are excepted.
 */
import type { FurnitureLine } from '../contract/types.ts';
import { BANNER_RE } from './memo-classification.ts';
import { readDateLine } from './memo-date-line.ts';
import { isReleaseStamp, readDocumentType } from './memo-header.ts';
import { EXEMPTION_CODE_RE, EXEMPTION_LINE_RE } from './memo-redactions.ts';

const PAGE_NUMBER_RES: readonly RegExp[] = [
  /^page\s+(\d{1,4})(?:\s+of\s+(\d{1,4}))?$/i,
  // A State cable's page header: "PAGE 02 LIMA 09876 281530Z".
  /^PAGE\s+(\d{1,4})\s+[A-Z][A-Z ]*\s+\d{3,6}\s+\d{6}Z$/,
  /^[-–—]\s*(\d{1,4})\s*[-–—]$/,
  /^(\d{1,3})$/,
];

/** An office code alone on a line: "INR", "INR/AA". */
const OFFICE_RE = /^[A-Z]{2,5}(?:\/[A-Z0-9]{1,6})*$/;
/** Section numbers like "II" or "IV" look like office codes but are not. */
const ROMAN_NUMERAL_RE = /^M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
/** A cable's break and end marks ("BT", "NNNN", "#9876"), which are not office codes. */
const CABLE_MARK_RE = /^(?:BT|NNNN|#\d{3,5})$/;
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
  /** other: a release stamp, which like a banner is printed on every page. */
  readonly stamp?: true;
  /** other: the document type the line names ("INTELLIGENCE NOTE"). */
  readonly documentType?: string;
}

/** What kind of page furniture a trimmed line is, or null when it is not furniture. */
export function classifyFurniture(line: string, lineNo: number): FurnitureEntry | null {
  if (isReleaseStamp(line)) return { kind: 'other', text: line, line: lineNo, stamp: true };
  const documentType = readDocumentType(line);
  if (documentType !== null) return { kind: 'other', text: line, line: lineNo, documentType };
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
  if (CABLE_MARK_RE.test(line)) return { kind: 'other', text: line, line: lineNo };
  if (OFFICE_RE.test(line) && !ROMAN_NUMERAL_RE.test(line)) {
    return { kind: 'office', text: line, line: lineNo };
  }
  if (SEPARATOR_RE.test(line)) {
    return { kind: 'other', text: line, line: lineNo };
  }
  return null;
}

/**
 * Whether a furniture line is unmistakable even when no blank line sets it apart from prose: a
 * release stamp, the banner, exemption codes, a cable's end marks, a page number printed as
 * "- 2 -" or "Page 2 of 5".
 * A bare number, a date or a short capitalised word could be the prose's own first or last line.
 */
export function isUnmistakable(entry: FurnitureEntry): boolean {
  if (entry.stamp || entry.kind === 'banner' || entry.kind === 'exemption') return true;
  if (entry.kind === 'other' && CABLE_MARK_RE.test(entry.text)) return true;
  return entry.kind === 'page-number' && !/^\d+$/.test(entry.text);
}
