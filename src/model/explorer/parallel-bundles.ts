import type { Relation } from '../contract/types.ts';
import type { Selection } from './view-state.ts';

/**
 * Level of detail for parallel relations: the relations drawn between one pair of actors, two
 * or more of them, are drawn as one edge with a count ("×12") until the reader asks for them:
 * by selecting either actor or one of the relations, or by zooming in. The memo asserts twelve
 * relations between Fujimori and the MRTA, and twelve curves drawn over the labels around them
 * say less than one edge marked ×12. At the scale of a collection, the same plan draws each
 * related pair once, with its width by count.
 *
 * Honest by construction: a bundle lists every relation it stands for, the table and the counts
 * are never bundled, and nothing is bundled that is not drawn.
 *
 * Everything here is linear in the number of relations drawn, with one Map entry per pair, so
 * that planning 25,000 relations costs a few milliseconds; the graph then touches only the
 * elements whose state changed (diffBundles).
 */

/** The ends of a relation, by actor id. */
export type Ends = Pick<Relation, 'id' | 'source' | 'target'>;

/** One edge standing for the parallel relations of a pair. */
export interface PairBundle {
  /** Element id: never an actor's or a relation's (see bundleId). */
  readonly id: string;
  /** The pair's ends, the smaller id (by UTF-16 code units) first. */
  readonly source: string;
  readonly target: string;
  /** The relations it stands for, in the order they were given (dataset order). */
  readonly relations: readonly string[];
}

export interface BundlePlan {
  /** Bundles by id. */
  readonly bundles: ReadonlyMap<string, PairBundle>;
  /** Bundle id of every bundled relation. A relation not in here is drawn on its own. */
  readonly bundleOf: ReadonlyMap<string, string>;
}

/** Whether the parallel relations between two actors are drawn one by one. */
export type Expanded = (a: string, b: string) => boolean;

export const EMPTY_PLAN: BundlePlan = { bundles: new Map(), bundleOf: new Map() };

/** Fewest parallel relations that make a bundle. */
export const MIN_BUNDLE = 2;

/**
 * The element id of a pair's bundle. It starts with a control character, which no actor or
 * relation id can hold (the contract's id pattern is printable), so it can never collide.
 */
export function bundleId(a: string, b: string): string {
  const [s, t] = a < b ? [a, b] : [b, a];
  return `\u0001bundle\u0001${s}\u0001${t}`;
}

/** Whether an element id is a bundle's. */
export function isBundleId(id: string): boolean {
  return id.startsWith('\u0001bundle\u0001');
}

/**
 * Which pairs are drawn one by one: every pair when zoomed in past the detail threshold; the
 * selected actor's pairs; the selected relation's pair.
 */
export function expandedBy(
  selection: Selection | null,
  relationById: ReadonlyMap<string, Ends>,
  zoomedIn: boolean,
): Expanded {
  if (zoomedIn) return () => true;
  if (selection?.kind === 'actor') {
    const id = selection.id;
    return (a, b) => a === id || b === id;
  }
  if (selection?.kind === 'relation') {
    const r = relationById.get(selection.id);
    if (!r) return () => false;
    return (a, b) => (a === r.source && b === r.target) || (a === r.target && b === r.source);
  }
  return () => false;
}

/**
 * Plans the bundles for the relations drawn: one per pair with MIN_BUNDLE or more relations
 * that is not expanded. Linear in `relations`.
 */
export function planBundles(relations: Iterable<Ends>, expanded: Expanded): BundlePlan {
  const byPair = new Map<string, { source: string; target: string; relations: string[] }>();
  for (const r of relations) {
    if (r.source === r.target) continue;
    const id = bundleId(r.source, r.target);
    const pair = byPair.get(id);
    if (pair) pair.relations.push(r.id);
    else {
      const [source, target] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
      byPair.set(id, { source, target, relations: [r.id] });
    }
  }
  const bundles = new Map<string, PairBundle>();
  const bundleOf = new Map<string, string>();
  for (const [id, pair] of byPair) {
    if (pair.relations.length < MIN_BUNDLE || expanded(pair.source, pair.target)) continue;
    bundles.set(id, { id, ...pair });
    for (const r of pair.relations) bundleOf.set(r, id);
  }
  return { bundles, bundleOf };
}

export interface BundleDiff {
  /** Bundles to create. */
  readonly added: readonly PairBundle[];
  /** Bundle ids to remove. */
  readonly removed: readonly string[];
  /** Bundles that stay but stand for other relations now (count, colour, polarity). */
  readonly changed: readonly PairBundle[];
}

/** What changes between two plans; linear in their size. */
export function diffBundles(before: BundlePlan, after: BundlePlan): BundleDiff {
  const added: PairBundle[] = [];
  const changed: PairBundle[] = [];
  const removed: string[] = [];
  for (const [id, b] of after.bundles) {
    const old = before.bundles.get(id);
    if (!old) added.push(b);
    else if (!sameMembers(old.relations, b.relations)) changed.push(b);
  }
  for (const id of before.bundles.keys()) if (!after.bundles.has(id)) removed.push(id);
  return { added, removed, changed };
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** What a bundle's relations are, for its drawing and its hover text. */
export interface BundleSummary {
  readonly count: number;
  /** The one relation type of every member, or null when they differ. */
  readonly type: string | null;
  readonly negated: number;
  readonly indeterminate: number;
}

export function summarise(
  bundle: PairBundle,
  relationById: ReadonlyMap<string, Pick<Relation, 'type' | 'polarity'>>,
): BundleSummary {
  let type: string | null | undefined;
  let negated = 0;
  let indeterminate = 0;
  for (const id of bundle.relations) {
    const r = relationById.get(id);
    if (!r) continue;
    type = type === undefined || type === r.type ? r.type : null;
    if (r.polarity === 'negated') negated++;
    if (r.polarity === 'indeterminate') indeterminate++;
  }
  return { count: bundle.relations.length, type: type ?? null, negated, indeterminate };
}

/** The hover text of a bundle: "12 relations between Alberto Fujimori and MRTA (3 negated)". */
export function bundleDescription(
  bundle: PairBundle,
  summary: BundleSummary,
  nameOf: (actorId: string) => string,
): string {
  const notes: string[] = [];
  if (summary.negated > 0) notes.push(`${summary.negated} negated`);
  if (summary.indeterminate > 0) notes.push(`${summary.indeterminate} indeterminate`);
  const q = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `${summary.count} relations between ${nameOf(bundle.source)} and ${nameOf(bundle.target)}${q} · select to show each`;
}
