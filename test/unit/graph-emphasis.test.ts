import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { elementFactory } from '../../src/ui/graph/element-definitions.ts';
import { emptySync, populate, syncVisibility } from '../../src/ui/graph/element-sync.ts';
import { emphasise } from '../../src/ui/graph/selection-emphasis.ts';
import type { SizeTier } from '../../src/ui/graph-style.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/**
 * The selection's emphasis, against headless Cytoscape. The mini dataset's relations:
 * r1 front–envoys, r2 front–crown, r3 crown–front, r4 league–crown, r5 league–front,
 * r6 crown–league, r7 xss–front.
 */
const index = indexDataset(miniDataset);
const cores: cytoscape.Core[] = [];

afterEach(() => {
  for (const cy of cores.splice(0)) cy.destroy();
});

function drawn(tier: SizeTier, wanted: ReadonlySet<string> | null = null) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cores.push(cy);
  const state = emptySync(tier === 'large');
  const factory = elementFactory({ index, tier, placement: new Map(), near: false });
  populate(cy, state, index, null, factory);
  if (wanted) syncVisibility(cy, state, wanted, factory);
  return { cy, shown: state.shownRelations };
}

function classed(cy: cytoscape.Core, cls: string): string[] {
  return cy
    .elements(`.${cls}`)
    .map((e) => e.id())
    .sort();
}

describe('selection emphasis', () => {
  it('marks a selected relation and its two actors, nothing else', () => {
    const { cy, shown } = drawn('detailed');
    const marked = emphasise(cy, { kind: 'relation', id: 'r3' }, shown, 'detailed');
    expect(classed(cy, 'selected')).toEqual(['r3']);
    expect(classed(cy, 'endpoint')).toEqual(['crown', 'front']);
    expect(classed(cy, 'faded')).toEqual([]);
    expect(marked!.map((e) => e.id()).sort()).toEqual(['crown', 'front', 'r3']);
  });

  it('detailed tier: an actor, its neighbours, and the rest faded', () => {
    const { cy, shown } = drawn('detailed');
    const marked = emphasise(cy, { kind: 'actor', id: 'crown' }, shown, 'detailed');
    expect(classed(cy, 'selected')).toEqual(['crown']);
    expect(classed(cy, 'neighbour')).toEqual(['front', 'league']);
    expect(classed(cy, 'faded')).toEqual(['envoys', 'r1', 'r5', 'r7', 'xss']);
    expect(classed(cy, 'neighbourhood')).toEqual([]);
    // Everything carries a class, so everything is cleared next time.
    expect(marked!.length).toBe(cy.elements().length);
  });

  it('large tier: the neighbourhood drawn wider instead of fading the rest', () => {
    const { cy, shown } = drawn('large');
    const marked = emphasise(cy, { kind: 'actor', id: 'crown' }, shown, 'large');
    expect(classed(cy, 'neighbourhood')).toEqual(['r2', 'r3', 'r4', 'r6']);
    expect(classed(cy, 'faded')).toEqual([]);
    expect(marked!.map((e) => e.id()).sort()).toEqual([
      'crown',
      'front',
      'league',
      'r2',
      'r3',
      'r4',
      'r6',
    ]);
  });

  it('follows the filter: hidden relations are not part of the neighbourhood', () => {
    const { cy, shown } = drawn('detailed', new Set(['r1', 'r2', 'r3']));
    emphasise(cy, { kind: 'actor', id: 'crown' }, shown, 'detailed');
    expect(classed(cy, 'neighbour')).toEqual(['front']);
    expect(classed(cy, 'faded')).toContain('league');
    expect(classed(cy, 'faded')).toContain('r4');
  });

  it('marks nothing for no selection, or for what is not drawn', () => {
    const { cy, shown } = drawn('large', new Set(['r1']));
    expect(emphasise(cy, null, shown, 'large')).toBeNull();
    expect(emphasise(cy, { kind: 'actor', id: 'league' }, shown, 'large')).toBeNull();
    expect(emphasise(cy, { kind: 'relation', id: 'r6' }, shown, 'large')).toBeNull();
    // An id of the other kind is not taken for it.
    expect(emphasise(cy, { kind: 'relation', id: 'front' }, shown, 'large')).toBeNull();
    expect(cy.elements('.selected, .endpoint, .neighbour, .neighbourhood, .faded')).toHaveLength(0);
  });
});
