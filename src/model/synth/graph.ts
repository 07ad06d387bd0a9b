import type { Random } from '../common/random.ts';

/**
 * Who is related to whom. The degree law: relation ends are drawn from a Zipf–Mandelbrot law,
 * P(rank k) ∝ (k + Q)^−S with S = 1.1 and Q = 10, over actors ranked by importance. Plain Zipf
 * (Q = 0) would pile more than a tenth of all relation ends onto one actor whatever the corpus size;
 * real collections have hubs (the states and armed groups every memo mentions) but their heads
 * saturate, and the offset Q flattens the first few ranks the way it does for word frequencies. At
 * 20,000 actors and 100,000 relations the biggest hub has about 3,000 relations, the top 1 % of
 * actors hold about 44 % of all relation ends, and the median actor has 3. Before any end is drawn
 * from the law, every actor gets one end, so that every actor has at least one relation whenever
 * there are at least half as many relations as actors (2M ≥ N, so always when M ≥ N). With fewer
 * relations, exactly 2M actors (the highest ranked) are used once each, and the corpus names no
 * others. Ends are then shuffled and paired (a configuration model): the degrees are exactly those
 * drawn, and a pair that would link an actor to itself is mended by swapping ends with another
 * pair. No actor is allowed more than M ends, which makes that mending always possible.
 */

/** Zipf–Mandelbrot exponent and offset; see the comment at the top. */
const ZIPF_EXPONENT = 1.1;
const ZIPF_OFFSET = 10;

export interface Graph {
  /** Relation i links source[i] to target[i] (actor indices). */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Relation ends per actor. */
  readonly degree: Int32Array;
}

export function makeGraph(n: number, m: number, r: Random): Graph {
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
  // Only tiny actor counts come near it; an actor's excess goes to the next ranks that have room,
  // in turn, so no actor ends up over the limit either.
  for (let a = 0; a < n; a++) {
    let excess = degree[a]! - m;
    let next = (a + 1) % n;
    for (let i = 2 * m - 1; i >= 0 && excess > 0; i--) {
      if (ends[i] !== a) continue;
      while (next === a || degree[next]! >= m) next = (next + 1) % n;
      ends[i] = next;
      degree[a]!--;
      degree[next]!++;
      excess--;
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
