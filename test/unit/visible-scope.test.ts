import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { EMPTY_VISIBLE_SCOPE, deriveVisibleScope } from '../../src/model/explorer/visible-scope.ts';
import { INITIAL_STATE, select, setTypeVisible } from '../../src/model/explorer/view-state.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const mini = indexDataset(miniDataset);

describe('deriveVisibleScope', () => {
  it('is empty before a dataset opens', () => {
    expect(deriveVisibleScope(null, INITIAL_STATE)).toBe(EMPTY_VISIBLE_SCOPE);
  });

  it('lets every relation through with no filter, and names none', () => {
    const derived = deriveVisibleScope(mini, INITIAL_STATE);
    expect(derived.visible).toBe(miniDataset.relations);
    expect(derived.visibleIds).toBeNull();
    expect(derived.scope).toEqual({ relationIds: null, truncated: null });
  });

  it('names the relations a filter lets through', () => {
    const view = setTypeVisible(INITIAL_STATE, 'holds', false);
    const derived = deriveVisibleScope(mini, view);
    const expected = miniDataset.relations.filter((r) => r.type !== 'holds').map((r) => r.id);
    expect(derived.visible.map((r) => r.id)).toEqual(expected);
    expect([...(derived.visibleIds ?? [])]).toEqual(expected);
  });

  it('filters again only when the filters, the focus or a selected paragraph change', () => {
    const filtered = setTypeVisible(INITIAL_STATE, 'holds', false);
    const first = deriveVisibleScope(mini, filtered);
    // Selecting an actor or a relation leaves the visible relations as they were: same list.
    const actor = deriveVisibleScope(mini, select(filtered, { kind: 'actor', id: 'front' }), first);
    expect(actor.visible).toBe(first.visible);
    expect(actor.visibleIds).toBe(first.visibleIds);
    // A paragraph narrows them, and a new filter changes them: both derive afresh.
    const paragraph = select(filtered, { kind: 'paragraph', document: 'mini-doc', id: 'p1' });
    const narrowed = deriveVisibleScope(mini, paragraph, actor);
    expect(narrowed.visible).not.toBe(first.visible);
    expect(narrowed.visible.every((r) => r.paragraph === 'p1')).toBe(true);
    const refiltered = deriveVisibleScope(mini, setTypeVisible(filtered, 'holds', true), first);
    expect(refiltered.visible).toBe(miniDataset.relations);
  });

  it('narrows to what a selected paragraph supports', () => {
    const view = select(INITIAL_STATE, { kind: 'paragraph', document: 'mini-doc', id: 'p1' });
    const ids = deriveVisibleScope(mini, view).visible.map((r) => r.id);
    expect(ids).toEqual(miniDataset.relations.filter((r) => r.paragraph === 'p1').map((r) => r.id));
  });

  it('draws an overview past the budget', () => {
    const derived = deriveVisibleScope(mini, INITIAL_STATE, EMPTY_VISIBLE_SCOPE, 4);
    expect(derived.scope.truncated).not.toBeNull();
    expect(derived.scope.relationIds?.size).toBeLessThanOrEqual(4);
  });

  it('keeps the drawn set when a new selection draws the same relations', () => {
    const before = deriveVisibleScope(mini, INITIAL_STATE, EMPTY_VISIBLE_SCOPE, 4);
    const drawn = [...(before.scope.relationIds ?? [])];
    const view = select(INITIAL_STATE, { kind: 'relation', id: drawn[0]! });
    const fresh = deriveVisibleScope(mini, view, EMPTY_VISIBLE_SCOPE, 4);
    expect(fresh.scope.relationIds).toEqual(before.scope.relationIds);
    expect(fresh.scope.relationIds).not.toBe(before.scope.relationIds);
    const kept = deriveVisibleScope(mini, view, before, 4);
    expect(kept.scope.relationIds).toBe(before.scope.relationIds);
    expect(kept.scope.truncated).toEqual(fresh.scope.truncated);
  });

  it('takes the new set when the drawn relations change', () => {
    const before = deriveVisibleScope(mini, INITIAL_STATE, EMPTY_VISIBLE_SCOPE, 4);
    const view = select(INITIAL_STATE, { kind: 'actor', id: 'xss' });
    const after = deriveVisibleScope(mini, view, before, 4);
    expect(after.scope.relationIds).not.toEqual(before.scope.relationIds);
  });
});
