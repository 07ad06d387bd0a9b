import { describe, expect, it } from 'vitest';
import {
  describeScope,
  GRAPH_RELATION_BUDGET,
  graphScope,
  type ScopeTruncation,
} from '../../src/model/explorer/overview.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import type { Relation } from '../../src/model/contract/types.ts';
import {
  visibleRelations,
  INITIAL_STATE,
  setTypeVisible,
} from '../../src/model/explorer/view-state.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { scaleDataset } from '../fixtures/scale-dataset.ts';

const mini = indexDataset(miniDataset);
const all = miniDataset.relations;
const sorted = (ids: ReadonlySet<string> | null) => [...(ids ?? [])].sort();

// In the mini dataset, by number of relations: front 5, crown 4, league 3, envoys 1, xss 1.
// A relation enters the overview once both its ends are among the top k actors:
//   r2 r3 (front–crown) at k = 2; r4 r5 r6 (league with front or crown) at k = 3;
//   r1 (front–envoys) at k = 4; r7 (xss–front) at k = 5.

describe('graphScope', () => {
  it('draws every visible relation while they fit the budget', () => {
    expect(graphScope(mini, all, null, 7)).toEqual({ relationIds: null, truncated: null });
    expect(graphScope(mini, all, null)).toEqual({ relationIds: null, truncated: null });
    expect(GRAPH_RELATION_BUDGET).toBeGreaterThanOrEqual(10_000);
  });

  it('keeps the relations among the most connected actors, as many as the budget allows', () => {
    const five = graphScope(mini, all, null, 5);
    expect(sorted(five.relationIds)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
    expect(five.truncated).toEqual({
      drawnRelations: 5,
      visibleRelations: 7,
      drawnActors: 3,
      visibleActors: 5,
      rule: 'most-connected',
      topActors: 3,
      selectionRelations: 0,
      selectionKind: null,
    });
    // Whole actors only: four relations would split the league's three, so only front–crown.
    const four = graphScope(mini, all, null, 4);
    expect(sorted(four.relationIds)).toEqual(['r2', 'r3']);
    expect(four.truncated).toMatchObject({ drawnRelations: 2, topActors: 2, drawnActors: 2 });
    const six = graphScope(mini, all, null, 6);
    expect(sorted(six.relationIds)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('counts lines rather than relations when asked: a pair’s parallel relations are one line', () => {
    // front–crown (r2 r3) is one line; league–crown (r4 r6) one more, league–front (r5) a third.
    const three = graphScope(mini, all, null, 3, 'lines');
    expect(sorted(three.relationIds)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
    expect(three.truncated).toMatchObject({ drawnRelations: 5, topActors: 3, drawnActors: 3 });
    // Counted in relations, the same three lines would need a budget of five.
    expect(sorted(graphScope(mini, all, null, 3).relationIds)).toEqual(['r2', 'r3']);
    const four = graphScope(mini, all, null, 4, 'lines');
    expect(sorted(four.relationIds)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    // Five lines draw all seven relations: nothing is left out, and nothing is said to be.
    expect(graphScope(mini, all, null, 5, 'lines')).toEqual({ relationIds: null, truncated: null });
    // The selected actor's line is always drawn and takes its place in the budget: with it,
    // the league's two lines no longer fit.
    const envoys = graphScope(mini, all, { kind: 'actor', id: 'envoys' }, 3, 'lines');
    expect(sorted(envoys.relationIds)).toEqual(['r1', 'r2', 'r3']);
    expect(envoys.truncated).toMatchObject({
      topActors: 2,
      selectionRelations: 1,
      selectionKind: 'actor',
    });
  });

  it('ranks by relations among the visible ones, not in the whole dataset', () => {
    // Without r2 and r3, the crown has two visible relations (r4 r6), as has the front (r5 r7)
    // once r1 is gone too; the league (r4 r5 r6) leads.
    const visible = all.filter((r) => !['r1', 'r2', 'r3'].includes(r.id));
    const scope = graphScope(mini, visible, null, 3);
    expect(sorted(scope.relationIds)).toEqual(['r4', 'r5', 'r6']);
    expect(scope.truncated).toMatchObject({ visibleRelations: 4, visibleActors: 4, topActors: 3 });
  });

  it('always includes the selected actor’s visible relations', () => {
    const scope = graphScope(mini, all, { kind: 'actor', id: 'envoys' }, 4);
    // r1 is the envoys' only relation; the rest of the budget goes to the top actors.
    expect(sorted(scope.relationIds)).toEqual(['r1', 'r2', 'r3']);
    expect(scope.truncated).toMatchObject({
      drawnRelations: 3,
      topActors: 2,
      selectionRelations: 1,
      selectionKind: 'actor',
      drawnActors: 3,
    });
    // A hidden relation of the selected actor stays hidden.
    const visible = all.filter((r) => r.id !== 'r7');
    const xss = graphScope(mini, visible, { kind: 'actor', id: 'xss' }, 4);
    expect(xss.relationIds!.has('r7')).toBe(false);
    expect(xss.truncated!.selectionRelations).toBe(0);
  });

  it('always includes the selected relation, even when the selection alone exceeds the budget', () => {
    const relation = graphScope(mini, all, { kind: 'relation', id: 'r7' }, 5);
    expect(sorted(relation.relationIds)).toEqual(['r2', 'r3', 'r7']);
    expect(relation.truncated).toMatchObject({
      selectionRelations: 1,
      selectionKind: 'relation',
    });
    // The front takes part in five relations; with a budget of four the reader still gets them.
    const front = graphScope(mini, all, { kind: 'actor', id: 'front' }, 4);
    expect(sorted(front.relationIds)).toEqual(['r1', 'r2', 'r3', 'r5', 'r7']);
    expect(front.truncated).toMatchObject({ topActors: 0, selectionRelations: 5 });
    // A selected relation the top actors include anyway is no addition.
    const inside = graphScope(mini, all, { kind: 'relation', id: 'r2' }, 5);
    expect(sorted(inside.relationIds)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
    expect(inside.truncated).toMatchObject({ selectionRelations: 0, selectionKind: null });
  });

  it('ignores a paragraph selection and selections of what is not visible', () => {
    const paragraph = graphScope(
      mini,
      all,
      { kind: 'paragraph', document: 'mini-doc', id: 'p1' },
      5,
    );
    expect(sorted(paragraph.relationIds)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
    const gone = graphScope(mini, all, { kind: 'actor', id: 'nobody' }, 5);
    expect(sorted(gone.relationIds)).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
  });

  it('is deterministic: ties by actor id, whatever the order of the relations', () => {
    // Envoys and xss both take part in one relation: envoys comes first by id.
    const first = graphScope(mini, all, null, 6);
    const reversed = graphScope(mini, [...all].reverse(), null, 6);
    expect(sorted(reversed.relationIds)).toEqual(sorted(first.relationIds));
    expect(reversed.truncated).toEqual(first.truncated);
    expect(first.relationIds!.has('r1')).toBe(true);
    expect(first.relationIds!.has('r7')).toBe(false);
  });

  it('never draws a relation whose end is not a known actor', () => {
    const dangling: Relation = { ...all[0]!, id: 'dangling', target: 'nobody' };
    const scope = graphScope(mini, [...all, dangling], { kind: 'relation', id: 'dangling' }, 6);
    expect(scope.relationIds!.has('dangling')).toBe(false);
    expect(scope.truncated).toMatchObject({ visibleRelations: 8, visibleActors: 5 });
  });

  it('scopes 100,000 relations within the budget', () => {
    const index = indexDataset(scaleDataset(20_000, 100_000));
    const visible = index.dataset.relations;
    const hub = 'a0';
    const scope = graphScope(index, visible, { kind: 'actor', id: hub });
    const t = scope.truncated!;
    expect(scope.relationIds!.size).toBe(t.drawnRelations);
    expect(t.drawnRelations).toBeLessThanOrEqual(GRAPH_RELATION_BUDGET);
    // Whole actors only: the next actor's relations would not have fitted.
    expect(t.drawnRelations).toBeGreaterThan(GRAPH_RELATION_BUDGET - 200);
    expect(t.visibleRelations).toBe(100_000);
    expect(t.visibleActors).toBe(20_000);
    for (const r of index.relationsByActor.get(hub)!)
      expect(scope.relationIds!.has(r.id)).toBe(true);
    // Every drawn relation joins two of the top actors or belongs to the selected hub.
    const degree = new Map<string, number>();
    for (const r of visible) {
      degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
      degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    }
    const ranked = [...degree.keys()].sort(
      (a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : 1),
    );
    const top = new Set(ranked.slice(0, t.topActors));
    for (const id of scope.relationIds!) {
      const r = index.relationById.get(id)!;
      expect((top.has(r.source) && top.has(r.target)) || r.source === hub || r.target === hub).toBe(
        true,
      );
    }
    expect(graphScope(index, visible, { kind: 'actor', id: hub })).toEqual(scope);

    // Hiding a type brings the budget within reach of fewer, other actors.
    let state = INITIAL_STATE;
    for (let i = 1; i < 6; i++) state = setTypeVisible(state, `type-${i}`, false);
    const oneType = visibleRelations(index, state);
    expect(oneType.length).toBeLessThan(GRAPH_RELATION_BUDGET);
    expect(graphScope(index, oneType, null).relationIds).toBeNull();
  });
});

describe('describeScope', () => {
  const base: ScopeTruncation = {
    drawnRelations: 25_000,
    visibleRelations: 100_000,
    drawnActors: 3_112,
    visibleActors: 20_000,
    rule: 'most-connected',
    topActors: 3_112,
    selectionRelations: 0,
    selectionKind: null,
  };

  it('says what the graph shows, of how many, and where the rest are', () => {
    expect(describeScope(base)).toBe(
      'The graph shows the 25,000 relations among the 3,112 most connected actors of 100,000 visible relations. Filter by relation type or select an actor to see others; the table lists them all.',
    );
  });

  it('names what the selection adds', () => {
    expect(
      describeScope({
        ...base,
        drawnRelations: 24_990,
        selectionRelations: 40,
        selectionKind: 'actor',
      }),
    ).toBe(
      'The graph shows 24,990 of 100,000 visible relations: 24,950 relations among the 3,112 most connected actors, and 40 more relations of the selected actor. Filter by relation type or select an actor to see others; the table lists them all.',
    );
    expect(
      describeScope({
        ...base,
        drawnRelations: 24_991,
        selectionRelations: 1,
        selectionKind: 'relation',
      }),
    ).toMatch(
      /^The graph shows 24,991 of 100,000 visible relations: 24,990 relations among the 3,112 most connected actors, and the selected relation\. /,
    );
    expect(
      describeScope({
        ...base,
        drawnRelations: 30_000,
        topActors: 0,
        selectionRelations: 30_000,
        selectionKind: 'actor',
      }),
    ).toMatch(
      /^The graph shows 30,000 of 100,000 visible relations: the 30,000 relations of the selected actor\. /,
    );
  });

  it('matches what graphScope reports', () => {
    expect(
      describeScope(graphScope(mini, all, { kind: 'actor', id: 'envoys' }, 4).truncated!),
    ).toBe(
      'The graph shows 3 of 7 visible relations: 2 relations among the 2 most connected actors, and 1 more relation of the selected actor. Filter by relation type or select an actor to see others; the table lists them all.',
    );
  });
});
