import { html, nothing } from 'lit';
import type { RelationSort, SortKey } from '../../model/explorer/relation-order.ts';

/** The columns, in order; each sorts. */
export const TABLE_COLUMNS: readonly { readonly key: SortKey; readonly label: string }[] = [
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Relation' },
  { key: 'target', label: 'Target' },
  { key: 'paragraph', label: '¶' },
  { key: 'marking', label: 'Marking' },
  { key: 'quote', label: 'Quote' },
  { key: 'likelihood', label: 'Likelihood' },
];

/**
 * A column header: a button that sorts by the column, `aria-sort` on the sorted one. The ¶
 * column, which gives document order, is named "Paragraph" for assistive technology.
 */
export function sortHeader(
  column: (typeof TABLE_COLUMNS)[number],
  sort: RelationSort,
  onSort: (key: SortKey) => void,
) {
  const { key, label } = column;
  const sorted = key === sort.key;
  const arrow = sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
  return html`<th scope="col" class="h-${key}" aria-sort=${sorted ? sort.direction : nothing}>
    <button
      title=${key === 'paragraph' ? 'Sort by paragraph (document order)' : `Sort by ${label}`}
      @click=${() => onSort(key)}
    >
      ${
        key === 'paragraph'
          ? html`<span aria-hidden="true">¶</span><span class="visually-hidden">Paragraph</span>`
          : label
      }<span class="arrow" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}
