import { html } from 'lit';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { describeHidden } from '../../model/explorer/filter-counts.ts';
import { describeFocus } from '../../model/explorer/focus.ts';
import type { ViewState } from '../../model/explorer/view-state.ts';

/**
 * The sentence above the graph saying what the filters let through and what they hide, then
 * what a neighbourhood or path narrows that to, in a live region so that a screen reader hears
 * it after each change. A template, not an element: it is on the first screen and costs the
 * entry chunk next to nothing.
 */
export function filterSummary(index: DatasetIndex, view: ViewState, visible: number) {
  const focus = view.focus;
  const narrowed = focus
    ? ` Narrowed to the ${visible} ${visible === 1 ? 'relation' : 'relations'} ${describeFocus(focus, index)}.`
    : '';
  return html`<p class="filter-summary" role="status" aria-live="polite">
    ${describeHidden(index, view.filters)}${narrowed}
  </p>`;
}
