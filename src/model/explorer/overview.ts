import type { DatasetIndex } from '../dataset/query.ts';
import type { Relation } from '../contract/types.ts';
import type { Selection } from './view-state.ts';

/**
 * What the graph draws when the visible relations are too many to draw.
 *
 * A collection can hold a hundred thousand relations. Cytoscape stays interactive (pan, zoom,
 * a filter repainting within 100 ms) up to about 25,000 edges on an ordinary laptop; beyond that
 * every element it creates costs memory and every repaint costs frames, and the picture is a
 * hairball anyway. So above a budget the graph draws an overview: the relations among the most
 * connected actors, which is where the structure is, plus whatever the reader has selected, so
 * that search and selection keep working. The table still lists every visible relation, and the
 * root says in words what the graph leaves out (describeScope).
 */

/**
 * Most lines (relations, or a pair's parallel relations drawn as one) the graph draws at once
 * on a GPU: the size the issue asks the graph to handle
 * interactively (25,000 relations over 5,000 actors). <mg-graph> creates elements only for the
 * relations it is asked to draw, so this bounds its memory and its repaints too. Measured in
 * Chromium on the 2-core build machine without a GPU (canvas renderer): 25,000 drawn relations
 * load in 2.5–3.7 s and take 170 MB of heap; a full repaint costs 0.4–0.9 s while panning and
 * zooming run at 60 frames per second from cached textures. With the whole 100,000 drawn, the
 * same machine needed 14 s to load, 490 MB, and 2–3 s per filter change. A smaller budget
 * repaints proportionally faster, at the price of a sparser overview.
 */
export const GRAPH_RELATION_BUDGET = 25_000;

/**
 * Most lines the graph draws at once with Cytoscape's 2D canvas renderer, which is what a
 * machine without a GPU (or with software WebGL) gets; a line is a relation, or the parallel
 * relations of a pair drawn as one. A canvas redraw costs in proportion to the lines drawn: on
 * the 2-core benchmark machine 25,000 took 1.3 s to repaint after a filter and 2,000 about
 * 0.1 s, which is the whole of what a filter may take; the page's own updates need part of it.
 * Filtering or selecting an actor brings the rest into the picture; the table lists them all.
 */
export const CANVAS_RELATION_BUDGET = 1_000;

/** How the overview chose what to draw. One rule so far; named so the wording can follow it. */
export type ScopeRule = 'most-connected';

/** What an overview leaves out, in numbers, for the message that says so. */
export interface ScopeTruncation {
  /** Relations the graph draws. */
  readonly drawnRelations: number;
  /** Relations that pass the filters (what the table lists). */
  readonly visibleRelations: number;
  /** Actors the graph draws: the ends of the drawn relations. */
  readonly drawnActors: number;
  /** Actors taking part in at least one visible relation. */
  readonly visibleActors: number;
  readonly rule: ScopeRule;
  /**
   * The overview draws the relations among this many of the most connected actors (by the number
   * of visible relations they take part in; ties by id).
   */
  readonly topActors: number;
  /** Relations drawn only because they belong to the selection (not among the top actors). */
  readonly selectionRelations: number;
  /** What those selection relations belong to, or null when there are none. */
  readonly selectionKind: 'actor' | 'relation' | null;
}

export interface GraphScope {
  /** The relations to draw, by id; null draws every visible relation. */
  readonly relationIds: ReadonlySet<string> | null;
  /** What is left out, or null when nothing is. */
  readonly truncated: ScopeTruncation | null;
}

const FULL_SCOPE: GraphScope = { relationIds: null, truncated: null };

/** Compares by UTF-16 code units: the same in every locale and every engine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Actors as dense numbers, and their order by id: built once per dataset. */
interface ActorNumbers {
  readonly numberOf: ReadonlyMap<string, number>;
  /** Per actor number: its place in code-unit order of ids, for tie-breaking. */
  readonly idOrder: Int32Array;
}

const actorNumbers = new WeakMap<DatasetIndex, ActorNumbers>();

function numbersFor(index: DatasetIndex): ActorNumbers {
  let numbers = actorNumbers.get(index);
  if (!numbers) {
    const ids = [...index.actorById.keys()];
    const numberOf = new Map(ids.map((id, i) => [id, i]));
    const idOrder = new Int32Array(ids.length);
    [...ids].sort(byCodeUnits).forEach((id, place) => (idOrder[numberOf.get(id)!] = place));
    numbers = { numberOf, idOrder };
    actorNumbers.set(index, numbers);
  }
  return numbers;
}

/**
 * Decides what the graph draws. Under the budget: everything visible (relationIds null). Over
 * it: the relations among the k most connected actors, with k as large as the budget allows,
 * always including the selected actor's visible relations and the selected relation (when
 * visible), even when they alone exceed the budget: the reader asked for them.
 *
 * "Most connected" counts visible relations only, so filtering by type brings the hubs of that
 * type to the fore. Deterministic: ties are broken by actor id. Linear in the visible relations
 * plus a sort of the actors; typed arrays rather than maps keep it at a few tens of ms for
 * 100,000 relations over 20,000 actors.
 */
export function graphScope(
  index: DatasetIndex,
  visible: readonly Relation[],
  selection: Selection | null,
  budget: number = GRAPH_RELATION_BUDGET,
  unit: 'relations' | 'lines' = 'relations',
): GraphScope {
  if (visible.length <= budget) return FULL_SCOPE;
  const { numberOf, idOrder } = numbersFor(index);
  const actorCount = idOrder.length;
  const selectedActor = selection?.kind === 'actor' ? (numberOf.get(selection.id) ?? -2) : -2;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;

  // Ends as actor numbers (-1: not a known actor; the graph cannot draw such a relation and
  // skips it, so it counts for nothing here), and degree among the visible relations.
  const n = visible.length;
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  const degree = new Int32Array(actorCount);
  for (let i = 0; i < n; i++) {
    const r = visible[i]!;
    const s = numberOf.get(r.source) ?? -1;
    const t = numberOf.get(r.target) ?? -1;
    source[i] = s;
    target[i] = t;
    if (s < 0 || t < 0) continue;
    degree[s]!++;
    if (t !== s) degree[t]!++;
  }
  let ranked = new Int32Array(actorCount);
  let visibleActors = 0;
  for (let a = 0; a < actorCount; a++) if (degree[a]! > 0) ranked[visibleActors++] = a;
  ranked = ranked
    .subarray(0, visibleActors)
    .sort((a, b) => degree[b]! - degree[a]! || idOrder[a]! - idOrder[b]!);
  const rank = new Int32Array(actorCount);
  for (let i = 0; i < visibleActors; i++) rank[ranked[i]!] = i;

  // A relation joins the overview once both its ends are among the top k actors, that is when k
  // passes the rank of its lower-ranked end. Counting relations per such entry rank turns
  // "largest k within the budget" into one prefix sum. The selection's relations are drawn
  // whatever k is (entry -2).
  //
  // The budget counts relations, or (`unit` 'lines') lines: the parallel relations of a pair
  // drawn as one line (src/model/explorer/parallel-bundles.ts) count once, at their first.
  const entry = new Int32Array(n);
  const perRank = new Int32Array(visibleActors);
  const pairs = new Set<number>();
  const forcedPairs = new Set<number>();
  for (let i = 0; i < n; i++) {
    const s = source[i]!;
    const t = target[i]!;
    if (s < 0 || t < 0) {
      entry[i] = -1;
      continue;
    }
    // Counting relations, each is a "pair" of its own.
    const pair = unit === 'relations' ? i : s < t ? s * actorCount + t : t * actorCount + s;
    if (s === selectedActor || t === selectedActor || visible[i]!.id === selectedRelation) {
      entry[i] = -2;
      forcedPairs.add(pair);
    } else {
      const e = Math.max(rank[s]!, rank[t]!);
      entry[i] = e;
      if (!pairs.has(pair)) {
        pairs.add(pair);
        perRank[e]!++;
      }
    }
  }
  let forced = 0;
  for (const pair of forcedPairs) if (!pairs.has(pair)) forced++;
  // Every line fits: nothing is left out.
  if (forced + pairs.size <= budget) return FULL_SCOPE;
  let drawn = forced;
  let top = 0;
  while (top < visibleActors && drawn + perRank[top]! <= budget) drawn += perRank[top++]!;

  const ids = new Set<string>();
  const actorDrawn = new Uint8Array(actorCount);
  let selectionRelations = 0;
  for (let i = 0; i < n; i++) {
    const e = entry[i]!;
    if (e === -1 || e >= top) continue;
    const s = source[i]!;
    const t = target[i]!;
    ids.add(visible[i]!.id);
    actorDrawn[s] = 1;
    actorDrawn[t] = 1;
    // A selected relation or a selected actor's relation that the top k include anyway is not
    // an addition of the selection.
    if (e === -2 && Math.max(rank[s]!, rank[t]!) >= top) selectionRelations++;
  }

  let drawnActors = 0;
  for (const flag of actorDrawn) drawnActors += flag;

  return {
    relationIds: ids,
    truncated: {
      drawnRelations: ids.size,
      visibleRelations: n,
      drawnActors,
      visibleActors,
      rule: 'most-connected',
      topActors: top,
      selectionRelations,
      selectionKind: selectionRelations === 0 ? null : selectedRelation ? 'relation' : 'actor',
    },
  };
}

const numberFormat = new Intl.NumberFormat('en-US');

function count(n: number, one: string, many: string): string {
  return `${numberFormat.format(n)} ${n === 1 ? one : many}`;
}

/**
 * The message the explorer shows above an overview, e.g. "The graph shows the 25,000 relations
 * among the 3,112 most connected actors of 100,000 visible relations. Filter by relation type or
 * select an actor to see others; the table lists them all."
 */
export function describeScope(truncated: ScopeTruncation): string {
  const { drawnRelations, visibleRelations, topActors, selectionRelations, selectionKind } =
    truncated;
  const among =
    topActors === 1
      ? 'the most connected actor'
      : `the ${numberFormat.format(topActors)} most connected actors`;
  const advice =
    'Filter by relation type or select an actor to see others; the table lists them all.';
  const ofVisible = `of ${count(visibleRelations, 'visible relation', 'visible relations')}`;
  if (selectionRelations === 0) {
    const relations = `the ${count(drawnRelations, 'relation', 'relations')}`;
    return `The graph shows ${relations} among ${among} ${ofVisible}. ${advice}`;
  }
  const base = drawnRelations - selectionRelations;
  const selected =
    selectionKind === 'relation'
      ? 'the selected relation'
      : `${count(selectionRelations, 'more relation', 'more relations')} of the selected actor`;
  const parts =
    base === 0
      ? selectionKind === 'relation'
        ? 'the selected relation'
        : `the ${count(selectionRelations, 'relation', 'relations')} of the selected actor`
      : `${count(base, 'relation', 'relations')} among ${among}, and ${selected}`;
  return `The graph shows ${numberFormat.format(drawnRelations)} ${ofVisible}: ${parts}. ${advice}`;
}
