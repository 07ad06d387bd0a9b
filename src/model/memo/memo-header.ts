/**
 * The lines that say what a document is rather than what it says: release stamps, the
 * document-type line ("INTELLIGENCE NOTE", "MEMORANDUM FOR …") and the header of a cable or a
 * memorandum ("SUBJECT:", "REF:", "TAGS:", "FM"/"TO"). None of them is ever a title, a heading or
 * a paragraph; they are kept as furniture and read into metadata.
 */
import { readDateLine } from './memo-date-line.ts';

/**
 * Stamps an archive prints on every page of a released copy: "Approved for Release: 2019/03/14
 * C05512345", "Declassified and Approved For Release 2012/05/01 : CIA-RDP79T00975A000100010001-1",
 * "Sanitized Copy Approved for Release …", the State Department's case line, a bare document id.
 */
const STAMP_RES: readonly RegExp[] = [
  // A colon or a date after the words: "approved for release by the Director" is prose.
  /^(?:(?:declassified|sanitized(?: copy)?)(?:\s+and)?\s+)?approved\s+for\s+release(?:\s*:|\s+\d{4}\/\d{1,2}\/\d{1,2}\b).{0,120}$/i,
  // In capitals, or followed at once by "Authority": "declassified under E.O. 12958" is prose.
  /^(?:DECLASSIFIED\b.{0,80}\b(?:Authority|AUTHORITY|NND|E\.\s?O\.)|Declassified\s+Authority\b).{0,80}$/,
  /^(?:UNCLASSIFIED\s+)?U\.S\.\s+Department\s+of\s+State\s+Case\s+No\..{0,160}$/i,
  /^(?:CIA-RDP[0-9A-Z-]{10,}|C\d{8})$/,
];

export function isReleaseStamp(line: string): boolean {
  return STAMP_RES.some((re) => re.test(line));
}

/** Lines that name the kind of document. "MEMORANDUM FOR" carries its addressee. */
const DOCUMENT_TYPE_RE =
  /^(?:(?:INTELLIGENCE|INFORMATION|ACTION|INTERAGENCY INTELLIGENCE|DIRECTOR OF CENTRAL INTELLIGENCE)\s+(?:NOTE|ASSESSMENT|MEMORANDUM|REPORT|BRIEF|ESTIMATE|APPRAISAL)|(?:SPECIAL\s+)?NATIONAL\s+INTELLIGENCE\s+(?:ESTIMATE|DAILY|BRIEF)|MEMORANDUM(?:\s+OF\s+CONVERSATION|\s+FOR\b.*)?|TELEGRAM|CABLE|INTELLIGENCE INFORMATION (?:CABLE|REPORT))$/;

/** The document type a line names ("INTELLIGENCE NOTE", "MEMORANDUM FOR"), or null. */
export function readDocumentType(line: string): string | null {
  const trimmed = line.replace(/[\s:]+$/, '');
  if (!DOCUMENT_TYPE_RE.test(trimmed)) return null;
  // The addressee of "MEMORANDUM FOR THE SECRETARY" is the header's TO, not the type.
  return /^MEMORANDUM FOR\b/.test(trimmed) ? 'MEMORANDUM FOR' : trimmed;
}

/** What the header of a cable or memorandum says, each value as printed. */
export interface DocumentHeader {
  readonly from?: string;
  readonly to?: string;
  readonly info?: string;
  readonly subject?: string;
  readonly ref?: string;
  readonly tags?: string;
  /** ISO date read from a "DATE:" line or a cable's date-time group ("281530Z DEC 96"). */
  readonly date?: string;
}

type HeaderKey = keyof DocumentHeader | 'other';

/** "KEY: value", or a cable's "FM"/"TO"/"INFO" line without a colon. */
const HEADER_LINE_RE =
  /^(SUBJECT|SUBJ|REFS?|TAGS|FROM|FM|TO|INFO|DATE|THRU|THROUGH|CC|E\.\s?O\.\s?\d+|DECL|DECLASSIFY ON|CLASSIFIED BY|REASON|MEMORANDUM FOR|ATTENTION|ATTN)(?::\s*|\s+)(\S.*)$/;
const CABLE_ONLY_KEYS = new Set(['FM', 'TO', 'INFO']);
const WRAPPING_KEYS: ReadonlySet<HeaderKey> = new Set(['subject', 'ref', 'tags', 'to', 'info']);
/** The precedence and date-time group that opens a cable: "O 281530Z DEC 96". */
const DTG_RE = /^(?:[ZOPR]\s+)?(\d{2})(\d{4})Z\s+([A-Z]{3})\s+(\d{2}|\d{4})$/;
const DTG_MONTHS = 'JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC';

function keyOf(printed: string): HeaderKey {
  switch (printed) {
    case 'SUBJECT':
    case 'SUBJ':
      return 'subject';
    case 'REF':
    case 'REFS':
      return 'ref';
    case 'TAGS':
      return 'tags';
    case 'FROM':
    case 'FM':
      return 'from';
    case 'TO':
    case 'MEMORANDUM FOR':
      return 'to';
    case 'INFO':
      return 'info';
    case 'DATE':
      return 'date';
    default:
      return 'other';
  }
}

/**
 * Read a block as a header, or null when it is not one. Every line must be "KEY: value", a
 * cable's date-time group, or a continuation of the line above (indented, or after a SUBJECT,
 * REF, TAGS, TO or INFO); a key without a colon counts only for the cable's FM/TO/INFO lines,
 * and a block is a header only with a colon or a date-time group, or two keyed lines.
 */
export function readHeaderBlock(
  lines: readonly string[],
): Partial<Record<HeaderKey, string>> | null {
  const found: Partial<Record<HeaderKey, string>> = {};
  let last: HeaderKey | null = null;
  let keyed = 0;
  // A single "TO DATE, THE MRTA…" in an all-capitals cable is prose, not a header.
  let certain = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (last !== null && /^\s/.test(raw) && line !== '') {
      found[last] = `${found[last] ?? ''} ${line}`.trim();
      continue;
    }
    const dtg = readDtg(line);
    if (dtg) {
      found.date ??= dtg;
      last = null;
      certain++;
      continue;
    }
    const m = HEADER_LINE_RE.exec(line);
    if (!m) {
      // A SUBJECT or REF too long for its line goes on, indented or not, on the next.
      if (last !== null && WRAPPING_KEYS.has(last) && line !== '') {
        found[last] = `${found[last] ?? ''} ${line}`.trim();
        continue;
      }
      return null;
    }
    const printed = m[1]!;
    const colon = line.slice(printed.length).startsWith(':');
    if (!colon && !CABLE_ONLY_KEYS.has(printed) && printed !== 'MEMORANDUM FOR') return null;
    if (colon) certain++;
    const key = keyOf(printed);
    const value = m[2]!.trim();
    if (key === 'date') {
      const date = readDateLine(value);
      if (date) found.date = date.iso;
    } else {
      found[key] = found[key] === undefined ? value : `${found[key]}; ${value}`;
    }
    last = key;
    keyed++;
  }
  return certain > 0 || keyed > 1 ? found : null;
}

function readDtg(line: string): string | null {
  const m = DTG_RE.exec(line);
  if (!m) return null;
  const day = Number(m[1]);
  const monthIndex = DTG_MONTHS.indexOf(m[3]!);
  if (monthIndex < 0 || monthIndex % 3 !== 0 || day < 1 || day > 31) return null;
  const y = Number(m[4]);
  const year = m[4]!.length === 4 ? y : y >= 40 ? 1900 + y : 2000 + y;
  const month = monthIndex / 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The addressee of a "MEMORANDUM FOR …" line, or null. */
export function readAddressee(line: string): string | null {
  const m = /^MEMORANDUM FOR:?\s+(\S.*)$/.exec(line.trim());
  return m ? m[1]!.trim() : null;
}
