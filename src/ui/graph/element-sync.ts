import type cytoscape from 'cytoscape';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import type { Relation } from '../../model/contract/types.ts';
import {
  diffBundles,
  EMPTY_PLAN,
  planBundles,
  type BundlePlan,
  type Expanded,
} from '../../model/explorer/parallel-bundles.ts';
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
 * Parallel relations (src/model/explorer/parallel-bundles.ts): the relations of a pair that is
 * not expanded are drawn as one bundle edge; their own edges are hidden (display) or not created
 * (scoped), and come back when the pair is expanded. `shownRelations` still holds them: they are
 * shown, only drawn together.
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
  /** Relations drawn by an edge of their own: shown and not bundled. */
  readonly alone: Set<string>;
  /** Per relation id, its position in the dataset: bundles list their relations in this order. */
  readonly order: Map<string, number>;
  /** The bundles drawn now. */
  plan: BundlePlan;
  /** Which pairs are drawn one by one; the last one asked for. */
  expanded: Expanded;
}

/** No pair bundled: what a graph draws unless it asks for bundles. */
export const ALL_EXPANDED: Expanded = () => true;

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
    alone: new Set(),
    order: new Map(),
    plan: EMPTY_PLAN,
    expanded: ALL_EXPANDED,
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
  expanded: Expanded = ALL_EXPANDED,
): void {
  state.expanded = expanded;
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
    state.order.set(r.id, state.drawable.size);
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
    state.alone.add(r.id);
    count(state, r.source, 1);
    count(state, r.target, 1);
  }
  syncDisplay(cy, state, wanted, factory);
}

/** Brings the elements in line with `wanted` (null: everything), touching only the difference. */
export function syncVisibility(
  cy: cytoscape.Core,
  state: SyncState,
  wanted: ReadonlySet<string> | null,
  factory: ElementFactory,
): void {
  if (state.scoped) syncScoped(cy, state, wanted, factory);
  else syncDisplay(cy, state, wanted, factory);
}

/**
 * Redraws the parallel relations as `expanded` now asks (after the selection or the zoom
 * changed), touching only the pairs whose bundling changes.
 */
export function syncBundles(
  cy: cytoscape.Core,
  state: SyncState,
  expanded: Expanded,
  factory: ElementFactory,
): void {
  state.expanded = expanded;
  const edges = planEdges(cy, state, factory);
  cy.batch(() => {
    edges.before();
    edges.after();
  });
}

/** The element drawing a relation now: its own edge, or its pair's bundle; null when hidden. */
export function drawnEdgeId(state: SyncState, relationId: string): string | null {
  if (!state.shownRelations.has(relationId)) return null;
  return state.plan.bundleOf.get(relationId) ?? relationId;
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
  factory: ElementFactory,
): void {
  const touched = new Set<string>();
  for (const r of state.drawable.values()) {
    const visible = wanted === null || wanted.has(r.id);
    if (visible === state.shownRelations.has(r.id)) continue;
    if (visible) state.shownRelations.add(r.id);
    else state.shownRelations.delete(r.id);
    for (const actor of [r.source, r.target]) {
      count(state, actor, visible ? 1 : -1);
      touched.add(actor);
    }
  }
  const actors = actorChanges(state, wanted !== null, touched);
  const show = cy.collection();
  const hide = cy.collection();
  for (const id of actors.show) show.merge(cy.getElementById(id));
  for (const id of actors.hide) hide.merge(cy.getElementById(id));
  const edges = planEdges(cy, state, factory);
  // A style bypass rather than a class: Cytoscape 3.35 keeps serving visible() from a stale
  // cache after a class change in a batch, and hit testing and fit rely on it.
  cy.batch(() => {
    edges.before();
    show.style('display', 'element');
    hide.style('display', 'none');
    edges.after();
  });
}

/**
 * Plans the relation and bundle edges for `state.shownRelations` and `state.expanded`, and
 * returns the Cytoscape work in two halves, for one batch: `before` removes and hides what goes
 * (before its actors may be removed), `after` adds and shows what comes (once its actors exist).
 * Planning is linear in the relations shown; the work touches only what changes.
 */
function planEdges(
  cy: cytoscape.Core,
  state: SyncState,
  factory: ElementFactory,
): { before(): void; after(): void } {
  const next = planBundles(shownInOrder(state), state.expanded);
  const bundles = diffBundles(state.plan, next);
  const gone: string[] = [];
  const come: string[] = [];
  for (const id of state.alone) {
    if (!state.shownRelations.has(id) || next.bundleOf.has(id)) gone.push(id);
  }
  for (const id of state.shownRelations) {
    if (!state.alone.has(id) && !next.bundleOf.has(id)) come.push(id);
  }
  for (const id of gone) state.alone.delete(id);
  for (const id of come) state.alone.add(id);
  state.plan = next;
  const collect = (list: readonly string[]) => {
    const c = cy.collection();
    for (const id of list) c.merge(cy.getElementById(id));
    return c;
  };
  return {
    before() {
      // A bundle that stands for other relations now is made again, with its new data.
      collect([...bundles.removed, ...bundles.changed.map((b) => b.id)]).remove();
      if (state.scoped) collect(gone).remove();
      else collect(gone).style('display', 'none');
    },
    after() {
      const definitions: cytoscape.ElementDefinition[] = [];
      if (state.scoped)
        for (const id of come) definitions.push(factory.edge(state.drawable.get(id)!));
      else collect(come).style('display', 'element');
      for (const b of [...bundles.added, ...bundles.changed]) definitions.push(factory.bundle(b));
      if (definitions.length > 0) cy.add(definitions);
    },
  };
}

/** The relations shown, in dataset order (planBundles keeps the order it is given). */
function shownInOrder(state: SyncState): Relation[] {
  if (!state.scoped) {
    // Every relation has an element anyway: one pass over them, in order.
    return [...state.drawable.values()].filter((r) => state.shownRelations.has(r.id));
  }
  // Proportional to what is shown, not to the dataset: sort only what is drawn.
  const shown: Relation[] = [];
  for (const id of state.shownRelations) shown.push(state.drawable.get(id)!);
  return shown.sort((x, y) => state.order.get(x.id)! - state.order.get(y.id)!);
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
  const nodes: cytoscape.ElementDefinition[] = [];
  for (const id of actors.show) nodes.push(factory.node(id));
  const gone = actors.hide.map((id) => cy.getElementById(id));
  const edges = planEdges(cy, state, factory);
  cy.batch(() => {
    edges.before();
    // An array of elements makes a collection at run time; the typings only list definitions.
    if (gone.length > 0) cy.collection(gone as unknown as cytoscape.CollectionArgument).remove();
    if (nodes.length > 0) cy.add(nodes);
    edges.after();
  });
}
