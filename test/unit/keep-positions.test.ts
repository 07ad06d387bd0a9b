import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { keepPositions } from '../../src/model/layout/keep-positions.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

describe('keepPositions: an edited dataset keeps the picture the analyst was looking at', () => {
  const index = indexDataset(miniDataset);
  const actors = miniDataset.actors.map((a) => a.id);
  const drawn = new Map(actors.map((id, i) => [id, { x: i * 100, y: (i % 2) * 100 }]));

  it('leaves every drawn actor exactly where it was', () => {
    const out = keepPositions(index, drawn);
    for (const [id, p] of drawn) expect(out.get(id)).toEqual(p);
    expect(out.size).toBe(actors.length);
  });

  it('puts a new actor beside the actors it is related to, clear of every other', () => {
    const [first, second] = actors;
    const missing = second!;
    const partial = new Map(drawn);
    partial.delete(missing);
    const out = keepPositions(index, partial, 60);
    const p = out.get(missing)!;
    expect(p).toBeDefined();
    for (const [id, q] of partial) {
      expect(Math.hypot(p.x - q.x, p.y - q.y), `from ${id}`).toBeGreaterThanOrEqual(60);
    }
    // Near its related actors: closer to their centre than the graph is wide.
    const related = (index.relationsByActor.get(missing) ?? [])
      .map((r) => (r.source === missing ? r.target : r.source))
      .map((id) => partial.get(id))
      .filter((q) => q !== undefined);
    expect(related.length, `${missing} has drawn relations (fixture)`).toBeGreaterThan(0);
    const cx = related.reduce((s, q) => s + q.x, 0) / related.length;
    const cy = related.reduce((s, q) => s + q.y, 0) / related.length;
    expect(Math.hypot(p.x - cx, p.y - cy)).toBeLessThan(60 * 4);
    expect(out.get(first!)).toEqual(drawn.get(first!));
  });

  it('places actors with nothing drawn yet apart from one another', () => {
    const out = keepPositions(index, new Map(), 50);
    const points = [...out.values()];
    expect(points).toHaveLength(actors.length);
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        ).toBeGreaterThanOrEqual(50);
  });
});
