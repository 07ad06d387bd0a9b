import type { Filters, Focus, LayoutName, Selection } from '../model/explorer/view-state.ts';
import type { LoadProblem } from './load-dataset.ts';
import type { GraphZoom } from '../model/explorer/presentation.ts';
import type { RelationSort } from '../model/explorer/relation-order.ts';

/**
 * Every `mg-*` event, in one map. Elements send intents up as one of these and only the root
 * (<memograph-app>) changes state; the root itself reports loads to the page that embeds it. They bubble and cross shadow roots so that the root hears
 * them wherever the element sits.
 */
export interface SelectDetail {
  /** What to select; null clears the selection. */
  readonly selection: Selection | null;
  /** Where the intent came from, so the root can decide what to scroll into view. */
  readonly origin: 'graph' | 'table' | 'reader' | 'search' | 'panel' | 'legend';
}
export interface FiltersChangeDetail {
  readonly filters: Filters;
}
/** Narrow the graph to a neighbourhood or the paths between two actors; null shows it all. */
export interface FocusChangeDetail {
  readonly focus: Focus | null;
}
export interface LayoutChangeDetail {
  readonly layout: LayoutName;
}

/** Asks the root to scroll the memo reader to the paragraph a relation cites. */
export interface RevealParagraphDetail {
  readonly document: string;
  /** Paragraph id ("p7"). */
  readonly paragraph: string;
  /** The relation whose evidence it is, so the reader can highlight its quote. */
  readonly relation: string;
}
/** The graph has painted a dataset for the first time (sent once per dataset). */
export interface GraphReadyDetail {
  /** Actors drawn. */
  readonly nodes: number;
  /** Relations drawn. */
  readonly edges: number;
  /**
   * Milliseconds from the moment the element started building the graph for this dataset
   * (creating Cytoscape when needed, laying out, adding elements, fitting) to the first
   * animation frame after it: "time to first painted graph".
   */
  readonly ms: number;
}
/** The root opened a dataset; for pages that embed it. */
export interface DatasetLoadedDetail {
  readonly url: string;
  readonly actors: number;
  readonly relations: number;
}
/** The root could not open a dataset, and kept what was open; for pages that embed it. */
export interface DatasetErrorDetail {
  readonly url: string;
  readonly problem: LoadProblem;
}

/** The reader zoomed or panned the graph; the root writes where it looks into the URL. */
export interface ViewportChangeDetail {
  readonly zoom: GraphZoom;
}
/** The reader sorted the table by another column or the other way. */
export interface SortChangeDetail {
  readonly sort: RelationSort;
}

export type SelectEvent = CustomEvent<SelectDetail>;
export type ViewportChangeEvent = CustomEvent<ViewportChangeDetail>;
export type SortChangeEvent = CustomEvent<SortChangeDetail>;
export type FiltersChangeEvent = CustomEvent<FiltersChangeDetail>;
export type LayoutChangeEvent = CustomEvent<LayoutChangeDetail>;
export type FocusChangeEvent = CustomEvent<FocusChangeDetail>;
export type RevealParagraphEvent = CustomEvent<RevealParagraphDetail>;
export type GraphReadyEvent = CustomEvent<GraphReadyDetail>;
export type DatasetLoadedEvent = CustomEvent<DatasetLoadedDetail>;
export type DatasetErrorEvent = CustomEvent<DatasetErrorDetail>;

function intent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
}

export const selectEvent = (detail: SelectDetail): SelectEvent => intent('mg-select', detail);
export const filtersChangeEvent = (detail: FiltersChangeDetail): FiltersChangeEvent =>
  intent('mg-filters-change', detail);
export const focusChangeEvent = (detail: FocusChangeDetail): FocusChangeEvent =>
  intent('mg-focus-change', detail);
export const layoutChangeEvent = (detail: LayoutChangeDetail): LayoutChangeEvent =>
  intent('mg-layout-change', detail);
export const revealParagraphEvent = (detail: RevealParagraphDetail): RevealParagraphEvent =>
  intent('mg-reveal-paragraph', detail);
export const graphReadyEvent = (detail: GraphReadyDetail): GraphReadyEvent =>
  intent('mg-graph-ready', detail);
export const datasetLoadedEvent = (detail: DatasetLoadedDetail): DatasetLoadedEvent =>
  intent('mg-dataset-loaded', detail);
export const viewportChangeEvent = (detail: ViewportChangeDetail): ViewportChangeEvent =>
  intent('mg-viewport-change', detail);
export const sortChangeEvent = (detail: SortChangeDetail): SortChangeEvent =>
  intent('mg-sort-change', detail);
export const datasetErrorEvent = (detail: DatasetErrorDetail): DatasetErrorEvent =>
  intent('mg-dataset-error', detail);

declare global {
  interface HTMLElementEventMap {
    'mg-select': SelectEvent;
    'mg-filters-change': FiltersChangeEvent;
    'mg-layout-change': LayoutChangeEvent;
    'mg-focus-change': FocusChangeEvent;
    'mg-reveal-paragraph': RevealParagraphEvent;
    'mg-graph-ready': GraphReadyEvent;
    'mg-dataset-loaded': DatasetLoadedEvent;
    'mg-dataset-error': DatasetErrorEvent;
    'mg-viewport-change': ViewportChangeEvent;
    'mg-sort-change': SortChangeEvent;
  }
}
