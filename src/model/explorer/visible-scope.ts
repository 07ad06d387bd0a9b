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
 * element.
 */
export function deriveVisibleScope(
  index: DatasetIndex | null,
  view: ViewState,
  previous: VisibleScope = EMPTY_VISIBLE_SCOPE,
  budget: number = GRAPH_RELATION_BUDGET,
): VisibleScope {
  if (!index) return EMPTY_VISIBLE_SCOPE;
  const visible = visibleRelations(index, view);
  const visibleIds = visible === index.dataset.relations ? null : new Set(visible.map((r) => r.id));
  const scope = graphScope(index, visible, view.selection, budget);
  const before = previous.scope.relationIds;
  const after = scope.relationIds;
  const same = before !== null && after !== null && sameIds(before, after);
  return { visible, visibleIds, scope: same ? { ...scope, relationIds: before } : scope };
}
