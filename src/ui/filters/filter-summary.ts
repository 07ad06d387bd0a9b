import { html } from 'lit';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { describeHidden } from '../../model/explorer/filter-counts.ts';
import type { Filters } from '../../model/explorer/filters.ts';

/**
 * The sentence above the graph saying what the filters let through and what they hide, in a
 * live region so that a screen reader hears it after each change. A template, not an element:
 * it is on the first screen and costs the entry chunk next to nothing.
 */
export function filterSummary(index: DatasetIndex, filters: Filters) {
  return html`<p class="filter-summary" role="status" aria-live="polite">
    ${describeHidden(index, filters)}
  </p>`;
}
