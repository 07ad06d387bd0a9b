import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  hashStrings,
  layoutPositions,
  MIN_SEPARATION,
  separate,
  withSeededRandom,
} from '../../src/layout/layout.ts';
import { mulberry32 } from '../../src/model/common/random.ts';
import { storedPositions, type Point } from '../../src/model/layout/layout-input.ts';
import { LAYOUTS } from '../../src/model/explorer/view-state.ts';
import {
  ACTOR_KINDS,
  type Actor,
  type Dataset,
  type Relation,
} from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/**
 * A scale-free-ish graph (preferential attachment), like the networks memos describe: a few hubs,
 * many actors named once or twice, and parallel relations between the busiest pairs.
 */
function synthetic(actors: number, relations: number, seed = 1): Dataset {
  const random = mulberry32(seed);
  const list: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: ACTOR_KINDS[i % ACTOR_KINDS.length]!,
    aliases: [],
    description: '',
  }));
  const ends = [0];
  const rels: Relation[] = [];
  for (let i = 0; i < relations; i++) {
    const s = i < actors ? i : Math.floor(random() * actors);
    let t = ends[Math.floor(random() * ends.length)]!;
    if (t === s) t = (s + 1) % actors;
    ends.push(s, t);
    rels.push({
      ...miniDataset.relations[0]!,
      id: `rel-${i}`,
      source: list[s]!.id,
      target: list[t]!.id,
    });
  }
  return { ...miniDataset, actors: list, relations: rels };
}

function entries(positions: ReadonlyMap<string, Point>): [string, Point][] {
  return [...positions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function expectSane(dataset: Dataset, positions: ReadonlyMap<string, Point>): void {
  expect(positions.size).toBe(dataset.actors.length);
  const seen = new Set<string>();
  for (const actor of dataset.actors) {
    const p = positions.get(actor.id);
    expect(p, actor.id).toBeDefined();
    expect(Number.isFinite(p!.x) && Number.isFinite(p!.y), actor.id).toBe(true);
    // Rounded to 0.1 px.
    expect(Math.round(p!.x * 10) / 10).toBe(p!.x);
    expect(Math.round(p!.y * 10) / 10).toBe(p!.y);
    const key = `${p!.x},${p!.y}`;
    expect(seen.has(key), `two actors at ${key}`).toBe(false);
    seen.add(key);
  }
}

function minDistance(positions: ReadonlyMap<string, Point>): number {
  const pts = [...positions.values()];
  let min = Infinity;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      min = Math.min(min, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
    }
  }
  return min;
}

function meanPairDistance(positions: ReadonlyMap<string, Point>): number {
  const pts = [...positions.values()];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      sum += Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y);
      count++;
    }
  }
  return sum / count;
}

function meanRelatedDistance(dataset: Dataset, positions: ReadonlyMap<string, Point>): number {
  let sum = 0;
  for (const r of dataset.relations) {
    const p = positions.get(r.source)!;
    const q = positions.get(r.target)!;
    sum += Math.hypot(p.x - q.x, p.y - q.y);
  }
  return sum / dataset.relations.length;
}

describe('seeded randomness', () => {
  it('mulberry32 repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    // Not degenerate: roughly uniform.
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('hashStrings separates its inputs', () => {
    expect(hashStrings(['ab', 'c'])).not.toBe(hashStrings(['a', 'bc']));
    expect(hashStrings(['a', 'b'])).toBe(hashStrings(['a', 'b']));
    expect(hashStrings([])).toBe(hashStrings([]));
  });

  it('withSeededRandom swaps Math.random only while it runs, even when the work throws', () => {
    const original = Math.random;
    const inside = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(inside).toEqual([
      mulberry32(7)(),
      (() => {
        const r = mulberry32(7);
        r();
        return r();
      })(),
    ]);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});

describe('separate', () => {
  it('parts points closer than the minimum, including coincident ones, and leaves others alone', () => {
    const xs = new Float64Array([0, 10, 10, 500]);
    const ys = new Float64Array([0, 0, 0, 500]);
    separate(xs, ys, 100);
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        expect(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!)).toBeGreaterThanOrEqual(99.9);
      }
    }
    expect([xs[3], ys[3]]).toEqual([500, 500]);
    // Deterministic.
    const again = [new Float64Array([0, 10, 10, 500]), new Float64Array([0, 0, 0, 500])] as const;
    separate(again[0], again[1], 100);
    expect([...again[0]]).toEqual([...xs]);
    expect([...again[1]]).toEqual([...ys]);
  });
});

describe('computeLayout', () => {
  it('gives identical positions on every call for the same dataset', async () => {
    const first = await computeLayout(miniDataset);
    const second = await computeLayout(miniDataset);
    expect(entries(second)).toEqual(entries(first));
    expectSane(miniDataset, first);
  });

  it('does not depend on the order actors and relations are listed in', async () => {
    // Decision: positions are a function of which actors and relations there are, not of
    // their order in the annotation files, so re-sorting actors.json moves nobody.
    const shuffled: Dataset = {
      ...miniDataset,
      actors: [...miniDataset.actors].reverse(),
      relations: [...miniDataset.relations].reverse(),
    };
    expect(entries(await computeLayout(shuffled))).toEqual(
      entries(await computeLayout(miniDataset)),
    );
  });

  it('changes with the seed, and the default seed comes from the actors', async () => {
    const a = await computeLayout(miniDataset, { seed: 1 });
    const b = await computeLayout(miniDataset, { seed: 2 });
    expect(entries(a)).not.toEqual(entries(b));
    const byDefault = await computeLayout(miniDataset);
    const explicit = await computeLayout(miniDataset, {
      seed: hashStrings(miniDataset.actors.map((x) => x.id).sort()),
    });
    expect(entries(explicit)).toEqual(entries(byDefault));
  });

  it('leaves Math.random as it found it', async () => {
    const original = Math.random;
    await computeLayout(miniDataset);
    expect(Math.random).toBe(original);
  });

  it('keeps connected actors apart and unconnected ones placed', async () => {
    const withLoner: Dataset = {
      ...miniDataset,
      actors: [
        ...miniDataset.actors,
        { id: 'loner', name: 'Loner', kind: 'person', aliases: [], description: '' },
      ],
    };
    const positions = await computeLayout(withLoner);
    expectSane(withLoner, positions);
    const pts = [...positions.values()];
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const d = Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y);
        // Nodes are drawn up to 64 px wide, with a label below: nobody may sit on anybody else.
        expect(d).toBeGreaterThanOrEqual(MIN_SEPARATION - 0.2);
      }
    }
  });

  it('keeps a memo-sized graph (40 actors, 90 relations) spaced out', async () => {
    const dataset = synthetic(40, 90, 5);
    const pts = [...(await computeLayout(dataset)).values()];
    let min = Infinity;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        min = Math.min(min, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
      }
    }
    expect(min).toBeGreaterThanOrEqual(MIN_SEPARATION - 0.2);
  });

  it('handles empty, single-actor and self-relation datasets without failing', async () => {
    expect((await computeLayout({ ...miniDataset, actors: [], relations: [] })).size).toBe(0);
    const one = await computeLayout({
      ...miniDataset,
      actors: [miniDataset.actors[0]!],
      relations: [],
    });
    expect([...one]).toEqual([['front', { x: 0, y: 0 }]]);
    const odd: Dataset = {
      ...miniDataset,
      relations: [
        ...miniDataset.relations,
        { ...miniDataset.relations[0]!, id: 'self', target: miniDataset.relations[0]!.source },
        { ...miniDataset.relations[0]!, id: 'dangling', target: 'nobody' },
      ],
    };
    expectSane(odd, await computeLayout(odd));
  });

  it('lays out 200 and 1,000 actors deterministically, related actors nearer than most', async () => {
    for (const [actors, relations] of [
      [200, 400],
      [1000, 2000],
    ] as const) {
      const dataset = synthetic(actors, relations);
      const first = await computeLayout(dataset);
      expectSane(dataset, first);
      // A picture that ignored the relations would put related actors as far apart as any two.
      expect(meanRelatedDistance(dataset, first)).toBeLessThan(meanPairDistance(first) * 0.7);
      if (actors === 200) {
        expect(entries(await computeLayout(dataset))).toEqual(entries(first));
        expect(minDistance(first)).toBeGreaterThanOrEqual(MIN_SEPARATION - 0.2);
      }
    }
  }, 180_000);
});

describe('layoutPositions', () => {
  it('uses the stored positions for force when every actor has one', async () => {
    const stored: Dataset = {
      ...miniDataset,
      actors: miniDataset.actors.map((a, i) => ({ ...a, position: { x: i * 10, y: -i * 10 } })),
    };
    const positions = await layoutPositions(stored, 'force');
    expect(positions.get('crown')).toEqual({ x: 10, y: -10 });
    expect(storedPositions(stored)?.size).toBe(5);
    // One actor without a position: stored positions are not used at all.
    const partial: Dataset = {
      ...stored,
      actors: stored.actors.map((a, i) => (i === 0 ? { ...a, position: undefined } : a)),
    };
    expect(storedPositions(partial)).toBeNull();
    expect(entries(await layoutPositions(partial, 'force'))).toEqual(
      entries(await computeLayout(partial)),
    );
  });

  it('gives every layout finite, distinct, repeatable positions', async () => {
    const dataset = synthetic(40, 90);
    for (const layout of LAYOUTS) {
      const a = await layoutPositions(dataset, layout);
      expectSane(dataset, a);
      expect(entries(await layoutPositions(dataset, layout)), layout).toEqual(entries(a));
    }
  });

  it('puts the most connected actor at the centre of the concentric layout', async () => {
    const positions = await layoutPositions(miniDataset, 'concentric');
    // The Front takes part in five relations, more than anyone else.
    expect(positions.get('front')).toEqual({ x: 0, y: 0 });
    const radii = ['crown', 'league', 'envoys', 'xss'].map((id) => {
      const p = positions.get(id)!;
      return Math.round(Math.hypot(p.x, p.y));
    });
    expect(new Set(radii).size).toBe(1);
  });

  it('groups the circle by actor kind', async () => {
    const positions = await layoutPositions(miniDataset, 'circle');
    // First on the circle (at the top) is the first kind present in ACTOR_KINDS order.
    const top = [...positions].reduce((best, cur) => (cur[1].y < best[1].y ? cur : best));
    expect(top[0]).toBe('front');
  });
});
