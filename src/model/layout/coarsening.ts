/**
 * The multilevel part of the spring embedder: coarsening a graph into clusters, level after
 * level, and carrying positions back down from a coarse level to the finer one.
 */
import type { ForcePositions, SpringGraph } from './force-layout.ts';

/** Coarsening stops when a level would keep more than this share of the actors. */
const MIN_REDUCTION = 0.8;

/** One level of the hierarchy: its graph, how many actors each node stands for, and adjacency. */
export interface Level {
  readonly graph: SpringGraph;
  /** Per node: how many actors it stands for. */
  readonly mass: Float64Array;
  /** CSR adjacency: neighbours of v are adjacency[offsets[v] … offsets[v+1]). */
  readonly offsets: Int32Array;
  readonly adjacency: Int32Array;
}

export function makeLevel(graph: SpringGraph, mass: Float64Array): Level {
  const { n, source, target } = graph;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) {
    offsets[source[e]! + 1]!++;
    offsets[target[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const adjacency = new Int32Array(2 * source.length);
  for (let e = 0; e < source.length; e++) {
    adjacency[fill[source[e]!]!++] = target[e]!;
    adjacency[fill[target[e]!]!++] = source[e]!;
  }
  return { graph, mass, offsets, adjacency };
}

/**
 * One coarsening step: clusters[v] for every node, and the coarse level. Nodes are visited most
 * connected first (ties by number), and each node not yet in a cluster starts one with all its
 * neighbours not yet in a cluster.
 */
export function coarsen(level: Level): { clusters: Int32Array; coarse: Level } | null {
  const { graph, mass, offsets, adjacency } = level;
  const n = graph.n;
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  const degree = (v: number): number => offsets[v + 1]! - offsets[v]!;
  order.sort((a, b) => degree(b) - degree(a) || a - b);
  const clusters = new Int32Array(n).fill(-1);
  let count = 0;
  for (const v of order) {
    if (clusters[v] !== -1) continue;
    const c = count++;
    clusters[v] = c;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = adjacency[k]!;
      if (clusters[u] === -1) clusters[u] = c;
    }
  }
  if (count > n * MIN_REDUCTION || count === n) return null;

  const coarseMass = new Float64Array(count);
  for (let v = 0; v < n; v++) coarseMass[clusters[v]!]! += mass[v]!;
  const pairIndex = new Map<number, number>();
  const s: number[] = [];
  const t: number[] = [];
  const w: number[] = [];
  for (let e = 0; e < graph.source.length; e++) {
    let a = clusters[graph.source[e]!]!;
    let b = clusters[graph.target[e]!]!;
    if (a === b) continue;
    if (a > b) [a, b] = [b, a];
    const key = a * count + b;
    const at = pairIndex.get(key);
    if (at === undefined) {
      pairIndex.set(key, s.length);
      s.push(a);
      t.push(b);
      w.push(graph.weight[e]!);
    } else {
      w[at]! += graph.weight[e]!;
    }
  }
  const coarseGraph: SpringGraph = {
    n: count,
    source: Int32Array.from(s),
    target: Int32Array.from(t),
    weight: Float64Array.from(w),
  };
  return { clusters, coarse: makeLevel(coarseGraph, coarseMass) };
}

/**
 * cos and sin of the golden angle, written out: Math.cos and Math.sin may differ in the last bit
 * between JavaScript engines (Node and Chromium do), and a layout must not.
 */
const GOLDEN_COS = -0.7373688780783197;
const GOLDEN_SIN = 0.6754902942615238;

/** Carries positions down one level: members around their cluster, in a small sunflower. */
export function prolong(
  fine: Level,
  clusters: Int32Array,
  coarseX: Float64Array,
  coarseY: Float64Array,
  edgeLength: number,
): ForcePositions {
  const n = fine.graph.n;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const seen = new Int32Array(coarseX.length);
  // Each cluster's next direction, turned by the golden angle with + and × only.
  const dirX = new Float64Array(coarseX.length).fill(1);
  const dirY = new Float64Array(coarseX.length);
  for (let v = 0; v < n; v++) {
    const c = clusters[v]!;
    const k = seen[c]!++;
    const r = edgeLength * 0.3 * Math.sqrt(k);
    const dx = dirX[c]!;
    const dy = dirY[c]!;
    xs[v] = coarseX[c]! + r * dx;
    ys[v] = coarseY[c]! + r * dy;
    dirX[c] = dx * GOLDEN_COS - dy * GOLDEN_SIN;
    dirY[c] = dx * GOLDEN_SIN + dy * GOLDEN_COS;
  }
  return { xs, ys };
}
