import { mulberry32 } from '../common/random.ts';
import { coarsen, makeLevel, prolong, type Level } from './coarsening.ts';
import { QuadTree } from './quadtree.ts';
import { settle } from './spring-embedder.ts';

/**
 * A force-directed layout that scales to collections of tens of thousands of actors.
 *
 * fcose (src/layout/layout.ts) gives the memo its careful picture, but its cost grows faster than
 * linearly (docs/performance.md). So large graphs without stored positions are laid out here
 * instead, the way sfdp and FM³ do it:
 *
 * 1. Coarsen: each actor, most connected first, gathers its not yet gathered neighbours into one
 *    cluster; clusters are gathered again, level after level, until a few dozen remain. Stars
 *    (an armed group and its hundred contacts) collapse at once.
 * 2. Lay out the coarsest graph from a seeded random start, then carry the positions down one
 *    level at a time (members around their cluster's position) and settle each level with a
 *    few iterations of a spring embedder.
 * 3. The spring embedder (spring-embedder.ts) is Fruchterman–Reingold with Barnes–Hut
 *    repulsion (quadtree.ts, O(n log n) per iteration) and Hu's adaptive step length; clusters
 *    repel by their size and attract by the relations between them, so every level has the
 *    right scale.
 *
 * Everything is deterministic: fixed orders, ties by actor number (actors are numbered in id
 * order by the caller), a seeded generator for the one random start, no Math.random. Only
 * + − × ÷ and √, which IEEE 754 defines exactly, so that Node (`memograph build --layout`), the
 * browser and its worker compute the very same positions; no trigonometry, whose last bits
 * differ between engines.
 */

/** The graph to lay out: actors 0…n-1, one spring per related pair. */
export interface SpringGraph {
  readonly n: number;
  /** Pair ends, each pair once, no self-pairs. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Relations between the pair (parallel relations pull a little harder). */
  readonly weight: Float64Array;
}

export type ForceQuality = 'draft' | 'refined';

export interface ForceOptions {
  /** 'draft' settles the finest level briefly; 'refined' continues from the draft until calm. */
  readonly quality: ForceQuality;
  /** Ideal distance between related actors, in px. */
  readonly edgeLength: number;
  /** Seed of the random start of the coarsest level. */
  readonly seed: number;
}

export interface ForcePositions {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** Iterations per level. The coarse levels are small, so they get plenty. */
const ITERATIONS = {
  coarsest: 300,
  coarse: 50,
  finestDraft: 20,
  finestRefined: 400,
} as const;

/** Coarsening stops once this few clusters remain (coarsen also stops when it gains little). */
const COARSEST_SIZE = 40;

/** Lays out one connected graph; see forceLayout. */
function layoutConnected(graph: SpringGraph, options: ForceOptions): ForcePositions {
  const { edgeLength: K, seed } = options;
  const levels: Level[] = [makeLevel(graph, new Float64Array(graph.n).fill(1))];
  const maps: Int32Array[] = [];
  for (;;) {
    const current = levels[levels.length - 1]!;
    if (current.graph.n <= COARSEST_SIZE) break;
    const next = coarsen(current);
    if (!next) break;
    maps.push(next.clusters);
    levels.push(next.coarse);
  }

  const tree = new QuadTree();
  const coarsest = levels[levels.length - 1]!;
  const random = mulberry32(seed);
  const radius = K * Math.sqrt(graph.n);
  let xs: Float64Array = new Float64Array(coarsest.graph.n);
  let ys: Float64Array = new Float64Array(coarsest.graph.n);
  for (let v = 0; v < coarsest.graph.n; v++) {
    xs[v] = (random() - 0.5) * radius;
    ys[v] = (random() - 0.5) * radius;
  }
  settle(coarsest, xs, ys, ITERATIONS.coarsest, K, radius / 10, tree);
  for (let l = levels.length - 2; l >= 0; l--) {
    const level = levels[l]!;
    ({ xs, ys } = prolong(level, maps[l]!, xs, ys, K));
    settle(level, xs, ys, l === 0 ? ITERATIONS.finestDraft : ITERATIONS.coarse, K, K, tree);
  }
  if (options.quality === 'refined') {
    settle(levels[0]!, xs, ys, ITERATIONS.finestRefined, K, K / 2, tree);
  }
  return { xs, ys };
}

/** Connected components, largest first (ties by their lowest actor number), each sorted. */
function components(graph: SpringGraph): Int32Array[] {
  const parent = new Int32Array(graph.n);
  for (let v = 0; v < graph.n; v++) parent[v] = v;
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  for (let e = 0; e < graph.source.length; e++) {
    const a = find(graph.source[e]!);
    const b = find(graph.target[e]!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const members = new Map<number, number[]>();
  for (let v = 0; v < graph.n; v++) {
    const root = find(v);
    const list = members.get(root);
    if (list) list.push(v);
    else members.set(root, [v]);
  }
  return [...members.values()]
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!)
    .map((list) => Int32Array.from(list));
}

/**
 * Positions for every actor of the graph. Each connected component is laid out on its own (so
 * that a pair of actors named once together does not drift off to the edge of the picture), and
 * the components are then packed in rows, largest first, into a roughly square area; actors
 * without any relation fill the last rows. Deterministic for the same graph and options. The
 * 'refined' result continues from the 'draft' one, so refining moves actors from where the
 * draft put them rather than starting over.
 */
export function forceLayout(graph: SpringGraph, options: ForceOptions): ForcePositions {
  const K = options.edgeLength;
  const xs = new Float64Array(graph.n);
  const ys = new Float64Array(graph.n);
  if (graph.n === 0) return { xs, ys };
  const parts = components(graph);
  // Pair lists per component, in the graph's pair order.
  const local = new Int32Array(graph.n);
  const part = new Int32Array(graph.n);
  parts.forEach((members, p) =>
    members.forEach((v, i) => {
      local[v] = i;
      part[v] = p;
    }),
  );
  const pairsOf: number[][] = parts.map(() => []);
  for (let e = 0; e < graph.source.length; e++) pairsOf[part[graph.source[e]!]!]!.push(e);

  interface Box {
    readonly members: Int32Array;
    readonly xs: Float64Array;
    readonly ys: Float64Array;
    readonly x1: number;
    readonly y1: number;
    readonly w: number;
    readonly h: number;
  }
  const boxes: Box[] = parts.map((members, p) => {
    const pairs = pairsOf[p]!;
    const sub: SpringGraph = {
      n: members.length,
      source: Int32Array.from(pairs, (e) => local[graph.source[e]!]!),
      target: Int32Array.from(pairs, (e) => local[graph.target[e]!]!),
      weight: Float64Array.from(pairs, (e) => graph.weight[e]!),
    };
    const at =
      members.length === 1
        ? { xs: new Float64Array(1), ys: new Float64Array(1) }
        : layoutConnected(sub, { ...options, seed: (options.seed + members[0]!) >>> 0 });
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < members.length; i++) {
      x1 = Math.min(x1, at.xs[i]!);
      x2 = Math.max(x2, at.xs[i]!);
      y1 = Math.min(y1, at.ys[i]!);
      y2 = Math.max(y2, at.ys[i]!);
    }
    return { members, xs: at.xs, ys: at.ys, x1, y1, w: x2 - x1, h: y2 - y1 };
  });

  // Shelf packing: rows as wide as the largest component or the square root of the total area,
  // whichever is wider; a gap of one edge length around every component.
  let area = 0;
  for (const b of boxes) area += (b.w + K) * (b.h + K);
  const rowWidth = Math.max(boxes[0]!.w + K, Math.sqrt(area));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w + K > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    for (let i = 0; i < b.members.length; i++) {
      const v = b.members[i]!;
      xs[v] = x + b.xs[i]! - b.x1;
      ys[v] = y + b.ys[i]! - b.y1;
    }
    x += b.w + K;
    rowHeight = Math.max(rowHeight, b.h + K);
  }
  // Centre the picture on the origin.
  let cx1 = Infinity;
  let cy1 = Infinity;
  let cx2 = -Infinity;
  let cy2 = -Infinity;
  for (let v = 0; v < graph.n; v++) {
    cx1 = Math.min(cx1, xs[v]!);
    cx2 = Math.max(cx2, xs[v]!);
    cy1 = Math.min(cy1, ys[v]!);
    cy2 = Math.max(cy2, ys[v]!);
  }
  const mx = (cx1 + cx2) / 2;
  const my = (cy1 + cy2) / 2;
  for (let v = 0; v < graph.n; v++) {
    xs[v]! -= mx;
    ys[v]! -= my;
  }
  return { xs, ys };
}
