/**
 * The memo parser: turns the verbatim text of a declassified memo into paragraphs, headings,
 * redactions, page breaks and page furniture, without ever changing what the document says.
 *
 * What the parser changes in the text, and nothing else:
 * 1. Line endings: CRLF (and a lone CR) become LF before anything else, so a file saved on
 *    Windows parses identically and every offset refers to the LF form.
 * 2. Hard-wrapped lines inside one block are joined with a single space, because a line break
 *    inside a paragraph is layout, not content. Each wrapped line loses the spaces around it.
 * 3. A paragraph split by a page break is rejoined with a single space.
 * The portion marking is stored apart from the text, and the whitespace around each block is
 * trimmed. Everything else (dashes, quotes, "[redacted]") is kept character for character.
 *
 * The layout the parser expects: blocks separated by blank lines. A block whose every line is
 * page furniture (a running date, an office code, a FOIA exemption code, the classification
 * banner, a page number) is furniture; any other block is content. Furniture mixed into a
 * content block stays part of that block: nothing is peeled off prose on a guess.
 *
 * Pages: a run of furniture between two content blocks ends a page when it holds a running date,
 * an office code, a page number or the banner. A run holding only exemption codes is margin
 * furniture beside the text. Furniture before the first paragraph (a letterhead) and at the end
 * of the text (the last page's footer) starts no new page.
 *
 * Titles and headings: the first content block is the title when it is one short line that
 * does not end in a period. A heading is a short single line without a marking, followed by a
 * marked paragraph or by a clearly longer one; it may end with a period.
 *
 * Known limit: a line of 2 to 5 capitals alone ("CUBA") reads as an office code, so a heading
 * written that way becomes furniture. Roman section numbers ("II", "IV") are excepted.
 *
 * This module is pure: no DOM, no Node built-ins. It never throws; every doubt it has about its
 * input is reported as a ParseProblem with a line and a column.
 */
import type {
  FurnitureLine,
  PageBreak,
  Paragraph,
  PortionMarking,
  Redaction,
} from '../contract/types.ts';

/** A paragraph as parsed, with the source line it begins on (for diagnostics and editors). */
export interface ParsedParagraph extends Paragraph {
  /** 1-based source line where the paragraph begins */
  readonly line: number;
}

/** Everything the parser reads out of a memo's text. */
export interface ParsedMemo {
  /** The title as printed, without its portion marking ("Peru/Hostages: What Next?"). */
  readonly title: string | null;
  /** The title's own portion marking ("U"), or null. */
  readonly titleMarking: string | null;
  /** The banner classification without parentheses ("SECRET/NOFORN"), or null. */
  readonly classification: string | null;
  /** ISO date of issue ("1996-12-28"), read from the running date lines, or null. */
  readonly date: string | null;
  /** The first issuing office code printed on the page furniture ("INR"), or null. */
  readonly office: string | null;
  readonly paragraphs: readonly ParsedParagraph[];
  /** Inline "[redacted]" spans, redaction marks in the furniture and FOIA exemption codes. */
  readonly redactions: readonly Redaction[];
  /** One entry per page after the first. */
  readonly pageBreaks: readonly PageBreak[];
  readonly furniture: readonly FurnitureLine[];
  /** Pages in the document; 0 for a text with nothing in it. */
  readonly pageCount: number;
}

/** Something the parser doubts or refuses, at a 1-based line and column of the LF-normalised text. */
export interface ParseProblem {
  readonly severity: 'error' | 'warning';
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface ParseResult {
  readonly memo: ParsedMemo;
  readonly problems: readonly ParseProblem[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** What the parser expects, repeated in every message that says the input is not a memo. */
const EXPECTED =
  'expected blocks of prose separated by blank lines, with portion markings like (C)';

/** Portion classification levels, with their rank for comparison against the banner. */
const PORTION_LEVELS: Readonly<Record<string, number>> = {
  U: 0,
  R: 0,
  FOUO: 0,
  CUI: 0,
  SBU: 0,
  C: 1,
  S: 2,
  TS: 3,
};

/**
 * Dissemination controls and SCI control systems that may follow the level: "S/NF",
 * "TS//SI/TK//NOFORN", "S//REL TO USA, GBR". SCI systems may carry sub-compartments ("SI-G").
 */
const PORTION_CONTROL =
  '(?:(?:NF|NOFORN|ORCON|OC|NOCONTRACT|NC|PROPIN|PR|RELIDO|IMCON|IMC|FISA|FGI|DSEN|LIMDIS|' +
  'EXDIS|NODIS|SBU|WN|WNINTEL|LES|FOUO|RD|FRD|CNWDI|FVEY|SAR|DISPLAY ONLY|SI|TK|HCS|G|KDK|' +
  'BUR|RSV)(?:-[A-Z0-9]+)*|REL(?: TO [A-Z]{3,4}(?:, ?[A-Z]{3,4})*)?)';
const PORTION_MARKING_RE = new RegExp(
  `^(${Object.keys(PORTION_LEVELS).join('|')})(?:\\/\\/?${PORTION_CONTROL})*$`,
);

const BANNER_LEVELS: Readonly<Record<string, number>> = {
  UNCLASSIFIED: 0,
  RESTRICTED: 0,
  CONFIDENTIAL: 1,
  SECRET: 2,
  'TOP SECRET': 3,
};
const BANNER_RE =
  /^(\()?\s*(TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED)((?:\s*(?:\/\/?|-)\s*[A-Z][A-Z0-9 ,.-]*)*)\s*(\))?$/;

/** The ways released documents print a blacked-out span. */
const REDACTION_MARK_SOURCE = '\\[(?:redacted|deleted|excised|withheld|sanitized)\\]';
const INLINE_REDACTION_RE = new RegExp(REDACTION_MARK_SOURCE, 'gi');

/** FOIA / E.O. exemption codes as printed in the margin: "B1", "(b)(1)", "(b)(7)(C)", "25X1". */
const EXEMPTION_CODE_SOURCE = '(?:B\\d|\\([bB]\\)\\(\\d\\)(?:\\([A-Fa-f]\\))*|25X\\d)';
const EXEMPTION_LINE_RE = new RegExp(
  `^${EXEMPTION_CODE_SOURCE}(?:[\\s,;]*${EXEMPTION_CODE_SOURCE})*$`,
);
const EXEMPTION_CODE_RE = new RegExp(EXEMPTION_CODE_SOURCE, 'g');

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

const SENTENCE_END_RE = /[.!?…]['"’”)\]]*$/;
const STARTS_LOWERCASE_RE = /^\p{Ll}/u;

const HEADING_MAX_CHARS = 80;
const HEADING_MAX_WORDS = 12;
const TITLE_MAX_CHARS = 120;
const TITLE_MAX_WORDS = 20;

// ---------------------------------------------------------------------------------------------
// Internal shapes

type FurnitureKind = FurnitureLine['kind'];

interface FurnitureEntry {
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

interface ContentBlock {
  readonly type: 'content';
  readonly startLine: number;
  readonly endLine: number;
  /** Lines in the block: a single-line block may be a title or a heading. */
  readonly lineCount: number;
  /** The text without its marking. */
  readonly body: string;
  readonly leading: PortionMarking | null;
  readonly trailing: PortionMarking | null;
  /** Where a missing trailing marking would be expected: the end of the block's last line. */
  readonly endColumn: number;
}

type RunRole = 'leading' | 'trailing' | 'page-end' | 'margin';

interface FurnitureRun {
  readonly type: 'run';
  readonly entries: readonly FurnitureEntry[];
  role: RunRole;
}

interface Unit {
  readonly blocks: ContentBlock[];
  text: string;
  /** Page breaks inside the unit: the run that breaks it and where in the text the page begins. */
  readonly splits: { readonly run: FurnitureRun; readonly offset: number }[];
  role: 'title' | 'heading' | 'paragraph';
}

type SequenceItem = ContentBlock | FurnitureRun;

type Event =
  | { readonly type: 'unit'; readonly unit: Unit }
  | { readonly type: 'run'; readonly run: FurnitureRun; readonly inUnit: Unit | null };

class Problems {
  readonly list: ParseProblem[] = [];
  error(line: number, column: number, message: string): void {
    this.list.push({ severity: 'error', line, column, message });
  }
  warning(line: number, column: number, message: string): void {
    this.list.push({ severity: 'warning', line, column, message });
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Parse the verbatim text of a memo. Never throws: input that is not a memo (empty, binary,
 * JSON, HTML, a single line) gives an empty or near-empty memo and a problem that says what was
 * expected. Lines and columns in problems are 1-based and refer to the text with CRLF turned
 * into LF (which keeps the line numbers of the file as saved).
 */
export function parseMemo(text: string): ParseResult {
  const problems = new Problems();
  try {
    if (typeof text !== 'string') {
      problems.error(1, 1, `expected the memo as text, got ${describeValue(text)}`);
      return { memo: emptyMemo(), problems: problems.list };
    }
    const memo = parseText(text, problems);
    return { memo, problems: problems.list };
  } catch (e) {
    // A safety net for the "never throws" promise: a bug here must not take the caller down.
    problems.error(
      1,
      1,
      `the parser failed on this text: ${e instanceof Error ? e.message : String(e)}`,
    );
    return { memo: emptyMemo(), problems: problems.list };
  }
}

/**
 * Whether a parenthesised string is a portion marking ("S/NF", "TS//SI//NF") rather than an
 * ordinary parenthetical ("see below", "1996"). Takes the text inside the parentheses.
 */
export function isPortionMarking(inner: string): boolean {
  return PORTION_MARKING_RE.test(inner);
}

// ---------------------------------------------------------------------------------------------
// Stages

function parseText(raw: string, problems: Problems): ParsedMemo {
  const text = normaliseLineEndings(raw.startsWith('\uFEFF') ? raw.slice(1) : raw);

  if (text.trim() === '') {
    problems.warning(1, 1, `the document is empty: ${EXPECTED}`);
    return emptyMemo();
  }
  if (!acceptsAsText(text, problems)) return emptyMemo();

  const lines = text.split('\n');
  const sequence = readBlocks(lines, problems);
  const contentBlocks = sequence.filter((item): item is ContentBlock => item.type === 'content');
  const titleBlock = contentBlocks[0] && isTitleLike(contentBlocks[0]) ? contentBlocks[0] : null;

  assignRunRoles(sequence, titleBlock);

  const trailingMarked = contentBlocks.filter((b) => b !== titleBlock && b.trailing).length;
  const leadingMarked = contentBlocks.filter((b) => b !== titleBlock && b.leading).length;
  const marksAtEnd = trailingMarked > 0 && trailingMarked >= leadingMarked;
  const events = joinUnits(sequence, titleBlock, marksAtEnd);
  const units = events.flatMap((e) => (e.type === 'unit' ? [e.unit] : []));
  classifyUnits(units, titleBlock);

  const documentIsMarked = trailingMarked + leadingMarked > 0;
  const memo = walk(events, documentIsMarked, problems);

  const first = contentBlocks[0]?.startLine ?? firstRunLine(sequence);
  if (memo.paragraphs.length === 0) {
    problems.warning(first, 1, `no paragraphs found: ${EXPECTED}`);
  } else if (contentBlocks.length === 1 && memo.furniture.length === 0) {
    // One bare block (a line of prose, a pasted sentence) parses, but it is not a memo.
    problems.warning(first, 1, `only one block of text found, with no page furniture: ${EXPECTED}`);
  }
  return memo;
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Refuse what is plainly not a memo (binary data, JSON, HTML) and warn about damaged text.
 * Returns false when the text must not be parsed at all.
 */
function acceptsAsText(text: string, problems: Problems): boolean {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, column } = position(text, nul);
    problems.error(
      line,
      column,
      `binary data, not a memo: NUL byte at line ${line}, column ${column}; expected plain UTF-8 text, ${EXPECTED}`,
    );
    return false;
  }
  // Tab, LF, vertical tab, form feed and CR are layout; other C0 controls and DEL are not text.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = [...text.matchAll(/[\x01-\x08\x0E-\x1F\x7F]/g)];
  const replacements = [...text.matchAll(/\uFFFD/g)];
  if (controls.length > Math.max(2, text.length * 0.02)) {
    const { line, column } = position(text, controls[0]?.index ?? 0);
    problems.error(
      line,
      column,
      `binary data, not a memo: ${controls.length} control characters, the first at line ${line}, column ${column}; expected plain UTF-8 text, ${EXPECTED}`,
    );
    return false;
  }
  if (replacements.length > Math.max(2, text.length * 0.05)) {
    const { line, column } = position(text, replacements[0]?.index ?? 0);
    problems.error(
      line,
      column,
      `binary data, not a memo: ${replacements.length} undecodable characters (U+FFFD); expected plain UTF-8 text, ${EXPECTED}`,
    );
    return false;
  }

  const start = text.search(/\S/);
  const { line, column } = position(text, start);
  const body = text.slice(start).trimEnd();
  if (looksLikeJson(body)) {
    problems.error(line, column, `this is a JSON document, not a memo: ${EXPECTED}`);
    return false;
  }
  if (/^<(?:!doctype|!--|\?xml|\/?[a-z][\w:-]*(?:\s[^>]*)?\/?>)/i.test(body)) {
    problems.error(line, column, `this is HTML or XML markup, not a memo: ${EXPECTED}`);
    return false;
  }

  const firstControl = controls[0];
  if (firstControl) {
    const at = position(text, firstControl.index);
    const code = firstControl[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.warning(
      at.line,
      at.column,
      `unexpected control character U+${code}${controls.length > 1 ? ` (and ${controls.length - 1} more)` : ''}; it is kept in the text`,
    );
  }
  const firstReplacement = replacements[0];
  if (firstReplacement) {
    const at = position(text, firstReplacement.index);
    problems.warning(
      at.line,
      at.column,
      'undecodable character (U+FFFD): the file was probably not saved as UTF-8, so some characters are lost',
    );
  }
  return true;
}

function looksLikeJson(body: string): boolean {
  if (!/^[[{]/.test(body)) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    // Broken JSON is still JSON to the reader: an object key or a nested array at the start.
    return /^\{\s*("|\})/.test(body) || /^\[\s*[[{]/.test(body);
  }
}

/** Split into blank-line separated blocks and tell furniture from content. */
function readBlocks(lines: readonly string[], problems: Problems): SequenceItem[] {
  const sequence: SequenceItem[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && !isBlank(lines[i] ?? '')) i++;
    const blockLines = lines.slice(start, i);
    const furniture = blockLines.map((l, k) => classifyFurniture(l.trim(), start + k + 1));
    if (furniture.every((f): f is FurnitureEntry => f !== null)) {
      appendFurniture(sequence, furniture);
      continue;
    }
    const block = readContentBlock(blockLines, start + 1);
    if (block.body === '') {
      // A marking alone: keep it visible as furniture rather than inventing an empty paragraph.
      const marking = block.leading ?? block.trailing ?? '';
      problems.warning(
        block.startLine,
        1,
        `portion marking (${marking}) stands alone; expected it at the end of a paragraph`,
      );
      appendFurniture(sequence, [
        { kind: 'other', text: blockLines.join(' ').trim(), line: block.startLine },
      ]);
      continue;
    }
    sequence.push(block);
  }
  return sequence;
}

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

function appendFurniture(sequence: SequenceItem[], entries: readonly FurnitureEntry[]): void {
  const last = sequence[sequence.length - 1];
  if (last?.type === 'run') {
    (last.entries as FurnitureEntry[]).push(...entries);
  } else {
    sequence.push({ type: 'run', entries: [...entries], role: 'margin' });
  }
}

function readContentBlock(blockLines: readonly string[], startLine: number): ContentBlock {
  // Wrapped lines are layout: one space between them (the second permitted change).
  const joined = blockLines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
  const lastLine = blockLines[blockLines.length - 1] ?? '';
  const base = {
    type: 'content' as const,
    startLine,
    endLine: startLine + blockLines.length - 1,
    lineCount: blockLines.length,
    endColumn: lastLine.trimEnd().length + 1,
  };

  const leading = /^\(([^()\n]{1,60})\)(?:\s+|$)/.exec(joined);
  if (leading?.[1] !== undefined && isPortionMarking(leading[1])) {
    return { ...base, body: joined.slice(leading[0].length), leading: leading[1], trailing: null };
  }
  const trailing = /\(([^()\n]{1,60})\)$/.exec(joined);
  if (trailing?.[1] !== undefined && isPortionMarking(trailing[1])) {
    const before = joined.slice(0, trailing.index);
    // "(C)" glued to a word ("hostage(S)") is part of the word; after a space or a sentence's
    // end it is the marking.
    if (before === '' || /[\s.!?…'"’”)\]]$/.test(before)) {
      return { ...base, body: before.trimEnd(), leading: null, trailing: trailing[1] };
    }
  }
  return { ...base, body: joined, leading: null, trailing: null };
}

/** What kind of page furniture a trimmed line is, or null when it is not furniture. */
function classifyFurniture(line: string, lineNo: number): FurnitureEntry | null {
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

function isTitleLike(block: ContentBlock): boolean {
  // A title is a headline, not a sentence: a final period marks a one-line paragraph instead.
  return (
    block.lineCount === 1 &&
    block.body.length <= TITLE_MAX_CHARS &&
    wordCount(block.body) <= TITLE_MAX_WORDS &&
    !/[^.]\.$/.test(block.body)
  );
}

/**
 * Furniture before the first paragraph is a letterhead and furniture after the last one is the
 * last page's footer: neither starts a page. Between content, a run that carries a running
 * date, an office code, a page number or the banner ends a page; exemption codes alone are
 * margin notes beside the text.
 */
function assignRunRoles(sequence: SequenceItem[], titleBlock: ContentBlock | null): void {
  let seenBody = false;
  const lastContent = sequence.findLastIndex((item) => item.type === 'content');
  sequence.forEach((item, index) => {
    if (item.type === 'content') {
      if (item !== titleBlock) seenBody = true;
      return;
    }
    if (!seenBody) item.role = 'leading';
    else if (index > lastContent) item.role = 'trailing';
    else if (item.entries.some((e) => e.kind !== 'exemption' && e.kind !== 'other'))
      item.role = 'page-end';
    else item.role = 'margin';
  });
}

/**
 * Group content blocks into units, rejoining a paragraph that a page break split: the part
 * before the break is unfinished (no closing marking where paragraphs carry one, or no
 * sentence-final punctuation) and the part after it starts in lower case.
 */
function joinUnits(
  sequence: readonly SequenceItem[],
  titleBlock: ContentBlock | null,
  marksAtEnd: boolean,
): Event[] {
  const events: Event[] = [];
  let current: Unit | null = null;
  for (let i = 0; i < sequence.length; i++) {
    const item = sequence[i];
    if (item === undefined) continue;
    if (item.type === 'content') {
      current = { blocks: [item], text: item.body, splits: [], role: 'paragraph' };
      events.push({ type: 'unit', unit: current });
      continue;
    }
    const next = sequence[i + 1];
    const before = sequence[i - 1];
    if (
      item.role === 'page-end' &&
      current &&
      before?.type === 'content' &&
      next?.type === 'content' &&
      current.blocks[0] !== titleBlock &&
      isUnfinished(current, marksAtEnd) &&
      next.leading === null &&
      STARTS_LOWERCASE_RE.test(next.body)
    ) {
      const offset = current.text.length + 1;
      current.text = `${current.text} ${next.body}`;
      current.blocks.push(next);
      current.splits.push({ run: item, offset });
      events.push({ type: 'run', run: item, inUnit: current });
      i++; // the continuation is now part of the current unit
      continue;
    }
    events.push({ type: 'run', run: item, inUnit: null });
  }
  return events;
}

function isUnfinished(unit: Unit, marksAtEnd: boolean): boolean {
  const last = unit.blocks[unit.blocks.length - 1];
  return (marksAtEnd && last?.trailing === null) || !SENTENCE_END_RE.test(unit.text);
}

/**
 * Title first, then headings: a short single line without a marking, followed by a paragraph
 * that is marked or clearly longer. A heading may end with a period.
 */
function classifyUnits(units: readonly Unit[], titleBlock: ContentBlock | null): void {
  units.forEach((unit, index) => {
    if (unit.blocks[0] === titleBlock && unit.blocks.length === 1) {
      unit.role = 'title';
      return;
    }
    const next = units[index + 1];
    if (
      isHeadingSized(unit) &&
      unitMarking(unit) === null &&
      next &&
      next.blocks[0] !== titleBlock
    ) {
      if (
        unitMarking(next) !== null ||
        (!isHeadingSized(next) && next.text.length > unit.text.length)
      ) {
        unit.role = 'heading';
      }
    }
  });
}

function isHeadingSized(unit: Unit): boolean {
  const block = unit.blocks[0];
  return (
    unit.blocks.length === 1 &&
    block !== undefined &&
    block.lineCount === 1 &&
    unit.text.length <= HEADING_MAX_CHARS &&
    wordCount(unit.text) <= HEADING_MAX_WORDS
  );
}

function unitMarking(unit: Unit): PortionMarking | null {
  const first = unit.blocks[0];
  if (first?.leading) return first.leading;
  for (let k = unit.blocks.length - 1; k >= 0; k--) {
    const trailing = unit.blocks[k]?.trailing;
    if (trailing) return trailing;
  }
  return null;
}

/** Number the paragraphs, count pages and place every redaction, break and furniture line. */
function walk(events: readonly Event[], documentIsMarked: boolean, problems: Problems): ParsedMemo {
  const paragraphs: ParsedParagraph[] = [];
  const redactions: Redaction[] = [];
  const pageBreaks: PageBreak[] = [];
  const furniture: FurnitureLine[] = [];
  const ids = new Map<Unit, string>();
  let title: string | null = null;
  let titleMarking: string | null = null;
  let heading: string | null = null;
  let page = 1;
  // Pages that begin before the next paragraph (more than one when a page holds only a heading).
  const pendingBreaks: number[] = [];
  let lastParagraph: string | null = null;
  let date: { iso: string; line: number } | null = null;
  let office: string | null = null;
  let banner: { text: string; level: number } | null = null;
  let printedTotal: { total: number; line: number } | null = null;
  const levelChecks: { marking: string; line: number; what: string }[] = [];

  for (const event of events) {
    if (event.type === 'unit') {
      const unit = event.unit;
      const first = unit.blocks[0];
      if (first === undefined) continue;
      const marking = unitMarking(unit);
      if (unit.role === 'title') {
        title = unit.text;
        titleMarking = marking;
        if (marking) levelChecks.push({ marking, line: first.startLine, what: 'the title' });
        continue;
      }
      if (unit.role === 'heading') {
        heading = unit.text;
        continue;
      }
      const n = paragraphs.length + 1;
      const id = `p${n}`;
      ids.set(unit, id);
      lastParagraph = id;
      for (const pending of pendingBreaks.splice(0)) {
        pageBreaks.push({ page: pending, paragraph: id, offset: 0 });
      }
      paragraphs.push({ id, n, heading, marking, text: unit.text, page, line: first.startLine });
      if (marking) levelChecks.push({ marking, line: first.startLine, what: `paragraph ${id}` });
      if (marking === null && documentIsMarked) {
        const last = unit.blocks[unit.blocks.length - 1] ?? first;
        problems.warning(
          last.endLine,
          last.endColumn,
          `paragraph ${id} has no portion marking, though the document's other paragraphs carry one like (C)`,
        );
      }
      for (const m of unit.text.matchAll(INLINE_REDACTION_RE)) {
        const start = m.index;
        const pagesIn = unit.splits.filter((s) => s.offset <= start).length;
        redactions.push({
          kind: 'redaction',
          text: m[0],
          page: page + pagesIn,
          paragraph: id,
          start,
          end: start + m[0].length,
        });
      }
      continue;
    }

    const { run, inUnit } = event;
    let linePage = page;
    for (const entry of run.entries) {
      // A page number naming the next page is that page's header, and so is what follows it.
      if (run.role === 'page-end' && entry.pageNumber === page + 1) linePage = page + 1;
      furniture.push({ kind: entry.kind, text: entry.text, page: linePage });
      for (const mark of entry.marks ?? []) {
        redactions.push({
          kind: entry.kind === 'exemption' ? 'exemption' : 'redaction',
          text: mark,
          page: linePage,
          paragraph: lastParagraph,
          start: null,
          end: null,
        });
      }
      if (entry.kind === 'date' && entry.iso) {
        if (date === null) date = { iso: entry.iso, line: entry.line };
        else if (date.iso !== entry.iso) {
          problems.warning(
            entry.line,
            1,
            `date line "${entry.text}" reads ${entry.iso}, but line ${date.line} gave the issue date as ${date.iso}`,
          );
        }
      }
      if (entry.kind === 'office' && office === null) office = entry.text;
      if (entry.kind === 'banner') {
        const text = entry.text.replace(/^\(\s*|\s*\)$/g, '');
        const level = bannerLevel(text);
        if (banner === null) banner = { text, level };
        else if (normaliseBanner(banner.text) !== normaliseBanner(text)) {
          problems.warning(
            entry.line,
            1,
            `classification banner "${text}" differs from the first banner "${banner.text}"`,
          );
        }
      }
      if (entry.pageTotal !== undefined && printedTotal === null) {
        printedTotal = { total: entry.pageTotal, line: entry.line };
      }
      if (entry.pageNumber !== undefined && entry.pageNumber !== linePage) {
        problems.warning(
          entry.line,
          1,
          `page number "${entry.text}" is printed where the page furniture counts page ${linePage}`,
        );
      }
    }
    if (run.role !== 'page-end') continue;
    page++;
    const id = inUnit ? ids.get(inUnit) : undefined;
    const split = inUnit?.splits.find((s) => s.run === run);
    if (id !== undefined && split) pageBreaks.push({ page, paragraph: id, offset: split.offset });
    else pendingBreaks.push(page);
  }

  const anything = events.length > 0;
  const pageCount = anything ? page : 0;
  if (printedTotal && printedTotal.total !== pageCount) {
    problems.warning(
      printedTotal.line,
      1,
      `the page furniture says the document has ${printedTotal.total} pages, but ${pageCount} were found`,
    );
  }
  if (banner) {
    const limit = banner;
    for (const check of levelChecks) {
      const level = portionLevel(check.marking);
      if (level > limit.level) {
        problems.warning(
          check.line,
          1,
          `${check.what} is marked (${check.marking}), above the banner classification ${limit.text}`,
        );
      }
    }
  }

  return {
    title,
    titleMarking,
    classification: banner?.text ?? null,
    date: date?.iso ?? null,
    office,
    paragraphs,
    redactions,
    pageBreaks,
    furniture,
    pageCount,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function emptyMemo(): ParsedMemo {
  return {
    title: null,
    titleMarking: null,
    classification: null,
    date: null,
    office: null,
    paragraphs: [],
    redactions: [],
    pageBreaks: [],
    furniture: [],
    pageCount: 0,
  };
}

function firstRunLine(sequence: readonly SequenceItem[]): number {
  for (const item of sequence) {
    if (item.type === 'content') return item.startLine;
    const entry = item.entries[0];
    if (entry) return entry.line;
  }
  return 1;
}

function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

function portionLevel(marking: string): number {
  const level = /^[A-Z]+/.exec(marking)?.[0] ?? '';
  return PORTION_LEVELS[level] ?? 0;
}

function bannerLevel(banner: string): number {
  const level = /^(TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED)/.exec(banner)?.[1] ?? '';
  return BANNER_LEVELS[level] ?? 0;
}

function normaliseBanner(banner: string): string {
  return banner.replace(/\s*\/\/?\s*/g, '/').replace(/\s+/g, ' ');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
