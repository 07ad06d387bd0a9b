import cytoscape from 'cytoscape';
import { forceLayout, type ForceQuality, type SpringGraph } from '../model/layout/force-layout.ts';
import { storedPositions, type LayoutInput, type Point } from '../model/layout/layout-input.ts';
import { mulberry32 } from '../model/common/random.ts';
import { ACTOR_KINDS } from '../model/contract/types.ts';
import { clearLabels } from '../model/layout/label-clearance.ts';

import type { LayoutName } from '../model/explorer/view-state.ts';

/**
 * Deterministic force-directed layout for a dataset.
 *
 * The same dataset must give the same picture on every load, in the browser and in
 * `memograph build --layout`, so that an analyst who remembers "Cuba sits top left" finds it
 * there again and a screenshot in a report matches what a colleague sees. fcose draws its
 * randomness from Math.random, so we run it synchronously with Math.random swapped for a seeded
 * generator, and round the result so that the last bits of floating-point noise never show.
 *
 * Order independence: actors and relations are sorted by id before layout, so the positions
 * depend on *which* actors and relations a dataset holds, not on the order the annotation files
 * list them in. Re-sorting actors.json never moves anyone.
 *
 * fcose's cost grows faster than linearly with the number of actors (docs/performance.md), so
 * above FCOSE_ACTOR_LIMIT actors computeLayout uses the multilevel spring embedder of
 * force-layout.ts instead, and draftLayout() gives a quick first picture of any large graph that
 * the explorer shows while, or instead of, computing the full one.
 *
 * Everything here takes a LayoutInput, the part of a Dataset a layout needs, so that the
 * explorer can hand just that to a Web Worker (src/ui/graph/layout.worker.ts).
 */

export type LayoutQuality = 'draft' | 'default' | 'proof';

export interface LayoutOptions {
  /**
   * fcose quality. Left out: 'default' up to FCOSE_ACTOR_LIMIT actors, the multilevel spring
   * embedder above. Given: fcose at that quality whatever the size (slow for large graphs).
   */
  readonly quality?: LayoutQuality;
  /** PRNG seed. Defaults to a hash of the sorted actor ids, so each dataset has its own. */
  readonly seed?: number;
}

/**
 * Above this many actors fcose costs more than it is worth (docs/performance.md) and
 * computeLayout uses the multilevel spring embedder.
 */
export const FCOSE_ACTOR_LIMIT = 1000;

/** Ideal distance between related actors in the large-graph layout, in px. */
const COLLECTION_EDGE_LENGTH = 80;

/**
 * How far apart the large-graph layout tries to push actors, in px: the largest node drawn in
 * the large tier (30 px) with room to spare. Labels appear only when zoomed in. It is a goal,
 * not a guarantee: eight rounds of separate() leave some pairs closer in dense graphs (about one
 * pair in ten at 5,000 actors), which costs nothing when they are drawn as dots.
 */
const COLLECTION_SEPARATION = 40;

/**
 * Up to this many actors (a memo's graph, read with every label shown) the force layout is
 * tuned so that no relation crosses a label (label-clearance.ts). Above it labels are decluttered
 * when drawn instead, and the tuning would cost more than it gives.
 */
export const LABEL_CLEARANCE_LIMIT = 100;

/**
 * The label size, in model px, the tuning plans for, and the room kept around each label: the
 * explorer draws labels at 11 CSS px whatever the zoom, which is 21 model px at the zoom a memo's
 * graph is fitted at on a desktop screen (about 0.5); the room covers a little less.
 */
const CLEARANCE_FONT = 21;
const CLEARANCE_MARGIN = 2;

/** Positions are rounded to this many pixels: 0.1 px is far below anything a screen shows. */
const ROUND = 10;

/** Space between connected actors, in px. Wide enough for a bezier fan of parallel relations. */
const IDEAL_EDGE_LENGTH = 150;

/** Closest two actors may sit after the force layout, in px: a large node plus a short label. */
export const MIN_SEPARATION = 100;

/** Room each neighbour of a hub gets along the ring around it, in px (a label's width, about). */
const HUB_SLOT = 110;

/** Length each parallel relation adds between a pair, in px, so that their fan has room. */
const PARALLEL_SLOT = 30;

/**
 * An edge's ideal length: the base length; at a hub, enough for its neighbours to sit in a ring
 * around it without crowding (memos tend to be stars around one armed group or government, and
 * at a fixed length sixteen neighbours would share a circle 300 px across); and between a pair
 * the document links many times, room for the fan of parallel relations.
 */
function idealEdgeLength(hubDegree: number, parallels: number): number {
  return Math.max(
    IDEAL_EDGE_LENGTH,
    (hubDegree * HUB_SLOT) / (2 * Math.PI),
    parallels * PARALLEL_SLOT,
  );
}

/**
 * Far above fcose's default (4,500), because the layout sees actors as points, not as drawn
 * nodes with labels: only a strong repulsion keeps a memo's dense core (two dozen actors, near a
 * hundred relations) from piling actors onto each other. It also spreads larger graphs, which
 * makes CoSE's neighbourhood grid sparser and the layout faster.
 */
const NODE_REPULSION = 500_000;

/** FNV-1a over the strings (separated so that ["ab","c"] and ["a","bc"] differ), as a uint32. */
export function hashStrings(strings: Iterable<string>): number {
  let h = 0x811c9dc5;
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    // A NUL after each string (XOR with 0 is a no-op, so only the multiply remains).
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Runs `fn` with Math.random replaced by a seeded generator, and always puts the real one back,
 * even when `fn` throws. Synchronous on purpose: no other code can run (and draw from the seeded
 * stream, or find Math.random replaced) while it is swapped.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** Compares by UTF-16 code units: the same in every locale and every engine, unlike localeCompare. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let fcoseRegistered: Promise<void> | null = null;

/** Loads and registers fcose once. It is imported lazily so that it stays out of the first bundle. */
function registerFcose(): Promise<void> {
  fcoseRegistered ??= import('cytoscape-fcose').then((module) => {
    // A CommonJS module seen from ESM may arrive wrapped once more, depending on the loader.
    const ext =
      (module.default as unknown as { default?: cytoscape.Ext }).default ?? module.default;
    cytoscape.use(ext);
  });
  return fcoseRegistered;
}

/**
 * fcose sees actors as points, so it may leave two of them (typically leaves of one hub) closer
 * than their drawn shapes and labels allow. Nudge every such pair apart along the line between
 * them until no two are closer than `min`, or for at most `rounds` rounds. A uniform grid keeps
 * each round linear in the number of actors; the fixed order keeps it deterministic.
 */
export function separate(xs: Float64Array, ys: Float64Array, min: number, rounds = 60): void {
  const n = xs.length;
  // Cells keyed by number, not string: this runs over tens of thousands of actors.
  const SPAN = 2 ** 21;
  const cellOf = (x: number, y: number): number =>
    (Math.floor(x / min) + SPAN / 2) * SPAN + (Math.floor(y / min) + SPAN / 2);
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const key = cellOf(xs[i]!, ys[i]!);
      const cell = grid.get(key);
      if (cell) cell.push(i);
      else grid.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const home = cellOf(xs[i]!, ys[i]!);
      for (let gx = -1; gx <= 1; gx++) {
        for (let gy = -1; gy <= 1; gy++) {
          for (const j of grid.get(home + gx * SPAN + gy) ?? []) {
            if (j <= i) continue;
            let dx = xs[j]! - xs[i]!;
            let dy = ys[j]! - ys[i]!;
            let d = Math.hypot(dx, dy);
            if (d >= min) continue;
            if (d < 1e-6) {
              // Exactly on top of each other: part them in a direction fixed by their indices
              // (integers and a square root only, so that every engine parts them alike).
              const h = (i * 7919 + j * 104729) % 40_000;
              dx = (h % 200) - 99.5;
              dy = Math.floor(h / 200) - 99.5;
              d = Math.sqrt(dx * dx + dy * dy);
            }
            const push = (min - Math.max(d, 1e-6)) / 2;
            xs[i] = xs[i]! - (dx / d) * push;
            ys[i] = ys[i]! - (dy / d) * push;
            xs[j] = xs[j]! + (dx / d) * push;
            ys[j] = ys[j]! + (dy / d) * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) return;
  }
}

function round(n: number): number {
  // `+ 0` turns -0 into 0, so that equal layouts also compare equal with Object.is.
  return Math.round(n * ROUND) / ROUND + 0;
}

/**
 * The spring graph of a layout input: actors numbered in id order, one spring per related pair
 * (parallel relations make it stronger), self-relations and unknown actors left out.
 */
export function springGraph(input: LayoutInput): { ids: readonly string[]; graph: SpringGraph } {
  const ids = input.actors.map((a) => a.id).sort(byCodeUnits);
  const number = new Map(ids.map((id, i) => [id, i]));
  // Weight per pair, keyed by s·n + t (s < t). Sorted keys afterwards make the spring order
  // canonical: the same dataset in any relation order gives the same springs in the same order,
  // and so the same floating-point sums.
  const weights = new Map<number, number>();
  const n = ids.length;
  for (const r of input.relations) {
    let s = number.get(r.source);
    let t = number.get(r.target);
    if (s === undefined || t === undefined || s === t) continue;
    if (s > t) [s, t] = [t, s];
    const key = s * n + t;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  const keys = Float64Array.from(weights.keys()).sort();
  const source = new Int32Array(keys.length);
  const target = new Int32Array(keys.length);
  const weight = new Float64Array(keys.length);
  keys.forEach((key, e) => {
    source[e] = Math.floor(key / n);
    target[e] = key % n;
    weight[e] = weights.get(key)!;
  });
  return { ids, graph: { n, source, target, weight } };
}

/** The multilevel spring embedder, spaced out and rounded like the fcose layout. */
function collectionLayout(
  input: LayoutInput,
  quality: ForceQuality,
  seed?: number,
): ReadonlyMap<string, Point> {
  const { ids, graph } = springGraph(input);
  const { xs, ys } = forceLayout(graph, {
    quality,
    edgeLength: COLLECTION_EDGE_LENGTH,
    seed: seed ?? hashStrings(ids),
  });
  separate(xs, ys, COLLECTION_SEPARATION, 8);
  const result = new Map<string, Point>();
  ids.forEach((id, i) => result.set(id, { x: round(xs[i]!), y: round(ys[i]!) }));
  return result;
}

/**
 * A quick first picture of a large graph: the multilevel spring embedder settled briefly.
 * Deterministic; computeLayout() continues from it.
 */
export function draftLayout(
  input: LayoutInput,
  options: { seed?: number } = {},
): ReadonlyMap<string, Point> {
  return collectionLayout(input, 'draft', options.seed);
}

/**
 * Computes a force-directed layout for every actor of the dataset, deterministically: the same
 * dataset (in any actor or relation order) and options give the same positions on every call,
 * in Node and in the browser, on the main thread and in a worker. Positions are in px, rounded to
 * 0.1, centred near the origin.
 *
 * Up to FCOSE_ACTOR_LIMIT actors (or whenever a quality is asked for) this is fcose; above, the
 * multilevel spring embedder of force-layout.ts, settled fully.
 *
 * Relations whose ends are not both known actors, and self-relations, are ignored (the loader
 * rejects them; the layout does not need to fail for them). Parallel relations between the same
 * pair are one spring, not ten: a pair asserted ten times should not be pulled ten times closer;
 * instead the spring is longer, to leave room for their fan. Afterwards separate() pushes apart
 * any two actors closer than MIN_SEPARATION; a memo-sized graph ends with none (the unit test
 * holds 200 actors to it), while near FCOSE_ACTOR_LIMIT a few dense pairs stay closer.
 */
export async function computeLayout(
  dataset: LayoutInput,
  options: LayoutOptions = {},
): Promise<ReadonlyMap<string, Point>> {
  if (options.quality === undefined && dataset.actors.length > FCOSE_ACTOR_LIMIT) {
    return collectionLayout(dataset, 'refined', options.seed);
  }
  await registerFcose();

  const actorIds = dataset.actors.map((a) => a.id).sort(byCodeUnits);
  const result = new Map<string, Point>();
  if (actorIds.length === 0) return result;
  if (actorIds.length === 1) {
    result.set(actorIds[0]!, { x: 0, y: 0 });
    return result;
  }

  const known = new Set(actorIds);
  const pairs = new Map<string, cytoscape.ElementDefinition>();
  const edges: cytoscape.ElementDefinition[] = [];
  const relations = [...dataset.relations].sort((a, b) => byCodeUnits(a.id, b.id));
  for (const r of relations) {
    if (r.source === r.target || !known.has(r.source) || !known.has(r.target)) continue;
    const [s, t] =
      byCodeUnits(r.source, r.target) < 0 ? [r.source, r.target] : [r.target, r.source];
    const key = `${s}\u0000${t}`;
    const existing = pairs.get(key);
    if (existing) {
      existing.data['count'] = (existing.data['count'] as number) + 1;
      continue;
    }
    const edge = {
      group: 'edges' as const,
      data: { id: `e${edges.length}`, source: s, target: t, count: 1 },
    };
    pairs.set(key, edge);
    edges.push(edge);
  }

  const quality: LayoutQuality = options.quality ?? 'default';
  const seed = options.seed ?? hashStrings(actorIds);

  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...actorIds.map((id): cytoscape.ElementDefinition => ({ group: 'nodes', data: { id } })),
      ...edges,
    ],
  });
  try {
    withSeededRandom(seed, () => {
      // fcose keeps some settings in module-level constants between runs, so every option that
      // matters is passed explicitly each time; nothing is left to a previous run's value.
      cy.layout({
        name: 'fcose',
        quality,
        randomize: true,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        uniformNodeDimensions: true,
        packComponents: false,
        samplingType: true,
        sampleSize: 25,
        nodeSeparation: IDEAL_EDGE_LENGTH,
        piTol: 0.0000001,
        nodeRepulsion: () => NODE_REPULSION,
        idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
          idealEdgeLength(
            Math.max(edge.source().degree(false), edge.target().degree(false)),
            edge.data('count') as number,
          ),
        edgeElasticity: () => 0.45,
        nestingFactor: 0.1,
        // Weak pull to the centre: at fcose's 0.25 a hub's leaves are drawn in between the hubs
        // instead of fanning out around their own.
        gravity: 0.05,
        gravityRange: 3.8,
        gravityCompound: 1,
        gravityRangeCompound: 1.5,
        initialEnergyOnIncremental: 0.3,
        // A ceiling only: fcose raises it to 5 iterations per actor.
        numIter: 2500,
        tile: true,
        tilingPaddingVertical: IDEAL_EDGE_LENGTH / 2,
        tilingPaddingHorizontal: IDEAL_EDGE_LENGTH / 2,
      } as cytoscape.LayoutOptions).run();
    });
    const xs = new Float64Array(actorIds.length);
    const ys = new Float64Array(actorIds.length);
    actorIds.forEach((id, i) => {
      const p = cy.getElementById(id).position();
      xs[i] = p.x;
      ys[i] = p.y;
    });
    separate(xs, ys, MIN_SEPARATION);
    if (actorIds.length <= LABEL_CLEARANCE_LIMIT) {
      clearActorLabels(dataset, actorIds, edges, xs, ys);
      // The tuning keeps actors apart as it goes (a few rounds each time); finish the job.
      separate(xs, ys, MIN_SEPARATION);
    }
    actorIds.forEach((id, i) => result.set(id, { x: round(xs[i]!), y: round(ys[i]!) }));
  } finally {
    cy.destroy();
  }
  return result;
}

/**
 * Moves actors so that, drawn with their labels and their parallel relations bundled (one
 * straight edge per related pair), no relation crosses a label (label-clearance.ts).
 */
function clearActorLabels(
  dataset: LayoutInput,
  actorIds: readonly string[],
  pairs: readonly cytoscape.ElementDefinition[],
  xs: Float64Array,
  ys: Float64Array,
): void {
  const degree = new Map<string, number>();
  for (const r of dataset.relations) {
    if (r.source === r.target) continue;
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const { positions } = clearLabels(
    actorIds.map((id, i) => ({
      id,
      name: name.get(id) ?? id,
      x: xs[i]!,
      y: ys[i]!,
      degree: degree.get(id) ?? 0,
    })),
    pairs.map((e) => ({ source: e.data['source'] as string, target: e.data['target'] as string })),
    {
      fontSize: CLEARANCE_FONT,
      margin: CLEARANCE_MARGIN,
      minSeparation: MIN_SEPARATION,
    },
  );
  actorIds.forEach((id, i) => {
    const p = positions.get(id)!;
    xs[i] = p.x;
    ys[i] = p.y;
  });
}

/**
 * Room each actor needs in the geometric layouts, in px: a node with its label below. Labels
 * are wider than tall (up to 150 px wrapped in two or three lines), so rows get more room across
 * than down.
 */
const SLOT = { across: 170, down: 120, ring: 140 } as const;

/**
 * Positions for any of the explorer's layouts, each a pure function of the dataset:
 * - force: the stored positions when every actor has one, otherwise computeLayout().
 * - concentric: rings by degree, the most connected actors in the middle.
 * - circle: one ring, grouped by actor kind (in ACTOR_KINDS order), then by name.
 * - grid: rows by degree, the most connected first.
 *
 * The geometric layouts run headless with fixed bounds, so they do not depend on the size of the
 * window either: two people with different screens get the same arrangement, only zoomed.
 */
export async function layoutPositions(
  dataset: LayoutInput,
  layout: LayoutName,
  options: LayoutOptions = {},
): Promise<ReadonlyMap<string, Point>> {
  if (layout === 'force') return storedPositions(dataset) ?? computeLayout(dataset, options);

  const degree = new Map<string, number>(dataset.actors.map((a) => [a.id, 0]));
  for (const r of dataset.relations) {
    if (r.source === r.target) continue;
    if (degree.has(r.source)) degree.set(r.source, degree.get(r.source)! + 1);
    if (degree.has(r.target)) degree.set(r.target, degree.get(r.target)! + 1);
  }
  const kindRank = new Map<string, number>(ACTOR_KINDS.map((k, i) => [k, i]));
  const byName = (a: LayoutInput['actors'][number], b: LayoutInput['actors'][number]): number =>
    byCodeUnits(a.name, b.name) || byCodeUnits(a.id, b.id);
  const byDegree = (a: LayoutInput['actors'][number], b: LayoutInput['actors'][number]): number =>
    degree.get(b.id)! - degree.get(a.id)! || byName(a, b);
  const actors = [...dataset.actors].sort(
    layout === 'circle'
      ? (a, b) => kindRank.get(a.kind)! - kindRank.get(b.kind)! || byName(a, b)
      : byDegree,
  );
  const result = new Map<string, Point>();
  const n = actors.length;
  if (n === 0) return result;

  // Rings by rank rather than by raw degree: with raw values, every distinct degree would get a
  // ring of its own and a small graph would become a line. Ring k holds 6k actors (ring 0: one),
  // which keeps the spacing along each ring about the same as between rings.
  const ring = (rank: number): number => {
    let k = 0;
    for (let capacity = 1; rank >= capacity; capacity += 6 * ++k);
    return k;
  };
  const cy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: actors.map((a, rank): cytoscape.ElementDefinition => ({
      group: 'nodes',
      data: { id: a.id, ring: ring(rank) },
    })),
  });
  try {
    let layoutOptions: cytoscape.LayoutOptions;
    if (layout === 'circle') {
      // A circumference of one slot per actor.
      const r = Math.max(SLOT.ring, (n * SLOT.ring) / (2 * Math.PI));
      layoutOptions = {
        name: 'circle',
        boundingBox: { x1: -r, y1: -r, w: 2 * r, h: 2 * r },
        avoidOverlap: false,
        startAngle: -Math.PI / 2,
        clockwise: true,
        fit: false,
        animate: false,
      } as cytoscape.LayoutOptions;
    } else if (layout === 'concentric') {
      layoutOptions = {
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => -(node.data('ring') as number),
        levelWidth: () => 0.5,
        boundingBox: { x1: -SLOT.ring, y1: -SLOT.ring, w: 2 * SLOT.ring, h: 2 * SLOT.ring },
        minNodeSpacing: SLOT.ring,
        avoidOverlap: true,
        startAngle: -Math.PI / 2,
        clockwise: true,
        equidistant: false,
        fit: false,
        animate: false,
      } as cytoscape.LayoutOptions;
    } else {
      const cols = Math.ceil(Math.sqrt(n));
      const rows = Math.ceil(n / cols);
      layoutOptions = {
        name: 'grid',
        boundingBox: { x1: 0, y1: 0, w: cols * SLOT.across, h: rows * SLOT.down },
        cols,
        rows,
        avoidOverlap: false,
        condense: false,
        fit: false,
        animate: false,
      } as cytoscape.LayoutOptions;
    }
    cy.nodes().layout(layoutOptions).run();
    for (const a of actors) {
      const p = cy.getElementById(a.id).position();
      result.set(a.id, { x: round(p.x), y: round(p.y) });
    }
  } finally {
    cy.destroy();
  }
  return result;
}
