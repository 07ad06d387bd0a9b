import type { MemoDocument, Paragraph } from '../contract/types.ts';

/**
 * Turning what the reader selected into the words a relation quotes. Offsets are UTF-16 code
 * units into the paragraph's verbatim text, the same offsets the contract stores, so the quote
 * of a relation made from a selection is `text.slice(start, end)` by construction.
 */

/** One end of a selection as the reader reports it: a paragraph and an offset in its text. */
export interface SelectionPoint {
  readonly paragraph: string;
  readonly offset: number;
}

/** A selection in the reader, in either direction, possibly across paragraphs. */
export interface RawSelection {
  readonly anchor: SelectionPoint;
  readonly focus: SelectionPoint;
}

/** Whole words of one paragraph, clear of redactions: what a relation may quote. */
export interface WordSelection {
  readonly paragraph: string;
  readonly start: number;
  readonly end: number;
  /** Exactly `paragraph.text.slice(start, end)`. */
  readonly quote: string;
}

export type SelectionResult =
  | { readonly selection: WordSelection }
  | {
      /** One plain sentence saying why the words cannot be quoted, for the reader to show. */
      readonly refusal: string;
    };

/** Letters, digits, and the apostrophes and hyphens inside a word ("MRTA's", "hard-line"). */
function isWordChar(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (/[\p{L}\p{N}\p{M}]/u.test(ch)) return true;
  // A low surrogate belongs to the character before it.
  if (/[\uDC00-\uDFFF]/.test(ch)) return isWordChar(text, i - 1);
  if (/[\uD800-\uDBFF]/.test(ch)) return /[\p{L}\p{N}]/u.test(text.slice(i, i + 2));
  return /['’\-‐]/.test(ch) && isLetterAt(text, i - 1) && isLetterAt(text, i + 1);
}

function isLetterAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Widens [start, end) to whole words and trims the white space at its ends: a selection that
 * begins or ends inside a word takes the whole word.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, end, text.length));
  let e = Math.min(text.length, Math.max(start, end, 0));
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (s === e) return { start: s, end: e };
  while (s > 0 && isWordChar(text, s) && isWordChar(text, s - 1)) s--;
  while (e < text.length && isWordChar(text, e - 1) && isWordChar(text, e)) e++;
  return { start: s, end: e };
}

function paragraphById(document: MemoDocument, id: string): Paragraph | undefined {
  return document.paragraphs.find((p) => p.id === id);
}

/**
 * The words a relation made from this selection would quote, or why there are none: a selection
 * across two paragraphs, or one that takes in a redaction, is refused, since a relation quotes the
 * words of one paragraph and a redaction's words are unknown.
 */
export function selectWords(document: MemoDocument, raw: RawSelection): SelectionResult {
  if (raw.anchor.paragraph !== raw.focus.paragraph) {
    const a = paragraphById(document, raw.anchor.paragraph);
    const b = paragraphById(document, raw.focus.paragraph);
    const name = (p: Paragraph | undefined, id: string) => (p ? `¶${p.n}` : id);
    return {
      refusal: `The selection spans two paragraphs (${name(a, raw.anchor.paragraph)} and ${name(b, raw.focus.paragraph)}); a relation quotes words from one paragraph only.`,
    };
  }
  const paragraph = paragraphById(document, raw.anchor.paragraph);
  if (!paragraph) {
    return { refusal: `There is no paragraph "${raw.anchor.paragraph}" in this document.` };
  }
  const { start, end } = snapToWords(paragraph.text, raw.anchor.offset, raw.focus.offset);
  if (start === end) return { refusal: 'Select at least one word of the paragraph.' };
  const redaction = document.redactions.find(
    (r) =>
      r.paragraph === paragraph.id &&
      r.start !== null &&
      r.end !== null &&
      start < r.end &&
      end > r.start,
  );
  if (redaction) {
    return {
      refusal: `The selection crosses a redaction (${JSON.stringify(redaction.text)}); a quote cannot include words that were withheld. Select the words on one side of it.`,
    };
  }
  return {
    selection: { paragraph: paragraph.id, start, end, quote: paragraph.text.slice(start, end) },
  };
}

/** Where each word of a text begins and ends. */
function wordSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text, i)) i++;
    spans.push({ start, end: i });
  }
  return spans;
}

/**
 * A selection widened or narrowed by one word at one end, for the keyboard: `by` +1 takes in the
 * next word at that end, -1 gives back the last one. A selection is never narrowed below one word.
 */
export function extendByWord(
  document: MemoDocument,
  selection: WordSelection,
  edge: 'start' | 'end',
  by: 1 | -1,
): SelectionResult {
  const paragraph = paragraphById(document, selection.paragraph);
  if (!paragraph) return { refusal: `There is no paragraph "${selection.paragraph}".` };
  const words = wordSpans(paragraph.text);
  let { start, end } = selection;
  if (edge === 'end') {
    const next =
      by > 0
        ? words.find((w) => w.end > end)
        : [...words].reverse().find((w) => w.end < end && w.end > start);
    if (next) end = next.end;
  } else {
    const next =
      by > 0
        ? [...words].reverse().find((w) => w.start < start)
        : words.find((w) => w.start > start && w.start < end);
    if (next) start = next.start;
  }
  return selectWords(document, {
    anchor: { paragraph: paragraph.id, offset: start },
    focus: { paragraph: paragraph.id, offset: end },
  });
}
