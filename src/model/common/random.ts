/**
 * mulberry32: a small, fast seeded generator with Math.random's contract (numbers in [0, 1)).
 * Layouts and the synthetic corpus draw from it so the same seed always gives the same result,
 * in Node, in the browser and in the layout worker.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads nearby seeds (1, 2, 3…) over the whole 32-bit range. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The draws a generator needs, over any source of numbers in [0, 1). */
export class Random {
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
 * A mulberry32 stream of its own per purpose (and per index), so that, say, a change to how memo
 * text is worded never moves an actor or a relation drawn from another stream.
 */
export function randomStream(seed: number, purpose: string, index = 0): Random {
  let h = mix32(seed ^ 0x9e3779b9);
  for (let i = 0; i < purpose.length; i++) h = mix32(h ^ purpose.charCodeAt(i));
  h = mix32(h ^ Math.imul(index + 1, 0x27d4eb2d));
  return new Random(mulberry32(h));
}
