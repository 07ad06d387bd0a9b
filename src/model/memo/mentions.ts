import type { Actor } from '../contract/types.ts';

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
 * - Context. A common noun phrase ("government", "the group") refers to a known actor only when
 *   it is definite: after an indefinite or quantifying word ("another government", "any
 *   group", "a government") it names some other party, and is not a mention.
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
  /** The term's characters, each run of white space as one ' '. */
  readonly units: readonly string[];
  readonly rule: CaseRule;
  /** The term starts (ends) with a letter, digit or mark, so it needs a word boundary there. */
  readonly boundaryBefore: boolean;
  readonly boundaryAfter: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = "'\u2018\u2019\u02bc";
const DOUBLE_QUOTES = '"\u201c\u201d';
const HYPHENS = '-\u2010\u2011';

type CaseRule = 'exact' | 'first-letter-either' | 'any';

function caseRule(term: string): CaseRule {
  const hasCapital = [...term].some((ch) => ch !== ch.toLowerCase());
  if (!hasCapital) return 'any';
  const first = [...term][0] ?? '';
  return first === first.toLowerCase() && first !== first.toUpperCase()
    ? 'first-letter-either'
    : 'exact';
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
 * The trie proposes candidates; `matches` then applies the term's case rule and word boundaries.
 * No regular expression per term: a corpus has tens of thousands of names, and compiling one
 * pattern for each (Unicode classes, look-behind) froze the page for seconds.
 */
function fold(ch: string): string {
  if (APOSTROPHES.includes(ch)) return "'";
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (HYPHENS.includes(ch)) return '-';
  return ch.toLowerCase();
}

const WHITE_SPACE = /\s/u;

/** Words after which a common noun names some other party, not the actor it usually means. */
const INDEFINITE_BEFORE = new Set([
  'a',
  'an',
  'another',
  'any',
  'each',
  'every',
  'no',
  'other',
  'some',
  'such',
]);

/** The word that ends just before `at`, white space between, lower-cased; '' when none. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && WHITE_SPACE.test(text[end - 1] ?? '')) end--;
  if (end === at) return '';
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end).toLowerCase();
}

/** Does the walked surface satisfy the term's case rule? The trie has already matched its folds. */
function caseMatches(term: Term, surface: readonly string[]): boolean {
  if (term.rule === 'any') return true;
  for (let k = term.rule === 'first-letter-either' ? 1 : 0; k < term.units.length; k++) {
    const t = term.units[k]!;
    // White space and the typographic variants (apostrophes, quotes, hyphens) were settled by
    // the fold; every other character must be exactly the term's.
    if (t === ' ' || APOSTROPHES.includes(t) || DOUBLE_QUOTES.includes(t) || HYPHENS.includes(t)) {
      continue;
    }
    if (surface[k] !== t) return false;
  }
  return true;
}

function isWordAt(text: string, index: number): boolean {
  const cp = text.codePointAt(index);
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  // Step back over a surrogate pair to read the whole code point.
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return isWordAt(text, start);
}

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
      const units: string[] = [];
      for (const ch of term) {
        if (WHITE_SPACE.test(ch)) {
          if (units[units.length - 1] !== ' ') units.push(' ');
        } else units.push(ch);
      }
      const key = `${rule}\u0000${units.join('')}`;
      if (seen.has(key)) return;
      seen.add(key);
      let node = root;
      for (const unit of units) {
        const foldKey = unit === ' ' ? ' ' : fold(unit);
        let child = node.next.get(foldKey);
        if (!child) {
          child = trieNode();
          node.next.set(foldKey, child);
        }
        node = child;
      }
      const exactness = rule === 'any' ? 1 : 0;
      node.terms.push({
        actorId: actor.id,
        priority: exactness * 1e9 + actorOrder * 1e4 + termOrder,
        units,
        rule,
        boundaryBefore: WORD_CHAR.test(units[0] ?? ''),
        boundaryAfter: WORD_CHAR.test(units[units.length - 1] ?? ''),
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
  const surface: string[] = [];
  const insideWord = isWordBefore(text, at);
  let indefinite: boolean | undefined;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    let key: string;
    if (WHITE_SPACE.test(ch)) {
      key = ' ';
      surface.push(' ');
      while (i < text.length && WHITE_SPACE.test(text[i] ?? '')) i++;
    } else {
      key = fold(ch);
      surface.push(ch);
      i += ch.length;
    }
    node = node.next.get(key);
    if (!node) return;
    for (const term of node.terms) {
      if (term.boundaryBefore && insideWord) continue;
      if (term.boundaryAfter && isWordAt(text, i)) continue;
      if (!caseMatches(term, surface)) continue;
      if (term.rule === 'any') {
        indefinite ??= INDEFINITE_BEFORE.has(wordBefore(text, at));
        if (indefinite) continue;
      }
      candidates.push({ start: at, end: i, actorId: term.actorId, surface: text.slice(at, i) });
      priorities.push(term.priority);
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
