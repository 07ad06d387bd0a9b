import { randomStream } from '../common/random.ts';
import { isHedged } from '../words/likelihood.ts';
import { makeActors } from './actors.ts';
import { makeClaims } from './claims.ts';
import { documentsOfActors, makeDocuments } from './documents.ts';
import { makeGraph } from './graph.ts';
import { assignMemberOf } from './members.ts';
import { chooseMentions } from './mentions.ts';
import { RELATION_TYPES } from './relation-types.ts';
import { writeDocument } from './write-document.ts';

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
 * How relation ends are spread over the actors (the degree law) is described in graph.ts.
 */

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

  const actors = makeActors(N, randomStream(seed, 'actors'));
  const graph = makeGraph(N, M, randomStream(seed, 'graph'));
  const documents = makeDocuments(D, M, randomStream(seed, 'documents'));
  const claims = makeClaims(graph, randomStream(seed, 'claims'));
  const docsOf = documentsOfActors(N, graph, documents);
  assignMemberOf(actors, docsOf, D, randomStream(seed, 'members'));
  const mentions = chooseMentions(actors, graph, randomStream(seed, 'aliases'));

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
      random: randomStream(seed, 'text', d),
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
