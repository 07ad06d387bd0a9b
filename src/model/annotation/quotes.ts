import { excerpt } from '../dataset/dataset-check.ts';
import type { ParsedParagraph } from '../memo/memo-parser.ts';
import type { RelationAnnotation } from './annotations.ts';

/** Finding a relation's quote in its paragraph, and saying precisely why it is not there. */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The quote as a pattern in which any run of whitespace matches any other run. */
function quotePattern(quote: string, flags = 'gu'): RegExp | null {
  const words = quote
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join('\\s+'), flags);
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
  const re = quotePattern(quote);
  if (!re) return [];
  const spans: QuoteSpan[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return spans;
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
  const insensitive = quotePattern(quote, 'iu')?.exec(text);
  if (insensitive) {
    return `the paragraph has it with different capitals: ${JSON.stringify(excerpt(insensitive[0]))}`;
  }
  const plainText = plainPunctuation(text);
  const plain = quotePattern(plainPunctuation(quote), 'u')?.exec(plainText);
  if (plain) {
    const printed = text.slice(plain.index, plain.index + plain[0].length);
    return `the paragraph prints it with other dashes or quotation marks: ${JSON.stringify(excerpt(printed))}`;
  }
  const words = quote.trim().split(/\s+/u);
  // The longest run of the quote's first words that the paragraph has; occurring is monotonic
  // in the number of words, so bisection finds it.
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (quotePattern(words.slice(0, mid).join(' '), 'u')?.test(text)) lo = mid;
    else hi = mid - 1;
  }
  const matched = words.slice(0, lo).join(' ');
  if (lo === 0 || matched.length < 8) return '';
  const m = quotePattern(matched, 'u')?.exec(text);
  if (!m) return '';
  const after = text.slice(m.index + m[0].length).trimStart();
  const paragraphNext = after.split(/\s+/u).slice(0, 4).join(' ');
  const quoteNext = words.slice(lo, lo + 4).join(' ');
  return `it matches as far as ${JSON.stringify(excerpt(matched, 60))}, then the paragraph reads ${JSON.stringify(paragraphNext || '(end of paragraph)')} where the quote has ${JSON.stringify(quoteNext)}`;
}

function spansText(spans: readonly QuoteSpan[]): string {
  return spans.map((s) => `start ${s.start}, end ${s.end}`).join('; or ');
}

/** Word-bounded, case-insensitive, whitespace-forgiving: is the term the paragraph's own word? */
export function paragraphUsesTerm(text: string, term: string): boolean {
  const words = term
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return false;
  const body = words.map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu').test(text);
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
