/**
 * One level's settling: Fruchterman–Reingold forces with Barnes–Hut repulsion and Hu's adaptive
 * step length.
 */
import type { Level } from './coarsening.ts';
import type { QuadTree } from './quadtree.ts';

/** Linear pull towards the centre, per unit of mass: keeps separate components in sight. */
const GRAVITY = 0.02;

/**
 * Settles one level: Fruchterman–Reingold forces (repulsion K²·m_i·m_j/d, attraction w·d²/K per
 * spring), linear gravity, and Hu's adaptive step (grow the step while the energy keeps
 * falling, shrink it when it rises).
 */
export function settle(
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
