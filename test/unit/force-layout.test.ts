import { describe, expect, it } from 'vitest';
import { forceLayout, type SpringGraph } from '../../src/model/layout/force-layout.ts';
import {
  computeLayout,
  draftLayout,
  FCOSE_ACTOR_LIMIT,
  springGraph,
} from '../../src/layout/layout.ts';
import { needsDraft, type Point } from '../../src/model/layout/layout-input.ts';
import type { Dataset } from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { scaleDataset } from '../fixtures/scale-dataset.ts';

function entries(positions: ReadonlyMap<string, Point>): [string, Point][] {
  return [...positions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function distance(p: Point, q: Point): number {
  return Math.hypot(p.x - q.x, p.y - q.y);
}

function isRounded(n: number): boolean {
  return Math.round(n * 10) / 10 === n;
}

function meanRelatedDistance(dataset: Dataset, positions: ReadonlyMap<string, Point>): number {
  let sum = 0;
  for (const r of dataset.relations)
    sum += distance(positions.get(r.source)!, positions.get(r.target)!);
  return sum / dataset.relations.length;
}

/** Mean distance over 4,000 pairs of actors picked without regard to their relations. */
function meanSampledDistance(dataset: Dataset, positions: ReadonlyMap<string, Point>): number {
  const ids = dataset.actors.map((a) => a.id);
  let sum = 0;
  for (let i = 0; i < 4000; i++) {
    sum += distance(
      positions.get(ids[i % ids.length]!)!,
      positions.get(ids[(i * 7919) % ids.length]!)!,
    );
  }
  return sum / 4000;
}

/** Two cliques of six joined by one relation, and two actors on their own. */
function twoCliques(): SpringGraph {
  const s: number[] = [];
  const t: number[] = [];
  for (const base of [0, 6]) {
    for (let i = 0; i < 6; i++) {
      for (let j = i + 1; j < 6; j++) {
        s.push(base + i);
        t.push(base + j);
      }
    }
  }
  s.push(0);
  t.push(6);
  return {
    n: 14,
    source: Int32Array.from(s),
    target: Int32Array.from(t),
    weight: new Float64Array(s.length).fill(1),
  };
}

describe('forceLayout', () => {
  it('puts related actors near each other and communities apart', () => {
    const { xs, ys } = forceLayout(twoCliques(), { quality: 'refined', edgeLength: 80, seed: 1 });
    const at = (i: number): Point => ({ x: xs[i]!, y: ys[i]! });
    let within = 0;
    let across = 0;
    for (let i = 0; i < 6; i++) {
      for (let j = 0; j < 6; j++) {
        if (i === j) continue;
        within += distance(at(i), at(j)) + distance(at(6 + i), at(6 + j));
        across += 2 * distance(at(i), at(6 + j));
      }
    }
    expect(within).toBeLessThan(across * 0.6);
    for (let i = 0; i < 14; i++)
      expect(Number.isFinite(xs[i]!) && Number.isFinite(ys[i]!)).toBe(true);
  });

  it('keeps a separate component and lone actors in the picture, not at its edge', () => {
    const { xs, ys } = forceLayout(twoCliques(), { quality: 'draft', edgeLength: 80, seed: 1 });
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    // Twelve actors and two loners fit in a few edge lengths, not thousands of px.
    expect(Math.max(width, height)).toBeLessThan(80 * 12);
    // Centred on the origin.
    expect(Math.abs(Math.max(...xs) + Math.min(...xs))).toBeLessThan(1e-6);
  });

  it('is deterministic, and the refined picture differs from the draft', () => {
    const graph = twoCliques();
    const a = forceLayout(graph, { quality: 'draft', edgeLength: 80, seed: 3 });
    const b = forceLayout(graph, { quality: 'draft', edgeLength: 80, seed: 3 });
    expect([...a.xs]).toEqual([...b.xs]);
    expect([...a.ys]).toEqual([...b.ys]);
    const refined = forceLayout(graph, { quality: 'refined', edgeLength: 80, seed: 3 });
    expect([...refined.xs]).not.toEqual([...a.xs]);
  });

  it('handles empty and one-actor graphs', () => {
    const none = forceLayout(
      { n: 0, source: new Int32Array(), target: new Int32Array(), weight: new Float64Array() },
      { quality: 'draft', edgeLength: 80, seed: 1 },
    );
    expect(none.xs.length).toBe(0);
    const one = forceLayout(
      { n: 1, source: new Int32Array(), target: new Int32Array(), weight: new Float64Array() },
      { quality: 'refined', edgeLength: 80, seed: 1 },
    );
    expect([one.xs[0], one.ys[0]]).toEqual([0, 0]);
  });
});

describe('springGraph', () => {
  it('numbers actors in id order and makes one spring per pair, parallel relations adding weight', () => {
    const { ids, graph } = springGraph(miniDataset);
    expect(ids).toEqual(['crown', 'envoys', 'front', 'league', 'xss']);
    const spring = (a: string, b: string): number => {
      const [s, t] = [ids.indexOf(a), ids.indexOf(b)].sort((x, y) => x - y);
      const e = [...graph.source].findIndex((x, i) => x === s && graph.target[i] === t);
      return e === -1 ? 0 : graph.weight[e]!;
    };
    // front–crown holds r2 and r3, crown–league r4 and r6 (in either direction).
    expect(spring('front', 'crown')).toBe(2);
    expect(spring('league', 'crown')).toBe(2);
    expect(spring('front', 'envoys')).toBe(1);
    expect(spring('envoys', 'xss')).toBe(0);
    expect(graph.source.length).toBe(5);
    // Springs in canonical order, whatever the order of the relations.
    const reversed = springGraph({
      ...miniDataset,
      relations: [...miniDataset.relations].reverse(),
    });
    expect([...reversed.graph.source]).toEqual([...graph.source]);
    expect([...reversed.graph.target]).toEqual([...graph.target]);
  });
});

describe('large-graph layouts', () => {
  const big = scaleDataset(1500, 4000);

  it('needs a draft above 1,000 actors or 3,000 relations', () => {
    expect(needsDraft(miniDataset)).toBe(false);
    expect(needsDraft(scaleDataset(900, 2900))).toBe(false);
    expect(needsDraft(scaleDataset(1001, 1500))).toBe(true);
    expect(needsDraft(scaleDataset(500, 3001))).toBe(true);
    expect(FCOSE_ACTOR_LIMIT).toBe(1000);
  });

  it('drafts and refines deterministically, in any actor or relation order', async () => {
    const shuffled: Dataset = {
      ...big,
      actors: [...big.actors].reverse(),
      relations: [...big.relations].reverse(),
    };
    const draft = draftLayout(big);
    expect(entries(draftLayout(shuffled))).toEqual(entries(draft));
    const refined = await computeLayout(big);
    expect(entries(await computeLayout(shuffled))).toEqual(entries(refined));
    expect(entries(refined)).not.toEqual(entries(draft));
    expect(refined.size).toBe(1500);
    for (const p of refined.values()) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(Math.round(p.x * 10) / 10).toBe(p.x);
    }
  });

  it('keeps related actors closer than unrelated ones', async () => {
    const positions = await computeLayout(big);
    const at = (id: string): Point => positions.get(id)!;
    let related = 0;
    for (const r of big.relations) related += distance(at(r.source), at(r.target));
    related /= big.relations.length;
    let unrelated = 0;
    for (let i = 0; i < 4000; i++)
      unrelated += distance(at(`a${i % 1500}`), at(`a${(i * 7919) % 1500}`));
    unrelated /= 4000;
    expect(related).toBeLessThan(unrelated * 0.5);
  });

  it('lays out 5,000 and 20,000 actors repeatably, finite, rounded, distinct and centred', async () => {
    for (const [actors, relations] of [
      [5000, 25_000],
      [20_000, 100_000],
    ] as const) {
      const dataset = scaleDataset(actors, relations);
      const draft = draftLayout(dataset);
      expect(entries(draftLayout(dataset))).toEqual(entries(draft));
      const refined = await computeLayout(dataset);
      for (const [name, positions] of [
        ['draft', draft],
        ['refined', refined],
      ] as const) {
        const label = `${actors} actors, ${name}`;
        expect(positions.size, label).toBe(actors);
        const points = [...positions.values()];
        // Finite and rounded to 0.1 px, as computeLayout documents.
        const unrounded = points.find(
          (p) =>
            !Number.isFinite(p.x) || !Number.isFinite(p.y) || !isRounded(p.x) || !isRounded(p.y),
        );
        expect(unrounded, label).toBeUndefined();
        expect(
          new Set(points.map((p) => `${p.x},${p.y}`)).size,
          `${label}: actors on one spot`,
        ).toBe(actors);
        // Centred near the origin: within one edge length of the collection layout (80 px).
        const xs = points.map((p) => p.x);
        const ys = points.map((p) => p.y);
        expect(Math.abs(Math.min(...xs) + Math.max(...xs)) / 2, label).toBeLessThan(80);
        expect(Math.abs(Math.min(...ys) + Math.max(...ys)) / 2, label).toBeLessThan(80);
        expect(meanRelatedDistance(dataset, positions), label).toBeLessThan(
          meanSampledDistance(dataset, positions) * 0.5,
        );
      }
    }
  }, 180_000);
});
