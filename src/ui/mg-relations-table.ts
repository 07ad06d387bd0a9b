import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { actorName, certainty } from '../model/words/describe.ts';
import { BANDS } from '../model/words/likelihood.ts';
import { paragraphKey, type DatasetIndex } from '../model/dataset/query.ts';
import type { Relation } from '../model/contract/types.ts';
import type { Selection } from '../model/explorer/view-state.ts';
import { selectEvent } from './events.ts';
import { typeColor } from './type-colors.ts';
import { markingLevel, sharedStyles } from './theme.ts';

/** The columns, in order; each sorts. */
export const TABLE_COLUMNS = [
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Relation' },
  { key: 'target', label: 'Target' },
  { key: 'paragraph', label: '¶' },
  { key: 'marking', label: 'Marking' },
  { key: 'quote', label: 'Quote' },
  { key: 'likelihood', label: 'Likelihood' },
] as const;

export type SortKey = (typeof TABLE_COLUMNS)[number]['key'];
export type SortDirection = 'ascending' | 'descending';

/** Rows rendered above and below the ones in view, so fast scrolling rarely shows a gap. */
const MARGIN = 12;
/** Until a row has been measured. */
const ESTIMATED_ROW_HEIGHT = 48;

const MARKING_ORDER: Record<ReturnType<typeof markingLevel>, number> = {
  U: 0,
  C: 1,
  S: 2,
  TS: 3,
  other: 4,
};

interface Keyed {
  readonly relation: Relation;
  /** Position in document order: document, paragraph number, quote start, dataset order. */
  readonly order: number;
  readonly text: string;
  readonly rank: number;
}

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

  @state() private sortKey: SortKey = 'paragraph';
  @state() private sortDirection: SortDirection = 'ascending';
  /** The rendered window of sorted rows, [start, end). */
  @state() private start = 0;
  @state() private end = 0;
  /** The relation whose row takes Tab (roving tabindex), by id so it survives sorting. */
  @state() private activeId: string | null = null;

  @query('.scroller') private scroller?: HTMLElement;

  private sorted: readonly Relation[] = [];
  private position = new Map<string, number>();
  private rowHeight = ESTIMATED_ROW_HEIGHT;
  /** Offset of the first row from the top of the scrolled content, and the sticky header's height. */
  private rowsTop = 0;
  private headerHeight = 0;
  private frame = 0;
  private resizeObserver: ResizeObserver | null = null;
  private collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

  /** Sorts the table by a column; the same column again reverses it. */
  sortBy(key: SortKey, direction?: SortDirection): void {
    if (direction) this.sortDirection = direction;
    else if (key === this.sortKey)
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else this.sortDirection = 'ascending';
    this.sortKey = key;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => {
      this.measured = false;
      this.measure();
      this.computeWindow();
    });
    if (this.hasUpdated && this.scroller) this.resizeObserver.observe(this.scroller);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    cancelAnimationFrame(this.frame);
  }

  protected override firstUpdated(): void {
    if (this.scroller) this.resizeObserver?.observe(this.scroller);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      changed.has('relations') ||
      changed.has('index') ||
      changed.has('sortKey') ||
      changed.has('sortDirection')
    ) {
      this.sorted = this.sort();
      this.position = new Map(this.sorted.map((r, i) => [r.id, i]));
      this.computeWindow();
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
    if (!this.measured || changed.has('index')) this.measure();
    const sel = this.selection;
    if (changed.has('selection') && sel?.kind === 'relation') {
      const i = this.position.get(sel.id);
      // Into view, but the focus stays wherever the reader has it. The scroll event then
      // moves the window.
      if (i !== undefined) this.scrollToRow(i, false);
    }
  }

  private sort(): readonly Relation[] {
    const index = this.index;
    if (!index) return this.relations;
    const docOrder = new Map(index.dataset.documents.map((d, i) => [d.id, i]));
    const datasetOrder = new Map(index.dataset.relations.map((r, i) => [r.id, i]));
    const key = this.sortKey;
    const rows: Keyed[] = this.relations.map((r) => {
      const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
      const order =
        (docOrder.get(r.document) ?? 0) * 1e12 +
        (p?.n ?? 0) * 1e6 +
        r.start +
        (datasetOrder.get(r.id) ?? 0) / 1e6;
      let text = '';
      let rank = 0;
      if (key === 'source') text = actorName(index, r.source);
      else if (key === 'target') text = actorName(index, r.target);
      else if (key === 'type') text = index.typeById.get(r.type)?.label ?? r.type;
      else if (key === 'quote') text = r.quote;
      else if (key === 'marking') {
        text = p?.marking ?? '';
        rank = MARKING_ORDER[markingLevel(p?.marking ?? null)];
      } else if (key === 'likelihood') {
        // Unhedged statements rank above "almost certain"; within a band, by the word used.
        rank = r.likelihood ? BANDS[r.likelihood.band].rank : 7;
        text = r.likelihood?.term ?? '';
      }
      return { relation: r, order, text, rank };
    });
    const sign = this.sortDirection === 'ascending' ? 1 : -1;
    const byOrder = key === 'paragraph';
    // Ties stay in document order whichever way the column runs.
    rows.sort(
      (a, b) =>
        sign *
          (byOrder
            ? a.order - b.order
            : a.rank - b.rank || this.collator.compare(a.text, b.text)) || a.order - b.order,
    );
    return rows.map((k) => k.relation);
  }

  // --- windowing ---------------------------------------------------------------------------------

  /** Whether row height and offsets have been read from a rendered row. */
  private measured = false;

  private measure(): void {
    const scroller = this.scroller;
    const tbody = scroller?.querySelector('tbody');
    if (!scroller || !tbody) return;
    const base = scroller.getBoundingClientRect().top - scroller.scrollTop;
    const firstSpacer = tbody.querySelector<HTMLElement>('tr.spacer.top');
    const topOfRows = (firstSpacer ?? tbody).getBoundingClientRect().top - base;
    this.headerHeight = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    this.rowsTop = topOfRows;
    const row = tbody.querySelector<HTMLElement>('tr.row');
    const height = row?.getBoundingClientRect().height ?? 0;
    if (height > 0) this.measured = true;
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
      this.rowHeight = height;
      // Next frame, not now: a state change inside updated() would render twice per update.
      this.onScroll();
    }
  }

  /** Which rows to render for the current scroll position. */
  private computeWindow(): void {
    const n = this.sorted.length;
    const scroller = this.scroller;
    const viewport = scroller && scroller.clientHeight > 0 ? scroller.clientHeight : 800;
    const scrollTop = scroller?.scrollTop ?? 0;
    const first = Math.floor(Math.max(0, scrollTop - this.rowsTop) / this.rowHeight);
    const visible = Math.ceil(viewport / this.rowHeight) + 1;
    const start = Math.max(0, Math.min(first, n) - MARGIN);
    const end = Math.min(n, first + visible + MARGIN);
    if (start !== this.start) this.start = start;
    if (end !== this.end) this.end = end;
  }

  private onScroll(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.computeWindow());
  }

  /** Scrolls so that row i is fully in view below the sticky header; `now` renders it at once. */
  private scrollToRow(i: number, now = true): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = this.rowsTop + i * this.rowHeight;
    const bottom = top + this.rowHeight;
    const viewTop = scroller.scrollTop + this.headerHeight;
    const viewBottom = scroller.scrollTop + scroller.clientHeight;
    if (top < viewTop) scroller.scrollTop = Math.max(0, top - this.headerHeight);
    else if (bottom > viewBottom) scroller.scrollTop = bottom - scroller.clientHeight;
    if (now) this.computeWindow();
  }

  // --- keyboard and pointer ----------------------------------------------------------------------

  private rowsPerPage(): number {
    const h = (this.scroller?.clientHeight ?? 0) - this.headerHeight;
    return Math.max(1, Math.floor(h / this.rowHeight) - 1);
  }

  private async focusRow(i: number): Promise<void> {
    const n = this.sorted.length;
    if (n === 0) return;
    const target = Math.min(n - 1, Math.max(0, i));
    this.activeId = this.sorted[target]!.id;
    this.scrollToRow(target);
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
    const n = this.sorted.length;
    let to: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        to = i + 1;
        break;
      case 'ArrowUp':
        to = i - 1;
        break;
      case 'PageDown':
        to = i + this.rowsPerPage();
        break;
      case 'PageUp':
        to = i - this.rowsPerPage();
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = n - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.choose(i);
        return;
      default:
        return;
    }
    e.preventDefault();
    void this.focusRow(to);
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
    const start = Math.min(this.start, n);
    const end = Math.min(Math.max(this.end, start), n);
    // The row that takes Tab: the active one if it is rendered, else the first one in view.
    const tabIndexRow =
      activeIndex >= start && activeIndex < end
        ? activeIndex
        : Math.min(end - 1, start + (start > 0 ? MARGIN : 0));
    const slice = this.sorted.slice(start, end);
    return html`
      <div class="scroller" @scroll=${this.onScroll}>
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
            <col class="c-source" />
            <col class="c-type" />
            <col class="c-target" />
            <col class="c-paragraph" />
            <col class="c-marking" />
            <col class="c-quote" />
            <col class="c-likelihood" />
          </colgroup>
          <thead>
            <tr aria-rowindex="1">
              ${TABLE_COLUMNS.map((c) => this.renderHeader(c.key, c.label))}
            </tr>
          </thead>
          <tbody @keydown=${this.onKeydown} @focusin=${this.onFocusIn} @click=${this.onClick}>
            ${start > 0 ? spacer('top', start * this.rowHeight) : nothing}
            ${repeat(
              slice,
              (r) => r.id,
              (r, k) => this.renderRow(index, r, start + k, selectedId, tabIndexRow),
            )}
            ${end < n ? spacer('bottom', (n - end) * this.rowHeight) : nothing}
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

  private renderHeader(key: SortKey, label: string) {
    const sorted = key === this.sortKey;
    const arrow = sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '';
    return html`<th scope="col" class="h-${key}" aria-sort=${sorted ? this.sortDirection : nothing}>
      <button
        title=${key === 'paragraph' ? 'Sort by paragraph (document order)' : `Sort by ${label}`}
        @click=${() => this.sortBy(key)}
      >
        ${
          key === 'paragraph'
            ? html`<span aria-hidden="true">¶</span><span class="visually-hidden">Paragraph</span>`
            : label
        }<span class="arrow" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
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
      <td><div class="cell">${actorName(index, r.source)}</div></td>
      <td>
        <div class="cell">
          <span class="swatch" style="background:${typeColor(type)}"></span>${
            type?.label ?? r.type
          }<span class="dir" aria-hidden="true">${type?.directed === false ? ' —' : ' →'}</span>
        </div>
      </td>
      <td><div class="cell">${actorName(index, r.target)}</div></td>
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
        ${
          kind === 'negated'
            ? html`<span class="tag negated"><span aria-hidden="true">✕ </span>Negated</span>`
            : kind === 'hedged'
              ? html`<span class="tag hedged">Hedged</span>`
              : nothing
        }
        ${r.likelihood ? html`<span class="term">“${r.likelihood.term}”</span>` : nothing}
      </td>
    </tr>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
        min-height: 8rem;
        font-size: 0.875rem;
      }
      .scroller {
        flex: 1 1 auto;
        min-height: 0;
        max-height: 100vh;
        overflow: auto;
        overscroll-behavior: contain;
        background: var(--mg-surface);
      }
      table {
        width: 100%;
        /* Narrower than this, names would break mid-word: the table scrolls sideways instead. */
        min-width: 42rem;
        table-layout: fixed;
        border-collapse: separate;
        border-spacing: 0;
      }
      caption {
        text-align: left;
        padding: 0.4rem 0.75rem;
        caption-side: top;
      }
      .count {
        font-weight: 600;
        margin-right: 0.75rem;
      }
      .hint {
        color: var(--mg-muted);
        font-size: 0.8rem;
      }
      .c-source,
      .c-target {
        width: 14%;
      }
      .c-type {
        width: 16%;
      }
      .c-paragraph {
        width: 3rem;
      }
      .c-marking {
        width: 4.25rem;
      }
      .c-likelihood {
        width: 16%;
      }
      th {
        position: sticky;
        top: 0;
        z-index: 1;
        background: var(--mg-surface-2);
        border-bottom: 1px solid var(--mg-border);
        text-align: left;
        padding: 0;
        font-weight: 600;
      }
      th button {
        width: 100%;
        display: flex;
        align-items: center;
        gap: 0.3rem;
        border: 0;
        border-radius: 0;
        background: transparent;
        font-weight: 600;
        padding: 0.4rem 0.5rem;
        text-align: left;
      }
      th button:hover {
        background: var(--mg-border-soft);
      }
      th button:focus-visible {
        outline-offset: -3px;
      }
      .arrow {
        font-size: 0.7rem;
        color: var(--mg-muted);
      }
      td {
        /* Every row is two lines high, so the window of rendered rows can be computed. */
        height: 3rem;
        padding: 0 0.5rem;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        border-bottom: 1px solid var(--mg-border-soft);
      }
      td > .cell {
        /* Names and labels wrap onto a second line rather than being cut mid-word. */
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        line-clamp: 2;
        white-space: normal;
        overflow: hidden;
        line-height: 1.25;
        overflow-wrap: break-word;
      }
      tr.row {
        cursor: pointer;
      }
      tr.row:hover td {
        background: var(--mg-surface-2);
      }
      tr.row:focus {
        outline: none;
      }
      tr.row:focus-visible td {
        box-shadow:
          inset 0 3px 0 var(--mg-focus),
          inset 0 -3px 0 var(--mg-focus);
      }
      tr.row:focus-visible td:first-child {
        box-shadow:
          inset 3px 3px 0 var(--mg-focus),
          inset 0 -3px 0 var(--mg-focus);
      }
      tr.row:focus-visible td:last-child {
        box-shadow:
          inset -3px 3px 0 var(--mg-focus),
          inset 0 -3px 0 var(--mg-focus);
      }
      tr.row[aria-selected='true'] td {
        background: var(--mg-accent);
        color: var(--mg-accent-text);
      }
      tr.row[aria-selected='true'] td:first-child {
        font-weight: 600;
      }
      tr.row[aria-selected='true'] .tag {
        border-color: currentColor;
        color: inherit;
      }
      tr.row[data-certainty='hedged'] td:not(:last-child) {
        color: var(--mg-muted);
      }
      tr.row[aria-selected='true'][data-certainty='hedged'] td {
        color: var(--mg-accent-text);
      }
      tr.spacer td {
        height: auto;
        padding: 0;
        border: 0;
      }
      .swatch {
        display: inline-block;
        width: 0.7rem;
        height: 0.7rem;
        margin-right: 0.35rem;
        border-radius: 2px;
        border: 1px solid var(--mg-border);
        vertical-align: -0.05rem;
      }
      .dir {
        color: inherit;
        opacity: 0.75;
      }
      .num {
        font-variant-numeric: tabular-nums;
      }
      .quote {
        font-family: var(--mg-font-serif);
        font-size: 0.95rem;
      }
      .tag {
        display: inline-block;
        font-size: 0.75rem;
        font-weight: 600;
        line-height: 1.3;
        padding: 0 0.35rem;
        margin-right: 0.3rem;
        border-radius: 3px;
        border: 1px solid var(--mg-border);
      }
      .tag.negated {
        color: var(--mg-danger);
        border-color: var(--mg-danger);
      }
      .tag.hedged {
        border-style: dashed;
      }
      .none {
        padding: 0.75rem;
        color: var(--mg-muted);
      }
    `,
  ];
}

const numberFormat = new Intl.NumberFormat('en-US');
/** "25,000": the interface is in English, so are its numbers. */
function count(n: number): string {
  return numberFormat.format(n);
}

function spacer(which: 'top' | 'bottom', height: number) {
  return html`<tr class="spacer ${which}" aria-hidden="true">
    <td colspan=${TABLE_COLUMNS.length} style="height:${height}px"></td>
  </tr>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-relations-table': MgRelationsTable;
  }
}
