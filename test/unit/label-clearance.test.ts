import { describe, expect, it } from 'vitest';
import { buildFromFolders } from '../../src/cli/compile.ts';
import { layoutStep } from '../../src/cli/build-steps.ts';
import {
  clearLabels,
  labelledNodes,
  labelProblems,
} from '../../src/model/layout/label-clearance.ts';
import type { Dataset } from '../../src/model/contract/types.ts';

/** One straight edge per related pair, as the explorer draws parallel relations at the overview. */
function pairs(dataset: Dataset): { source: string; target: string }[] {
  const byPair = new Map<string, { source: string; target: string }>();
  for (const r of dataset.relations) {
    const key = [r.source, r.target].sort().join('\u0000');
    if (!byPair.has(key)) byPair.set(key, { source: r.source, target: r.target });
  }
  return [...byPair.values()];
}

function actorsOf(dataset: Dataset) {
  const degree = new Map<string, number>();
  for (const r of dataset.relations)
    for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  return dataset.actors.map((a) => ({
    id: a.id,
    name: a.name,
    x: a.position!.x,
    y: a.position!.y,
    degree: degree.get(a.id) ?? 0,
  }));
}

describe('the memo’s own layout', () => {
  it('has no relation crossing a label, and room for every label, at the size the explorer draws them', async () => {
    const built = await buildFromFolders(
      ['graph-data/peru-hostages-1996'],
      process.cwd(),
      [layoutStep],
      'memo.json',
    );
    const dataset = built.dataset!;
    // 21 model px is 11 CSS px at the zoom the memo's graph is fitted at on a desktop screen.
    const { crossings, hidden } = labelProblems(
      labelledNodes(actorsOf(dataset), 21, 0),
      pairs(dataset),
    );
    expect(crossings.map((c) => `${c.edge.source}–${c.edge.target} crosses ${c.label}`)).toEqual(
      [],
    );
    expect(hidden).toEqual([]);
  });
});

describe('label clearance', () => {
  it('moves an actor off another pair’s relation, and stops when nothing is left', () => {
    const actors = [
      { id: 'a', name: 'Alpha', x: -300, y: 0, degree: 1 },
      { id: 'b', name: 'Bravo', x: 300, y: 0, degree: 1 },
      { id: 'd', name: 'Delta', x: -300, y: -40, degree: 1 },
      { id: 'e', name: 'Echo', x: 300, y: -40, degree: 1 },
      // Between two relations: wherever its label goes, one of them crosses it.
      { id: 'c', name: 'Charlie Foxtrot Golf', x: 0, y: -20, degree: 0 },
    ];
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'd', target: 'e' },
    ];
    expect(labelProblems(labelledNodes(actors, 20, 0), edges).crossings.length).toBeGreaterThan(0);
    const result = clearLabels(actors, edges, { fontSize: 20 });
    expect(result).toMatchObject({ crossings: 0, hidden: 0 });
    const moved = actors.map((a) => ({ ...a, ...result.positions.get(a.id)! }));
    expect(labelProblems(labelledNodes(moved, 20, 0), edges).crossings).toEqual([]);
    // The same input gives the same positions.
    expect(clearLabels(actors, edges, { fontSize: 20 }).positions).toEqual(result.positions);
  });
});
