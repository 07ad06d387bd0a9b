import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import {
  describeFocus,
  focusFromParams,
  writeFocusParams,
} from '../../src/model/explorer/focus.ts';
import { hideNegated, INITIAL_FILTERS } from '../../src/model/explorer/filters.ts';
import { neighbourhood } from '../../src/model/explorer/neighbourhood.ts';
import { shortestPaths, type Route } from '../../src/model/explorer/paths.ts';
import { chainText } from '../../src/model/explorer/path-chain.ts';
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
const chain = (route: Route) =>
  route.hops.map((h) => `${h.from}-${ids(h.relations).join('/')}-${h.to}`).join(' ');

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
    expect(result.routes.map(chain)).toEqual(['envoys-r1-front front-r5-league']);
    expect(result.routes[0]!.actors).toEqual(['envoys', 'front', 'league']);
  });

  it('keeps parallel relations as evidence for one hop, and affirmed-only avoids the rest', () => {
    const result = shortestPaths('envoys', 'league', pool, { affirmedOnly: true });
    expect(result.length).toBe(3);
    expect(result.routes.map(chain)).toEqual(['envoys-r1-front front-r2-crown crown-r4/r6-league']);
    // Without the restriction, the negated r3 is evidence of the Front–Crown hop too.
    const all = shortestPaths('front', 'crown', pool);
    expect(all.routes.map(chain)).toEqual(['front-r2/r3-crown']);
  });

  it('finds every shortest route through different actors', () => {
    const result = shortestPaths(
      'xss',
      'league',
      pool.filter((r) => r.id !== 'r5'),
    );
    expect(result.length).toBe(3);
    expect(result.routes.map(chain)).toEqual(['xss-r7-front front-r2/r3-crown crown-r4/r6-league']);
    const two = shortestPaths('envoys', 'crown', [
      ...pool,
      { ...pool[0]!, id: 'rx', source: 'league', target: 'envoys' },
    ]);
    expect(two.routes.map((r) => r.actors.join(' ')).sort()).toEqual([
      'envoys front crown',
      'envoys league crown',
    ]);
  });

  it('copies as a chain with the quote, the ¶ and a citation for each relation', () => {
    const text = chainText(
      index,
      'envoys',
      'league',
      shortestPaths('envoys', 'league', pool),
      false,
    );
    expect(text.split('\n').slice(0, 7)).toEqual([
      'How The envoys connects to The League: one shortest path of 2 steps.',
      '',
      'The envoys → The Front → The League',
      '1. The envoys to The Front:',
      '   - The Front — holds hostage → The envoys · ¶1 (C)',
      '     “The Front holds the envoys”',
      expect.stringContaining('Ruritania: Envoys Held'),
    ]);
    expect(text).toContain('The League — may mediate for → The Front [indeterminate] · ¶2 (S/NF)');
  });

  it('says when actors are not connected, and caps the number of paths', () => {
    const apart = shortestPaths(
      'envoys',
      'league',
      pool.filter((r) => r.id !== 'r1'),
    );
    expect(apart).toEqual({ routes: [], length: null, truncated: false });
    const extra = [...pool, { ...pool[0]!, id: 'rx', source: 'league', target: 'envoys' }];
    const capped = shortestPaths('envoys', 'crown', extra, { limit: 1 });
    expect(capped.routes).toHaveLength(1);
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
    const neither = setFocus(INITIAL_STATE, {
      kind: 'path',
      from: 'front',
      to: 'crown',
      affirmedOnly: false,
    });
    expect(ids(visibleRelations(index, neither))).toEqual(['r2', 'r3']);
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
