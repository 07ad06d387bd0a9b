import { html, nothing } from 'lit';
import type { RelationSort, SortKey } from '../../model/explorer/relation-order.ts';

/** One column: its name, and the keys its header sorts by (the relation column has three). */
export interface TableColumn {
  readonly id: string;
  readonly label: string;
  readonly sorts: readonly { readonly key: SortKey; readonly label: string }[];
}

const one = (key: SortKey, label: string): TableColumn => ({
  id: key,
  label,
  sorts: [{ key, label }],
});

/**
 * The columns, in order. Source, type and target share one column, one above the other, so
 * that with basis and date the table still fits beside the graph at 1280 px; its header sorts
 * by each of the three.
 */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  {
    id: 'relation',
    label: 'Relation',
    sorts: [
      { key: 'source', label: 'Source' },
      { key: 'type', label: 'Relation' },
      { key: 'target', label: 'Target' },
    ],
  },
  one('paragraph', '¶'),
  one('marking', 'Marking'),
  one('quote', 'Quote'),
  one('likelihood', 'Likelihood'),
  one('basis', 'Basis'),
  one('date', 'Date'),
];

function sortButton(
  key: SortKey,
  label: string,
  sort: RelationSort,
  onSort: (key: SortKey) => void,
) {
  const sorted = key === sort.key;
  const arrow = sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '';
  return html`<button
    data-sort=${key}
    title=${key === 'paragraph' ? 'Sort by paragraph (document order)' : `Sort by ${label}`}
    aria-pressed=${sorted ? 'true' : 'false'}
    @click=${() => onSort(key)}
  >
    <span class="label"
      >${
        key === 'paragraph'
          ? html`<span aria-hidden="true">¶</span><span class="visually-hidden">Paragraph</span>`
          : label
      }</span
    ><span class="arrow" aria-hidden="true">${arrow}</span>
  </button>`;
}

/**
 * A column header: a button per sort key, `aria-sort` on the header whose key sorts the
 * table. The ¶ column, which gives document order, is named "Paragraph" for assistive
 * technology.
 */
export function sortHeader(
  column: TableColumn,
  sort: RelationSort,
  onSort: (key: SortKey) => void,
) {
  const sorted = column.sorts.some((s) => s.key === sort.key);
  return html`<th
    scope="col"
    class="h-${column.id}"
    aria-sort=${sorted ? sort.direction : nothing}
    aria-label=${column.sorts.length > 1 ? `${column.label}: source, type and target` : nothing}
  >
    <div class="sorts">${column.sorts.map((s) => sortButton(s.key, s.label, sort, onSort))}</div>
  </th>`;
}
