import { isHedged } from '../words/likelihood.ts';
import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import type { Relation } from '../contract/types.ts';

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

export interface Filters {
  /** Relation types not shown, sorted. Empty: every type is shown. */
  readonly hiddenTypes: readonly string[];
  /** Hide relations the document negates. */
  readonly hideNegated: boolean;
  /** Hide relations the document holds less than "likely", or declines to affirm (indeterminate). */
  readonly hideHedged: boolean;
}

export interface ViewState {
  readonly filters: Filters;
  readonly selection: Selection | null;
  readonly layout: LayoutName;
}

export const INITIAL_FILTERS: Filters = { hiddenTypes: [], hideNegated: false, hideHedged: false };

export const INITIAL_STATE: ViewState = {
  filters: INITIAL_FILTERS,
  selection: null,
  layout: 'force',
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
  const filters = { ...state.filters, ...patch };
  return { ...state, filters: { ...filters, hiddenTypes: [...filters.hiddenTypes].sort() } };
}

export function select(state: ViewState, selection: Selection | null): ViewState {
  return { ...state, selection };
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

/** Does a relation pass the filters (types, polarity, likelihood)? Ignores paragraph narrowing. */
export function passesFilters(relation: Relation, filters: Filters): boolean {
  if (filters.hiddenTypes.length > 0 && filters.hiddenTypes.includes(relation.type)) return false;
  if (filters.hideNegated && relation.polarity === 'negated') return false;
  if (filters.hideHedged && isUnsettled(relation)) return false;
  return true;
}

/**
 * What "hide hedged" hides: claims the document does not hold firmly, whether it hedges them or
 * declines to say either way.
 */
function isUnsettled(r: Relation): boolean {
  return r.polarity === 'indeterminate' || isHedged(r.likelihood);
}

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
  const hidden = new Set(state.filters.hiddenTypes);
  const { hideNegated, hideHedged } = state.filters;
  if (hidden.size === 0 && !hideNegated && !hideHedged) return pool;
  return pool.filter(
    (r) =>
      !hidden.has(r.type) &&
      !(hideNegated && r.polarity === 'negated') &&
      !(hideHedged && isUnsettled(r)),
  );
}

/** Relation counts per type among the relations that pass every filter but the type filter. */
export function countsByType(index: DatasetIndex, filters: Filters): ReadonlyMap<string, number> {
  const counts = new Map<string, number>(index.dataset.relationTypes.map((t) => [t.id, 0]));
  const rest: Filters = { ...filters, hiddenTypes: [] };
  for (const r of index.dataset.relations) {
    if (passesFilters(r, rest)) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  }
  return counts;
}

// --- URL form ------------------------------------------------------------------------------------

/**
 * Parameter names. `data` (which dataset) belongs to the loader and is passed through untouched.
 * `types` lists the visible types when not all are visible (empty value: none).
 */
const P = {
  types: 'types',
  hideNegated: 'negated',
  hideHedged: 'hedged',
  relation: 'relation',
  actor: 'actor',
  paragraph: 'paragraph',
  document: 'doc',
  layout: 'layout',
} as const;

const OWN_PARAMS: readonly string[] = Object.values(P);

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
  const { hiddenTypes, hideNegated, hideHedged } = state.filters;
  if (hiddenTypes.length > 0) {
    const hidden = new Set(hiddenTypes);
    const visible = index.dataset.relationTypes.map((t) => t.id).filter((id) => !hidden.has(id));
    params.set(P.types, visible.join(','));
  }
  if (hideNegated) params.set(P.hideNegated, 'hide');
  if (hideHedged) params.set(P.hideHedged, 'hide');
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
  const problems: string[] = [];
  let hiddenTypes: string[] = [];
  const typesParam = params.get(P.types);
  if (typesParam !== null) {
    const wanted = typesParam.split(',').filter((s) => s !== '');
    for (const id of wanted) {
      if (!index.typeById.has(id))
        problems.push(`The link names a relation type "${id}" that this dataset does not have.`);
    }
    const visible = new Set(wanted);
    hiddenTypes = index.dataset.relationTypes
      .map((t) => t.id)
      .filter((id) => !visible.has(id))
      .sort();
  }
  const filters: Filters = {
    hiddenTypes,
    hideNegated: params.get(P.hideNegated) === 'hide',
    hideHedged: params.get(P.hideHedged) === 'hide',
  };

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
  return { state: { filters, selection, layout }, problems };
}
