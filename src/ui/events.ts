import type { Filters, Focus, LayoutName, Selection } from '../model/explorer/view-state.ts';
import type { ReviewedException } from '../model/contract/types.ts';
import type { ActorDraft } from '../model/edit/actor-edits.ts';
import type { Edit } from '../model/edit/history.ts';
import type { RelationDraft } from '../model/edit/relation-edits.ts';
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
/**
 * Words selected in the reader while annotating: the paragraph's offsets, snapped to whole
 * words, or why the selection cannot be a quote (two paragraphs, a redaction crossed).
 */
export type AnnotateSelectDetail = {
  /** The document, or null when the selection spans more than one paragraph. */
  readonly document: string | null;
  readonly paragraph: string | null;
  /** A drag with the mouse, or the keyboard's word-by-word selection. */
  readonly via: 'mouse' | 'keyboard';
  /** Where the selection is drawn on screen, to open the form beside it. */
  readonly rect?: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
} & (
  | { readonly start: number; readonly end: number; readonly refusal?: undefined }
  | { readonly refusal: string; readonly start?: undefined; readonly end?: undefined }
);
/** Asks to edit or delete a relation (from the evidence panel, while annotating). */
export interface AnnotateRelationDetail {
  readonly action: 'edit' | 'delete';
  readonly relation: string;
}
/** A combobox of the annotation form was given a value, or asked to add a new one. */
export interface ComboPickDetail {
  /** The chosen option's value; null when the field was cleared or `create` is asked. */
  readonly value: string | null;
  /** The typed name, when the user chose to add it ("Add actor …"). */
  readonly create?: string;
}
/** The words of a relation being made, in its paragraph (widened or narrowed in the form). */
export interface QuoteSpanDetail {
  readonly document: string;
  readonly paragraph: string;
  readonly start: number;
  readonly end: number;
}
/** The annotation form's relation, to add (`replaces` null) or to put in place of another. */
export interface RelationSubmitDetail {
  readonly draft: RelationDraft;
  /** The linter rules reviewed for it, with the reasons. */
  readonly reviewed: readonly ReviewedException[];
  /** The id of the relation edited, or null for a new one. */
  readonly replaces: string | null;
}
/** An actor to add, typed in a combobox of the annotation form, with the id the form gave it. */
export interface ActorAddDetail {
  readonly id: string;
  readonly draft: ActorDraft;
}
/** A button of the annotation toolbar. */
export interface AnnotateCommandDetail {
  readonly command:
    | 'undo'
    | 'redo'
    | 'export'
    | 'import'
    | 'save'
    | 'discard'
    | 'actors'
    /** After another tab saved: keep this tab's work, or take the other's. */
    | 'keep-mine'
    | 'take-theirs';
  /** For "import": the .zip the user picked. */
  readonly file?: File;
}
/** An edit made in an annotation element (the actors dialog), for the session to apply. */
export interface AnnotateEditDetail {
  readonly edit: Edit;
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
export type AnnotateSelectEvent = CustomEvent<AnnotateSelectDetail>;
export type AnnotateRelationEvent = CustomEvent<AnnotateRelationDetail>;
export type ComboPickEvent = CustomEvent<ComboPickDetail>;
export type QuoteSpanEvent = CustomEvent<QuoteSpanDetail>;
export type RelationSubmitEvent = CustomEvent<RelationSubmitDetail>;
export type ActorAddEvent = CustomEvent<ActorAddDetail>;
export type AnnotateCommandEvent = CustomEvent<AnnotateCommandDetail>;
export type AnnotateEditEvent = CustomEvent<AnnotateEditDetail>;

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
export const annotateSelectEvent = (detail: AnnotateSelectDetail): AnnotateSelectEvent =>
  intent('mg-annotate-select', detail);
export const annotateRelationEvent = (detail: AnnotateRelationDetail): AnnotateRelationEvent =>
  intent('mg-annotate-relation', detail);
export const comboPickEvent = (detail: ComboPickDetail): ComboPickEvent =>
  intent('mg-combo-pick', detail);
export const quoteSpanEvent = (detail: QuoteSpanDetail): QuoteSpanEvent =>
  intent('mg-quote-span', detail);
export const relationSubmitEvent = (detail: RelationSubmitDetail): RelationSubmitEvent =>
  intent('mg-relation-submit', detail);
export const actorAddEvent = (detail: ActorAddDetail): ActorAddEvent =>
  intent('mg-actor-add', detail);
export const annotateCommandEvent = (detail: AnnotateCommandDetail): AnnotateCommandEvent =>
  intent('mg-annotate-command', detail);
export const annotateEditEvent = (detail: AnnotateEditDetail): AnnotateEditEvent =>
  intent('mg-annotate-edit', detail);
/** The annotation form was closed without adding. */
export const formCloseEvent = (): CustomEvent<null> => intent('mg-form-close', null);

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
    'mg-annotate-select': AnnotateSelectEvent;
    'mg-annotate-relation': AnnotateRelationEvent;
    'mg-combo-pick': ComboPickEvent;
    'mg-quote-span': QuoteSpanEvent;
    'mg-relation-submit': RelationSubmitEvent;
    'mg-actor-add': ActorAddEvent;
    'mg-form-close': CustomEvent<null>;
    'mg-annotate-command': AnnotateCommandEvent;
    'mg-annotate-edit': AnnotateEditEvent;
  }
}
