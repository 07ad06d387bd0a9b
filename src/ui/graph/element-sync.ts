import type cytoscape from 'cytoscape';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import type { Relation } from '../../model/contract/types.ts';
import type { ElementFactory } from './element-definitions.ts';

/**
 * Keeps a Cytoscape core's elements in line with the relations to show, touching only what
 * changes. Two engines, chosen per dataset:
 *
 * - display (memo-sized datasets): every actor and relation has an element, and a filter toggles
 *   their `display`.
 * - scoped (large datasets): elements exist only for the relations asked for and their actors,
 *   created and removed as the set changes, so a collection costs what the drawn part costs.
 *
 * Either way an actor is drawn while any of its relations is, and an actor without drawn
 * relations only while no filter is active. Nobody moves: a new actor element is placed by the
 * ElementFactory, from the current layout.
 *
 * Plain functions over a core and a SyncState, so that they run against headless Cytoscape.
 */
export interface SyncState {
  /** Elements exist only for what is shown, rather than for everything with `display` toggled. */
  readonly scoped: boolean;
  /** Relations that can have an edge, by id, in dataset order. */
  readonly drawable: Map<string, Relation>;
  /** Relations currently drawn: their edge is displayed (display) or exists (scoped). */
  readonly shownRelations: Set<string>;
  /** Actors currently drawn: displayed (display) or existing (scoped). */
  readonly shownActors: Set<string>;
  /** Per actor: how many of its relations are drawn. */
  readonly shownCount: Map<string, number>;
  /** Whether actors without drawn relations are shown now (true while no filter is active). */
  isolatedShown: boolean;
}

/**
 * The state before a dataset's elements exist. A scoped graph starts empty, so its first pass
 * adds the actors without relations too when no filter is active; a display graph starts with
 * every element shown.
 */
export function emptySync(scoped: boolean): SyncState {
  return {
    scoped,
    drawable: new Map(),
    shownRelations: new Set(),
    shownActors: new Set(),
    shownCount: new Map(),
    isolatedShown: !scoped,
  };
}

/**
 * Replaces every element of `cy` with the dataset's, as `wanted` asks (null: every relation and
 * every actor). `state` is one emptySync() returned for this dataset.
 */
export function populate(
  cy: cytoscape.Core,
  state: SyncState,
  index: DatasetIndex,
  wanted: ReadonlySet<string> | null,
  factory: ElementFactory,
): void {
  for (const r of index.dataset.relations) {
    // The loader rejects self-relations and unknown actors; a graph that cannot draw one
    // relation should still draw the rest. Cytoscape shares one id space between nodes and
    // edges, so a relation whose id is also an actor's cannot be drawn either.
    if (r.source === r.target || !index.actorById.has(r.source) || !index.actorById.has(r.target))
      continue;
    if (index.actorById.has(r.id)) {
      console.warn(`Memograph: relation "${r.id}" has the same id as an actor; not drawn.`);
      continue;
    }
    state.drawable.set(r.id, r);
  }
  for (const a of index.dataset.actors) state.shownCount.set(a.id, 0);
  cy.batch(() => cy.elements().remove());
  if (state.scoped) {
    // Elements come from the visible set, created by the same code that patches it later.
    syncScoped(cy, state, wanted, factory);
    return;
  }
  const elements: cytoscape.ElementDefinition[] = [];
  for (const actor of index.dataset.actors) elements.push(factory.node(actor.id));
  for (const r of state.drawable.values()) elements.push(factory.edge(r));
  cy.batch(() => cy.add(elements));
  for (const a of index.dataset.actors) state.shownActors.add(a.id);
  for (const r of state.drawable.values()) {
    state.shownRelations.add(r.id);
    count(state, r.source, 1);
    count(state, r.target, 1);
  }
  syncDisplay(cy, state, wanted);
}

/** Brings the elements in line with `wanted` (null: everything), touching only the difference. */
export function syncVisibility(
  cy: cytoscape.Core,
  state: SyncState,
  wanted: ReadonlySet<string> | null,
  factory: ElementFactory,
): void {
  if (state.scoped) syncScoped(cy, state, wanted, factory);
  else syncDisplay(cy, state, wanted);
}

/** The actor nodes drawn now. */
export function drawnActors(cy: cytoscape.Core, state: SyncState): cytoscape.NodeCollection {
  return state.scoped ? cy.nodes() : cy.nodes().filter((n) => state.shownActors.has(n.id()));
}

/** Adds `delta` to an actor's count of drawn relations. */
function count(state: SyncState, actor: string, delta: number): void {
  state.shownCount.set(actor, state.shownCount.get(actor)! + delta);
}

/**
 * Which actors must change after relations did: those whose count of drawn relations went to
 * or from zero, and, when switching between "no filter" and "a filter", every actor without
 * drawn relations (shown only while no filter is active).
 */
function actorChanges(
  state: SyncState,
  filterActive: boolean,
  touched: Set<string>,
): { show: string[]; hide: string[] } {
  if (state.isolatedShown !== !filterActive) {
    for (const [actor, n] of state.shownCount) if (n === 0) touched.add(actor);
    state.isolatedShown = !filterActive;
  }
  const show: string[] = [];
  const hide: string[] = [];
  for (const actor of touched) {
    const visible = !filterActive || state.shownCount.get(actor)! > 0;
    if (visible === state.shownActors.has(actor)) continue;
    if (visible) {
      state.shownActors.add(actor);
      show.push(actor);
    } else {
      state.shownActors.delete(actor);
      hide.push(actor);
    }
  }
  return { show, hide };
}

/**
 * Display engine: brings `display` in line with `wanted`. Deciding costs one set lookup per
 * relation; Cytoscape is touched only for the edges and actors whose visibility actually
 * changes, in one batch.
 */
function syncDisplay(
  cy: cytoscape.Core,
  state: SyncState,
  wanted: ReadonlySet<string> | null,
): void {
  const show = cy.collection();
  const hide = cy.collection();
  const touched = new Set<string>();
  for (const r of state.drawable.values()) {
    const visible = wanted === null || wanted.has(r.id);
    if (visible === state.shownRelations.has(r.id)) continue;
    (visible ? show : hide).merge(cy.getElementById(r.id));
    if (visible) state.shownRelations.add(r.id);
    else state.shownRelations.delete(r.id);
    for (const actor of [r.source, r.target]) {
      count(state, actor, visible ? 1 : -1);
      touched.add(actor);
    }
  }
  const actors = actorChanges(state, wanted !== null, touched);
  for (const id of actors.show) show.merge(cy.getElementById(id));
  for (const id of actors.hide) hide.merge(cy.getElementById(id));
  // A style bypass rather than a class: Cytoscape 3.35 keeps serving visible() from a stale
  // cache after a class change in a batch, and hit testing and fit rely on it.
  cy.batch(() => {
    show.style('display', 'element');
    hide.style('display', 'none');
  });
}

/**
 * Scoped engine: creates the edges `wanted` asks for and removes the others, with their actors,
 * touching only the difference: proportional to what changes, never to the dataset.
 */
function syncScoped(
  cy: cytoscape.Core,
  state: SyncState,
  wanted: ReadonlySet<string> | null,
  factory: ElementFactory,
): void {
  const removed: string[] = [];
  const added: Relation[] = [];
  const touched = new Set<string>();
  if (wanted === null) {
    for (const r of state.drawable.values()) if (!state.shownRelations.has(r.id)) added.push(r);
  } else {
    for (const id of state.shownRelations) if (!wanted.has(id)) removed.push(id);
    for (const id of wanted) {
      if (state.shownRelations.has(id)) continue;
      const r = state.drawable.get(id);
      if (r) added.push(r);
    }
  }
  for (const id of removed) {
    const r = state.drawable.get(id)!;
    state.shownRelations.delete(id);
    count(state, r.source, -1);
    count(state, r.target, -1);
    touched.add(r.source).add(r.target);
  }
  for (const r of added) {
    state.shownRelations.add(r.id);
    count(state, r.source, 1);
    count(state, r.target, 1);
    touched.add(r.source).add(r.target);
  }
  const actors = actorChanges(state, wanted !== null, touched);
  if (removed.length === 0 && added.length === 0 && actors.show.length + actors.hide.length === 0)
    return;
  const definitions: cytoscape.ElementDefinition[] = [];
  for (const id of actors.show) definitions.push(factory.node(id));
  for (const r of added) definitions.push(factory.edge(r));
  const gone = [...removed, ...actors.hide].map((id) => cy.getElementById(id));
  cy.batch(() => {
    // An array of elements makes a collection at run time; the typings only list definitions.
    if (gone.length > 0) cy.collection(gone as unknown as cytoscape.CollectionArgument).remove();
    if (definitions.length > 0) cy.add(definitions);
  });
}
