import { bandForTerm, isHedged } from '../words/likelihood.ts';
import { longDate, MONTH_NAMES, type CalendarDate } from '../memo/dates.ts';
import { mulberry32 } from '../common/random.ts';
import type { ActorKind, Basis, LikelihoodBand, Polarity } from '../contract/types.ts';

/**
 * Synthetic corpora for the benchmark and for large-graph tests: `memograph synth`.
 *
 * A corpus is a set of annotation bundles that `memograph check` and `memograph build` accept with
 * no error and no warning, at any size from one memo to hundreds of memos, tens of thousands of
 * actors and hundreds of thousands of relations. The memos read like the real ones in
 * graph-data/: a title with its marking, section headings, marked paragraphs, running dates and
 * office codes at page ends, an occasional "[redacted]" with its "B1", a classification banner.
 * Every name is strung together from syllables, so the corpus cites no real person or group
 * (a chance resemblance aside).
 *
 * Determinism: the same options give byte-identical files on every machine. All randomness comes
 * from mulberry32 streams seeded from the seed and a stream name; nothing reads the clock,
 * Math.random, or the iteration order of a Set or Map.
 *
 * The degree law: relation ends are drawn from a Zipf–Mandelbrot law, P(rank k) ∝ (k + Q)^−S with
 * S = 1.1 and Q = 10, over actors ranked by importance. Plain Zipf (Q = 0) would pile more than a
 * tenth of all relation ends onto one actor whatever the corpus size; real collections have hubs
 * (the states and armed groups every memo mentions) but their heads saturate, and the offset Q
 * flattens the first few ranks the way it does for word frequencies. At 20,000 actors and
 * 100,000 relations the biggest hub has about 3,000 relations, the top 1 % of actors hold about
 * 44 % of all relation ends, and the median actor has 3. Before any end is drawn from the law,
 * every actor gets one end, so that every actor has at least one relation whenever there are at
 * least half as many relations as actors (2M ≥ N, so always when M ≥ N). With fewer relations,
 * exactly 2M actors (the highest ranked) are used once each, and the corpus names no others.
 * Ends are then shuffled and paired (a configuration model): the degrees are exactly those
 * drawn, and a pair that would link an actor to itself is mended by swapping ends with another
 * pair. No actor is allowed more than M ends, which makes that mending always possible.
 */

// ---------------------------------------------------------------------------------------------
// Public API

/** What to generate. All four are whole numbers; see SYNTH_LIMITS. */
export interface SynthOptions {
  /** How many memos (bundle folders). */
  readonly documents: number;
  /** How many actors the corpus may name; all are used when 2 × relations ≥ actors. */
  readonly actors: number;
  /** How many relations in total, spread over the documents. */
  readonly relations: number;
  /** Any whole number from 0 to 2^32 − 1; the same seed gives the same corpus. */
  readonly seed: number;
}

/** One generated bundle: its folder name and the text of every file in it, by file name. */
export interface SynthBundle {
  readonly folder: string;
  readonly files: Readonly<Record<string, string>>;
}

/** What a corpus holds, counted the way `memograph check` counts a dataset. */
export interface SynthSummary {
  readonly documents: number;
  readonly paragraphs: number;
  /** Actors that at least one relation names (the compiled dataset's actors). */
  readonly actors: number;
  readonly relationTypes: number;
  readonly relations: number;
  readonly hedged: number;
  readonly negated: number;
}

export interface SynthCorpus {
  /** In folder-name order, which is also date order. */
  readonly bundles: readonly SynthBundle[];
  readonly summary: SynthSummary;
}

/** Allowed ranges of the options, inclusive. */
export const SYNTH_LIMITS = {
  documents: { min: 1, max: 10_000 },
  actors: { min: 0, max: 200_000 },
  relations: { min: 0, max: 2_000_000 },
  seed: { min: 0, max: 0xffff_ffff },
} as const satisfies Record<keyof SynthOptions, { min: number; max: number }>;

/**
 * What is wrong with the options, as one sentence that names the option ("relations must be a
 * whole number ≥ 0"), or null when they can be generated. `name` spells an option the way the
 * caller's user knows it ("--relations").
 */
export function synthOptionsProblem(
  options: SynthOptions,
  name: (option: keyof SynthOptions) => string = (option) => option,
): string | null {
  for (const key of ['documents', 'actors', 'relations', 'seed'] as const) {
    const value = options[key];
    const { min, max } = SYNTH_LIMITS[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      return `${name(key)} must be a whole number ≥ ${min}`;
    }
    if (value > max) return `${name(key)} must be at most ${max}`;
  }
  if (options.relations > 0 && options.actors < 2) {
    return `${name('actors')} must be at least 2 when ${name('relations')} is above 0: a relation links two different actors`;
  }
  return null;
}

/**
 * Generates a corpus. Pure and deterministic: the same options give the same files, byte for
 * byte. Throws a RangeError when synthOptionsProblem() finds a problem with the options.
 */
export function synthesizeCorpus(options: SynthOptions): SynthCorpus {
  const problem = synthOptionsProblem(options);
  if (problem !== null) throw new RangeError(problem);
  const { documents: D, actors: N, relations: M, seed } = options;

  const actors = makeActors(N, stream(seed, 'actors'));
  const graph = makeGraph(N, M, stream(seed, 'graph'));
  const documents = makeDocuments(D, M, stream(seed, 'documents'));
  const claims = makeClaims(graph, stream(seed, 'claims'));
  const docsOf = documentsOfActors(N, graph, documents);
  assignMemberOf(actors, docsOf, D, stream(seed, 'members'));
  const mentions = chooseMentions(actors, graph, stream(seed, 'aliases'));

  const bundles: SynthBundle[] = [];
  let paragraphs = 0;
  for (let d = 0; d < D; d++) {
    const doc = documents[d]!;
    const written = writeDocument(doc, {
      actors,
      graph,
      claims,
      mentions,
      seed,
      relationWidth: Math.max(5, String(M).length),
      random: stream(seed, 'text', d),
    });
    paragraphs += written.paragraphs;
    bundles.push({ folder: doc.id, files: written.files });
  }

  let used = 0;
  for (let a = 0; a < N; a++) if (graph.degree[a]! > 0) used++;
  let hedged = 0;
  let negated = 0;
  for (const c of claims) {
    if (isHedged(c.likelihood)) hedged++;
    if (c.polarity === 'negated') negated++;
  }
  return {
    bundles,
    summary: {
      documents: D,
      paragraphs,
      actors: used,
      relationTypes: RELATION_TYPES.length,
      relations: M,
      hedged,
      negated,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** murmur3's finaliser: spreads nearby seeds (1, 2, 3…) over the whole 32-bit range. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

class Random {
  constructor(readonly next: () => number) {}
  /** A whole number in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** A whole number in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** An index into `weights`, each chosen with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
}

/**
 * An independent stream per purpose (and per document), so that, say, a change to how memo text
 * is worded never moves an actor or a relation.
 */
function stream(seed: number, purpose: string, index = 0): Random {
  let h = mix32(seed ^ 0x9e3779b9);
  for (let i = 0; i < purpose.length; i++) h = mix32(h ^ purpose.charCodeAt(i));
  h = mix32(h ^ Math.imul(index + 1, 0x27d4eb2d));
  return new Random(mulberry32(h));
}

// ---------------------------------------------------------------------------------------------
// Names

// Mostly single consonants and plain vowels, so names stay short and sayable ("Velmora",
// "Dorasek", "Tamiko"); clusters and diphthongs are rarer spice.
const ONSETS = [
  'b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z',
  'b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v',
  'br', 'dr', 'kr', 'tr', 'st', 'h', 'j', 'sh',
]; // prettier-ignore
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'a', 'i', 'ai', 'ei'];
const MIDDLE_CODAS = ['', '', '', '', '', '', 'l', 'n', 'r', 's'];
const FINAL_CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'sk', 'th', 'v'];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A pronounceable made-up word of 2 or 3 syllables and at most 9 letters: "Velmora", "Dorasek". */
function root(r: Random, syllables?: number): string {
  for (;;) {
    const count = syllables ?? (r.chance(0.6) ? 2 : 3);
    let word = '';
    for (let i = 0; i < count; i++) {
      word += r.pick(ONSETS) + r.pick(VOWELS);
      word += i === count - 1 ? r.pick(FINAL_CODAS) : r.pick(MIDDLE_CODAS);
    }
    if (word.length <= 9) return capitalise(word);
  }
}

/** The adjective of a place name: "Velmora" → "Velmoran", "Tessin" → "Tessinian". */
function adjective(place: string): string {
  return /[aeiou]$/.test(place) ? `${place}n` : `${place}ian`;
}

/** "Oruma Liberation Front" → "OLF"; null when the name is one word. */
function acronym(name: string): string | null {
  const words = name.split(' ').filter((w) => /^[A-Z]/.test(w));
  if (words.length < 2 || words.length > 5) return null;
  return words.map((w) => w.charAt(0)).join('');
}

// ---------------------------------------------------------------------------------------------
// Actors

interface SynthActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** "the" when the text writes the name with an article ("the Oruma Front"). */
  readonly article: string;
  /** Alias candidates in preference order, each with the article it takes. */
  readonly aliasOptions: readonly { readonly text: string; readonly article: string }[];
  /** One line, without the memberOf part: "Synthetic armed group active in the Velmora hills." */
  readonly description: string;
  /** The short form a memo title uses: "Velmora", "OLF", "Dorasek". */
  readonly headline: string;
  aliases: { readonly text: string; readonly article: string }[];
  /** Index of the actor this one belongs to, or -1. */
  memberOf: number;
}

/** The mix of kinds among the top 1 % (the hubs) and among everyone else. */
const HUB_KINDS: readonly [ActorKind, number][] = [
  ['state', 30],
  ['government', 25],
  ['armed-group', 25],
  ['international-organisation', 10],
  ['person', 10],
];
const OTHER_KINDS: readonly [ActorKind, number][] = [
  ['person', 42],
  ['armed-group', 8],
  ['government', 5],
  ['state', 3],
  ['international-organisation', 5],
  ['religious-figure', 5],
  ['media', 7],
  ['people', 7],
  ['office', 12],
  ['other', 6],
];

const PERSON_TITLES = ['General', 'Colonel', 'Minister', 'Commander', 'Senator', 'Ambassador'];
const PERSON_ROLES = [
  'a field commander',
  'a deputy minister',
  'a financier',
  'a negotiator',
  'a party organiser',
  'an arms broker',
  'a provincial governor',
  'a senior adviser',
  'a trade unionist',
  'a retired officer',
];
const GROUP_FORMS = [
  'Front',
  'Liberation Front',
  'Popular Army',
  'Brigades',
  'Resistance Movement',
  'National Movement',
];
const CLERGY_TITLES = ['Bishop', 'Archbishop', 'Father', 'Imam', 'Sheikh'];
const MEDIA_FORMS = ['Radio', 'Herald', 'Television', 'Courier'];
const PEOPLE_FORMS = ['diaspora', 'peasantry', 'merchant community', 'veterans league', 'clergy'];
const OFFICE_FORMS = [
  'Interior Ministry',
  'Defense Ministry',
  'Foreign Ministry',
  'intelligence service',
  'national police',
  'customs service',
];
const ORG_FORMS = ['Commission', 'Monitoring Mission', 'Relief Agency', 'Development Bank'];
const COMPANY_FORMS = ['Holdings', 'Trading Company', 'Shipping', 'Mining Consortium'];

/** Builds one actor of the given kind with fresh syllable names; may repeat names (caller checks). */
function draftActor(kind: ActorKind, r: Random): Omit<SynthActor, 'id' | 'aliases' | 'memberOf'> {
  const place = root(r);
  switch (kind) {
    case 'person': {
      const surname = root(r);
      const title = r.pick(PERSON_TITLES);
      return {
        name: `${root(r, 2)} ${surname}`,
        kind,
        article: '',
        aliasOptions: [
          { text: surname, article: '' },
          { text: `${title} ${surname}`, article: '' },
        ],
        description: `Synthetic person: ${r.pick(PERSON_ROLES)}`,
        headline: surname,
      };
    }
    case 'armed-group': {
      const name = `${place} ${r.pick(GROUP_FORMS)}`;
      const short = acronym(name);
      return {
        name,
        kind,
        article: 'the',
        aliasOptions: [
          ...(short ? [{ text: short, article: 'the' }] : []),
          { text: `${place} group`, article: 'the' },
        ],
        description: `Synthetic armed group active in the ${place} hills`,
        headline: short ?? name,
      };
    }
    case 'government':
      return {
        name: `Government of ${place}`,
        kind,
        article: 'the',
        aliasOptions: [{ text: `${adjective(place)} government`, article: 'the' }],
        description: `Synthetic government of the ${place} republic`,
        headline: place,
      };
    case 'state': {
      const capital = root(r);
      return {
        name: place,
        kind,
        article: '',
        aliasOptions: [{ text: capital, article: '' }],
        description: `Synthetic state; its capital is ${capital}`,
        headline: place,
      };
    }
    case 'international-organisation': {
      const name = `${place} ${r.pick(ORG_FORMS)}`;
      const short = acronym(name);
      return {
        name,
        kind,
        article: 'the',
        aliasOptions: short ? [{ text: short, article: 'the' }] : [],
        description: `Synthetic international organisation set up by the ${place} accords`,
        headline: short ?? name,
      };
    }
    case 'religious-figure': {
      const surname = root(r);
      const title = r.pick(CLERGY_TITLES);
      return {
        name: `${title} ${root(r, 2)} ${surname}`,
        kind,
        article: '',
        aliasOptions: [
          { text: `${title} ${surname}`, article: '' },
          { text: surname, article: '' },
        ],
        description: `Synthetic religious figure who preaches in ${place}`,
        headline: surname,
      };
    }
    case 'media': {
      const form = r.pick(MEDIA_FORMS);
      const name = form === 'Radio' ? `Radio ${place}` : `${place} ${form}`;
      return {
        name,
        kind,
        article: form === 'Radio' || form === 'Television' ? '' : 'the',
        aliasOptions: [],
        description: `Synthetic news medium based in ${place}`,
        headline: name,
      };
    }
    case 'people':
      return {
        name: `${adjective(place)} ${r.pick(PEOPLE_FORMS)}`,
        kind,
        article: 'the',
        aliasOptions: [],
        description: `Synthetic population group from ${place}`,
        headline: place,
      };
    case 'office':
      return {
        name: `${adjective(place)} ${r.pick(OFFICE_FORMS)}`,
        kind,
        article: 'the',
        aliasOptions: [],
        description: `Synthetic government office of ${place}`,
        headline: place,
      };
    case 'other': {
      const name = `${place} ${r.pick(COMPANY_FORMS)}`;
      return {
        name,
        kind,
        article: '',
        aliasOptions: [{ text: place, article: '' }],
        description: `Synthetic company registered in ${root(r)}`,
        headline: place,
      };
    }
  }
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** N actors, ranked: index 0 is the biggest hub. Names and ids are unique. */
function makeActors(n: number, r: Random): SynthActor[] {
  const actors: SynthActor[] = [];
  const taken = new Set<string>();
  const hubs = Math.max(1, Math.ceil(n / 100));
  const hubWeights = HUB_KINDS.map(([, w]) => w);
  const otherWeights = OTHER_KINDS.map(([, w]) => w);
  for (let i = 0; i < n; i++) {
    const kind =
      i < hubs ? HUB_KINDS[r.weighted(hubWeights)]![0] : OTHER_KINDS[r.weighted(otherWeights)]![0];
    for (;;) {
      const draft = draftActor(kind, r);
      const id = slug(draft.name);
      if (taken.has(draft.name) || taken.has(id)) continue;
      taken.add(draft.name);
      taken.add(id);
      actors.push({ ...draft, id, aliases: [], memberOf: -1 });
      break;
    }
  }
  return actors;
}

// ---------------------------------------------------------------------------------------------
// The graph: who is related to whom

/** Zipf–Mandelbrot exponent and offset; see the module comment. */
const ZIPF_EXPONENT = 1.1;
const ZIPF_OFFSET = 10;

interface Graph {
  /** Relation i links source[i] to target[i] (actor indices). */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Relation ends per actor. */
  readonly degree: Int32Array;
}

function makeGraph(n: number, m: number, r: Random): Graph {
  const ends = new Int32Array(2 * m);
  const degree = new Int32Array(n);
  const guaranteed = Math.min(n, 2 * m);
  for (let i = 0; i < guaranteed; i++) ends[i] = i;
  if (2 * m > guaranteed) {
    const cdf = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += (k + 1 + ZIPF_OFFSET) ** -ZIPF_EXPONENT;
      cdf[k] = total;
    }
    for (let i = guaranteed; i < 2 * m; i++) {
      const x = r.next() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      ends[i] = lo;
    }
  }
  for (let i = 0; i < 2 * m; i++) degree[ends[i]!]!++;

  // No actor may hold more than half the ends, or some relation would have to be a self-loop.
  // Only tiny actor counts come near it; the excess goes to the next ranks in turn.
  let excess = Math.max(0, degree[0]! - m);
  if (excess > 0) {
    let next = 1;
    for (let i = 2 * m - 1; i >= 0 && excess > 0; i--) {
      if (ends[i] !== 0) continue;
      ends[i] = next;
      degree[0]!--;
      degree[next]!++;
      excess--;
      next = next + 1 < n ? next + 1 : 1;
    }
  }

  for (let i = ends.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    const t = ends[i]!;
    ends[i] = ends[j]!;
    ends[j] = t;
  }

  // Mend self-loops by swapping the second end with an end of another pair.
  for (let p = 0; p < m; p++) {
    const a = ends[2 * p]!;
    if (ends[2 * p + 1] !== a) continue;
    const fits = (j: number) => ends[j] !== a && ends[j ^ 1] !== a;
    let j = -1;
    for (let attempt = 0; attempt < 64 && j < 0; attempt++) {
      const candidate = r.int(2 * m);
      if (fits(candidate)) j = candidate;
    }
    for (let k = 0; k < 2 * m && j < 0; k++) if (fits(k)) j = k;
    if (j < 0) throw new Error('synth: cannot pair relation ends without a self-relation');
    ends[2 * p + 1] = ends[j]!;
    ends[j] = a;
  }

  const source = new Int32Array(m);
  const target = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    source[p] = ends[2 * p]!;
    target[p] = ends[2 * p + 1]!;
  }
  return { source, target, degree };
}

// ---------------------------------------------------------------------------------------------
// Documents: dates, offices and which relations each one holds

interface SynthDocument {
  readonly index: number;
  readonly id: string;
  readonly date: CalendarDate;
  readonly office: string;
  /** Relations [first, first + count) belong to this document. */
  readonly first: number;
  readonly count: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Day 0 is 1995-01-01. Memos are dated over 1996 and 1997; claims reach back up to 90 days
 * before their memo, so into late 1995.
 */
const FIRST_YEAR = 1995;
const FIRST_MEMO_DAY = 365;
const MEMO_SPAN_DAYS = 366 + 365;

function dateFromDay(dayIndex: number): CalendarDate {
  let year = FIRST_YEAR;
  let month = 1;
  let rest = dayIndex;
  for (;;) {
    const length = daysInMonth(year, month);
    if (rest < length) return { year, month, day: rest + 1 };
    rest -= length;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

function dayOfDate(date: CalendarDate): number {
  let days = 0;
  for (let y = FIRST_YEAR; y < date.year; y++) days += daysInMonth(y, 2) === 29 ? 366 : 365;
  for (let m = 1; m < date.month; m++) days += daysInMonth(date.year, m);
  return days + date.day - 1;
}

function isoDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

const OFFICES = ['INR', 'INR', 'INR', 'INR/AA', 'INR/IAA'];

function makeDocuments(d: number, m: number, r: Random): SynthDocument[] {
  const days = Array.from({ length: d }, () => FIRST_MEMO_DAY + r.int(MEMO_SPAN_DAYS)).sort(
    (a, b) => a - b,
  );
  const weights = Array.from({ length: d }, () => 0.4 + r.next() * 1.2);
  const counts = apportion(m, weights);
  const width = Math.max(3, String(d).length);
  const documents: SynthDocument[] = [];
  let first = 0;
  for (let i = 0; i < d; i++) {
    const count = counts[i]!;
    documents.push({
      index: i,
      id: `d${String(i + 1).padStart(width, '0')}`,
      date: dateFromDay(days[i]!),
      office: r.pick(OFFICES),
      first,
      count,
    });
    first += count;
  }
  return documents;
}

/**
 * Splits `total` into whole shares proportional to `weights` (largest remainder, ties to the
 * earlier index), giving every share at least one when there is enough to go round.
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const floor = total >= weights.length ? 1 : 0;
  const rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const shares = exact.map((x) => floor + Math.floor(x));
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]!.i]!++;
  return shares;
}

/** For each actor, the documents (ascending) whose relations name it. */
function documentsOfActors(
  n: number,
  graph: Graph,
  documents: readonly SynthDocument[],
): number[][] {
  const docsOf: number[][] = Array.from({ length: n }, () => []);
  for (const doc of documents) {
    for (let i = doc.first; i < doc.first + doc.count; i++) {
      for (const a of [graph.source[i]!, graph.target[i]!]) {
        const list = docsOf[a]!;
        if (list[list.length - 1] !== doc.index) list.push(doc.index);
      }
    }
  }
  return docsOf;
}

// ---------------------------------------------------------------------------------------------
// memberOf

/** Which kinds may belong to which: a person to a government or a group, an office to a state… */
const PARENT_KINDS: Partial<Record<ActorKind, readonly ActorKind[]>> = {
  person: ['government', 'armed-group', 'international-organisation', 'office', 'media'],
  office: ['government', 'state'],
  people: ['state'],
  media: ['state'],
  'armed-group': ['armed-group'],
};

/**
 * Links some actors to a higher-ranked actor they belong to. A bundle lists only the actors its
 * relations use, yet memberOf must name an actor in the same bundle; so a parent is chosen only
 * among actors that appear in every document the child appears in (hubs, mostly). Parents always
 * rank above their children, so memberOf chains cannot loop.
 */
function assignMemberOf(
  actors: SynthActor[],
  docsOf: readonly (readonly number[])[],
  d: number,
  r: Random,
): void {
  const pool = Math.min(actors.length, Math.max(20, Math.ceil(actors.length / 50)));
  const presence: (Uint8Array | undefined)[] = [];
  const present = (p: number): Uint8Array => {
    let bits = presence[p];
    if (!bits) {
      bits = new Uint8Array(d);
      for (const doc of docsOf[p]!) bits[doc] = 1;
      presence[p] = bits;
    }
    return bits;
  };
  for (let c = 1; c < actors.length; c++) {
    const child = actors[c]!;
    const kinds = PARENT_KINDS[child.kind];
    const docs = docsOf[c]!;
    if (!kinds || docs.length === 0 || !r.chance(0.4)) continue;
    const limit = Math.min(c, pool);
    for (let attempt = 0; attempt < 8; attempt++) {
      const p = r.int(limit);
      if (!kinds.includes(actors[p]!.kind)) continue;
      const bits = present(p);
      if (docs.every((doc) => bits[doc] === 1)) {
        child.memberOf = p;
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Aliases and how each relation end is written

/**
 * Gives actors 0–2 aliases, unique across the corpus, and decides for every relation end whether
 * the text names the actor or uses an alias. An actor's first end uses its name and the next ones
 * each alias in turn, so every alias is printed somewhere; later ends use an alias a quarter of
 * the time. An actor gets no more aliases than it has ends beyond the first.
 */
function chooseMentions(actors: SynthActor[], graph: Graph, r: Random): Int8Array {
  const taken = new Set<string>();
  for (const a of actors) taken.add(a.name.toLowerCase());
  actors.forEach((actor, index) => {
    const wanted = Math.min(r.weighted([35, 40, 25]), graph.degree[index]! - 1);
    for (const option of actor.aliasOptions) {
      if (actor.aliases.length >= wanted) break;
      const key = option.text.toLowerCase();
      if (taken.has(key) || option.text === actor.name) continue;
      taken.add(key);
      actor.aliases.push(option);
    }
  });
  // Per end (relation i: 2i source, 2i + 1 target): -1 for the name, else the alias index.
  const choice = new Int8Array(2 * graph.source.length);
  const seen = new Int32Array(actors.length);
  for (let e = 0; e < choice.length; e++) {
    const a = e % 2 === 0 ? graph.source[e >> 1]! : graph.target[e >> 1]!;
    const aliases = actors[a]!.aliases.length;
    const k = seen[a]!++;
    if (k === 0 || aliases === 0) choice[e] = -1;
    else if (k <= aliases) choice[e] = k - 1;
    else choice[e] = r.chance(0.25) ? r.int(aliases) : -1;
  }
  return choice;
}

/** How the text names an actor mid-sentence: "the Oruma Front", "the OLF", "Dorasek". */
function mention(actor: SynthActor, choice: number): string {
  const alias = choice >= 0 ? actor.aliases[choice] : undefined;
  const text = alias ? alias.text : actor.name;
  const article = alias ? alias.article : actor.article;
  return article ? `${article} ${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Relation types

interface SynthRelationType {
  readonly id: string;
  readonly label: string;
  readonly directed: boolean;
  readonly definition: string;
  /** From the Peru bundle's palette: ≥ 3:1 on white, distinguishable under each dichromacy. */
  readonly color: string;
  /** Third person present, bare infinitive, past participle: "funds", "fund", "funded". */
  readonly verb: readonly [string, string, string];
  /** How often the type is asserted, relative to the others. */
  readonly weight: number;
}

/** The fixed relation types of every synthetic corpus, identical in every bundle. */
const RELATION_TYPES: readonly SynthRelationType[] = [
  {
    id: 'funds',
    label: 'funds',
    directed: true,
    definition: 'Source gives Target money, directly or through intermediaries.',
    color: '#3f9f8f',
    verb: ['funds', 'fund', 'funded'],
    weight: 9,
  },
  {
    id: 'arms',
    label: 'supplies arms to',
    directed: true,
    definition: 'Source provides Target with weapons, ammunition or explosives.',
    color: '#a54700',
    verb: ['supplies arms to', 'supply arms to', 'supplied arms to'],
    weight: 7,
  },
  {
    id: 'commands',
    label: 'commands',
    directed: true,
    definition: 'Source gives Target orders that Target is expected to follow.',
    color: '#332288',
    verb: ['commands', 'command', 'commanded'],
    weight: 6,
  },
  {
    id: 'negotiates-with',
    label: 'negotiates with',
    directed: false,
    definition: 'The two bargain with each other, directly or through intermediaries.',
    color: '#005d94',
    verb: ['negotiates with', 'negotiate with', 'negotiated with'],
    weight: 10,
  },
  {
    id: 'meets-with',
    label: 'meets with',
    directed: false,
    definition: 'The two meet in person, whatever is discussed.',
    color: '#5a8aa1',
    verb: ['meets with', 'meet with', 'met with'],
    weight: 12,
  },
  {
    id: 'cooperates-with',
    label: 'cooperates with',
    directed: false,
    definition: 'The two work together towards a shared end.',
    color: '#1f7f2f',
    verb: ['cooperates with', 'cooperate with', 'cooperated with'],
    weight: 10,
  },
  {
    id: 'threatens',
    label: 'threatens',
    directed: true,
    definition: 'Source threatens Target with violence or other harm.',
    color: '#882255',
    verb: ['threatens', 'threaten', 'threatened'],
    weight: 8,
  },
  {
    id: 'informs',
    label: 'passes information to',
    directed: true,
    definition: 'Source tells Target something, openly or covertly.',
    color: '#6c5cc8',
    verb: ['passes information to', 'pass information to', 'passed information to'],
    weight: 12,
  },
  {
    id: 'shelters',
    label: 'shelters',
    directed: true,
    definition: 'Source gives Target refuge, a base or safe passage.',
    color: '#b37b00',
    verb: ['shelters', 'shelter', 'sheltered'],
    weight: 6,
  },
  {
    id: 'pressures',
    label: 'pressures',
    directed: true,
    definition: 'Source presses Target to act or to refrain, short of threats.',
    color: '#545429',
    verb: ['pressures', 'pressure', 'pressured'],
    weight: 6,
  },
  {
    id: 'opposes',
    label: 'opposes',
    directed: true,
    definition: 'Source stands against Target or what it wants, short of force.',
    color: '#712d35',
    verb: ['opposes', 'oppose', 'opposed'],
    weight: 9,
  },
  {
    id: 'mediates-with',
    label: 'mediates with',
    directed: true,
    definition: 'Source acts as a go-between with Target on behalf of a third party.',
    color: '#7d3070',
    verb: ['mediates with', 'mediate with', 'mediated with'],
    weight: 5,
  },
];

// ---------------------------------------------------------------------------------------------
// Claims: type, polarity, likelihood, basis and date of every relation

/**
 * How an estimative term sits in a sentence:
 * adverb "S probably funds O" · modal "S may fund O" · appear "S appears to fund O" ·
 * to "S is unlikely to fund O" · it "it is highly probable that S funds O" ·
 * there "there is almost no chance that S funds O" · lead "no doubt S funds O" ·
 * remote "the chance that S funds O is remote".
 */
type Shape = 'adverb' | 'modal' | 'appear' | 'to' | 'it' | 'there' | 'lead' | 'remote';

interface TermUse {
  readonly term: string;
  readonly shape: Shape;
}

const CONFIDENT_TERMS: readonly TermUse[] = [
  { term: 'probably', shape: 'adverb' },
  { term: 'probably', shape: 'adverb' },
  { term: 'likely', shape: 'adverb' },
  { term: 'most likely', shape: 'adverb' },
  { term: 'very likely', shape: 'adverb' },
  { term: 'almost certainly', shape: 'adverb' },
  { term: 'doubtless', shape: 'adverb' },
  { term: 'undoubtedly', shape: 'adverb' },
  { term: 'highly probable', shape: 'it' },
  { term: 'probable', shape: 'it' },
  { term: 'almost certain', shape: 'it' },
  { term: 'nearly certain', shape: 'it' },
  { term: 'no doubt', shape: 'lead' },
];
const UNQUANTIFIED_TERMS: readonly TermUse[] = [
  { term: 'may', shape: 'modal' },
  { term: 'may', shape: 'modal' },
  { term: 'might', shape: 'modal' },
  { term: 'could', shape: 'modal' },
  { term: 'possibly', shape: 'adverb' },
  { term: 'perhaps', shape: 'adverb' },
  { term: 'apparently', shape: 'adverb' },
  { term: 'appears', shape: 'appear' },
  { term: 'seems', shape: 'appear' },
  { term: 'possible', shape: 'it' },
];
const LOW_TERMS: readonly TermUse[] = [
  { term: 'unlikely', shape: 'to' },
  { term: 'unlikely', shape: 'to' },
  { term: 'very unlikely', shape: 'to' },
  { term: 'improbable', shape: 'it' },
  { term: 'highly improbable', shape: 'it' },
  { term: 'almost no chance', shape: 'there' },
  { term: 'roughly even chance', shape: 'there' },
  { term: 'remote', shape: 'remote' },
];
/** What a negated sentence can carry: "S probably does not fund O", "S may not fund O". */
const NEGATED_CONFIDENT = CONFIDENT_TERMS.filter((t) => t.shape === 'adverb');
const NEGATED_HEDGED = UNQUANTIFIED_TERMS.filter(
  (t) => t.shape === 'modal' || t.shape === 'appear' || t.term === 'apparently',
);

/** Shares of the three likelihood classes and of negation: about 30 % hedged, 10 % negated. */
const PLAIN_SHARE = 0.42;
const CONFIDENT_SHARE = 0.28;
const NEGATED_SHARE = 0.1;
const DATED_SHARE = 0.25;

interface Claim {
  readonly type: number;
  readonly polarity: Polarity;
  readonly likelihood: { readonly term: string; readonly band: LikelihoodBand } | null;
  readonly use: TermUse | null;
  readonly basis: Basis;
  /** Days before the document's date that the claim is dated, or -1 when undated. */
  readonly daysBefore: number;
  /** For plain negations: 0 "does not", 1 "has not", 2 "no evidence that". */
  readonly negation: number;
}

function band(term: string): LikelihoodBand {
  const b = bandForTerm(term);
  if (b === undefined) throw new Error(`synth: "${term}" is not in the likelihood term table`);
  return b;
}

function makeClaims(graph: Graph, r: Random): Claim[] {
  const typeWeights = RELATION_TYPES.map((t) => t.weight);
  const claims: Claim[] = [];
  for (let i = 0; i < graph.source.length; i++) {
    const type = r.weighted(typeWeights);
    const polarity: Polarity = r.chance(NEGATED_SHARE) ? 'negated' : 'affirmed';
    const x = r.next();
    let use: TermUse | null = null;
    if (x >= PLAIN_SHARE + CONFIDENT_SHARE) {
      // Hedged: unquantified three times in five, a low band otherwise (never for negations:
      // "S is unlikely not to fund O" is not how memos are written).
      use =
        polarity === 'negated'
          ? r.pick(NEGATED_HEDGED)
          : r.chance(0.6)
            ? r.pick(UNQUANTIFIED_TERMS)
            : r.pick(LOW_TERMS);
    } else if (x >= PLAIN_SHARE) {
      use = r.pick(polarity === 'negated' ? NEGATED_CONFIDENT : CONFIDENT_TERMS);
    }
    if (use && polarity === 'negated' && use.shape === 'appear') {
      // "S does not appear to fund O": the negation takes the bare form of the verb.
      use = { term: use.term === 'appears' ? 'appear' : 'seem', shape: 'appear' };
    }
    const negation = polarity === 'negated' && !use ? r.int(3) : 0;
    let basis: Basis;
    if (!use) basis = negation === 2 ? 'judgment' : r.chance(0.35) ? 'reported' : 'fact';
    else if (band(use.term) === 'unquantified' && isClauseInitial(use.shape)) {
      const y = r.next();
      basis = y < 0.55 ? 'judgment' : y < 0.8 ? 'reported' : 'speculation';
    } else basis = r.chance(0.3) ? 'reported' : 'judgment';
    claims.push({
      type,
      polarity,
      likelihood: use ? { term: use.term, band: band(use.term) } : null,
      use,
      basis,
      daysBefore: r.chance(DATED_SHARE) ? r.between(1, 90) : -1,
      negation,
    });
  }
  return claims;
}

/** Shapes whose quote begins with the subject, so a lead-in ("We judge that") can precede it. */
function isClauseInitial(shape: Shape): boolean {
  return shape === 'adverb' || shape === 'modal' || shape === 'appear' || shape === 'to';
}

// ---------------------------------------------------------------------------------------------
// Writing a memo

interface Sentence {
  readonly text: string;
  /** The relation it asserts and where its quote sits in the sentence; -1 for filler. */
  readonly relation: number;
  readonly quoteStart: number;
  readonly quoteEnd: number;
  /** Who reports it, as the sentence names them, for reported claims. */
  readonly attributedTo?: string;
  /** The claim's date, as the sentence prints it and as an ISO date. */
  readonly date?: { readonly iso: string; readonly phrase: string };
}

interface WriteContext {
  readonly actors: readonly SynthActor[];
  readonly graph: Graph;
  readonly claims: readonly Claim[];
  readonly mentions: Int8Array;
  readonly seed: number;
  readonly relationWidth: number;
  readonly random: Random;
}

const FILLERS = [
  'The situation remains fluid.',
  'Further reporting is expected within days.',
  'Details remain sketchy.',
  'Public statements on all sides have been guarded.',
  'Local press coverage has been extensive but thin on facts.',
  'Neither side has commented publicly.',
  'Traffic on the border crossings has slowed.',
  'Food prices in the capital rose again this week.',
  'The pattern is consistent with earlier reporting.',
  'Diplomatic contacts continue at a working level.',
  'Security in the capital has been tightened.',
  'Several of these contacts predate the current crisis.',
];
const REDACTED_FILLERS = [
  'A [redacted] source described the mood as tense.',
  'Reporting from [redacted] could not be confirmed.',
  'The account of the meeting comes from [redacted] and is fragmentary.',
];
const HEADINGS = [
  'Money and arms',
  'Talks',
  'Pressure builds',
  'The view from the capital',
  'Regional reactions',
  'Outlook',
  'Background',
  'Channels of contact',
  'Hardening positions',
  'Signs of strain',
  'The outside players',
  'Who gains',
];
const TITLE_PHRASES = [
  'What Next?',
  'Talks Stall',
  'Pressure Builds',
  'A Widening Rift',
  'Arms and Money',
  'Waiting It Out',
  'Signs of Strain',
  'New Channels',
  'Mediation Falters',
  'Hardening Positions',
];
const MARKINGS: readonly [string, number][] = [
  ['U', 15],
  ['C', 45],
  ['S', 30],
  ['S/NF', 10],
];
const JUDGMENT_LEADS = ['', '', 'we judge that ', 'we assess that ', 'in our view, '];
const SPECULATION_LEADS = [
  'some observers speculate that ',
  'there is speculation that ',
  'press speculation holds that ',
];
const ISSUER = 'U.S. Department of State, Bureau of Intelligence and Research';

function attributionPool(r: Random): string[] {
  return [
    `Embassy ${root(r)}`,
    'the embassy',
    'a clandestine source',
    'a liaison service',
    `a senior ${adjective(root(r))} official`,
    'the defense attaché',
    'press reports',
    `a ${root(r)} defector`,
  ];
}

/** Writes one relation as a sentence; returns it with the span of its quote. */
function writeRelation(
  i: number,
  ctx: WriteContext,
  doc: SynthDocument,
  sources: readonly string[],
): Sentence {
  const r = ctx.random;
  const claim = ctx.claims[i]!;
  const s = mention(ctx.actors[ctx.graph.source[i]!]!, ctx.mentions[2 * i]!);
  const o = mention(ctx.actors[ctx.graph.target[i]!]!, ctx.mentions[2 * i + 1]!);
  const [third, bare, participle] = RELATION_TYPES[claim.type]!.verb;
  const use = claim.use;
  const term = use?.term ?? '';
  const negated = claim.polarity === 'negated';

  let prefix = '';
  let core: string;
  if (!use) {
    if (!negated) core = `${s} ${third} ${o}`;
    else if (claim.negation === 0) core = `${s} does not ${bare} ${o}`;
    else if (claim.negation === 1) core = `${s} has not ${participle} ${o}`;
    else {
      prefix = 'we have ';
      core = `no evidence that ${s} ${third} ${o}`;
    }
  } else {
    switch (use.shape) {
      case 'adverb':
        core = negated
          ? `${s} ${term} ${r.chance(0.5) ? `does not ${bare}` : `has not ${participle}`} ${o}`
          : `${s} ${term} ${third} ${o}`;
        break;
      case 'modal':
        core = `${s} ${term}${negated ? ' not' : ''} ${bare} ${o}`;
        break;
      case 'appear':
        core = negated ? `${s} does not ${term} to ${bare} ${o}` : `${s} ${term} to ${bare} ${o}`;
        break;
      case 'to':
        core = `${s} is ${term} to ${bare} ${o}`;
        break;
      case 'it':
        prefix = 'it is ';
        core = `${term} that ${s} ${third} ${o}`;
        break;
      case 'there':
        prefix = term === 'roughly even chance' ? 'there is a ' : 'there is ';
        core = `${term} that ${s} ${third} ${o}`;
        break;
      case 'lead':
        core = `${term} ${s} ${third} ${o}`;
        break;
      case 'remote':
        prefix = 'the ';
        core = `chance that ${s} ${third} ${o} is remote`;
        break;
    }
  }

  let lead = '';
  let suffix = '';
  let attributedTo: string | undefined;
  if (claim.basis === 'reported') {
    attributedTo = r.pick(sources);
    if (r.chance(0.3)) lead = `according to ${attributedTo}, `;
    else suffix = `, according to ${attributedTo}`;
  } else if (claim.basis === 'speculation') {
    lead = r.pick(SPECULATION_LEADS);
  } else if (claim.basis === 'judgment' && prefix === '' && (!use || isClauseInitial(use.shape))) {
    lead = r.pick(JUDGMENT_LEADS);
  }
  let date: Sentence['date'];
  if (claim.daysBefore >= 0) {
    const when = dateFromDay(dayOfDate(doc.date) - claim.daysBefore);
    const monthDay = `${MONTH_NAMES[when.month - 1]} ${when.day}`;
    // The year goes without saying within the memo's own year, as memos write it.
    const phrase = when.year === doc.date.year ? monthDay : `${monthDay}, ${when.year}`;
    date = { iso: isoDate(when), phrase };
    lead = `as of ${phrase}, ${lead}`;
  }
  const opening = `${lead}${prefix}`;
  return {
    text: capitalise(`${opening}${core}${suffix}.`),
    relation: i,
    quoteStart: opening.length,
    quoteEnd: opening.length + core.length,
    ...(attributedTo !== undefined && { attributedTo }),
    ...(date && { date }),
  };
}

interface WrittenDocument {
  readonly files: Record<string, string>;
  readonly paragraphs: number;
}

interface ParagraphPlan {
  readonly sentences: Sentence[];
  readonly marking: string;
  readonly heading: string | null;
  readonly redacted: boolean;
}

function writeDocument(doc: SynthDocument, ctx: WriteContext): WrittenDocument {
  const r = ctx.random;
  const { actors, graph } = ctx;
  const sources = attributionPool(r);

  // Paragraphs of 2–5 relation sentences, with 0–2 filler sentences mixed in.
  const plans: ParagraphPlan[] = [];
  const markingWeights = MARKINGS.map(([, w]) => w);
  let i = doc.first;
  const end = doc.first + doc.count;
  let untilHeading = 0;
  const headings = [...HEADINGS];
  while (i < end || plans.length < (doc.count === 0 ? 3 : 1)) {
    const take = Math.min(end - i, r.between(2, 5));
    const sentences: Sentence[] = [];
    for (let k = 0; k < take; k++) sentences.push(writeRelation(i + k, ctx, doc, sources));
    i += take;
    let fillers = r.weighted([50, 35, 15]);
    if (sentences.length + fillers < 2) fillers = 2 - sentences.length;
    const redacted = r.chance(0.08);
    for (let k = 0; k < fillers; k++) {
      const text = redacted && k === 0 ? r.pick(REDACTED_FILLERS) : r.pick(FILLERS);
      // After the first sentence where there is one, so paragraphs open with an assertion.
      const at = 1 + r.int(sentences.length);
      sentences.splice(Math.min(at, sentences.length), 0, {
        text,
        relation: -1,
        quoteStart: 0,
        quoteEnd: 0,
      });
    }
    let heading: string | null = null;
    if (plans.length > 0 && untilHeading-- <= 0) {
      if (headings.length === 0) headings.push(...HEADINGS);
      heading = headings.splice(r.int(headings.length), 1)[0]!;
      untilHeading = r.between(1, 4);
    }
    plans.push({
      sentences,
      marking: MARKINGS[r.weighted(markingWeights)]![0],
      heading,
      redacted: sentences.some((s) => s.text.includes('[redacted]')),
    });
  }

  // The title names the two actors this memo cites most.
  const counts = new Map<number, number>();
  for (let k = doc.first; k < end; k++) {
    for (const a of [graph.source[k]!, graph.target[k]!]) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 2);
  const subject = top.length === 0 ? root(r) : top.map(([a]) => actors[a]!.headline).join('/');
  const title = `${subject}: ${r.pick(TITLE_PHRASES)}`;

  // The text, and where each relation's quote lands in its paragraph's text.
  const runningDate = longDate(doc.date);
  const pageEnd = `${runningDate}\n\n${doc.office}`;
  const blocks: string[] = [`${title} (U)`];
  const relations: unknown[] = [];
  let untilPageEnd = r.between(3, 5);
  plans.forEach((plan, index) => {
    const id = `p${index + 1}`;
    let text = '';
    for (const s of plan.sentences) {
      if (text !== '') text += ' ';
      if (s.relation >= 0) relations.push(relationJson(s, id, text.length, ctx, doc));
      text += s.text;
    }
    if (plan.heading !== null) blocks.push(plan.heading);
    const last = index === plans.length - 1;
    let breakHere = !last && --untilPageEnd <= 0;
    if (breakHere && r.chance(0.3)) {
      // The page ends mid-sentence: the paragraph goes on after the furniture, in lower case,
      // and the parser rejoins it with one space.
      const split = splitPoint(text, r);
      if (split > 0) {
        blocks.push(text.slice(0, split), pageEnd, `${text.slice(split + 1)} (${plan.marking})`);
        untilPageEnd = r.between(3, 5);
        breakHere = false;
      } else blocks.push(`${text} (${plan.marking})`);
    } else blocks.push(`${text} (${plan.marking})`);
    if (plan.redacted && r.chance(0.7)) blocks.push('B1');
    if (breakHere) {
      blocks.push(pageEnd);
      untilPageEnd = r.between(3, 5);
    }
  });
  blocks.push('(SECRET/NOFORN)', runningDate);
  const memo = `${blocks.join('\n\n')}\n`;

  const used = new Set<number>();
  for (let k = doc.first; k < end; k++) {
    used.add(graph.source[k]!);
    used.add(graph.target[k]!);
  }
  const listed = [...used].sort((a, b) => a - b).map((a) => actorJson(actors, a));

  const sourceFile = `${doc.id}.txt`;
  const files: Record<string, string> = {
    [sourceFile]: memo,
    'document.json': json({
      id: doc.id,
      source: sourceFile,
      issuer: ISSUER,
      date: isoDate(doc.date),
      citation: {
        documentType: 'Intelligence memorandum',
        office: doc.office,
        archive: `Synthetic corpus (memograph synth, seed ${ctx.seed}); not a real document`,
      },
    }),
    'actors.json': json({ actors: listed }),
    'relation-types.json': json({
      relationTypes: RELATION_TYPES.map((t) => ({
        id: t.id,
        label: t.label,
        directed: t.directed,
        definition: t.definition,
        color: t.color,
      })),
    }),
    'relations.json': json({ relations }),
  };
  return { files, paragraphs: plans.length };
}

/** A space in the middle of the paragraph followed by a lower-case word, or 0 when none. */
function splitPoint(text: string, r: Random): number {
  const candidates: number[] = [];
  const from = Math.floor(text.length * 0.3);
  const to = Math.floor(text.length * 0.7);
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 32 && /[a-z]/.test(text.charAt(k + 1))) candidates.push(k);
  }
  return candidates.length === 0 ? 0 : r.pick(candidates);
}

function relationJson(
  s: Sentence,
  paragraph: string,
  offset: number,
  ctx: WriteContext,
  doc: SynthDocument,
): Record<string, unknown> {
  const i = s.relation;
  const claim = ctx.claims[i]!;
  return {
    id: `${doc.id}-r${String(i + 1).padStart(ctx.relationWidth, '0')}`,
    source: ctx.actors[ctx.graph.source[i]!]!.id,
    target: ctx.actors[ctx.graph.target[i]!]!.id,
    type: RELATION_TYPES[claim.type]!.id,
    paragraph,
    quote: s.text.slice(s.quoteStart, s.quoteEnd),
    start: offset + s.quoteStart,
    end: offset + s.quoteEnd,
    polarity: claim.polarity,
    likelihood: claim.likelihood,
    basis: claim.basis,
    ...(s.attributedTo !== undefined && { attributedTo: s.attributedTo }),
    ...(s.date && { date: s.date }),
  };
}

function actorJson(actors: readonly SynthActor[], a: number): Record<string, unknown> {
  const actor = actors[a]!;
  const parent = actor.memberOf >= 0 ? actors[actor.memberOf]! : undefined;
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases.map((x) => x.text),
    ...(parent && { memberOf: parent.id }),
    description: parent
      ? `${actor.description}; belongs to ${mention(parent, -1)}.`
      : `${actor.description}.`,
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
