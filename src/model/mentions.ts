import type { Actor } from './types.ts';

/**
 * Finding where a paragraph names an actor, by the actor's name or one of its aliases, so that the
 * reader can underline every mention and link it to the graph.
 *
 * The rules, chosen so that a mention is never invented:
 * - Case. A term with a capital letter in it is a proper name and matches with its exact case
 *   ("MRTA", "Lima", "Embassy Lima"); only its first letter may also be a capital when the term
 *   starts in lower case, so that "the Front" matches a sentence-initial "The Front" but never
 *   "the front lines". A term with no capital letter ("the terrorists") is a common noun phrase
 *   and matches in any case ("The terrorists").
 * - Whole words. A term that starts (ends) with a letter, digit or combining mark must not be
 *   preceded (followed) by one, in any script: "Lima" matches "Lima's" and "Lima–Tokyo" but not
 *   "Limaville". Apostrophes, hyphens, dashes and quotes are boundaries, so "MRTA" matches in
 *   "MRTA's", "government-MRTA" and “MRTA”.
 * - Typography. A space in a term matches any run of white space, a straight apostrophe or quote
 *   matches its curly forms and a hyphen matches the Unicode hyphens, so an alias typed on a
 *   keyboard still finds the document's typography.
 * - Overlaps. The longest mention wins ("Japanese ambassador's residence" over "Japanese");
 *   between equally long ones the earlier start wins, then an exact-case term over a
 *   case-insensitive one, then the actor listed first. Results never overlap and are sorted.
 * - A term that two actors share belongs to the actor listed first in the dataset.
 */

/** One place where a paragraph names an actor. Offsets are UTF-16 code units, end exclusive. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly actorId: string;
  /** The text as it stands in the paragraph: `text.slice(start, end)`. */
  readonly surface: string;
}

/** A matcher compiled once for an actor list, to run over many paragraphs. */
export interface MentionMatcher {
  /** Every mention in `text`, sorted by start, never overlapping. */
  find(text: string): readonly Mention[];
}

interface Term {
  readonly actorId: string;
  /** Lower wins a tie between equally long mentions at the same place. */
  readonly priority: number;
  /** Sticky: tested only where the trie says this term may start. */
  readonly sticky: RegExp;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{M}\\p{N}])';
const APOSTROPHES = "'\u2018\u2019\u02bc";
const DOUBLE_QUOTES = '"\u201c\u201d';
const HYPHENS = '-\u2010\u2011';

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function classOf(chars: string): string {
  return `[${[...chars].map(escapeChar).join('')}]`;
}

/** The regular expression source for one character of a term. */
function charPattern(ch: string, bothCases: boolean): string {
  if (APOSTROPHES.includes(ch)) return classOf(APOSTROPHES);
  if (DOUBLE_QUOTES.includes(ch)) return classOf(DOUBLE_QUOTES);
  if (HYPHENS.includes(ch)) return classOf(HYPHENS);
  if (bothCases) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    // "ß".toUpperCase() is "SS": a class cannot say that, so such a letter keeps its own case.
    if (lower !== upper && [...lower].length === 1 && [...upper].length === 1) {
      return classOf(lower + upper);
    }
  }
  return escapeChar(ch);
}

type CaseRule = 'exact' | 'first-letter-either' | 'any';

function caseRule(term: string): CaseRule {
  const hasCapital = [...term].some((ch) => ch !== ch.toLowerCase());
  if (!hasCapital) return 'any';
  const first = [...term][0] ?? '';
  return first === first.toLowerCase() && first !== first.toUpperCase()
    ? 'first-letter-either'
    : 'exact';
}

/** The pattern of a whole term, with its word boundaries and case rule. */
function termPattern(term: string, rule: CaseRule): string {
  const chars = [...term];
  let source = '';
  let inSpace = false;
  chars.forEach((ch, i) => {
    if (/\s/u.test(ch)) {
      if (!inSpace) source += '\\s+';
      inSpace = true;
      return;
    }
    inSpace = false;
    source += charPattern(ch, rule === 'any' || (rule === 'first-letter-either' && i === 0));
  });
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  const before = WORD_CHAR.test(first) ? NOT_AFTER_WORD : '';
  const after = WORD_CHAR.test(last) ? NOT_BEFORE_WORD : '';
  return `${before}${source}${after}`;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Terms whose folded form ends here. */
  readonly terms: Term[];
}

function trieNode(): TrieNode {
  return { next: new Map(), terms: [] };
}

/**
 * A character as the trie compares it: lower case, one apostrophe, one double quote, one hyphen.
 * The trie only proposes candidates; each term's own regular expression then decides, with its
 * exact case rule and word boundaries.
 */
function fold(ch: string): string {
  if (APOSTROPHES.includes(ch)) return "'";
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (HYPHENS.includes(ch)) return '-';
  return ch.toLowerCase();
}

const WHITE_SPACE = /\s/u;

/** Compile the names and aliases of `actors` once; `.find(text)` then runs per paragraph. */
export function createMentionMatcher(actors: readonly Actor[]): MentionMatcher {
  const seen = new Set<string>();
  const root = trieNode();
  actors.forEach((actor, actorOrder) => {
    const terms = [actor.name, ...actor.aliases];
    terms.forEach((raw, termOrder) => {
      const term = raw.trim().normalize('NFC');
      if (term === '') return;
      const rule = caseRule(term);
      const pattern = termPattern(term, rule);
      // The same pattern twice (a name repeated as an alias, or a term two actors share) would
      // only ever lose the tie, so the first owner keeps it.
      if (seen.has(pattern)) return;
      seen.add(pattern);
      let node = root;
      let inSpace = false;
      for (const ch of term) {
        const space = WHITE_SPACE.test(ch);
        if (space && inSpace) continue;
        inSpace = space;
        const key = space ? ' ' : fold(ch);
        let child = node.next.get(key);
        if (!child) {
          child = trieNode();
          node.next.set(key, child);
        }
        node = child;
      }
      const exactness = rule === 'any' ? 1 : 0;
      node.terms.push({
        actorId: actor.id,
        priority: exactness * 1e9 + actorOrder * 1e4 + termOrder,
        sticky: new RegExp(pattern, rule === 'any' ? 'iuy' : 'uy'),
      });
    });
  });

  return {
    find(text: string): readonly Mention[] {
      const candidates: Mention[] = [];
      const priorities: number[] = [];
      let previousIsWord = false;
      for (let at = 0; at < text.length;) {
        const first = String.fromCodePoint(text.codePointAt(at) ?? 0);
        const isWord = WORD_CHAR.test(first);
        // Inside a word nothing can start: a term that starts with a letter needs a boundary.
        if (!(isWord && previousIsWord)) collect(text, at, root, candidates, priorities);
        previousIsWord = isWord;
        at += first.length;
      }
      return resolveOverlaps(candidates, priorities, text.length);
    },
  };
}

/** Walk the trie from `at` and keep every term that really matches there. */
function collect(
  text: string,
  at: number,
  root: TrieNode,
  candidates: Mention[],
  priorities: number[],
): void {
  let node: TrieNode | undefined = root;
  let i = at;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    let key: string;
    if (WHITE_SPACE.test(ch)) {
      key = ' ';
      while (i < text.length && WHITE_SPACE.test(text[i] ?? '')) i++;
    } else {
      key = fold(ch);
      i += ch.length;
    }
    node = node.next.get(key);
    if (!node) return;
    for (const term of node.terms) {
      term.sticky.lastIndex = at;
      const m = term.sticky.exec(text);
      if (m !== null) {
        candidates.push({ start: at, end: at + m[0].length, actorId: term.actorId, surface: m[0] });
        priorities.push(term.priority);
      }
    }
  }
}

function resolveOverlaps(
  candidates: readonly Mention[],
  priorities: readonly number[],
  textLength: number,
): readonly Mention[] {
  if (candidates.length === 0) return [];
  const order = candidates.map((_, i) => i);
  order.sort((a, b) => {
    const ca = candidates[a]!;
    const cb = candidates[b]!;
    return (
      cb.end - cb.start - (ca.end - ca.start) ||
      ca.start - cb.start ||
      priorities[a]! - priorities[b]!
    );
  });
  const taken = new Uint8Array(textLength);
  const kept: Mention[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}

/**
 * Every mention of `actors` in `text`. Compiles the actors each call: for many paragraphs,
 * build one matcher with createMentionMatcher and reuse it.
 */
export function findMentions(text: string, actors: readonly Actor[]): readonly Mention[] {
  return createMentionMatcher(actors).find(text);
}
