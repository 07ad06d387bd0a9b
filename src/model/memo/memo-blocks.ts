/**
 * Blocks: the text split at blank lines, each block either a run of page furniture (every line
 * of it is furniture) or content, whose wrapped lines are joined and whose portion marking, at
 * its start or at its end, is set apart from its text. Furniture mixed into a content block stays
 * part of that block: nothing is peeled off prose on a guess.
 */
import type { PortionMarking } from '../contract/types.ts';
import { isPortionMarking } from './memo-classification.ts';
import { classifyFurniture, type FurnitureEntry } from './memo-furniture.ts';
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

/** Split into blank-line separated blocks and tell furniture from content. */
export function readBlocks(lines: readonly string[], problems: Problems): SequenceItem[] {
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
