import type { ActorKind } from '../contract/types.ts';
import {
  COMMON_ACTOR_WORDS,
  FUNCTION_WORDS,
  isDemonym,
  NAME_CONNECTORS,
  NAME_KIND_WORDS,
  NEVER_NAMES,
  RELIGIOUS_TITLES,
  TITLE_WORDS,
} from './actor-words.ts';

/**
 * The actors `memograph new` suggests for a memo it has never seen: the proper names its
 * paragraphs print (multi-word names, acronyms, names after a title such as "President"), the
 * nationality words, and a nationality before an actor word ("Japanese ambassador"). Every
 * suggestion is a guess for a person to confirm, so each says how often and where the text names
 * it. Nothing is taken from headings, the title or the page furniture, and no name is made up:
 * every name and alias is printed in the text as it stands.
 */

/** A paragraph as the suggestions read it: its printed number and its text. */
export interface SuggestionParagraph {
  readonly n: number;
  readonly text: string;
}

export interface SuggestedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Other names the text prints for the same actor ("ICRC" defined after its full name). */
  readonly aliases: readonly string[];
  /** How many times the text names it, by its name or an alias. */
  readonly count: number;
  /** The numbers of the paragraphs that name it, in order. */
  readonly paragraphs: readonly number[];
  /** Why the kind was guessed, or null when it is "other" for want of a clue. */
  readonly kindReason: string | null;
}

/** Longest name an actor may have (the actor schema's maxLength). */
const MAX_NAME = 200;

interface Token {
  readonly text: string;
  /** Offset in the paragraph text. */
  readonly start: number;
  /** Begins a sentence (or a quotation), where a capital says nothing. */
  readonly initial: boolean;
  /** Ends in a possessive "'s": the name stops here. */
  readonly possessive: boolean;
}

interface Candidate {
  name: string;
  kind: ActorKind;
  kindReason: string | null;
  aliases: string[];
  count: number;
  paragraphs: Set<number>;
  first: number;
  person: boolean;
  demonym: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
const ACRONYM_RE = /^\p{Lu}[\p{Lu}\p{N}&-]*[\p{Lu}\p{N}]$|^(?:\p{Lu}\.){2,}$/u;

function isAcronym(word: string): boolean {
  return word.length >= 2 && ACRONYM_RE.test(word) && !/^B\d+$/.test(word);
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The words of a paragraph, with possessives and sentence-final periods taken off. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD_RE)) {
    let word = m[0];
    const start = m.index;
    // The previous word's own last character too: "standoff." keeps its period.
    const gap = text.slice(Math.max(0, previousEnd - 1), start);
    previousEnd = start + word.length;
    const initial = tokens.length === 0 || /[.!?:;"“‘()]/.test(gap);
    if (!/^(?:\p{Lu}\.)+$/u.test(word)) word = word.replace(/[.]+$/, '');
    const possessive = /['’]s?$/.test(word) && word.length > 2;
    if (possessive) word = word.replace(/['’]s?$/, '');
    // "government-MRTA", "US-owned": a capitalised part of a hyphenated word is a word of its
    // own, and a name of one word: none of the parts runs on into the next word.
    const parts = word.split('-');
    if (parts.length > 1 && parts.some((p) => /^\p{Ll}/u.test(p))) {
      let at = start;
      for (const part of parts) {
        if (part !== '') {
          tokens.push({ text: part, start: at, initial: false, possessive: true });
        }
        at += part.length + 1;
      }
      continue;
    }
    if (word !== '') tokens.push({ text: word, start, initial, possessive });
  }
  return tokens;
}

/** "of", and "the" after it: "Committee of the Red Cross", not "the Americans the MRTA". */
function connects(word: string, previous: string): boolean {
  if (word === 'the') return previous === 'of' || previous === 'for';
  return NAME_CONNECTORS.has(word) && isCapitalised(previous);
}

/** Runs of capitalised words, joined by connectors ("of the"), split at possessives. */
function capitalisedRuns(tokens: readonly Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1]!.text)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const adjacent =
      previous !== undefined &&
      /^\s+$/.test(text.slice(previous.start + previous.text.length, token.start)) &&
      !previous.possessive;
    if (!adjacent) close();
    if (isCapitalised(token.text)) run.push(token);
    else if (run.length > 0 && connects(token.text, run[run.length - 1]!.text)) run.push(token);
    else close();
    if (token.possessive) close();
  }
  close();
  return runs;
}

interface Found {
  readonly name: string;
  readonly kind: ActorKind;
  readonly kindReason: string | null;
  readonly person: boolean;
  readonly demonym: boolean;
}

function kindOf(words: readonly string[]): { kind: ActorKind; reason: string | null } {
  for (const word of words) {
    const kind = NAME_KIND_WORDS[word];
    if (kind !== undefined) return { kind, reason: `"${word}"` };
  }
  return { kind: 'other', reason: null };
}

function named(words: readonly string[]): Found | null {
  while (words.length > 0 && NAME_CONNECTORS.has(words[words.length - 1]!)) {
    words = words.slice(0, -1);
  }
  while (words.length > 0 && NAME_CONNECTORS.has(words[0]!)) words = words.slice(1);
  if (words.length === 0) return null;
  const name = words.join(' ');
  if (name.length > MAX_NAME) return null;
  if (words.length === 1 && isDemonym(name)) {
    return { name, kind: 'state', kindReason: 'a nationality', person: false, demonym: true };
  }
  const { kind, reason } = kindOf(words);
  return { name, kind, kindReason: reason, person: false, demonym: false };
}

/** What a run of capitalised words names: a title splits off a person, a nationality itself. */
function readRun(
  run: readonly Token[],
  isWordInText: (w: string) => boolean,
  isNameMidSentence: (w: string) => boolean,
): Found[] {
  let tokens = [...run];
  const first = tokens[0];
  if (first?.initial && !isAcronym(first.text)) {
    // A capital at a sentence's start says nothing. A word alone there is a name only if the
    // text also capitalises it mid-sentence; one followed by more capitalised words
    // ("Sendero Luminoso has…") is a name unless it is a common word ("The MRTA").
    const alone = !tokens.slice(1).some((t) => isCapitalised(t.text));
    if (
      FUNCTION_WORDS.has(first.text) ||
      isWordInText(first.text.toLowerCase()) ||
      (alone && !isNameMidSentence(first.text))
    ) {
      tokens = tokens.slice(1);
    }
  }
  const found: Found[] = [];
  let words: string[] = [];
  let titles: string[] = [];
  const endName = () => {
    if (titles.length === 0) {
      const f = named(words);
      if (f) found.push(f);
    } else if (words.length > 0) {
      const f = named(words);
      if (f) {
        const religious = titles.some((t) => RELIGIOUS_TITLES.has(t));
        found.push({
          name: f.name,
          kind: religious ? 'religious-figure' : 'person',
          kindReason: `"${titles.join(' ')}"`,
          person: true,
          demonym: false,
        });
      }
    }
    words = [];
    titles = [];
  };
  for (const { text: word } of tokens) {
    if (NEVER_NAMES.has(word) || /^B\d+$/.test(word) || /^[Xx]{3,}$/.test(word)) {
      endName();
      continue;
    }
    if (TITLE_WORDS.has(word)) {
      if (titles.length > 0 && words.length > 0) endName();
      if (titles.length === 0) {
        // "Japanese Prime Minister Hashimoto": the nationality is kept, an office ("Education") is not.
        for (const w of words.filter(isDemonym)) found.push(named([w])!);
        words = [];
      }
      titles.push(word);
      continue;
    }
    words.push(word);
  }
  endName();
  return found;
}

/** "International Committee of the Red Cross (ICRC)": the acronym defined right after a run. */
function definedAcronym(text: string, run: readonly Token[]): string | null {
  const last = run[run.length - 1]!;
  const m = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,11})\)/u.exec(
    text.slice(last.start + last.text.length),
  );
  return m && run.length > 1 ? m[1]! : null;
}

/** A nationality before an actor word: "Japanese ambassador", "Peruvian archbishop". */
function nationalityPhrases(tokens: readonly Token[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.possessive || !isDemonym(a.text)) continue;
    const kind = COMMON_ACTOR_WORDS[b.text];
    if (kind === undefined) continue;
    found.push({
      name: `${a.text} ${b.text}`,
      kind,
      kindReason: `"${b.text}"`,
      person: kind === 'person',
      demonym: false,
    });
  }
  return found;
}

/**
 * A paragraph printed in capitals, as cables are: there a capital tells a name from a word no
 * more than anywhere else, so no actor is suggested from it.
 */
export function isInCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return letters >= 12 && lower <= letters / 20;
}

/** Lower-case letters, digits and hyphens: the actor id a name suggests. */
export function actorIdFor(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'actor' : id;
}

/** The actors a memo's paragraphs suggest, most often named first. */
export function suggestActors(paragraphs: readonly SuggestionParagraph[]): SuggestedActor[] {
  const lowerWords = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(/\b\p{Ll}[\p{Ll}'’-]*/gu)) lowerWords.add(m[0]);
  }
  const isWordInText = (w: string) => lowerWords.has(w);
  const readable = paragraphs
    .filter((p) => !isInCapitals(p.text))
    .map((p) => ({ n: p.n, text: p.text, tokens: tokenize(p.text) }));
  const midSentence = new Set(
    readable.flatMap((p) => p.tokens.filter((t) => !t.initial).map((t) => t.text)),
  );
  const isNameMidSentence = (w: string) => midSentence.has(w);
  const candidates = new Map<string, Candidate>();
  const acronyms = new Map<string, string>();
  let order = 0;
  const add = (f: Found, n: number) => {
    const known = candidates.get(f.name);
    if (known) {
      known.count++;
      known.paragraphs.add(n);
      if (known.kind === 'other' && f.kind !== 'other') {
        known.kind = f.kind;
        known.kindReason = f.kindReason;
      }
      known.person ||= f.person;
      return;
    }
    candidates.set(f.name, {
      name: f.name,
      kind: f.kind,
      kindReason: f.kindReason,
      aliases: [],
      count: 1,
      paragraphs: new Set([n]),
      first: order++,
      person: f.person,
      demonym: f.demonym,
    });
  };
  for (const p of readable) {
    const { tokens } = p;
    const runs = capitalisedRuns(tokens, p.text);
    for (const run of runs) {
      const found = readRun(run, isWordInText, isNameMidSentence);
      for (const f of found) add(f, p.n);
      const acronym = definedAcronym(p.text, run);
      const full = found[found.length - 1];
      if (acronym !== null && full && !acronyms.has(acronym)) acronyms.set(acronym, full.name);
    }
    for (const f of nationalityPhrases(tokens)) add(f, p.n);
  }
  mergeAliases(candidates, acronyms);
  const used = new Set<string>();
  return [...candidates.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((c) => {
      let id = actorIdFor(c.name);
      for (let k = 2; used.has(id); k++) id = `${actorIdFor(c.name)}-${k}`;
      used.add(id);
      return {
        id,
        name: c.name,
        kind: c.kind,
        aliases: c.aliases,
        count: c.count,
        paragraphs: [...c.paragraphs].sort((a, b) => a - b),
        kindReason: c.kindReason,
      };
    });
}

/** Folds a candidate into another as its alias, where the text says the two are one. */
function mergeAliases(candidates: Map<string, Candidate>, acronyms: Map<string, string>): void {
  const fold = (from: Candidate, into: Candidate) => {
    into.aliases.push(from.name, ...from.aliases);
    into.count += from.count;
    for (const n of from.paragraphs) into.paragraphs.add(n);
    into.first = Math.min(into.first, from.first);
    candidates.delete(from.name);
  };
  for (const [acronym, full] of acronyms) {
    const short = candidates.get(acronym);
    const long = candidates.get(full);
    if (short && long) fold(short, long);
  }
  const all = [...candidates.values()];
  for (const single of all) {
    if (single.name.includes(' ') || !candidates.has(single.name)) continue;
    // "Palermo" after "Education Minister Domingo Palermo": the same person, by surname.
    const people = all.filter(
      (c) => c !== single && c.person && c.name.endsWith(` ${single.name}`),
    );
    if (people.length === 1 && candidates.has(people[0]!.name)) {
      fold(single, people[0]!);
      continue;
    }
    // "Cuban" beside "Cuba", "Peruvian" beside "Peru".
    if (single.demonym) {
      const states = all.filter(
        (c) =>
          !c.demonym &&
          !c.name.includes(' ') &&
          c.name.length >= 4 &&
          single.name.startsWith(c.name.replace(/[aeiou]$/, '')),
      );
      if (states.length === 1 && candidates.has(states[0]!.name)) {
        const state = states[0]!;
        if (state.kind === 'other') {
          state.kind = 'state';
          state.kindReason = `"${single.name}"`;
        }
        fold(single, state);
      }
    }
  }
}
