import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Relation } from '../../model/contract/types.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import {
  INITIAL_FILTERS,
  filterRelations,
  setDateRange,
  withinDates,
  type Filters,
} from '../../model/explorer/filters.ts';
import {
  brushFor,
  brushRange,
  countsPerDay,
  datedSpan,
  daysBetween,
  drawsBars,
  layoutTimeline,
  spanText,
  stepBrush,
  type Brush,
  type DaySpan,
  type Timeline,
} from '../../model/explorer/timeline.ts';
import type { Selection } from '../../model/explorer/view-state.ts';
import { MONTH_NAMES, formatIsoDate } from '../../model/memo/dates.ts';
import { certainty, relationHeadline } from '../../model/words/describe.ts';
import { filtersChangeEvent, selectEvent } from '../events.ts';
import { timelineStyles } from './mg-timeline.styles.ts';

const LANE = 10;
const AXIS = 20;
const HISTOGRAM = 40;
/** Rows of the table drawn at once; a corpus's thousands are cut, and the cut said. */
const TABLE_ROWS = 1000;

/**
 * The axis's labels: for a month or two, every day (or every other), the first with its month
 * ("Dec 22", "23"…); for longer, the first day of each month ("Jan 1996", "Feb"…), thinned to
 * about a dozen.
 */
function ticks(days: readonly string[]): { i: number; label: string }[] {
  const month = (iso: string) => MONTH_NAMES[Number(iso.slice(5, 7)) - 1]!.slice(0, 3);
  if (days.length <= 62) {
    const every = Math.ceil(days.length / 16);
    return days.flatMap((d, i) =>
      i % every === 0
        ? [
            {
              i,
              label:
                i === 0 || d.endsWith('-01')
                  ? `${month(d)} ${Number(d.slice(8))}`
                  : String(Number(d.slice(8))),
            },
          ]
        : [],
    );
  }
  const starts = days.flatMap((d, i) => (i === 0 || d.endsWith('-01') ? [i] : []));
  const every = Math.ceil(starts.length / 12);
  return starts
    .filter((_, k) => k % every === 0)
    .map((i) => {
      const d = days[i]!;
      const withYear = i === 0 || d.slice(5, 7) === '01';
      return { i, label: withYear ? `${month(d)} ${d.slice(0, 4)}` : month(d) };
    });
}

/**
 * The timeline strip: every dated relation that passes the filters other than the dates, on a
 * day axis, a span ("since December 22") as a bar across its days. Undated relations are
 * counted, never dropped silently. Brushing days (drag, or the keyboard: arrows move the range,
 * Shift+arrows extend it, Enter applies, Esc clears) sets the date range filter. Its text
 * alternative is a table of the same relations sorted by date.
 *
 * @fires mg-filters-change - detail `{ filters }` with the brushed date range.
 * @fires mg-select - `{ selection: { kind: 'relation', id }, origin: 'table' }` from a bar or a
 *   row of the table.
 * @csspart brush - the focusable strip that holds the axis and the bars.
 */
@customElement('mg-timeline')
export class MgTimeline extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;
  @property({ attribute: false }) filters: Filters = INITIAL_FILTERS;
  @property({ attribute: false }) selection: Selection | null = null;

  /** The range being chosen by keyboard or pointer, before Enter (or the pointer's release). */
  @state() private pending: Brush | null = null;
  @state() private tableOpen = false;

  private days: string[] = [];
  private timeline: Timeline = { bars: [], lanes: 0, undated: 0 };
  private dragging = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.index || !(changed.has('index') || changed.has('filters'))) return;
    const span = datedSpan(this.index);
    this.days = span ? daysBetween(span) : [];
    const others: Filters = { ...this.filters, from: null, until: null };
    this.timeline = layoutTimeline(
      filterRelations(this.index, this.index.dataset.relations, others),
    );
    if (changed.has('index')) this.pending = null;
  }

  private get applied(): Brush | null {
    const { from, until } = this.filters;
    return from === null && until === null ? null : brushFor(from, until, this.days);
  }

  private apply(brush: Brush | null): void {
    const range = brush ? brushRange(brush, this.days) : null;
    this.pending = null;
    this.dispatchEvent(
      filtersChangeEvent({
        filters: setDateRange(this.filters, range?.first ?? null, range?.last ?? null),
      }),
    );
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.days.length === 0) return;
    const key = e.key;
    if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End') {
      e.preventDefault();
      const from = this.pending ?? this.applied;
      this.pending = from
        ? stepBrush(from, this.days, key, e.shiftKey)
        : brushFor(null, null, this.days, key === 'End' ? this.days.length - 1 : 0);
    } else if (key === 'Enter' && this.pending) {
      e.preventDefault();
      this.apply(this.pending);
    } else if (key === 'Escape' && (this.pending || this.applied)) {
      // Handled here, so the page's Esc (clear the selection) waits for the next press.
      e.preventDefault();
      e.stopPropagation();
      this.apply(null);
    }
  }

  private dayAt(e: PointerEvent): number {
    const rect = (e.currentTarget as Element).getBoundingClientRect();
    const x = (e.clientX - rect.left) / Math.max(1, rect.width);
    return Math.max(0, Math.min(this.days.length - 1, Math.floor(x * this.days.length)));
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 || this.days.length === 0) return;
    if ((e.target as Element).classList.contains('bar')) return;
    const day = this.dayAt(e);
    this.dragging = true;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    this.pending = { anchor: day, focus: day };
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.dragging || !this.pending) return;
    const focus = this.dayAt(e);
    if (focus !== this.pending.focus) this.pending = { ...this.pending, focus };
  }

  private onPointerUp(): void {
    if (!this.dragging) return;
    this.dragging = false;
    if (this.pending) this.apply(this.pending);
  }

  private selectRelation(r: Relation): void {
    this.dispatchEvent(selectEvent({ selection: { kind: 'relation', id: r.id }, origin: 'table' }));
  }

  private countIn(brush: Brush): number {
    const range = brushRange(brush, this.days);
    if (!range) return 0;
    return this.timeline.bars.filter((b) => withinDates(b.relation, range.first, range.last))
      .length;
  }

  private statusText(): string {
    const brush = this.pending ?? this.applied;
    if (!brush) return 'All dates.';
    const range = brushRange(brush, this.days);
    if (!range) return '';
    const n = this.countIn(brush);
    const what = `${spanText(range.first, range.last)}: ${n} dated ${n === 1 ? 'relation' : 'relations'}`;
    return this.pending
      ? `${what}. Enter applies, Esc clears.`
      : `Showing ${what}. Esc clears the dates.`;
  }

  protected override render() {
    if (!this.index) return nothing;
    const n = this.days.length;
    const { bars, lanes, undated } = this.timeline;
    const undatedText = `${undated} undated ${undated === 1 ? 'relation' : 'relations'}, not on the timeline`;
    if (n === 0) {
      return html`<div class="bar-head">
        <h2>Timeline</h2>
        <span class="undated">No relation is dated; ${undatedText}.</span>
      </div>`;
    }
    const asBars = drawsBars(this.timeline);
    const height = asBars ? AXIS + Math.max(1, lanes) * LANE + 4 : AXIS + HISTOGRAM + 4;
    const pct = (i: number) => `${(i / n) * 100}%`;
    const brush = this.pending ?? this.applied;
    const lo = brush ? Math.min(brush.anchor, brush.focus) : 0;
    const hi = brush ? Math.max(brush.anchor, brush.focus) : 0;
    const range = brush ? brushRange(brush, this.days) : null;
    const issueDates = new Set(this.index.dataset.documents.map((d) => d.date));
    return html`
      <div class="bar-head">
        <h2 id="timeline-title">Timeline</h2>
        <span>${bars.length} dated ${bars.length === 1 ? 'relation' : 'relations'}</span>
        <span class="undated">${undatedText}</span>
        <span class="status" id="timeline-status" role="status">${this.statusText()}</span>
        <span class="keys" id="timeline-keys"
          >Arrows choose days, Shift+arrows extend, Enter applies.</span
        >
        ${
          this.pending || this.applied
            ? html`<button @click=${() => this.apply(null)}>Clear dates</button>`
            : nothing
        }
        <button
          class="as-table"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="timeline-table"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          Timeline as a table, by date
        </button>
      </div>
      <div
        class="brush"
        part="brush"
        tabindex="0"
        role="group"
        aria-labelledby="timeline-title"
        aria-describedby="timeline-status timeline-keys"
        aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Enter Escape"
        @keydown=${this.onKeyDown}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${() => (this.dragging = false)}
      >
        <svg height=${height} aria-hidden="true">
          <defs>
            <pattern
              id="hatch"
              width="4"
              height="4"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="4"></line>
            </pattern>
          </defs>
          ${
            n <= 62
              ? this.days.map(
                  (_, i) =>
                    svg`<rect class="day-band" ?data-odd=${i % 2 === 1} x=${pct(i)} y="0" width=${pct(1)} height=${height}></rect>`,
                )
              : nothing
          }
          ${ticks(this.days).map(
            ({ i, label }) =>
              svg`<text class="tick" ?data-issue=${issueDates.has(this.days[i]!)} x=${pct(i + (n > 62 ? 0 : 0.5))} y="13" text-anchor=${n > 62 ? 'start' : 'middle'}>${label}</text>`,
          )}
          ${this.days.map((d, i) =>
            issueDates.has(d)
              ? svg`<line class="issue-mark" x1=${pct(i + 0.5)} x2=${pct(i + 0.5)} y1=${AXIS - 6} y2=${AXIS + 1}><title>A document issued ${formatIsoDate(d)}</title></line>`
              : nothing,
          )}
          <line class="axis-line" x1="0" x2="100%" y1=${AXIS - 2} y2=${AXIS - 2}></line>
          ${
            brush
              ? svg`<rect class="range" ?data-pending=${this.pending !== null} x=${pct(lo)} y="0" width=${pct(hi - lo + 1)} height=${height}></rect>`
              : nothing
          }
          ${asBars ? this.renderBars(pct, range) : this.renderCounts(pct)}
        </svg>
      </div>
      <div id="timeline-table" class="table" ?hidden=${!this.tableOpen}>
        ${this.tableOpen ? this.renderTable() : nothing}
      </div>
    `;
  }

  private renderBars(pct: (i: number) => string, range: DaySpan | null) {
    const selected = this.selection?.kind === 'relation' ? this.selection.id : null;
    const at = new Map(this.days.map((d, i) => [d, i]));
    return this.timeline.bars.map((b) => {
      const i = at.get(b.first) ?? 0;
      const j = at.get(b.last) ?? 0;
      const outside = range !== null && !withinDates(b.relation, range.first, range.last);
      return svg`<rect
              class="bar"
              data-certainty=${certainty(b.relation)}
              ?data-outside=${outside}
              ?data-selected=${b.relation.id === selected}
              x=${pct(i + 0.06)}
              y=${AXIS + b.lane * LANE + 2}
              width=${pct(j - i + 1 - 0.12)}
              height=${LANE - 4}
              rx="2"
              @click=${() => this.selectRelation(b.relation)}
            ><title>${relationHeadline(this.index!, b.relation)} · ${spanText(b.first, b.last)}</title></rect>`;
    });
  }

  /** A corpus's many dated relations, as how many fall on each day. */
  private renderCounts(pct: (i: number) => string) {
    const counts = countsPerDay(this.timeline, this.days);
    const max = Math.max(1, ...counts);
    return counts.map((c, i) => {
      if (c === 0) return nothing;
      const h = Math.max(2, (c / max) * HISTOGRAM);
      return svg`<rect class="day-count" x=${pct(i + 0.06)} y=${AXIS + HISTOGRAM - h + 2} width=${pct(0.88)} height=${h}><title>${formatIsoDate(this.days[i]!)}: ${c}</title></rect>`;
    });
  }

  private renderTable() {
    const index = this.index!;
    return html`<table>
        <caption class="visually-hidden">
          Dated relations, by date
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Relation</th>
            <th scope="col">The memo's words</th>
          </tr>
        </thead>
        <tbody>
          ${this.timeline.bars.slice(0, TABLE_ROWS).map(
            (b) =>
              html`<tr>
                <td><time datetime=${b.first}>${spanText(b.first, b.last)}</time></td>
                <td>
                  <button @click=${() => this.selectRelation(b.relation)}>
                    ${relationHeadline(index, b.relation)}
                  </button>
                </td>
                <td>${b.relation.date?.phrase ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        this.timeline.bars.length > TABLE_ROWS
          ? html`<p class="hint">
              The first ${TABLE_ROWS} of ${this.timeline.bars.length}; narrow the dates to see the
              rest.
            </p>`
          : nothing
      }`;
  }

  static override styles = timelineStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-timeline': MgTimeline;
  }
}
