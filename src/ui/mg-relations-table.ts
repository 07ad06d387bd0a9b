import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { actorName, certainty, relationHeadline } from '../model/words/describe.ts';
import { paragraphKey, type DatasetIndex } from '../model/dataset/query.ts';
import type { Relation } from '../model/contract/types.ts';
import { FAMILY_LABELS, familyColors } from '../model/words/families.ts';
import { markingLevel } from '../model/explorer/marking.ts';
import { TypeaheadBuffer, typeaheadIndex } from '../model/explorer/typeahead.ts';
import {
  DOCUMENT_ORDER,
  nextSort,
  sortRelations,
  type RelationSort,
  type SortDirection,
  type SortKey,
} from '../model/explorer/relation-order.ts';
import type { Selection } from '../model/explorer/view-state.ts';
import { selectEvent, sortChangeEvent } from './events.ts';
import { relationsTableStyles } from './mg-relations-table.styles.ts';
import { basisCell, dateCell, likelihoodCell } from './table/cells.ts';
import { TABLE_COLUMNS, sortHeader } from './table/columns.ts';
import { rowKeyAction } from './table/row-keys.ts';
import { MARGIN, RowWindowController, spacerRow } from './table/row-window.ts';
import { typeColor } from './type-colors.ts';

/**
 * The relations as a table: the accessible alternative to the graph, and the fastest way to
 * read them in order. Sortable by every column (document order by default, through the ¶
 * column); rows are a single-select grid with a roving tabindex (Up/Down, PageUp/PageDown,
 * Home/End move; Enter or Space selects; typing letters jumps to the next row whose source, or
 * the sorted column's name, starts with them). A list above it narrows it to one actor. It renders only the rows in view plus a margin, with
 * spacer rows keeping the scroll height, so 25,000 relations scroll and sort as smoothly as
 * the memo's hundred; `aria-rowcount` and `aria-rowindex` keep the true positions.
 *
 * The element scrolls itself: give it a height (it fills its container).
 *
 * @fires mg-select - `{ selection: { kind: 'relation', id }, origin: 'table' }` when a row is
 *   chosen by click, Enter or Space.
 * @fires mg-sort-change - `{ sort }` when the reader sorts by a column.
 * @csspart table - the table element.
 */
@customElement('mg-relations-table')
export class MgRelationsTable extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;

  /** The relations to list: those the filters let through, from the root. */
  @property({ attribute: false }) relations: readonly Relation[] = [];

  /** The current selection; a selected relation's row is marked and scrolled into view. */
  @property({ attribute: false }) selection: Selection | null = null;

  /** The order of the rows; the root keeps it (and the URL) in step through `mg-sort-change`. */
  @property({ attribute: false }) sort: RelationSort = DOCUMENT_ORDER;
  /** The actor the table is narrowed to, by id; null lists every relation it is given. */
  @state() private actorId: string | null = null;
  /** Whether the actor list's options are wanted yet (see renderActorFilter). */
  @state() private actorListWanted = false;
  /** The actor list as last made, and what it was made from. */
  private choices: {
    index: DatasetIndex | null;
    relations: readonly Relation[] | null;
    actorId: string | null;
    list: readonly { readonly id: string; readonly name: string }[];
  } = { index: null, relations: null, actorId: null, list: [] };
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
    this.dispatchEvent(sortChangeEvent({ sort: this.sort }));
  }

  /**
   * Puts the keyboard on the current row: the selected relation's, else the one that last had
   * focus, else the first in view. False when the table has no rows.
   */
  focusCurrentRow(): boolean {
    const n = this.sorted.length;
    if (n === 0) return false;
    const sel = this.selection;
    const selected = sel?.kind === 'relation' ? this.position.get(sel.id) : undefined;
    const active = this.activeId !== null ? this.position.get(this.activeId) : undefined;
    const scroller = this.scroller;
    const inView = scroller
      ? Math.min(n - 1, Math.floor(scroller.scrollTop / this.rowWindow.rowHeight))
      : 0;
    void this.focusRow(selected ?? active ?? inView);
    return true;
  }

  /** Lists only the relations one actor takes part in; null lists them all again. */
  showActor(id: string | null): void {
    this.actorId = id;
  }

  /** The actors of the relations given, by name, for the actor filter. */
  private actorChoices(): readonly { readonly id: string; readonly name: string }[] {
    const index = this.index;
    if (!index) return [];
    const kept = this.choices;
    if (kept.index === index && kept.relations === this.relations && kept.actorId === this.actorId)
      return kept.list;
    const ids = new Set<string>();
    for (const r of this.relations) ids.add(r.source).add(r.target);
    if (this.actorId) ids.add(this.actorId);
    const list = [...ids]
      .map((id) => ({ id, name: actorName(index, id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    this.choices = { index, relations: this.relations, actorId: this.actorId, list };
    return list;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('index')) {
      this.familyColor = familyColors(this.index?.dataset.relationTypes ?? []);
    }
    if (changed.has('index') && changed.get('index') !== undefined) this.actorId = null;
    if (
      changed.has('relations') ||
      changed.has('index') ||
      changed.has('sort') ||
      changed.has('actorId')
    ) {
      const actor = this.actorId;
      const pool = actor
        ? this.relations.filter((r) => r.source === actor || r.target === actor)
        : this.relations;
      this.sorted = this.index ? sortRelations(this.index, pool, this.sort) : pool;
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

  private readonly typeahead = new TypeaheadBuffer();

  /** What typing jumps by: the sorted column's name when it is one, else the source's. */
  private jumpLabel(r: Relation): string {
    const index = this.index!;
    if (this.sort.key === 'target') return actorName(index, r.target);
    if (this.sort.key === 'type') return index.typeById.get(r.type)?.label ?? r.type;
    return actorName(index, r.source);
  }

  private onKeydown(e: KeyboardEvent): void {
    const i = this.rowIndexOf(e);
    if (i === null || e.altKey || e.metaKey || e.ctrlKey) return;
    const action = rowKeyAction(e.key, i, this.sorted.length, this.rowWindow.rowsPerPage());
    if (!action) {
      const typed = this.typeahead.push(e.key, e.timeStamp);
      if (typed === null || !this.index) return;
      const to = typeaheadIndex(
        this.sorted.map((r) => this.jumpLabel(r)),
        typed,
        i,
      );
      // Handled either way, so a letter never reaches the page's shortcuts from a row.
      e.preventDefault();
      if (to >= 0) void this.focusRow(to);
      return;
    }
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
      <div class="toolbar">${this.renderActorFilter()}</div>
      <div class="scroller" @scroll=${this.rowWindow.onScroll}>
        <table
          part="table"
          role="grid"
          aria-rowcount=${n + 1}
          aria-colcount=${TABLE_COLUMNS.length}
          aria-describedby="table-hint"
        >
          <caption>
            <span class="count">${this.countText(n, total)}</span>
            <span id="table-hint" class="hint"
              >Enter on a row shows its full quote in the evidence panel. Arrows, Page Up/Down, Home
              and End move between rows.</span
            >
          </caption>
          <colgroup>
            ${TABLE_COLUMNS.map((c) => html`<col class="c-${c.id}" />`)}
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
                    : this.actorId && this.relations.length > 0
                      ? `No relation of ${actorName(index, this.actorId)} passes the current filters.`
                      : 'No relation passes the current filters.'
                }
              </p>`
            : nothing
        }
      </div>
    `;
  }

  /** "7 relations shown of 62", "3 relations of Cuba shown of 62". */
  private countText(n: number, total: number): string {
    const actor = this.actorId && this.index ? ` of ${actorName(this.index, this.actorId)}` : '';
    return `${count(n)} ${n === 1 ? 'relation' : 'relations'}${actor} shown of ${count(total)}`;
  }

  private renderActorFilter() {
    // A corpus lists thousands of actors: their options are made when the list is first used
    // (focused or pressed), not with every render of the table.
    const wanted = this.actorListWanted || (this.index?.dataset.actors.length ?? 0) <= 500;
    const current = this.actorId && this.index ? actorName(this.index, this.actorId) : null;
    const want = (): void => {
      this.actorListWanted = true;
    };
    return html`<label class="actor-filter"
      ><span>Actor</span>
      <select
        @focus=${want}
        @pointerdown=${want}
        @change=${(e: Event) => this.showActor((e.target as HTMLSelectElement).value || null)}
      >
        <option value="" ?selected=${this.actorId === null}>All actors</option>
        ${
          wanted
            ? this.actorChoices().map(
                (a) =>
                  html`<option value=${a.id} ?selected=${a.id === this.actorId}>${a.name}</option>`,
              )
            : current !== null
              ? html`<option value=${this.actorId!} selected>${current}</option>`
              : nothing
        }
      </select></label
    >`;
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
      <td class="relation" title=${relationHeadline(index, r)}>
        <div class="line source">${actorName(index, r.source)}</div>
        <div class="line type">
          <span
            class="swatch"
            title=${type ? FAMILY_LABELS[type.family] : nothing}
            style="background:${typeColor({ color: this.familyColor.get(r.type) ?? '' })}"
          ></span
          >${type?.label ?? r.type}<span class="dir" aria-hidden="true"
            >${type?.directed === false ? ' —' : ' →'}</span
          >
        </div>
        <div class="line target">${actorName(index, r.target)}</div>
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
      ${likelihoodCell(r)} ${basisCell(r)} ${dateCell(r)}
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
