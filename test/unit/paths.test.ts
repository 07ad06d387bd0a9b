import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import {
  describeFocus,
  focusFromParams,
  writeFocusParams,
} from '../../src/model/explorer/focus.ts';
import { hideNegated, INITIAL_FILTERS } from '../../src/model/explorer/filters.ts';
import { neighbourhood } from '../../src/model/explorer/neighbourhood.ts';
import { shortestPaths } from '../../src/model/explorer/paths.ts';
import {
  INITIAL_STATE,
  fromSearchParams,
  setFilters,
  setFocus,
  toSearchParams,
  visibleRelations,
} from '../../src/model/explorer/view-state.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);
const pool = miniDataset.relations;
const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);
const chain = (p: readonly { relation: { id: string }; from: string; to: string }[]) =>
  p.map((s) => `${s.from}-${s.relation.id}-${s.to}`).join(' ');

describe('neighbourhood', () => {
  it('walks relations both ways, one to three steps', () => {
    expect(ids(neighbourhood('envoys', 1, pool).relations)).toEqual(['r1']);
    expect(ids(neighbourhood('envoys', 2, pool).relations)).toEqual(['r1', 'r2', 'r3', 'r5', 'r7']);
    expect(ids(neighbourhood('envoys', 3, pool).relations)).toEqual(ids(pool));
    expect(Object.fromEntries(neighbourhood('envoys', 2, pool).actors)).toEqual({
      envoys: 0,
      front: 1,
      crown: 2,
      league: 2,
      xss: 2,
    });
  });

  it('an actor with no relation in the pool has only itself', () => {
    expect(
      neighbourhood(
        'envoys',
        3,
        pool.filter((r) => r.id !== 'r1'),
      ).relations,
    ).toEqual([]);
  });
});

describe('shortest paths', () => {
  it('finds the shortest path, walking a relation against its direction where needed', () => {
    const result = shortestPaths('envoys', 'league', pool);
    expect(result.length).toBe(2);
    // r5 runs League → Front; the path walks it from the Front to the League.
    expect(result.paths.map(chain)).toEqual(['envoys-r1-front front-r5-league']);
  });

  it('finds every shortest path, parallel relations included, and affirmed-only avoids the rest', () => {
    const result = shortestPaths('envoys', 'league', pool, { affirmedOnly: true });
    expect(result.length).toBe(3);
    expect(result.paths.map(chain).sort()).toEqual([
      'envoys-r1-front front-r2-crown crown-r4-league',
      'envoys-r1-front front-r2-crown crown-r6-league',
    ]);
  });

  it('says when actors are not connected, and caps the number of paths', () => {
    const apart = shortestPaths(
      'envoys',
      'league',
      pool.filter((r) => r.id !== 'r1'),
    );
    expect(apart).toEqual({ paths: [], length: null, truncated: false });
    const capped = shortestPaths('envoys', 'league', pool, { affirmedOnly: true, limit: 1 });
    expect(capped.paths).toHaveLength(1);
    expect(capped.truncated).toBe(true);
  });
});

describe('focus in the view and the URL', () => {
  it('narrows the visible relations after the filters', () => {
    const near = setFocus(INITIAL_STATE, { kind: 'neighbourhood', actor: 'envoys', steps: 2 });
    expect(ids(visibleRelations(index, near))).toEqual(['r1', 'r2', 'r3', 'r5', 'r7']);
    const filtered = setFilters(near, hideNegated(INITIAL_FILTERS, true));
    expect(ids(visibleRelations(index, filtered))).toEqual(['r1', 'r2', 'r5', 'r7']);
    const path = setFocus(INITIAL_STATE, {
      kind: 'path',
      from: 'envoys',
      to: 'league',
      affirmedOnly: true,
    });
    expect(ids(visibleRelations(index, path))).toEqual(['r1', 'r2', 'r4', 'r6']);
  });

  it('round-trips near=&steps= and path=a..b&affirmed=1', () => {
    for (const focus of [
      { kind: 'neighbourhood', actor: 'crown', steps: 3 },
      { kind: 'path', from: 'envoys', to: 'league', affirmedOnly: true },
      { kind: 'path', from: 'league', to: 'xss', affirmedOnly: false },
    ] as const) {
      const s = setFocus(INITIAL_STATE, focus);
      const p = toSearchParams(s, index);
      expect(fromSearchParams(p, index)).toEqual({ state: s, problems: [] });
    }
    const p = new URLSearchParams();
    writeFocusParams({ kind: 'path', from: 'envoys', to: 'league', affirmedOnly: true }, p);
    expect(p.toString()).toBe('path=envoys..league&affirmed=1');
  });

  it('reports what it cannot honour', () => {
    expect(focusFromParams(new URLSearchParams('near=crown&steps=9'), index)).toEqual({
      focus: { kind: 'neighbourhood', actor: 'crown', steps: 1 },
      problems: ['A neighbourhood is 1, 2 or 3 steps, not "9"; showing 1.'],
    });
    expect(focusFromParams(new URLSearchParams('path=crown..nobody'), index).problems).toEqual([
      'The link names an actor "nobody" that this dataset does not have.',
    ]);
    expect(focusFromParams(new URLSearchParams('path=crown'), index).problems).toEqual([
      'A path is written "from..to", not "crown".',
    ]);
  });

  it('describes itself', () => {
    expect(describeFocus({ kind: 'neighbourhood', actor: 'crown', steps: 2 }, index)).toBe(
      'within 2 steps of The Crown',
    );
    expect(
      describeFocus({ kind: 'path', from: 'crown', to: 'envoys', affirmedOnly: true }, index),
    ).toBe('on the shortest paths from The Crown to The envoys, through affirmed relations only');
  });
});
