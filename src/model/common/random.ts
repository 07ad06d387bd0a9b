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
