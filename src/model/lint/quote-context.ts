import { findCues, type Cue } from './cues.ts';
import {
  clauses,
  cover,
  isSubordinate,
  overlaps,
  sentences,
  touching,
  type Span,
} from './text-spans.ts';

/** The words around a quote that the rules and the suggestions read. */
export interface QuoteContext {
  /** The sentence(s) the quote touches, as one span. */
  readonly sentence: Span;
  /** The clause(s) the quote touches, as one span. */
  readonly clause: Span;
  /**
   * The cues of the sentence that reach the quote: every one, except that a cue in a subordinate
   * clause ("Though the MRTA said …,") reaches only that clause.
   */
  readonly sentenceCues: readonly Cue[];
  /** Every cue in the clause. */
  readonly clauseCues: readonly Cue[];
}

function within(cues: readonly Cue[], span: Span): Cue[] {
  return cues.filter((c) => c.start >= span.start && c.end <= span.end);
}

/**
 * Reads a paragraph once for many quotes: its cues, sentences and clauses are found on the
 * first call and kept.
 */
export function paragraphReader(text: string): (start: number, end: number) => QuoteContext {
  const cues = findCues(text);
  const sentenceSpans = sentences(text);
  const clauseSpans = clauses(text);
  return (start, end) => {
    const sentence = cover(touching(sentenceSpans, start, end));
    const clause = cover(touching(clauseSpans, start, end));
    const walled = clauseSpans.filter(
      (c) => overlaps(c, sentence) && !overlaps(c, clause) && isSubordinate(text, c),
    );
    return {
      sentence,
      clause,
      sentenceCues: within(cues, sentence).filter((c) => !walled.some((w) => overlaps(w, c))),
      clauseCues: within(cues, clause),
    };
  };
}

/** The context of one quote in a paragraph. */
export function quoteContext(text: string, start: number, end: number): QuoteContext {
  return paragraphReader(text)(start, end);
}

/** The cue closest to the quote: one it overlaps first, then the nearest before, then after. */
export function nearestCue(cues: readonly Cue[], start: number, end: number): Cue | undefined {
  const inside = cues.find((c) => c.start < end && c.end > start);
  if (inside) return inside;
  const before = cues.filter((c) => c.end <= start).at(-1);
  return before ?? cues.find((c) => c.start >= end);
}
