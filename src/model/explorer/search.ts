import { searchActors, type ActorMatch, type DatasetIndex } from '../dataset/query.ts';
import type { Paragraph, Relation } from '../contract/types.ts';

/**
 * What the search box finds: actors by name or alias, relations by their type ("mediat") or
 * the words of their quote, and paragraphs by the memo's own text ("December 22"). Matching
 * ignores case, accents and runs of spaces, so what is typed is found however the memo prints it.
 */

/** A stretch of text around a match, cut at word boundaries, to show where the match sits. */
export interface Snippet {
  /** Text before the match; starts with "…" when the text was cut. */
  readonly before: string;
  readonly match: string;
  /** Text after the match; ends with "…" when the text was cut. */
  readonly after: string;
}

export interface RelationMatch {
  readonly relation: Relation;
  /** What matched: the relation's type, or the words of its quote. */
  readonly field: 'type' | 'quote';
  /** The quote around the match, or the start of the quote when the type matched. */
  readonly snippet: Snippet;
  /** Lower is better: 0 type word prefix, 1 type substring, 2 quote word prefix, 3 quote substring. */
  readonly rank: number;
}

export interface ParagraphMatch {
  readonly document: string;
  readonly paragraph: Paragraph;
  readonly snippet: Snippet;
  /** How many times the paragraph has the words. */
  readonly hits: number;
}

export interface SearchResults {
  readonly actors: readonly ActorMatch[];
  readonly relations: readonly RelationMatch[];
  readonly paragraphs: readonly ParagraphMatch[];
}

export const NO_RESULTS: SearchResults = { actors: [], relations: [], paragraphs: [] };

/** Characters of context either side of a match in a snippet. */
const CONTEXT = 36;

/**
 * A text folded for matching (no accents, lower case, one space for any run of white space),
 * with, for every folded character, the offset of the character it came from.
 */
interface Folded {
  readonly text: string;
  readonly from: readonly number[];
}

export function foldForSearch(s: string): Folded {
  let text = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of s) {
    if (/\s/u.test(ch)) {
      if (!text.endsWith(' ')) {
        text += ' ';
        from.push(i);
      }
    } else {
      const folded = ch
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        // Curly and straight quotes and apostrophes are the same to someone typing.
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[\u201c\u201d]/g, '"');
      for (const c of folded) {
        text += c;
        from.push(i);
      }
    }
    i += ch.length;
  }
  return { text, from };
}

function queryText(query: string): string {
  return foldForSearch(query).text.trim();
}

/** Whether offset `at` of folded text starts a word. */
function atWordStart(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
}

/** Offsets in the folded text where `q` occurs; word starts first, then the rest. */
function occurrences(text: string, q: string): { readonly all: number[]; readonly word: boolean } {
  const all: number[] = [];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) all.push(at);
  return { all, word: all.some((at) => atWordStart(text, at)) };
}

/** The original text around a match at folded offsets [start, end). */
export function snippetAt(original: string, folded: Folded, start: number, end: number): Snippet {
  const from = folded.from[start] ?? 0;
  const to = end < folded.from.length ? folded.from[end]! : original.length;
  let a = Math.max(0, from - CONTEXT);
  let b = Math.min(original.length, to + CONTEXT);
  // Cut at a space so that no word is shown in part.
  if (a > 0) {
    const space = original.indexOf(' ', a);
    if (space >= 0 && space < from) a = space + 1;
  }
  if (b < original.length) {
    const space = original.lastIndexOf(' ', b);
    if (space > to) b = space;
  }
  return {
    before: `${a > 0 ? '…' : ''}${original.slice(a, from)}`,
    match: original.slice(from, to),
    after: `${original.slice(to, b)}${b < original.length ? '…' : ''}`,
  };
}

/** The start of a text, cut at a word, with "…" when cut: how a quote is named in a list. */
export function textStart(text: string, length = 60): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(' ', length);
  return `${text.slice(0, space > length / 2 ? space : length).replace(/[\s,;:.]+$/, '')}…`;
}

function relationMatches(index: DatasetIndex, q: string): RelationMatch[] {
  // A type matches once, however many relations it has.
  const typeRank = new Map<string, number>();
  for (const t of index.dataset.relationTypes) {
    const label = foldForSearch(t.label).text;
    const found = occurrences(label, q);
    if (found.all.length > 0) typeRank.set(t.id, found.word ? 0 : 1);
  }
  const order = new Map(index.dataset.relations.map((r, i) => [r.id, i]));
  const matches: RelationMatch[] = [];
  for (const r of index.dataset.relations) {
    const byType = typeRank.get(r.type);
    if (byType !== undefined) {
      matches.push({
        relation: r,
        field: 'type',
        snippet: { before: '', match: '', after: textStart(r.quote) },
        rank: byType,
      });
      continue;
    }
    const quote = foldForSearch(r.quote);
    const found = occurrences(quote.text, q);
    const at = found.all.find((x) => !found.word || atWordStart(quote.text, x));
    if (at === undefined) continue;
    matches.push({
      relation: r,
      field: 'quote',
      snippet: snippetAt(r.quote, quote, at, at + q.length),
      rank: found.word ? 2 : 3,
    });
  }
  return matches.sort(
    (a, b) => a.rank - b.rank || order.get(a.relation.id)! - order.get(b.relation.id)!,
  );
}

function findIn(text: string, q: string) {
  const folded = foldForSearch(text);
  const found = occurrences(folded.text, q);
  return found.all.length > 0 ? { text, folded, found } : null;
}

function paragraphMatches(index: DatasetIndex, q: string): ParagraphMatch[] {
  const matches: (ParagraphMatch & { readonly word: boolean; readonly order: number })[] = [];
  let order = 0;
  for (const doc of index.dataset.documents) {
    for (const p of doc.paragraphs) {
      order++;
      // The heading counts too: it is what a reader sees above the paragraph.
      const hit = findIn(p.text, q) ?? (p.heading ? findIn(p.heading, q) : null);
      if (!hit) continue;
      const { folded, found, text } = hit;
      const at = found.all.find((x) => !found.word || atWordStart(folded.text, x))!;
      matches.push({
        document: doc.id,
        paragraph: p,
        snippet: snippetAt(text, folded, at, at + q.length),
        hits: found.all.length,
        word: found.word,
        order,
      });
    }
  }
  // Word matches before matches inside a word; then in reading order.
  matches.sort((a, b) => Number(b.word) - Number(a.word) || a.order - b.order);
  return matches.map(({ document, paragraph, snippet, hits }) => ({
    document,
    paragraph,
    snippet,
    hits,
  }));
}

/** Everything the query finds, each group best first. An empty query finds nothing. */
export function searchAll(index: DatasetIndex, query: string): SearchResults {
  const q = queryText(query);
  if (q === '') return NO_RESULTS;
  return {
    actors: searchActors(index, query, Infinity),
    relations: relationMatches(index, q),
    paragraphs: paragraphMatches(index, q),
  };
}

export function resultCount(results: SearchResults): number {
  return results.actors.length + results.relations.length + results.paragraphs.length;
}
