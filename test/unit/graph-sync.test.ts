import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../src/model/dataset/query.ts';
import type { Actor, Dataset } from '../../src/model/contract/types.ts';
import type { Point } from '../../src/model/layout/layout-input.ts';
import { elementFactory } from '../../src/ui/graph/element-definitions.ts';
import {
  drawnActors,
  drawnEdgeId,
  emptySync,
  populate,
  syncBundles,
  syncVisibility,
  type SyncState,
} from '../../src/ui/graph/element-sync.ts';
import { bundleId } from '../../src/model/explorer/parallel-bundles.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/**
 * The graph's element sync against headless Cytoscape (with styles, so that `display` and
 * `:visible` mean what they mean in the browser). The mini dataset's relations:
 * r1 front–envoys, r2 front–crown, r3 crown–front, r4 league–crown, r5 league–front,
 * r6 crown–league, r7 xss–front; plus an actor without relations, "loner".
 */
const loner: Actor = { id: 'loner', name: 'Loner', kind: 'person', aliases: [], description: '' };
const dataset: Dataset = { ...miniDataset, actors: [...miniDataset.actors, loner] };
const index = indexDataset(dataset);
const ALL_ACTORS = ['crown', 'envoys', 'front', 'league', 'loner', 'xss'];
const ALL_RELATIONS = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];

const placement = new Map<string, Point>(
  dataset.actors.map((a, i) => [a.id, { x: 100 * i, y: -50 * i }]),
);

const cores: cytoscape.Core[] = [];

afterEach(() => {
  for (const cy of cores.splice(0)) cy.destroy();
  vi.restoreAllMocks();
});

function core(): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cores.push(cy);
  return cy;
}

function factory(ix: DatasetIndex = index, near = false) {
  return elementFactory({ index: ix, tier: 'detailed', placement, near });
}

function ids(
  collection: cytoscape.CollectionReturnValue | cytoscape.NodeCollection | cytoscape.EdgeCollection,
): string[] {
  return (collection as unknown as cytoscape.Collection).map((e) => e.id()).sort();
}

function visible(cy: cytoscape.Core): string[] {
  return ids(cy.elements(':visible'));
}

/** Records which elements Cytoscape reports as added, removed or restyled. */
function watch(cy: cytoscape.Core) {
  const log = { added: [] as string[], removed: [] as string[], styled: [] as string[] };
  cy.on('add', (e) => void log.added.push((e.target as cytoscape.SingularElementArgument).id()));
  cy.on(
    'remove',
    (e) => void log.removed.push((e.target as cytoscape.SingularElementArgument).id()),
  );
  cy.on('style', (e) => void log.styled.push((e.target as cytoscape.SingularElementArgument).id()));
  const sorted = () => ({
    added: [...log.added].sort(),
    removed: [...log.removed].sort(),
    styled: [...new Set(log.styled)].sort(),
  });
  return sorted;
}

function build(
  scoped: boolean,
  wanted: ReadonlySet<string> | null = null,
  ix: DatasetIndex = index,
): { cy: cytoscape.Core; state: SyncState } {
  const cy = core();
  const state = emptySync(scoped);
  populate(cy, state, ix, wanted, factory(ix));
  return { cy, state };
}

describe('element sync: display engine (memo-sized datasets)', () => {
  it('creates an element for every actor and relation, all shown, at their places', () => {
    const { cy, state } = build(false);
    expect(ids(cy.nodes())).toEqual(ALL_ACTORS);
    expect(ids(cy.edges())).toEqual(ALL_RELATIONS);
    expect(visible(cy)).toEqual([...ALL_ACTORS, ...ALL_RELATIONS].sort());
    expect([...state.shownActors].sort()).toEqual(ALL_ACTORS);
    expect([...state.shownRelations].sort()).toEqual(ALL_RELATIONS);
    expect(state.shownCount.get('front')).toBe(5);
    expect(state.shownCount.get('loner')).toBe(0);
    expect(cy.getElementById('league').position()).toEqual(placement.get('league'));
    expect(ids(drawnActors(cy, state))).toEqual(ALL_ACTORS);
  });

  it('hides filtered relations and the actors left without any, keeping every element', () => {
    const { cy, state } = build(false);
    const before = cy.elements().toArray();
    syncVisibility(cy, state, new Set(['r1', 'r2']), factory());
    expect(visible(cy)).toEqual(['crown', 'envoys', 'front', 'r1', 'r2']);
    expect(cy.getElementById('league').style('display')).toBe('none');
    expect(cy.getElementById('loner').style('display')).toBe('none');
    // Nothing was created or removed: the very same elements.
    expect(cy.elements().toArray()).toEqual(before);
    expect([...state.shownActors].sort()).toEqual(['crown', 'envoys', 'front']);
    expect(state.shownCount.get('front')).toBe(2);
    expect(state.shownCount.get('league')).toBe(0);
    expect(ids(drawnActors(cy, state))).toEqual(['crown', 'envoys', 'front']);
  });

  it('restyles only the elements whose visibility changes', () => {
    const { cy, state } = build(false, new Set(['r1', 'r2']));
    const changes = watch(cy);
    syncVisibility(cy, state, new Set(['r2', 'r7']), factory());
    // r1 goes (and envoys with it), r7 comes (and xss with it); r2, front and crown stay as
    // they were and are not touched.
    expect(changes()).toEqual({ added: [], removed: [], styled: ['envoys', 'r1', 'r7', 'xss'] });
    expect(visible(cy)).toEqual(['crown', 'front', 'r2', 'r7', 'xss']);
  });

  it('touches nothing when the set asks for what is already shown', () => {
    const { cy, state } = build(false, new Set(['r1']));
    const changes = watch(cy);
    syncVisibility(cy, state, new Set(['r1']), factory());
    expect(changes()).toEqual({ added: [], removed: [], styled: [] });
  });

  it('shows actors without relations only while no filter is active', () => {
    const { cy, state } = build(false);
    expect(cy.getElementById('loner').visible()).toBe(true);
    // Every relation, but as a filter: the loner goes.
    syncVisibility(cy, state, new Set(ALL_RELATIONS), factory());
    expect(cy.getElementById('loner').visible()).toBe(false);
    expect(cy.nodes(':visible')).toHaveLength(5);
    expect(state.isolatedShown).toBe(false);
    syncVisibility(cy, state, null, factory());
    expect(cy.getElementById('loner').visible()).toBe(true);
    expect(visible(cy)).toEqual([...ALL_ACTORS, ...ALL_RELATIONS].sort());
  });

  it('starts from a filter as well as from everything', () => {
    const { cy, state } = build(false, new Set(['r7']));
    expect(ids(cy.elements())).toHaveLength(ALL_ACTORS.length + ALL_RELATIONS.length);
    expect(visible(cy)).toEqual(['front', 'r7', 'xss']);
    expect([...state.shownRelations]).toEqual(['r7']);
  });
});

describe('element sync: scoped engine (large datasets)', () => {
  it('creates elements only for the relations asked for and their actors, at their places', () => {
    const { cy, state } = build(true, new Set(['r4', 'r6']));
    expect(ids(cy.edges())).toEqual(['r4', 'r6']);
    expect(ids(cy.nodes())).toEqual(['crown', 'league']);
    expect(cy.getElementById('crown').position()).toEqual(placement.get('crown'));
    expect(state.shownCount.get('crown')).toBe(2);
    expect(ids(drawnActors(cy, state))).toEqual(['crown', 'league']);
  });

  it('creates everything, the actor without relations too, when no filter is active', () => {
    const { cy, state } = build(true);
    expect(ids(cy.nodes())).toEqual(ALL_ACTORS);
    expect(ids(cy.edges())).toEqual(ALL_RELATIONS);
    expect(state.isolatedShown).toBe(true);
  });

  it('adds and removes only the difference, keeping the elements that stay', () => {
    const { cy, state } = build(true, new Set(['r1', 'r2']));
    const kept = cy.getElementById('r2');
    const keptActor = cy.getElementById('front');
    const changes = watch(cy);
    syncVisibility(cy, state, new Set(['r2', 'r6']), factory());
    const { added, removed, styled } = changes();
    expect(added).toEqual(['league', 'r6']);
    expect(removed).toEqual(['envoys', 'r1']);
    // Only the new elements got a style; those that stayed were not touched.
    expect(styled).toEqual(['league', 'r6']);
    expect(ids(cy.elements())).toEqual(['crown', 'front', 'league', 'r2', 'r6']);
    expect(cy.getElementById('r2')).toBe(kept);
    expect(cy.getElementById('front')).toBe(keptActor);
    // A new actor is placed from the layout, like every other.
    expect(cy.getElementById('league').position()).toEqual(placement.get('league'));
  });

  it('touches nothing when nothing changes', () => {
    const { cy, state } = build(true, new Set(['r3']));
    const changes = watch(cy);
    syncVisibility(cy, state, new Set(['r3']), factory());
    expect(changes()).toEqual({ added: [], removed: [], styled: [] });
  });

  it('empties for an empty set and fills again for none', () => {
    const { cy, state } = build(true, new Set(['r1']));
    syncVisibility(cy, state, new Set(), factory());
    expect(cy.elements()).toHaveLength(0);
    expect(state.shownActors.size).toBe(0);
    const changes = watch(cy);
    syncVisibility(cy, state, null, factory());
    expect(ids(cy.elements())).toEqual([...ALL_ACTORS, ...ALL_RELATIONS].sort());
    expect(changes().added).toHaveLength(ALL_ACTORS.length + ALL_RELATIONS.length);
  });

  it('ignores ids the dataset does not have', () => {
    const { cy, state } = build(true, new Set(['r1', 'nope']));
    expect(ids(cy.elements())).toEqual(['envoys', 'front', 'r1']);
    expect([...state.shownRelations]).toEqual(['r1']);
  });

  it('creates elements with the `near` class while a large graph is zoomed in', () => {
    const cy = core();
    const state = emptySync(true);
    populate(cy, state, index, new Set(['r1']), factory(index, true));
    expect(ids(cy.elements('.near'))).toEqual(['envoys', 'front', 'r1']);
  });
});

describe('element sync: what can be drawn', () => {
  const broken: Dataset = {
    ...miniDataset,
    relations: [
      ...miniDataset.relations,
      { ...miniDataset.relations[0]!, id: 'self', source: 'front', target: 'front' },
      { ...miniDataset.relations[0]!, id: 'ghost', source: 'front', target: 'nobody' },
      { ...miniDataset.relations[0]!, id: 'crown', source: 'front', target: 'league' },
    ],
  };
  const brokenIndex = indexDataset(broken);

  for (const scoped of [false, true]) {
    it(`leaves out relations it cannot draw and draws the rest (${scoped ? 'scoped' : 'display'})`, () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { cy, state } = build(scoped, null, brokenIndex);
      expect(ids(cy.edges())).toEqual(ALL_RELATIONS);
      expect([...state.drawable.keys()]).toEqual(ALL_RELATIONS);
      // The relation whose id is an actor's: the actor is drawn, the relation is not.
      expect(cy.getElementById('crown').isNode()).toBe(true);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain('"crown"');
      // Asking for them changes nothing.
      syncVisibility(cy, state, new Set(['self', 'ghost', 'crown', 'r1']), factory(brokenIndex));
      expect(ids(cy.edges(':visible'))).toEqual(['r1']);
    });
  }

  it('replaces the elements of a previous dataset', () => {
    const cy = core();
    populate(cy, emptySync(false), index, null, factory());
    const smaller = indexDataset({ ...miniDataset, relations: miniDataset.relations.slice(0, 2) });
    const state = emptySync(false);
    populate(cy, state, smaller, null, factory(smaller));
    expect(ids(cy.edges())).toEqual(['r1', 'r2']);
    expect(ids(cy.nodes())).toEqual(['crown', 'envoys', 'front', 'league', 'xss']);
  });
});

describe('element sync: parallel relations drawn as one', () => {
  const none = () => false;
  const FRONT_CROWN = bundleId('front', 'crown');
  const LEAGUE_CROWN = bundleId('league', 'crown');

  for (const scoped of [false, true]) {
    const engine = scoped ? 'scoped' : 'display';

    it(`draws a pair's relations as one edge with their count, until the pair is expanded (${engine})`, () => {
      const cy = core();
      const state = emptySync(scoped);
      populate(cy, state, index, null, factory(), none);
      const drawnEdges = () => ids(cy.edges(':visible'));
      expect(drawnEdges()).toEqual(['r1', 'r5', 'r7', FRONT_CROWN, LEAGUE_CROWN].sort());
      const bundle = cy.getElementById(FRONT_CROWN);
      expect(bundle.data('count')).toBe(2);
      expect(bundle.data('label')).toBe('×2');
      expect(bundle.hasClass('bundle')).toBe(true);
      // Still shown, only drawn together: the table and the counts keep every relation.
      expect([...state.shownRelations].sort()).toEqual(ALL_RELATIONS);
      expect(drawnEdgeId(state, 'r3')).toBe(FRONT_CROWN);
      expect(drawnEdgeId(state, 'r1')).toBe('r1');

      // Selecting the Front expands its pairs; the League–Crown bundle stays, untouched.
      const kept = cy.getElementById(LEAGUE_CROWN);
      const changes = watch(cy);
      syncBundles(cy, state, (a, b) => a === 'front' || b === 'front', factory());
      expect(drawnEdges()).toEqual(['r1', 'r2', 'r3', 'r5', 'r7', LEAGUE_CROWN].sort());
      expect(cy.getElementById(LEAGUE_CROWN)).toBe(kept);
      expect(changes().removed).toContain(FRONT_CROWN);
      expect(changes().removed).not.toContain(LEAGUE_CROWN);

      // A filter that leaves one relation of the pair draws it alone; none bundles nothing.
      state.expanded = none;
      syncVisibility(cy, state, new Set(['r2', 'r4', 'r6']), factory());
      expect(drawnEdges()).toEqual(['r2', LEAGUE_CROWN].sort());
      expect(drawnEdgeId(state, 'r1')).toBeNull();
      syncBundles(cy, state, () => true, factory());
      expect(drawnEdges()).toEqual(['r2', 'r4', 'r6']);
      expect(cy.edges('.bundle')).toHaveLength(0);
    });
  }
});
