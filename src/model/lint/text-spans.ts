/**
 * Sentences and clauses of a paragraph, as offset spans into its text. The splitter is
 * deliberately simple, since the linter only asks "is this cue near this quote", and documented
 * so an annotator can predict it:
 *
 * - A sentence ends at `.`, `?` or `!` (closing quotation marks and brackets after it included)
 *   followed by whitespace and a capital letter, an opening quotation mark or a digit, or by the
 *   end of the text. A period after a single letter ("U.S.", "J. Smith") or after a common
 *   abbreviation ("Mr.", "Gen.", "Dec.") does not end one.
 * - Within a sentence a clause ends at `;`, `:`, a spaced dash (` – `, ` — `, ` -- `), or before
 *   `, but`, `, and`, `, or`, `, while`, `, whereas` and before the words "though", "although",
 *   "while", "whereas" elsewhere in the sentence.
 * - A clause that opens with a subordinating word ("though", "although", "while", "whereas",
 *   "because", "if", "since", "despite") ends at its first comma.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen sen rep gov lt col capt sgt pres amb jr sr vs etc no nos jan feb mar apr aug sep sept oct nov dec inc co corp'.split(
    ' ',
  ),
);

/** Trims whitespace off both ends of a span. */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function endsAbbreviation(text: string, period: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, period - 12), period))?.[1] ?? '';
  if (word === '') return false;
  const bare = word.replace(/\./g, '');
  return word.includes('.') || bare.length === 1 || ABBREVIATIONS.has(bare.toLowerCase());
}

/** The sentences of a paragraph, in order, whitespace trimmed. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.?!]+["'”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}]|\s*$)/gu)) {
    if (m[0].startsWith('.') && m[0].length === 1 && endsAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length;
    const s = trimmed(text, from, end);
    if (s.end > s.start) spans.push(s);
    from = end;
  }
  const rest = trimmed(text, from, text.length);
  if (rest.end > rest.start) spans.push(rest);
  return spans;
}

const OPENERS = /^["“‘(]?(?:though|although|while|whereas|because|if|since|despite)\b/iu;
/** Where a clause ends (the match is dropped) or the next begins (a zero-width match). */
const BREAKS =
  /[;:](?!\d)\s*|\s+[–—]\s+|\s+--\s+|,\s+(?=(?:but|and|or|while|whereas)\b)|\s+(?=(?:though|although|while|whereas)\b)/giu;

/** Splits `span` of `text` at each cut (a span of `text` to drop), whitespace trimmed. */
function splitAt(text: string, span: Span, cuts: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let from = span.start;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start < from) continue;
    const s = trimmed(text, from, cut.start);
    if (s.end > s.start) spans.push(s);
    from = cut.end;
  }
  const rest = trimmed(text, from, span.end);
  if (rest.end > rest.start) spans.push(rest);
  return spans;
}

/** The clauses of one sentence (a span of `text`), in order, whitespace trimmed. */
export function clausesOf(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: Span[] = [];
  for (const m of body.matchAll(BREAKS)) {
    // The opening word of the sentence itself is no break.
    if (m.index === 0) continue;
    cuts.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  // A clause that opens with a subordinating word ends at its first comma.
  return splitAt(text, sentence, cuts).flatMap((clause) => {
    const words = text.slice(clause.start, clause.end);
    const opener = OPENERS.exec(words);
    const comma = opener ? words.indexOf(',', opener[0].length) : -1;
    if (comma < 0) return [clause];
    return splitAt(text, clause, [{ start: clause.start + comma, end: clause.start + comma + 1 }]);
  });
}

/** Whether a clause opens with a subordinating word ("though", "while"…). */
export function isSubordinate(text: string, clause: Span): boolean {
  return OPENERS.test(text.slice(clause.start, clause.end));
}

/** Every clause of a paragraph, sentence by sentence. */
export function clauses(text: string): Span[] {
  return sentences(text).flatMap((s) => clausesOf(text, s));
}

/**
 * The spans that a quote from `start` to `end` touches; when it touches none (it sits wholly in
 * whitespace or punctuation between them), the span around `start`.
 */
export function touching(spans: readonly Span[], start: number, end: number): Span[] {
  const hit = spans.filter((s) => s.start < Math.max(end, start + 1) && s.end > start);
  if (hit.length > 0) return hit;
  const before = spans.filter((s) => s.start <= start).at(-1);
  return before ? [before] : spans.slice(0, 1);
}

/** One span from the first of `spans` to the last. */
export function cover(spans: readonly Span[]): Span {
  return { start: spans[0]?.start ?? 0, end: spans.at(-1)?.end ?? 0 };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
