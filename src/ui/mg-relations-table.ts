import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { actorName, certainty } from '../model/words/describe.ts';
import { paragraphKey, type DatasetIndex } from '../model/dataset/query.ts';
import type { Relation } from '../model/contract/types.ts';
import { FAMILY_LABELS, familyColors } from '../model/words/families.ts';
import { markingLevel } from '../model/explorer/marking.ts';
import {
  DOCUMENT_ORDER,
  nextSort,
  sortRelations,
  type RelationSort,
  type SortDirection,
  type SortKey,
} from '../model/explorer/relation-order.ts';
import type { Selection } from '../model/explorer/view-state.ts';
import { selectEvent } from './events.ts';
import { relationsTableStyles } from './mg-relations-table.styles.ts';
import { TABLE_COLUMNS, sortHeader } from './table/columns.ts';
import { rowKeyAction } from './table/row-keys.ts';
import { MARGIN, RowWindowController, spacerRow } from './table/row-window.ts';
import { typeColor } from './type-colors.ts';

/**
 * The relations as a table: the accessible alternative to the graph, and the fastest way to
 * read them in order. Sortable by every column (document order by default, through the ¶
 * column); rows are a single-select grid with a roving tabindex (Up/Down, PageUp/PageDown,
 * Home/End move; Enter or Space selects). It renders only the rows in view plus a margin, with
 * spacer rows keeping the scroll height, so 25,000 relations scroll and sort as smoothly as
 * the memo's hundred; `aria-rowcount` and `aria-rowindex` keep the true positions.
 *
 * The element scrolls itself: give it a height (it fills its container).
 *
 * @fires mg-select - `{ selection: { kind: 'relation', id }, origin: 'table' }` when a row is
 *   chosen by click, Enter or Space.
 * @csspart table - the table element.
 */
@customElement('mg-relations-table')
export class MgRelationsTable extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;

  /** The relations to list: those the filters let through, from the root. */
  @property({ attribute: false }) relations: readonly Relation[] = [];

  /** The current selection; a selected relation's row is marked and scrolled into view. */
  @property({ attribute: false }) selection: Selection | null = null;

  @state() private sort: RelationSort = DOCUMENT_ORDER;
  /** The relation whose row takes Tab (roving tabindex), by id so it survives sorting. */
  @state() private activeId: string | null = null;

  @query('.scroller') private scroller?: HTMLElement;

  /** Each type's family colour, by type id, for the swatch in the type cell. */
  private familyColor: ReadonlyMap<string, string> = new Map();
  private sorted: readonly Relation[] = [];
  private position = new Map<string, number>();
  private readonly rowWindow = new RowWindowController(this, {
    scroller: () => this.scroller,
    rowCount: () => this.sorted.length,
  });

  /** Sorts the table by a column; the same column again reverses it. */
  sortBy(key: SortKey, direction?: SortDirection): void {
    this.sort = nextSort(this.sort, key, direction);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('index')) {
      this.familyColor = familyColors(this.index?.dataset.relationTypes ?? []);
    }
    if (changed.has('relations') || changed.has('index') || changed.has('sort')) {
      this.sorted = this.index
        ? sortRelations(this.index, this.relations, this.sort)
        : this.relations;
      this.position = new Map(this.sorted.map((r, i) => [r.id, i]));
      this.rowWindow.update();
    }
    if (changed.has('selection')) {
      const sel = this.selection;
      if (sel?.kind === 'relation' && this.position.has(sel.id)) this.activeId = sel.id;
    }
    if (this.activeId !== null && !this.position.has(this.activeId)) this.activeId = null;
  }

  protected override updated(changed: PropertyValues): void {
    // Reading geometry forces a layout in the middle of the explorer's update; once rows have
    // been measured it is only needed again when the table's box changes (the ResizeObserver).
    if (!this.rowWindow.measured || changed.has('index')) this.rowWindow.measure();
    const sel = this.selection;
    if (changed.has('selection') && sel?.kind === 'relation') {
      const i = this.position.get(sel.id);
      // Into view, but the focus stays wherever the reader has it. The scroll event then
      // moves the window.
      if (i !== undefined) this.rowWindow.scrollToRow(i, false);
    }
  }

  // --- keyboard and pointer ----------------------------------------------------------------------

  private async focusRow(i: number): Promise<void> {
    const n = this.sorted.length;
    if (n === 0) return;
    const target = Math.min(n - 1, Math.max(0, i));
    this.activeId = this.sorted[target]!.id;
    this.rowWindow.scrollToRow(target);
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`tr.row[data-index="${target}"]`)
      ?.focus({ preventScroll: true });
  }

  private choose(i: number): void {
    const r = this.sorted[i];
    if (!r) return;
    this.activeId = r.id;
    this.dispatchEvent(selectEvent({ selection: { kind: 'relation', id: r.id }, origin: 'table' }));
  }

  private rowIndexOf(e: Event): number | null {
    const row = (e.target as Element).closest?.('tr.row');
    const i = row ? Number((row as HTMLElement).dataset['index']) : NaN;
    return Number.isInteger(i) ? i : null;
  }

  private onKeydown(e: KeyboardEvent): void {
    const i = this.rowIndexOf(e);
    if (i === null || e.altKey || e.metaKey) return;
    const action = rowKeyAction(e.key, i, this.sorted.length, this.rowWindow.rowsPerPage());
    if (!action) return;
    e.preventDefault();
    if ('choose' in action) this.choose(i);
    else void this.focusRow(action.move);
  }

  private onFocusIn(e: FocusEvent): void {
    const i = this.rowIndexOf(e);
    if (i !== null) this.activeId = this.sorted[i]?.id ?? null;
  }

  private onClick(e: MouseEvent): void {
    const i = this.rowIndexOf(e);
    if (i !== null) this.choose(i);
  }

  // --- rendering ---------------------------------------------------------------------------------

  protected override render() {
    const index = this.index;
    if (!index) return nothing;
    const n = this.sorted.length;
    const total = index.dataset.relations.length;
    const selectedId = this.selection?.kind === 'relation' ? this.selection.id : null;
    const activeIndex = this.activeId !== null ? (this.position.get(this.activeId) ?? -1) : -1;
    const start = Math.min(this.rowWindow.start, n);
    const end = Math.min(Math.max(this.rowWindow.end, start), n);
    // The row that takes Tab: the active one if it is rendered, else the first one in view.
    const tabIndexRow =
      activeIndex >= start && activeIndex < end
        ? activeIndex
        : Math.min(end - 1, start + (start > 0 ? MARGIN : 0));
    const slice = this.sorted.slice(start, end);
    const rowHeight = this.rowWindow.rowHeight;
    const columns = TABLE_COLUMNS.length;
    return html`
      <div class="scroller" @scroll=${this.rowWindow.onScroll}>
        <table
          part="table"
          role="grid"
          aria-rowcount=${n + 1}
          aria-colcount=${TABLE_COLUMNS.length}
          aria-describedby="table-hint"
        >
          <caption>
            <span class="count"
              >${count(n)} ${n === 1 ? 'relation' : 'relations'} shown of ${count(total)}</span
            >
            <span id="table-hint" class="hint"
              >Enter on a row shows its full quote in the evidence panel. Arrows, Page Up/Down, Home
              and End move between rows.</span
            >
          </caption>
          <colgroup>
            ${TABLE_COLUMNS.map((c) => html`<col class="c-${c.key}" />`)}
          </colgroup>
          <thead>
            <tr aria-rowindex="1">
              ${TABLE_COLUMNS.map((c) => sortHeader(c, this.sort, (key) => this.sortBy(key)))}
            </tr>
          </thead>
          <tbody @keydown=${this.onKeydown} @focusin=${this.onFocusIn} @click=${this.onClick}>
            ${start > 0 ? spacerRow('top', start * rowHeight, columns) : nothing}
            ${repeat(
              slice,
              (r) => r.id,
              (r, k) => this.renderRow(index, r, start + k, selectedId, tabIndexRow),
            )}
            ${end < n ? spacerRow('bottom', (n - end) * rowHeight, columns) : nothing}
          </tbody>
        </table>
        ${
          n === 0
            ? html`<p class="none">
                ${
                  total === 0
                    ? 'This dataset has no relations.'
                    : 'No relation passes the current filters.'
                }
              </p>`
            : nothing
        }
      </div>
    `;
  }

  private renderRow(
    index: DatasetIndex,
    r: Relation,
    i: number,
    selectedId: string | null,
    tabIndexRow: number,
  ) {
    const type = index.typeById.get(r.type);
    const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
    const kind = certainty(r);
    const selected = r.id === selectedId;
    return html`<tr
      class="row"
      data-index=${i}
      data-certainty=${kind}
      aria-rowindex=${i + 2}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${i === tabIndexRow ? 0 : -1}
    >
      <td title=${actorName(index, r.source)}>
        <div class="cell">${actorName(index, r.source)}</div>
      </td>
      <td title=${type?.label ?? r.type}>
        <div class="cell">
          <span
            class="swatch"
            title=${type ? FAMILY_LABELS[type.family] : nothing}
            style="background:${typeColor({ color: this.familyColor.get(r.type) ?? '' })}"
          ></span
          >${type?.label ?? r.type}<span class="dir" aria-hidden="true"
            >${type?.directed === false ? ' —' : ' →'}</span
          >
        </div>
      </td>
      <td title=${actorName(index, r.target)}>
        <div class="cell">${actorName(index, r.target)}</div>
      </td>
      <td class="num">¶${p?.n ?? r.paragraph}</td>
      <td>
        ${
          p?.marking
            ? html`<span class="marking" data-level=${markingLevel(p.marking)}>${p.marking}</span>`
            : nothing
        }
      </td>
      <td class="quote" title=${r.quote}><div class="cell">${r.quote}</div></td>
      <td>
        <div class="cell">
          ${
            r.polarity === 'indeterminate'
              ? html`<span class="tag indeterminate" title="Indeterminate: the memo declines to say"
                  ><span aria-hidden="true">? </span>Indeterminate<span class="visually-hidden"
                    >: the memo declines to say</span
                  ></span
                >`
              : kind === 'negated'
                ? html`<span class="tag negated"><span aria-hidden="true">✕ </span>Negated</span>`
                : kind === 'hedged'
                  ? html`<span class="tag hedged">Hedged</span>`
                  : nothing
          }
          ${r.likelihood ? html`<span class="term">“${r.likelihood.term}”</span>` : nothing}
        </div>
      </td>
    </tr>`;
  }

  static override styles = relationsTableStyles;
}

const numberFormat = new Intl.NumberFormat('en-US');
/** "25,000": the interface is in English, so are its numbers. */
function count(n: number): string {
  return numberFormat.format(n);
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-relations-table': MgRelationsTable;
  }
}
