import type { DatasetIndex } from '../dataset/query.ts';
import type { Relation } from '../contract/types.ts';
import { GRAPH_RELATION_BUDGET, graphScope, type GraphScope } from './overview.ts';
import { visibleRelations, type ViewState } from './view-state.ts';

/** What the view state lets through, and what of it the graph draws. */
export interface VisibleScope {
  /** Relations that pass the filters and the selection's narrowing: what the table lists. */
  readonly visible: readonly Relation[];
  /** Their ids, or null when every relation of the dataset is visible. */
  readonly visibleIds: ReadonlySet<string> | null;
  /** What the graph draws: the visible relations, or an overview of them past the budget. */
  readonly scope: GraphScope;
  /** What `visible` was derived from: a view that changes none of it reuses it. */
  readonly basis?: VisibleBasis;
}

interface VisibleBasis {
  readonly index: DatasetIndex;
  readonly filters: ViewState['filters'];
  readonly focus: ViewState['focus'];
  /** The selected paragraph, which narrows the relations, as "document/paragraph"; or null. */
  readonly paragraph: string | null;
}

function basisOf(index: DatasetIndex, view: ViewState): VisibleBasis {
  const sel = view.selection;
  return {
    index,
    filters: view.filters,
    focus: view.focus,
    paragraph: sel?.kind === 'paragraph' ? `${sel.document}/${sel.id}` : null,
  };
}

/**
 * Whether `view` lets through what `previous` was derived for: it changed the selection of an
 * actor or a relation, the layout, or nothing that the visible relations depend on.
 */
export function keepsVisible(
  previous: VisibleScope,
  index: DatasetIndex | null,
  view: ViewState,
): boolean {
  return index !== null && sameBasis(previous.basis, basisOf(index, view));
}

function sameBasis(a: VisibleBasis | undefined, b: VisibleBasis): boolean {
  return (
    a !== undefined &&
    a.index === b.index &&
    a.filters === b.filters &&
    a.focus === b.focus &&
    a.paragraph === b.paragraph
  );
}

export const EMPTY_VISIBLE_SCOPE: VisibleScope = {
  visible: [],
  visibleIds: null,
  scope: { relationIds: null, truncated: null },
};

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...b].every((id) => a.has(id));
}

/**
 * Derives what is visible and drawn from the dataset and the view state. `previous` is what was
 * derived before: the overview names the selection's relations, so a new selection gives a new
 * set even when nothing drawn changes; keeping the old set spares the graph a diff of every
 * element. `budget` is the most relations the graph draws, or how to choose it for a number of
 * visible relations (the renderer decides: src/ui/graph/renderer.ts), in relations or in lines
 * drawn (graphScope).
 */
export function deriveVisibleScope(
  index: DatasetIndex | null,
  view: ViewState,
  previous: VisibleScope = EMPTY_VISIBLE_SCOPE,
  budget: number | ((visible: number) => number) = GRAPH_RELATION_BUDGET,
  unit: 'relations' | 'lines' = 'relations',
): VisibleScope {
  if (!index) return EMPTY_VISIBLE_SCOPE;
  // Selecting an actor or a relation changes what the overview draws, not what is visible:
  // a large dataset is not filtered again for every click.
  const basis = basisOf(index, view);
  const kept = sameBasis(previous.basis, basis);
  const visible = kept ? previous.visible : visibleRelations(index, view);
  const visibleIds = kept
    ? previous.visibleIds
    : visible === index.dataset.relations
      ? null
      : new Set(visible.map((r) => r.id));
  const most = typeof budget === 'number' ? budget : budget(visible.length);
  const scope = graphScope(index, visible, view.selection, most, unit);
  const before = previous.scope.relationIds;
  const after = scope.relationIds;
  const same = before !== null && after !== null && sameIds(before, after);
  return { visible, visibleIds, scope: same ? { ...scope, relationIds: before } : scope, basis };
}
