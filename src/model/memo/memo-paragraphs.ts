/**
 * Paragraphs: which content block is the title, which are headings, and which blocks a page
 * break split and must be rejoined into one paragraph.
 *
 * The first content block is the title when it is one short line that does not end in a period.
 * A heading is a short single line followed by a marked paragraph or by a clearly longer one. A paragraph split by a page break is rejoined
 * with a single space.
 */
import type { PortionMarking } from '../contract/types.ts';
import type { ContentBlock, FurnitureRun, SequenceItem } from './memo-blocks.ts';
import { MARKING_LOOKALIKE_RE } from './memo-classification.ts';

const SENTENCE_END_RE = /[.!?…]['"’”)\]]*$/;
const STARTS_LOWERCASE_RE = /^\p{Ll}/u;

const HEADING_MAX_CHARS = 80;
const HEADING_MAX_WORDS = 12;
const TITLE_MAX_CHARS = 120;
const TITLE_MAX_WORDS = 20;

/** A title, heading or paragraph: one content block, or several that page breaks split. */
export interface Unit {
  readonly blocks: ContentBlock[];
  text: string;
  /** Page breaks inside the unit: the run that breaks it and where in the text the page begins. */
  readonly splits: { readonly run: FurnitureRun; readonly offset: number }[];
  role: 'title' | 'heading' | 'paragraph';
}

export type Event =
  | { readonly type: 'unit'; readonly unit: Unit }
  | { readonly type: 'run'; readonly run: FurnitureRun; readonly inUnit: Unit | null };

export function isTitleLike(block: ContentBlock): boolean {
  // A title is a headline, not a sentence: a final period marks a one-line paragraph instead.
  // A marked title may wrap onto a second line.
  const marked = block.leading !== null || block.trailing !== null;
  return (
    (block.lineCount === 1 || (block.lineCount === 2 && marked)) &&
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
export function assignRunRoles(sequence: SequenceItem[], titleBlock: ContentBlock | null): void {
  let seenBody = false;
  const lastContent = sequence.findLastIndex((item) => item.type === 'content');
  sequence.forEach((item, index) => {
    if (item.type === 'content') {
      if (item !== titleBlock) seenBody = true;
      return;
    }
    if (!seenBody) item.role = 'leading';
    else if (index > lastContent) item.role = 'trailing';
    else if (item.entries.some((e) => e.stamp || (e.kind !== 'exemption' && e.kind !== 'other')))
      item.role = 'page-end';
    else item.role = 'margin';
  });
}

/**
 * Group content blocks into units, rejoining a paragraph that a page break split: the part
 * before the break is unfinished (no closing marking where paragraphs carry one, or no
 * sentence-final punctuation) and the part after it starts in lower case (or, all in capitals,
 * does not start a numbered or marked paragraph).
 */
export function joinUnits(
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
      next.label === null &&
      continues(current.text, next.body)
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

/**
 * Whether text after a page break reads as the rest of a sentence: it starts in lower case, or,
 * in a text written all in capitals (a cable), it simply does not start a numbered paragraph.
 */
function continues(before: string, after: string): boolean {
  if (STARTS_LOWERCASE_RE.test(after)) return true;
  return !/\p{Ll}/u.test(before) && !/\p{Ll}/u.test(after) && /^\p{Lu}/u.test(after);
}

export function isUnfinished(unit: Unit, marksAtEnd: boolean): boolean {
  const last = unit.blocks[unit.blocks.length - 1];
  return (marksAtEnd && last?.trailing === null) || !SENTENCE_END_RE.test(unit.text);
}

/**
 * Title first, then headings: a short single line followed by a paragraph that is marked or
 * clearly longer. An unmarked heading may end with a period; a marked one ("(U) Background")
 * may not, since a short marked sentence is a paragraph.
 */
export function classifyUnits(units: readonly Unit[], titleBlock: ContentBlock | null): void {
  units.forEach((unit, index) => {
    if (unit.blocks[0] === titleBlock && unit.blocks.length === 1) {
      unit.role = 'title';
      return;
    }
    const next = units[index + 1];
    if (!isHeadingSized(unit) || !next || next.blocks[0] === titleBlock) return;
    const nextIsLonger = !isHeadingSized(next) && next.text.length > unit.text.length;
    if (unitMarking(unit) === null) {
      // "(S//XNOPE) Text." is a paragraph with a marking the parser does not know, not a heading.
      if (MARKING_LOOKALIKE_RE.test(unit.text)) return;
      if (unitMarking(next) !== null || nextIsLonger) unit.role = 'heading';
    } else if (
      !SENTENCE_END_RE.test(unit.text) &&
      unitMarking(next) !== null &&
      SENTENCE_END_RE.test(next.text) &&
      next.text.length > unit.text.length
    ) {
      unit.role = 'heading';
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

export function unitMarking(unit: Unit): PortionMarking | null {
  const first = unit.blocks[0];
  if (first?.leading) return first.leading;
  for (let k = unit.blocks.length - 1; k >= 0; k--) {
    const trailing = unit.blocks[k]?.trailing;
    if (trailing) return trailing;
  }
  return null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}
