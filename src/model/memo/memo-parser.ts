/**
 * The memo parser: turns the verbatim text of a declassified memo or cable into paragraphs,
 * headings, redactions, page breaks, page furniture and metadata (document type, header),
 * without ever changing what the document says. docs/parser.md lists the conventions it reads.
 *
 * What the parser changes in the text, and nothing else:
 * 1. Line endings: CRLF (and a lone CR) become LF before anything else, so a file saved on
 *    Windows parses identically and every offset refers to the LF form.
 * 2. Hard-wrapped lines inside one block are joined with a single space, because a line break
 *    inside a paragraph is layout, not content. Each wrapped line loses the spaces around it.
 *    A line ending in a hyphen before a lower-case line is joined with no space, hyphen kept.
 * 3. A paragraph split by a page break is rejoined with a single space.
 * The paragraph's number ("1.", "A.", "(1)"), its portion marking and exemption codes printed
 * after it are stored apart from the text, and the whitespace around each block is trimmed.
 * Everything else (dashes, quotes, "[redacted]") is kept character for character.
 *
 * The layout the parser expects: blocks separated by blank lines. A block whose every line is
 * page furniture (a running date, an office code, a FOIA exemption code, the classification
 * banner, a page number, a release stamp, a document-type line) is furniture; a header block
 * ("SUBJECT:", "FM", "TO") is metadata; any other block is content. Inside a content block only
 * unmistakable furniture (stamp, banner, exemption codes, "- 2 -") is taken out: nothing else is
 * peeled off prose on a guess.
 *
 * The stages, each in its own file: memo-input.ts (line endings, and refusing what is not
 * text), memo-blocks.ts (blocks, their numbers and portion markings), memo-furniture.ts and
 * memo-header.ts (what each furniture or header line is), memo-paragraphs.ts (title, headings,
 * paragraphs rejoined across page breaks), memo-pages.ts (numbering, pages, redactions,
 * whole-document checks) and memo-doubts.ts (what the parser is unsure of).
 *
 * This module is pure: no DOM, no Node built-ins. It never throws; every doubt it has about its
 * input is reported as a ParseProblem with a line and a column.
 */
import type { FurnitureLine, PageBreak, Paragraph, Redaction } from '../contract/types.ts';
import {
  joinLines,
  readBlocks,
  type BlockMetadata,
  type ContentBlock,
  type SequenceItem,
} from './memo-blocks.ts';
import { isPortionMarking } from './memo-classification.ts';
import type { DocumentHeader } from './memo-header.ts';
import { acceptsAsText, normaliseLineEndings } from './memo-input.ts';
import { reportDoubts } from './memo-doubts.ts';
import { assembleMemo } from './memo-pages.ts';
import { assignRunRoles, classifyUnits, isTitleLike, joinUnits } from './memo-paragraphs.ts';
import { EXPECTED, Problems } from './memo-problems.ts';

/** A paragraph as parsed, with the source line it begins on (for diagnostics and editors). */
export interface ParsedParagraph extends Omit<Paragraph, 'label'> {
  /** 1-based source line where the paragraph begins */
  readonly line: number;
  /** The paragraph's printed number ("1.", "A.", "(1)"), kept out of its text, or null. */
  readonly label: string | null;
  /**
   * Where the paragraph is printed: offsets into the text as read (LF line endings, no byte
   * order mark), from its first character (its number or marking) to its last, including any
   * furniture a page break put inside it.
   */
  readonly source: SourceSpan;
}

/** A stretch of the source text by UTF-16 offsets, end exclusive. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/** A heading as printed, with its own marking and number when it has them. */
export interface ParsedHeading {
  readonly text: string;
  readonly marking: string | null;
  readonly label: string | null;
  /** 1-based source line of the heading. */
  readonly line: number;
}

/** Everything the parser reads out of a memo's text. */
export interface ParsedMemo {
  /** The title as printed, without its portion marking ("Peru/Hostages: What Next?"). */
  readonly title: string | null;
  /** The title's own portion marking ("U"), or null. */
  readonly titleMarking: string | null;
  /** The document-type line as printed ("INTELLIGENCE NOTE", "MEMORANDUM FOR"), or null. */
  readonly documentType: string | null;
  /** The header of a cable or memorandum (SUBJECT, REF, TAGS, FROM, TO…), or null. */
  readonly header: DocumentHeader | null;
  /** Every heading in reading order; each paragraph's `heading` is the last one before it. */
  readonly headings: readonly ParsedHeading[];
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

/**
 * Parse the verbatim text of a memo. Never throws: input that is not a memo (empty, binary,
 * JSON, HTML, a single line) gives an empty or near-empty memo and a problem that says what was
 * expected. Lines and columns in problems are 1-based and refer to the text with CRLF turned
 * into LF (which keeps the line numbers of the file as saved), and so do the paragraphs' source
 * offsets (with a byte order mark, if any, left out).
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

function parseText(raw: string, problems: Problems): ParsedMemo {
  const text = normaliseLineEndings(raw.startsWith('\uFEFF') ? raw.slice(1) : raw);

  if (text.trim() === '') {
    problems.warning(1, 1, `the document is empty: ${EXPECTED}`);
    return emptyMemo();
  }
  if (!acceptsAsText(text, problems)) return emptyMemo();

  const lines = text.split('\n');
  const meta: BlockMetadata = { documentType: null, header: null };
  const sequence = readBlocks(lines, problems, meta);
  const contentBlocks = sequence.filter((item): item is ContentBlock => item.type === 'content');
  // A cable's or memorandum's SUBJECT is its title; then no block of prose is.
  const subject = meta.header?.subject;
  const titleBlock =
    subject === undefined && contentBlocks[0] && isTitleLike(contentBlocks[0])
      ? contentBlocks[0]
      : null;

  assignRunRoles(sequence, titleBlock);

  const trailingMarked = contentBlocks.filter((b) => b !== titleBlock && b.trailing).length;
  const leadingMarked = contentBlocks.filter((b) => b !== titleBlock && b.leading).length;
  const marksAtEnd = trailingMarked > 0 && trailingMarked >= leadingMarked;
  const events = joinUnits(sequence, titleBlock, marksAtEnd);
  const units = events.flatMap((e) => (e.type === 'unit' ? [e.unit] : []));
  classifyUnits(units, titleBlock);
  reportDoubts(events, marksAtEnd, problems);

  const documentIsMarked = trailingMarked + leadingMarked > 0;
  const assembled = assembleMemo(events, documentIsMarked, problems, locator(lines));
  const fromSubject = subject === undefined ? null : splitMarking(subject);
  const memo: ParsedMemo = {
    ...assembled,
    ...(fromSubject && { title: fromSubject.text, titleMarking: fromSubject.marking }),
    date: assembled.date ?? meta.header?.date ?? null,
    documentType: meta.documentType,
    header: meta.header,
  };

  const first = contentBlocks[0]?.startLine ?? firstRunLine(sequence);
  if (memo.paragraphs.length === 0) {
    problems.warning(first, 1, `no paragraphs found: ${EXPECTED}`);
  } else if (contentBlocks.length === 1 && memo.furniture.length === 0) {
    // One bare block (a line of prose, a pasted sentence) parses, but it is not a memo.
    problems.warning(first, 1, `only one block of text found, with no page furniture: ${EXPECTED}`);
  }
  return memo;
}

function emptyMemo(): ParsedMemo {
  return {
    title: null,
    titleMarking: null,
    documentType: null,
    header: null,
    headings: [],
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

/** A SUBJECT line's marking, before ("(U) PERU: …") or after ("PERU: … (U)") its text. */
function splitMarking(subject: string): { text: string; marking: string | null } {
  const text = joinLines([subject]);
  const leading = /^\(([^()]{1,60})\)\s+/.exec(text);
  if (leading && isPortionMarking(leading[1]!)) {
    return { text: text.slice(leading[0].length), marking: leading[1]! };
  }
  const trailing = /\s\(([^()]{1,60})\)$/.exec(text);
  if (trailing && isPortionMarking(trailing[1]!)) {
    return { text: text.slice(0, trailing.index), marking: trailing[1]! };
  }
  return { text, marking: null };
}

/** Offsets of a run of lines, from the first one's first visible character to the last one's last. */
function locator(lines: readonly string[]): (startLine: number, endLine: number) => SourceSpan {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return (startLine, endLine) => {
    const first = lines[startLine - 1] ?? '';
    const last = lines[endLine - 1] ?? '';
    return {
      start: (starts[startLine - 1] ?? 0) + (first.length - first.trimStart().length),
      end: (starts[endLine - 1] ?? 0) + last.trimEnd().length,
    };
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

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
