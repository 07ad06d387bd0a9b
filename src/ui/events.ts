import type { Filters, LayoutName, Selection } from '../model/explorer/view-state.ts';

/**
 * The explorer's events. Every element sends intents up as one of these; only the root
 * (<memograph-app>) changes state. They bubble and cross shadow roots so that the root hears
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
export interface LayoutChangeDetail {
  readonly layout: LayoutName;
}

export type SelectEvent = CustomEvent<SelectDetail>;
export type FiltersChangeEvent = CustomEvent<FiltersChangeDetail>;
export type LayoutChangeEvent = CustomEvent<LayoutChangeDetail>;

function intent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true });
}

export const selectEvent = (detail: SelectDetail): SelectEvent => intent('mg-select', detail);
export const filtersChangeEvent = (detail: FiltersChangeDetail): FiltersChangeEvent =>
  intent('mg-filters-change', detail);
export const layoutChangeEvent = (detail: LayoutChangeDetail): LayoutChangeEvent =>
  intent('mg-layout-change', detail);

declare global {
  interface HTMLElementEventMap {
    'mg-select': SelectEvent;
    'mg-filters-change': FiltersChangeEvent;
    'mg-layout-change': LayoutChangeEvent;
  }
}
