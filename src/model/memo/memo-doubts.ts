/**
 * Doubts the parser has about its own reading, each said as a warning rather than guessed away
 * in silence: a paragraph that seems to run on past a page break but was not rejoined, and
 * paragraph numbers that skip or repeat.
 */
import type { Event, Unit } from './memo-paragraphs.ts';
import { isUnfinished } from './memo-paragraphs.ts';
import type { Problems } from './memo-problems.ts';

export function reportDoubts(
  events: readonly Event[],
  marksAtEnd: boolean,
  problems: Problems,
): void {
  reportUnjoinedBreaks(events, marksAtEnd, problems);
  reportNumbering(events, problems);
}

/**
 * A paragraph that ends without finishing its sentence just before a page break, followed by one
 * text that does not read as its continuation (a capital, a number or a marking), may be one
 * paragraph or two: the parser keeps them apart and says so.
 */
function reportUnjoinedBreaks(
  events: readonly Event[],
  marksAtEnd: boolean,
  problems: Problems,
): void {
  for (let i = 1; i < events.length - 1; i++) {
    const event = events[i]!;
    if (event.type !== 'run' || event.inUnit !== null || event.run.role !== 'page-end') continue;
    const before = events[i - 1];
    const after = events[i + 1];
    if (before?.type !== 'unit' || after?.type !== 'unit') continue;
    if (before.unit.role !== 'paragraph' || after.unit.role === 'title') continue;
    if (!isUnfinished(before.unit, marksAtEnd)) continue;
    const next = after.unit.blocks[0];
    if (next === undefined) continue;
    problems.warning(
      next.startLine,
      1,
      `the paragraph before the page break ends mid-sentence, but this text does not read as its continuation (it does not start in lower case); the two are kept apart`,
    );
  }
}

/**
 * "1.", "2.", "3.": a number that skips or repeats may be a paragraph lost or misread. A list
 * may start again at "1.".
 */
function reportNumbering(events: readonly Event[], problems: Problems): void {
  let previous: number | null = null;
  for (const event of events) {
    if (event.type !== 'unit' || event.unit.role !== 'paragraph') continue;
    const block = firstBlock(event.unit);
    const m = /^(\d+)\.$/.exec(block?.label ?? '');
    if (!m || block === undefined) continue;
    const n = Number(m[1]);
    const expected: number = previous === null ? 1 : previous + 1;
    // "1." again starts a new numbered list (under a new lettered section, say): not a doubt.
    if (n !== expected && n !== 1) {
      problems.warning(
        block.startLine,
        1,
        `paragraph number "${n}." follows ${previous === null ? 'no numbered paragraph' : `"${previous}."`}; expected "${expected}."`,
      );
    }
    previous = n;
  }
}

function firstBlock(unit: Unit): Unit['blocks'][number] | undefined {
  return unit.blocks[0];
}
