/**
 * Blocks: the text split at blank lines, each block either a run of page furniture (every line
 * of it is furniture) or content, whose wrapped lines are joined and whose portion marking, at
 * its start or at its end, is set apart from its text. Furniture mixed into a content block stays
 * part of that block, except an unmistakable line (stamp, banner, exemption codes, a page number
 * like "- 2 -") at its first or last line: nothing is peeled off prose on a guess.
 */
import type { PortionMarking } from '../contract/types.ts';
import { isPortionMarking, MARKING_LOOKALIKE_RE } from './memo-classification.ts';
import { classifyFurniture, isUnmistakable, type FurnitureEntry } from './memo-furniture.ts';
import {
  readAddressee,
  readDocumentType,
  readHeaderBlock,
  type DocumentHeader,
} from './memo-header.ts';
import { EXEMPTION_CODE_RE } from './memo-redactions.ts';
import type { Problems } from './memo-problems.ts';

export interface ContentBlock {
  readonly type: 'content';
  readonly startLine: number;
  readonly endLine: number;
  /** Lines in the block: a single-line block may be a title or a heading. */
  readonly lineCount: number;
  /** The text without its marking. */
  readonly body: string;
  readonly leading: PortionMarking | null;
  readonly trailing: PortionMarking | null;
  /** The paragraph's printed number ("1.", "A.", "(1)"), set apart from its text. */
  readonly label: string | null;
  /** FOIA exemption codes printed after the paragraph's last word ("(b)(1)"). */
  readonly exemptions: readonly string[];
  /** Where a missing trailing marking would be expected: the end of the block's last line. */
  readonly endColumn: number;
}

/** Where a run of furniture sits: before the body, after it, at a page end or in the margin. */
export type RunRole = 'leading' | 'trailing' | 'page-end' | 'margin';

export interface FurnitureRun {
  readonly type: 'run';
  readonly entries: readonly FurnitureEntry[];
  role: RunRole;
}

export type SequenceItem = ContentBlock | FurnitureRun;

/** What the blocks say about the document as a whole rather than about its prose. */
export interface BlockMetadata {
  documentType: string | null;
  header: DocumentHeader | null;
}

/** Split into blank-line separated blocks and tell furniture from content. */
export function readBlocks(
  lines: readonly string[],
  problems: Problems,
  meta: BlockMetadata,
): SequenceItem[] {
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
    const first = start + 1;
    const furniture = blockLines.map((l, k) => classifyFurniture(l.trim(), first + k));
    if (furniture.every((f): f is FurnitureEntry => f !== null)) {
      noteDocumentType(furniture, meta);
      appendFurniture(sequence, furniture);
      continue;
    }
    // Unmistakable furniture inside a block (a stamp, the banner, "- 2 -" where a page ends
    // without a blank line) is furniture all the same, and it splits the block around it.
    let k = 0;
    while (k < blockLines.length) {
      const entry = furniture[k];
      if (entry && isUnmistakable(entry)) {
        appendFurniture(sequence, [entry]);
        k++;
        continue;
      }
      const from = k;
      while (k < blockLines.length && !(furniture[k] && isUnmistakable(furniture[k]!))) k++;
      pushContent(blockLines.slice(from, k), first + from);
    }
  }
  return sequence;

  function pushContent(blockLines: readonly string[], first: number): void {
    const header = readHeaderBlock(blockLines);
    if (header) {
      readHeader(header, blockLines, first, meta);
      return;
    }
    const block = readContentBlock(blockLines, first, problems);
    if (block.body !== '') {
      sequence.push(block);
      return;
    }
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
  }

  function readHeader(
    header: NonNullable<ReturnType<typeof readHeaderBlock>>,
    blockLines: readonly string[],
    first: number,
    meta: BlockMetadata,
  ): void {
    const { other: _other, ...fields } = header;
    meta.header = { ...meta.header, ...fields };
    const entries = blockLines.flatMap((l, k): FurnitureEntry[] => {
      const text = l.trim();
      if (text === '') return [];
      const documentType = readDocumentType(text);
      return [
        { kind: 'other', text, line: first + k, ...(documentType !== null && { documentType }) },
      ];
    });
    noteDocumentType(entries, meta);
    appendFurniture(sequence, entries);
  }
}

function noteDocumentType(entries: readonly FurnitureEntry[], meta: BlockMetadata): void {
  for (const entry of entries) {
    if (entry.documentType !== undefined && meta.documentType === null) {
      meta.documentType = entry.documentType;
    }
    const addressee = readAddressee(entry.text);
    if (addressee !== null && meta.header?.to === undefined) {
      meta.header = { ...meta.header, to: addressee };
    }
  }
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

/** Paragraph numbers: "1.", "12.", "A.", "a.", "(1)", "(a)". */
const LABEL_RE = /^(\d{1,3}\.|[A-Za-z]\.|\(\d{1,2}\)|\([a-z]\))(?:\s+|$)/;
const EXEMPTION_TAIL_RE = new RegExp(
  `(^|\\s)(${EXEMPTION_CODE_RE.source}(?:[\\s,;]*${EXEMPTION_CODE_RE.source})*)$`,
);

/**
 * Wrapped lines are layout: one space between them (the second permitted change). A line that
 * ends in a hyphen after a letter and a next line that starts in lower case are joined with no
 * space and the hyphen kept, since only the author knew whether it was a soft hyphen.
 */
export function joinLines(blockLines: readonly string[]): string {
  let joined = '';
  for (const raw of blockLines) {
    const line = raw.trim();
    if (line === '') continue;
    if (joined === '') joined = line;
    else if (/\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(line)) joined += line;
    else joined += ` ${line}`;
  }
  return joined;
}

function readContentBlock(
  blockLines: readonly string[],
  startLine: number,
  problems: Problems,
): ContentBlock {
  let rest = joinLines(blockLines);
  const lastLine = blockLines[blockLines.length - 1] ?? '';
  const base = {
    type: 'content' as const,
    startLine,
    endLine: startLine + blockLines.length - 1,
    lineCount: blockLines.length,
    endColumn: lastLine.trimEnd().length + 1,
  };

  const labelMatch = LABEL_RE.exec(rest);
  // "A." alone starts a sentence ("A. Fujimori"…) too rarely to matter, but a label needs text after it.
  const label = labelMatch && rest.length > labelMatch[0].length ? labelMatch[1]! : null;
  if (label !== null && labelMatch) rest = rest.slice(labelMatch[0].length);

  let exemptions: string[] = [];
  const tail = EXEMPTION_TAIL_RE.exec(rest);
  if (tail && /[.!?…'"’”)\]]$/.test(rest.slice(0, tail.index).trimEnd())) {
    exemptions = tail[2]!.match(EXEMPTION_CODE_RE) ?? [];
    rest = rest.slice(0, tail.index).trimEnd();
  }

  const leading = /^\(([^()\n]{1,60})\)(?:\s+|$)/.exec(rest);
  if (leading?.[1] !== undefined && isPortionMarking(leading[1])) {
    let body = rest.slice(leading[0].length);
    const twice = / \(([^()\n]{1,60})\)$/.exec(body);
    if (twice?.[1] !== undefined && isPortionMarking(twice[1])) {
      // Marked at both ends: the text never holds a marking, and a disagreement is said.
      body = body.slice(0, twice.index);
      if (twice[1] !== leading[1]) {
        problems.warning(
          base.endLine,
          Math.max(1, base.endColumn - twice[0].length + 1),
          `paragraph marked (${leading[1]}) at its start and (${twice[1]}) at its end; (${leading[1]}) is kept`,
        );
      }
    }
    return { ...base, body, leading: leading[1], trailing: null, label, exemptions };
  }
  const lookalike = MARKING_LOOKALIKE_RE.exec(rest);
  if (lookalike) {
    const column = (blockLines[0] ?? '').indexOf(lookalike[0]) + 1;
    problems.warning(
      startLine,
      Math.max(1, column),
      `"${lookalike[0]}" looks like a portion marking but is not one the parser knows; it is kept in the text`,
    );
  }
  const trailing = /\(([^()\n]{1,60})\)$/.exec(rest);
  if (trailing?.[1] !== undefined && isPortionMarking(trailing[1])) {
    const before = rest.slice(0, trailing.index);
    // "(C)" glued to a word ("hostage(S)") is part of the word; after a space or a sentence's
    // end it is the marking.
    if (before === '' || /[\s.!?…'"’”)\]]$/.test(before)) {
      return {
        ...base,
        body: before.trimEnd(),
        leading: null,
        trailing: trailing[1],
        label,
        exemptions,
      };
    }
  }
  return { ...base, body: rest, leading: null, trailing: null, label, exemptions };
}
