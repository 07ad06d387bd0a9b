import { excerpt } from '../dataset/dataset-check.ts';
import type { ParsedParagraph } from '../memo/memo-parser.ts';
import type { RelationAnnotation } from './annotations.ts';

/** Finding a relation's quote in its paragraph, and saying precisely why it is not there. */

/**
 * Quotes are matched word by word, never through a regular expression built from them: a quote
 * is the annotator's text, of any length, and a pattern made of 15,000 characters overflowed the
 * engine's stack. Words are maximal runs of non-whitespace; any run of whitespace in the quote
 * matches any run in the paragraph. Every search here is linear in the paragraph's length times
 * the quote's word count.
 */
interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return words;
}

type Fold = (s: string) => string;
const exact: Fold = (s) => s;
const caseless: Fold = (s) => s.toLowerCase();

/**
 * Where the quote's words occur in the paragraph's, as a regular expression `w1\s+w2\s+…\s+wn`
 * would find them: the first word may end a longer word, the last may begin one, and the words
 * between are whole. Overlapping occurrences are all found.
 */
function occurrences(text: string, quote: string, fold: Fold = exact): QuoteSpan[] {
  const want = quote
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map(fold);
  if (want.length === 0) return [];
  const spans: QuoteSpan[] = [];
  if (want.length === 1) {
    const needle = want[0]!;
    const hay = fold(text);
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      spans.push({ start: at, end: at + needle.length });
    }
    return spans;
  }
  const have = wordsOf(text);
  const first = want[0]!;
  const last = want[want.length - 1]!;
  outer: for (let i = 0; i + want.length <= have.length; i++) {
    if (!fold(have[i]!.text).endsWith(first)) continue;
    for (let k = 1; k < want.length - 1; k++) {
      if (fold(have[i + k]!.text) !== want[k]) continue outer;
    }
    const end = have[i + want.length - 1]!;
    if (!fold(end.text).startsWith(last)) continue;
    spans.push({ start: have[i]!.end - first.length, end: end.start + last.length });
  }
  return spans;
}

export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Every place `quote` occurs in `text`, whitespace differences forgiven, overlapping
 * occurrences included. Offsets are UTF-16 code units, as the contract counts them.
 */
export function findQuote(text: string, quote: string): QuoteSpan[] {
  return occurrences(text, quote);
}

/** Typographic look-alikes that annotators type differently from the printed text. */
function plainPunctuation(s: string): string {
  return s
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
}

/**
 * Why a quote is not in its paragraph, as precisely as can be said: the capitals differ, the
 * dashes or quotation marks differ, or the words match up to some point and then part ways.
 */
function whyQuoteIsMissing(text: string, quote: string): string {
  const [insensitive] = occurrences(text, quote, caseless);
  if (insensitive) {
    const found = text.slice(insensitive.start, insensitive.end);
    return `the paragraph has it with different capitals: ${JSON.stringify(excerpt(found))}`;
  }
  // plainPunctuation maps one code unit to one, so offsets in the plain text are the paragraph's.
  const [plain] = occurrences(plainPunctuation(text), plainPunctuation(quote));
  if (plain) {
    const printed = text.slice(plain.start, plain.end);
    return `the paragraph prints it with other dashes or quotation marks: ${JSON.stringify(excerpt(printed))}`;
  }
  const words = quote.trim().split(/\s+/u);
  // The longest run of the quote's first words that the paragraph has; occurring is monotonic
  // in the number of words, so bisection finds it.
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (occurrences(text, words.slice(0, mid).join(' ')).length > 0) lo = mid;
    else hi = mid - 1;
  }
  const matched = words.slice(0, lo).join(' ');
  if (lo === 0 || matched.length < 8) return '';
  const [m] = occurrences(text, matched);
  if (!m) return '';
  const after = text.slice(m.end).trimStart();
  const paragraphNext = excerpt(after.split(/\s+/u).slice(0, 4).join(' '), 60);
  const quoteNext = excerpt(words.slice(lo, lo + 4).join(' '), 60);
  return `it matches as far as ${JSON.stringify(excerpt(matched, 60))}, then the paragraph reads ${JSON.stringify(paragraphNext || '(end of paragraph)')} where the quote has ${JSON.stringify(quoteNext)}`;
}

function spansText(spans: readonly QuoteSpan[]): string {
  return spans.map((s) => `start ${s.start}, end ${s.end}`).join('; or ');
}

/** Word-bounded, case-insensitive, whitespace-forgiving: is the term the paragraph's own word? */
export function paragraphUsesTerm(text: string, term: string): boolean {
  return occurrences(text, term, caseless).some(
    (span) =>
      !isLetterOrDigit(codePointBefore(text, span.start)) &&
      !isLetterOrDigit(text.codePointAt(span.end)),
  );
}

/** The code point that ends just before `index`, a surrogate pair read whole. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const paired = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return paired ? text.codePointAt(index - 2) : low;
}

function isLetterOrDigit(codePoint: number | undefined): boolean {
  return codePoint !== undefined && /[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint));
}

/**
 * Finds where the relation's quote sits in its paragraph. With start and/or end given they must
 * pick out an occurrence of the quote; without them the quote must occur exactly once.
 */
export function resolveQuote(
  r: RelationAnnotation,
  p: ParsedParagraph,
  sourceFile: string,
  error: (field: string, problem: string) => void,
): QuoteSpan | undefined {
  const spans = findQuote(p.text, r.quote);
  if (r.quote.trim() === '') {
    error('quote', 'is only whitespace; quote the words that make the assertion');
    return undefined;
  }
  if (spans.length === 0) {
    const why = whyQuoteIsMissing(p.text, r.quote);
    const where = sourceFile ? ` (${sourceFile}, line ${p.line})` : '';
    error(
      'quote',
      `not found in paragraph ${p.id}, whitespace aside${why ? `; ${why}` : ''}; ${p.id}${where} begins ${JSON.stringify(excerpt(p.text))}`,
    );
    return undefined;
  }
  if (r.start !== undefined && r.end !== undefined && r.start > r.end) {
    error('start', `start ${r.start} is after end ${r.end}; the quote is at ${spansText(spans)}`);
    return undefined;
  }
  if (r.start === undefined && r.end === undefined) {
    const only = spans[0];
    if (spans.length === 1 && only) return only;
    error(
      'quote',
      `occurs ${spans.length} times in paragraph ${p.id} (${spansText(spans)}); add "start" to say which: ${spans.map((s) => `"start": ${s.start}`).join(' or ')}`,
    );
    return undefined;
  }
  const chosen = spans.find(
    (s) =>
      (r.start === undefined || s.start === r.start) && (r.end === undefined || s.end === r.end),
  );
  if (chosen) return chosen;
  const given = [
    r.start !== undefined ? `start ${r.start}` : '',
    r.end !== undefined ? `end ${r.end}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const selected =
    r.start !== undefined && r.end !== undefined
      ? `, which select ${JSON.stringify(excerpt(p.text.slice(r.start, r.end)))},`
      : '';
  error(
    r.start !== undefined ? 'start' : 'end',
    `${given}${selected} ${r.start !== undefined && r.end !== undefined ? 'do' : 'does'} not match the quote; in paragraph ${p.id} the quote is at ${spansText(spans)}`,
  );
  return undefined;
}
