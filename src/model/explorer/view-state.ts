import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import type { Relation } from '../contract/types.ts';
import { FILTER_PARAM_NAMES, filtersFromParams, writeFilterParams } from './filter-url.ts';
import {
  filterRelations,
  filterTest,
  INITIAL_FILTERS,
  normalizeFilters,
  type Filters,
} from './filters.ts';
import {
  FOCUS_PARAM_NAMES,
  focusFromParams,
  focusRelations,
  writeFocusParams,
  type Focus,
} from './focus.ts';

export { INITIAL_FILTERS, filtersFromParams, type Filters, type Focus };

/**
 * What the explorer shows: filters, the selection and the layout. Pure data, so that the URL,
 * the history and the tests all speak about the same thing, and every change is a function
 * `(state) => state`.
 */

export const LAYOUTS = ['force', 'concentric', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export type Selection =
  | { readonly kind: 'relation'; readonly id: string }
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'paragraph'; readonly document: string; readonly id: string };

export interface ViewState {
  readonly filters: Filters;
  readonly selection: Selection | null;
  readonly layout: LayoutName;
  /** A neighbourhood or the paths between two actors, narrowing the graph; absent: none. */
  readonly focus?: Focus | null;
}

export const INITIAL_STATE: ViewState = {
  filters: INITIAL_FILTERS,
  selection: null,
  layout: 'force',
  focus: null,
};

// --- producers ---------------------------------------------------------------------------------

export function setTypeVisible(state: ViewState, typeId: string, visible: boolean): ViewState {
  const hidden = new Set(state.filters.hiddenTypes);
  if (visible) hidden.delete(typeId);
  else hidden.add(typeId);
  return { ...state, filters: { ...state.filters, hiddenTypes: [...hidden].sort() } };
}

export function showAllTypes(state: ViewState): ViewState {
  return { ...state, filters: { ...state.filters, hiddenTypes: [] } };
}

export function hideAllTypes(state: ViewState, index: DatasetIndex): ViewState {
  const all = index.dataset.relationTypes.map((t) => t.id).sort();
  return { ...state, filters: { ...state.filters, hiddenTypes: all } };
}

export function showOnlyType(state: ViewState, index: DatasetIndex, typeId: string): ViewState {
  const others = index.dataset.relationTypes
    .map((t) => t.id)
    .filter((id) => id !== typeId)
    .sort();
  return { ...state, filters: { ...state.filters, hiddenTypes: others } };
}

export function setFilters(state: ViewState, patch: Partial<Filters>): ViewState {
  return { ...state, filters: normalizeFilters({ ...state.filters, ...patch }) };
}

export function select(state: ViewState, selection: Selection | null): ViewState {
  return { ...state, selection };
}

/** Narrows the graph to a neighbourhood or a path, or (null) shows it all again. */
export function setFocus(state: ViewState, focus: Focus | null): ViewState {
  return { ...state, focus };
}

export function setLayout(state: ViewState, layout: LayoutName): ViewState {
  return { ...state, layout };
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind || a.id !== b.id) return false;
  return a.kind !== 'paragraph' || (b.kind === 'paragraph' && a.document === b.document);
}

// --- derived views -----------------------------------------------------------------------------

/**
 * The relations the graph and the table show: those passing the filters and, while a paragraph
 * is selected, only those that paragraph supports.
 */
export function visibleRelations(index: DatasetIndex, state: ViewState): readonly Relation[] {
  const sel = state.selection;
  const pool =
    sel?.kind === 'paragraph'
      ? (index.relationsByParagraph.get(paragraphKey(sel.document, sel.id)) ?? [])
      : index.dataset.relations;
  const filtered = filterRelations(index, pool, state.filters);
  return state.focus ? focusRelations(state.focus, filtered) : filtered;
}

/** Relation counts per type among the relations that pass every filter but the type filter. */
export function countsByType(index: DatasetIndex, filters: Filters): ReadonlyMap<string, number> {
  const counts = new Map<string, number>(index.dataset.relationTypes.map((t) => [t.id, 0]));
  const test = filterTest(index, { ...filters, hiddenTypes: [] });
  for (const r of index.dataset.relations) {
    if (test.passes(r)) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  }
  return counts;
}

// --- URL form ------------------------------------------------------------------------------------

/**
 * Parameter names of the selection and layout (the filters' are in filter-url.ts). `data`
 * (which dataset) belongs to the loader and is passed through untouched.
 */
const P = {
  relation: 'relation',
  actor: 'actor',
  paragraph: 'paragraph',
  document: 'doc',
  layout: 'layout',
} as const;

const OWN_PARAMS: readonly string[] = [
  ...FILTER_PARAM_NAMES,
  ...FOCUS_PARAM_NAMES,
  ...Object.values(P),
];

/**
 * Writes the state into URL parameters, keeping every parameter that is not ours (such as
 * `data`). Defaults are left out so that a plain link stays plain.
 */
export function toSearchParams(
  state: ViewState,
  index: DatasetIndex,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of base) if (!OWN_PARAMS.includes(k)) params.append(k, v);
  writeFilterParams(state.filters, index, params);
  writeFocusParams(state.focus, params);
  const sel = state.selection;
  if (sel?.kind === 'relation') params.set(P.relation, sel.id);
  else if (sel?.kind === 'actor') params.set(P.actor, sel.id);
  else if (sel?.kind === 'paragraph') {
    params.set(P.paragraph, sel.id);
    if (index.dataset.documents[0]?.id !== sel.document) params.set(P.document, sel.document);
  }
  if (state.layout !== 'force') params.set(P.layout, state.layout);
  return params;
}

export interface UrlReadResult {
  readonly state: ViewState;
  /** What in the URL could not be honoured, in words for the user. */
  readonly problems: readonly string[];
}

/** Reads the state from URL parameters. Unknown ids are reported and ignored, never fatal. */
export function fromSearchParams(params: URLSearchParams, index: DatasetIndex): UrlReadResult {
  const { filters, problems } = filtersFromParams(params, index);

  let selection: Selection | null = null;
  const relation = params.get(P.relation);
  const actor = params.get(P.actor);
  const paragraph = params.get(P.paragraph);
  if (relation !== null) {
    if (index.relationById.has(relation)) selection = { kind: 'relation', id: relation };
    else problems.push(`The link names a relation "${relation}" that this dataset does not have.`);
  } else if (actor !== null) {
    if (index.actorById.has(actor)) selection = { kind: 'actor', id: actor };
    else problems.push(`The link names an actor "${actor}" that this dataset does not have.`);
  } else if (paragraph !== null) {
    const named = params.get(P.document);
    const document = named ?? index.dataset.documents[0]?.id ?? '';
    if (named !== null && !index.documentById.has(named)) {
      problems.push(`The link names a document "${named}" that this dataset does not have.`);
    } else if (index.paragraphByKey.has(paragraphKey(document, paragraph))) {
      selection = { kind: 'paragraph', document, id: paragraph };
    } else {
      problems.push(`The link names a paragraph "${paragraph}" that this dataset does not have.`);
    }
  }

  const layoutParam = params.get(P.layout);
  let layout: LayoutName = 'force';
  if (layoutParam !== null) {
    if ((LAYOUTS as readonly string[]).includes(layoutParam)) layout = layoutParam as LayoutName;
    else problems.push(`Unknown layout "${layoutParam}"; using force.`);
  }
  const read = focusFromParams(params, index);
  problems.push(...read.problems);
  return { state: { filters, selection, layout, focus: read.focus }, problems };
}
