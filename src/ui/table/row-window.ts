import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Rows rendered above and below the ones in view, so fast scrolling rarely shows a gap. */
export const MARGIN = 12;
/** Until a row has been measured. */
const ESTIMATED_ROW_HEIGHT = 48;

/** What the window needs to know about its table. */
export interface RowWindowTable {
  /** The element that scrolls, holding a table whose rows are `tr.row`; once rendered. */
  scroller(): HTMLElement | undefined;
  /** How many rows the table has in all. */
  rowCount(): number;
}

/**
 * Virtualisation for a table of equal-height rows: which rows to render, [start, end), for the
 * scroll position, with spacer rows above and below keeping the scroll height. Row height and
 * the offset of the first row are read from the rendered table, again whenever its box resizes.
 */
export class RowWindowController implements ReactiveController {
  private startRow = 0;
  private endRow = 0;
  private height = ESTIMATED_ROW_HEIGHT;
  /** Offset of the first row from the top of the scrolled content, and the sticky header's height. */
  private rowsTop = 0;
  private headerHeight = 0;
  private frame = 0;
  private resizeObserver: ResizeObserver | null = null;
  private observed = false;
  /** Whether row height and offsets have been read from a rendered row. */
  private isMeasured = false;
  /** Printing: a printed table has every row, not the window a screen shows. */
  private print: MediaQueryList | null = null;
  private readonly onPrint = (): void => this.update();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly table: RowWindowTable,
  ) {
    host.addController(this);
  }

  get start(): number {
    return this.startRow;
  }

  get end(): number {
    return this.endRow;
  }

  get rowHeight(): number {
    return this.height;
  }

  get measured(): boolean {
    return this.isMeasured;
  }

  hostConnected(): void {
    this.print = window.matchMedia('print');
    this.print.addEventListener('change', this.onPrint);
    this.resizeObserver = new ResizeObserver(() => {
      this.isMeasured = false;
      this.measure();
      this.update();
    });
    this.observed = false;
    this.observe();
  }

  hostUpdated(): void {
    if (!this.observed) this.observe();
  }

  hostDisconnected(): void {
    this.print?.removeEventListener('change', this.onPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    cancelAnimationFrame(this.frame);
  }

  private observe(): void {
    const scroller = this.table.scroller();
    if (!scroller || !this.resizeObserver) return;
    this.resizeObserver.observe(scroller);
    this.observed = true;
  }

  /** Reads row height and offsets from the rendered table. */
  measure(): void {
    const scroller = this.table.scroller();
    const tbody = scroller?.querySelector('tbody');
    if (!scroller || !tbody) return;
    const base = scroller.getBoundingClientRect().top - scroller.scrollTop;
    const firstSpacer = tbody.querySelector<HTMLElement>('tr.spacer.top');
    const topOfRows = (firstSpacer ?? tbody).getBoundingClientRect().top - base;
    this.headerHeight = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    this.rowsTop = topOfRows;
    const row = tbody.querySelector<HTMLElement>('tr.row');
    const height = row?.getBoundingClientRect().height ?? 0;
    if (height > 0) this.isMeasured = true;
    if (height > 0 && Math.abs(height - this.height) > 0.5) {
      this.height = height;
      // Next frame, not now: a state change inside updated() would render twice per update.
      this.onScroll();
    }
  }

  /** Which rows to render for the current scroll position; the host updates if they change. */
  update(): void {
    const n = this.table.rowCount();
    const scroller = this.table.scroller();
    const viewport = scroller && scroller.clientHeight > 0 ? scroller.clientHeight : 800;
    const scrollTop = scroller?.scrollTop ?? 0;
    const first = Math.floor(Math.max(0, scrollTop - this.rowsTop) / this.height);
    const visible = Math.ceil(viewport / this.height) + 1;
    const all = this.print?.matches === true;
    const start = all ? 0 : Math.max(0, Math.min(first, n) - MARGIN);
    const end = all ? n : Math.min(n, first + visible + MARGIN);
    if (start === this.startRow && end === this.endRow) return;
    this.startRow = start;
    this.endRow = end;
    this.host.requestUpdate();
  }

  /** For the scroller's scroll event: moves the window on the next frame. */
  readonly onScroll = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.update());
  };

  /** Scrolls so that row i is fully in view below the sticky header; `now` renders it at once. */
  scrollToRow(i: number, now = true): void {
    const scroller = this.table.scroller();
    if (!scroller) return;
    const top = this.rowsTop + i * this.height;
    const bottom = top + this.height;
    const viewTop = scroller.scrollTop + this.headerHeight;
    const viewBottom = scroller.scrollTop + scroller.clientHeight;
    if (top < viewTop) scroller.scrollTop = Math.max(0, top - this.headerHeight);
    else if (bottom > viewBottom) scroller.scrollTop = bottom - scroller.clientHeight;
    if (now) this.update();
  }

  /** Rows that fit below the header, less one so a page step keeps one row in sight. */
  rowsPerPage(): number {
    const h = (this.table.scroller()?.clientHeight ?? 0) - this.headerHeight;
    return Math.max(1, Math.floor(h / this.height) - 1);
  }
}

/** A spacer row standing in for the rows not rendered above or below the window. */
export function spacerRow(which: 'top' | 'bottom', height: number, columns: number) {
  return html`<tr class="spacer ${which}" aria-hidden="true">
    <td colspan=${columns} style="height:${height}px"></td>
  </tr>`;
}
