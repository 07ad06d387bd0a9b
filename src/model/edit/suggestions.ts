import type { Actor, ClaimDate, MemoDocument } from '../contract/types.ts';
import { quoteContext } from '../lint/quote-context.ts';
import { suggestAssertion, type AssertionSuggestion } from '../lint/suggest-assertion.ts';
import { createMentionMatcher } from '../memo/mentions.ts';
import { findDates, type DateMention } from './relative-dates.ts';
import type { WordSelection } from './selection.ts';

/**
 * What the "New relation" form pre-fills for a selection, each value with the words it was read
 * from. Polarity, likelihood and basis come from the linter's own cues (suggestAssertion), so
 * accepting them never draws a cue warning; the date is the nearest date phrase of the sentence,
 * resolved against the document's date.
 */
export interface Suggestions extends AssertionSuggestion {
  /** The nearest date phrase to the quote in its sentence, resolved; undefined when there is none. */
  readonly date?: ClaimDate;
  /** Why that date: "from 'Sunday's': the Sunday before December 28, 1996". */
  readonly dateBecause?: string;
  /**
   * The actors the paragraph names, nearest the quote first: the top of the Source and Target
   * lists. The first mentioned before the quote is a likely source, the first after it a likely
   * target, but that is for the analyst to say; these are only ordered.
   */
  readonly mentioned: readonly string[];
}

function nearestDate(dates: readonly DateMention[], start: number, end: number) {
  const inside = dates.find((d) => d.start < end && d.end > start);
  if (inside) return inside;
  const distance = (d: DateMention) => (d.end <= start ? start - d.end : d.start - end);
  return [...dates].sort((a, b) => distance(a) - distance(b))[0];
}

/** The suggestions for a selection made with selectWords in `document`. */
export function suggestionsFor(
  document: MemoDocument,
  actors: readonly Actor[],
  selection: WordSelection,
): Suggestions {
  const paragraph = document.paragraphs.find((p) => p.id === selection.paragraph);
  const text = paragraph?.text ?? '';
  const { start, end } = selection;
  const assertion = suggestAssertion(text, start, end);

  const { sentence } = quoteContext(text, start, end);
  const dates = findDates(text, document.date).filter(
    (d) => d.start >= sentence.start && d.end <= sentence.end,
  );
  const date = nearestDate(dates, start, end);

  const distance = (s: number, e: number) => (e <= start ? start - e : s >= end ? s - end : 0);
  const mentions = createMentionMatcher(actors)
    .find(text)
    .map((m) => ({ id: m.actorId, d: distance(m.start, m.end) }))
    .sort((a, b) => a.d - b.d);
  const mentioned = [...new Set(mentions.map((m) => m.id))];

  return {
    ...assertion,
    ...(date && {
      date: {
        iso: date.iso,
        phrase: date.phrase,
        ...(date.until !== undefined && { until: date.until }),
      },
      dateBecause: `from '${date.phrase}': ${date.reasoning}`,
    }),
    mentioned,
  };
}

/**
 * Actors for a Source or Target list: those matching what was typed (name or alias, best match
 * first), with the ones the paragraph mentions on top. An empty query lists every actor.
 */
export function rankActors(
  actors: readonly Actor[],
  query: string,
  mentioned: readonly string[] = [],
): readonly Actor[] {
  const q = query.trim().toLowerCase();
  const rank = (a: Actor): number | null => {
    if (q === '') return 0;
    let best: number | null = null;
    for (const name of [a.name, ...a.aliases]) {
      const n = name.toLowerCase();
      const r =
        n === q
          ? 0
          : n.startsWith(q)
            ? 1
            : n.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q))
              ? 2
              : n.includes(q)
                ? 3
                : null;
      if (r !== null && (best === null || r < best)) best = r;
    }
    return best;
  };
  const place = new Map(mentioned.map((id, i) => [id, i]));
  return actors
    .map((a) => ({ a, r: rank(a), m: place.get(a.id) ?? Infinity }))
    .filter((x): x is { a: Actor; r: number; m: number } => x.r !== null)
    .sort((x, y) => (x.m === y.m ? 0 : x.m - y.m) || x.r - y.r || x.a.name.localeCompare(y.a.name))
    .map((x) => x.a);
}
