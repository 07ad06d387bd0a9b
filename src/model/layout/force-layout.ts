import { mulberry32 } from '../common/random.ts';
/**
 * A force-directed layout that scales to collections: tens of thousands of actors in seconds.
 *
 * fcose (src/layout/layout.ts) gives the memo its careful picture, but its cost grows faster than
 * linearly: measured on the 2-core build machine, 'default' quality takes 48 s for 2,000 actors
 * and 'draft' (spectral only) 81 s and 1.2 GB for 20,000. So large graphs without stored
 * positions are laid out here instead, the way sfdp and FM³ do it:
 *
 * 1. Coarsen: each actor, most connected first, gathers its not yet gathered neighbours into one
 *    cluster; clusters are gathered again, level after level, until a few dozen remain. Stars
 *    (an armed group and its hundred contacts) collapse at once.
 * 2. Lay out the coarsest graph from a seeded random start, then carry the positions down one
 *    level at a time (members around their cluster's position) and settle each level with a
 *    few iterations of a spring embedder.
 * 3. The spring embedder is Fruchterman–Reingold with Barnes–Hut repulsion (O(n log n) per
 *    iteration) and Hu's adaptive step length; clusters repel by their size and attract by the
 *    relations between them, so every level has the right scale.
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

/** Barnes–Hut opening criterion: a cell this wide seen from this far counts as one body. */
const THETA = 1.0;
/** Linear pull towards the centre, per unit of mass: keeps separate components in sight. */
const GRAVITY = 0.02;
/** Coarsening stops when a level would keep more than this share of the actors. */
const MIN_REDUCTION = 0.8;
/** …or once this few clusters remain. */
const COARSEST_SIZE = 40;

// --- adjacency ---------------------------------------------------------------------------------

interface Level {
  readonly graph: SpringGraph;
  /** Per node: how many actors it stands for. */
  readonly mass: Float64Array;
  /** CSR adjacency: neighbours of v are adjacency[offsets[v] … offsets[v+1]). */
  readonly offsets: Int32Array;
  readonly adjacency: Int32Array;
}

function makeLevel(graph: SpringGraph, mass: Float64Array): Level {
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
function coarsen(level: Level): { clusters: Int32Array; coarse: Level } | null {
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

// --- Barnes–Hut quadtree -----------------------------------------------------------------------

const EMPTY = -1;
/** A leaf holding several bodies at (nearly) the same place: depth ran out. */
const MANY = -2;
const MAX_DEPTH = 40;

/** A quadtree over typed arrays, rebuilt every iteration without allocating. */
class QuadTree {
  private capacity = 0;
  private count = 0;
  private child = new Int32Array(0);
  private body = new Int32Array(0);
  private mass = new Float64Array(0);
  private sumX = new Float64Array(0);
  private sumY = new Float64Array(0);
  private centreX = new Float64Array(0);
  private centreY = new Float64Array(0);
  private half = new Float64Array(0);
  private stack: Int32Array = new Int32Array(0);

  private grow(min: number): void {
    const capacity = Math.max(min, this.capacity * 2, 64);
    const copy = <T extends Int32Array | Float64Array>(
      old: T,
      make: (n: number) => T,
      k = 1,
    ): T => {
      const next = make(capacity * k);
      next.set(old);
      return next;
    };
    this.child = copy(this.child, (n) => new Int32Array(n), 4);
    this.body = copy(this.body, (n) => new Int32Array(n));
    this.mass = copy(this.mass, (n) => new Float64Array(n));
    this.sumX = copy(this.sumX, (n) => new Float64Array(n));
    this.sumY = copy(this.sumY, (n) => new Float64Array(n));
    this.centreX = copy(this.centreX, (n) => new Float64Array(n));
    this.centreY = copy(this.centreY, (n) => new Float64Array(n));
    this.half = copy(this.half, (n) => new Float64Array(n));
    this.capacity = capacity;
  }

  private cell(cx: number, cy: number, half: number): number {
    if (this.count === this.capacity) this.grow(this.count + 1);
    const c = this.count++;
    this.child.fill(EMPTY, 4 * c, 4 * c + 4);
    this.body[c] = EMPTY;
    this.mass[c] = 0;
    this.sumX[c] = 0;
    this.sumY[c] = 0;
    this.centreX[c] = cx;
    this.centreY[c] = cy;
    this.half[c] = half;
    return c;
  }

  private quadrant(c: number, x: number, y: number): number {
    return (x >= this.centreX[c]! ? 1 : 0) + (y >= this.centreY[c]! ? 2 : 0);
  }

  private childCell(c: number, q: number): number {
    const h = this.half[c]! / 2;
    return this.cell(this.centreX[c]! + (q & 1 ? h : -h), this.centreY[c]! + (q & 2 ? h : -h), h);
  }

  private add(c: number, b: number, xs: Float64Array, ys: Float64Array, m: Float64Array): void {
    this.mass[c]! += m[b]!;
    this.sumX[c]! += m[b]! * xs[b]!;
    this.sumY[c]! += m[b]! * ys[b]!;
  }

  private internal(c: number): boolean {
    const k = 4 * c;
    return (
      this.child[k] !== EMPTY ||
      this.child[k + 1] !== EMPTY ||
      this.child[k + 2] !== EMPTY ||
      this.child[k + 3] !== EMPTY
    );
  }

  build(xs: Float64Array, ys: Float64Array, m: Float64Array): void {
    const n = xs.length;
    if (this.capacity < 2 * n + 1) this.grow(2 * n + 1);
    if (this.stack.length < 4 * MAX_DEPTH + 8) this.stack = new Int32Array(4 * MAX_DEPTH + 8);
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < n; i++) {
      x1 = Math.min(x1, xs[i]!);
      x2 = Math.max(x2, xs[i]!);
      y1 = Math.min(y1, ys[i]!);
      y2 = Math.max(y2, ys[i]!);
    }
    this.count = 0;
    const root = this.cell((x1 + x2) / 2, (y1 + y2) / 2, Math.max(x2 - x1, y2 - y1, 1) / 2 + 1);
    for (let b = 0; b < n; b++) {
      let c = root;
      let depth = 0;
      this.add(c, b, xs, ys, m);
      for (;;) {
        if (this.internal(c)) {
          const q = this.quadrant(c, xs[b]!, ys[b]!);
          let next = this.child[4 * c + q]!;
          if (next === EMPTY) {
            next = this.childCell(c, q);
            this.child[4 * c + q] = next;
            this.body[next] = b;
            this.add(next, b, xs, ys, m);
            break;
          }
          c = next;
          depth++;
          this.add(c, b, xs, ys, m);
          continue;
        }
        if (this.body[c] === EMPTY) {
          // Only the root starts as an empty leaf.
          this.body[c] = b;
          break;
        }
        if (depth >= MAX_DEPTH || this.body[c] === MANY) {
          this.body[c] = MANY;
          break;
        }
        // Split: the body already here moves one level down; the loop then places b.
        const old = this.body[c]!;
        this.body[c] = EMPTY;
        const q = this.quadrant(c, xs[old]!, ys[old]!);
        const next = this.childCell(c, q);
        this.child[4 * c + q] = next;
        this.body[next] = old;
        this.add(next, old, xs, ys, m);
      }
    }
  }

  /**
   * Adds to (fx, fy)[i] the repulsion of every other body on body i: strength·m_i·m_j / d in
   * the direction away from j, cells far enough away counting as one body at their centre of mass.
   */
  repel(
    i: number,
    xs: Float64Array,
    ys: Float64Array,
    m: Float64Array,
    strength: number,
    fx: Float64Array,
    fy: Float64Array,
  ): void {
    const x = xs[i]!;
    const y = ys[i]!;
    const theta2 = THETA * THETA;
    let stack: Int32Array = this.stack;
    let top = 0;
    stack[top++] = 0;
    let sx = 0;
    let sy = 0;
    while (top > 0) {
      const c = stack[--top]!;
      const mass = this.mass[c]!;
      if (mass === 0) continue;
      const b = this.body[c]!;
      if (b === i) continue;
      const cx = this.sumX[c]! / mass;
      const cy = this.sumY[c]! / mass;
      const dx = x - cx;
      const dy = y - cy;
      const d2 = dx * dx + dy * dy;
      const leaf = b !== EMPTY;
      if (!leaf) {
        const size = 2 * this.half[c]!;
        if (size * size >= theta2 * d2) {
          for (let k = 4 * c; k < 4 * c + 4; k++) {
            const ch = this.child[k]!;
            if (ch !== EMPTY) {
              if (top === stack.length) stack = this.stack = this.growStack();
              stack[top++] = ch;
            }
          }
          continue;
        }
      }
      if (d2 < 1e-9) continue;
      // strength·m_i·M/d along the unit vector (dx, dy)/d.
      const f = (strength * mass) / d2;
      sx += dx * f;
      sy += dy * f;
    }
    fx[i]! += sx * m[i]!;
    fy[i]! += sy * m[i]!;
  }

  private growStack(): Int32Array {
    const next = new Int32Array(this.stack.length * 2);
    next.set(this.stack);
    return next;
  }
}

// --- spring embedder ---------------------------------------------------------------------------

/**
 * Settles one level: Fruchterman–Reingold forces (repulsion K²·m_i·m_j/d, attraction w·d²/K per
 * spring), linear gravity, and Hu's adaptive step (grow the step while the energy keeps
 * falling, shrink it when it rises).
 */
function settle(
  level: Level,
  xs: Float64Array,
  ys: Float64Array,
  iterations: number,
  edgeLength: number,
  initialStep: number,
  tree: QuadTree,
): void {
  const { graph, mass } = level;
  const n = graph.n;
  if (n < 2) return;
  const K = edgeLength;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  let step = initialStep;
  let energy = Infinity;
  let progress = 0;
  const minStep = K * 0.01;
  for (let iteration = 0; iteration < iterations; iteration++) {
    fx.fill(0);
    fy.fill(0);
    tree.build(xs, ys, mass);
    for (let i = 0; i < n; i++) tree.repel(i, xs, ys, mass, K * K, fx, fy);
    for (let e = 0; e < graph.source.length; e++) {
      const s = graph.source[e]!;
      const t = graph.target[e]!;
      const dx = xs[t]! - xs[s]!;
      const dy = ys[t]! - ys[s]!;
      const d = Math.sqrt(dx * dx + dy * dy);
      // w·d²/K along (dx, dy)/d.
      const f = (graph.weight[e]! * d) / K;
      fx[s]! += dx * f;
      fy[s]! += dy * f;
      fx[t]! -= dx * f;
      fy[t]! -= dy * f;
    }
    let nextEnergy = 0;
    for (let i = 0; i < n; i++) {
      fx[i]! -= GRAVITY * mass[i]! * xs[i]!;
      fy[i]! -= GRAVITY * mass[i]! * ys[i]!;
      const f = Math.sqrt(fx[i]! * fx[i]! + fy[i]! * fy[i]!);
      nextEnergy += f * f;
      if (f > 0) {
        xs[i]! += (step * fx[i]!) / f;
        ys[i]! += (step * fy[i]!) / f;
      }
    }
    // Hu (2005): five improvements in a row earn a longer step; any setback a shorter one.
    if (nextEnergy < energy) {
      progress++;
      if (progress >= 5) {
        progress = 0;
        step /= 0.9;
      }
    } else {
      progress = 0;
      step *= 0.9;
    }
    energy = nextEnergy;
    if (step < minStep) break;
  }
}

/**
 * cos and sin of the golden angle, written out: Math.cos and Math.sin may differ in the last bit
 * between JavaScript engines (Node and Chromium do), and a layout must not.
 */
const GOLDEN_COS = -0.7373688780783197;
const GOLDEN_SIN = 0.6754902942615238;

/** Carries positions down one level: members around their cluster, in a small sunflower. */
function prolong(
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
