import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { KIND_LABELS } from '../model/words/describe.ts';
import type { DatasetIndex } from '../model/dataset/query.ts';
import { ACTOR_KINDS, type ActorKind, type RelationType } from '../model/contract/types.ts';
import {
  INITIAL_STATE,
  hideAllTypes,
  setFilters,
  setTypeVisible,
  showAllTypes,
  showOnlyType,
  type Filters,
  type ViewState,
} from '../model/explorer/view-state.ts';
import { filtersChangeEvent } from './events.ts';
import { KIND_SHAPES, parseHex, readableEdgeColor } from './graph-style.ts';
import { sharedStyles } from './theme.ts';

/**
 * The relation-type legend, which is also the type filter: every type with its colour, its
 * line (arrowed when directed), its label and how many relations it has under the other
 * filters, each with a checkbox whose accessible name is exactly the type's label. Below it,
 * the negation and hedging filters and a key to how the graph draws negated, hedged, directed
 * and undirected relations and each kind of actor.
 *
 * The element never changes the filters itself: it computes the next `Filters` with the view
 * state producers and sends them up.
 *
 * @fires mg-filters-change - detail `{ filters }`: the filters the reader asked for.
 * @csspart types - the list of relation types.
 * @csspart key - the key to the graph's encodings.
 */
@customElement('mg-legend')
export class MgLegend extends LitElement {
  /** The dataset whose relation types are listed. */
  @property({ attribute: false }) index: DatasetIndex | null = null;

  /** The filters in force, from the view state. */
  @property({ attribute: false }) filters: Filters = INITIAL_STATE.filters;

  /** Relations per type under every filter but the type filter (view-state `countsByType`). */
  @property({ attribute: false }) counts: ReadonlyMap<string, number> = new Map();

  /**
   * Cytoscape node shape per actor kind, as the graph draws them (graph-style's KIND_SHAPES by
   * default), so the key shows the same shapes. Kinds no actor in the dataset has are left out.
   */
  @property({ attribute: false }) kindShapes: Readonly<Partial<Record<ActorKind, string>>> =
    KIND_SHAPES;

  /** The canvas background (--mg-bg), against which the graph adjusts edge colours. */
  @state() private background = '';

  private schemeQuery: MediaQueryList | null = null;
  private readonly onSchemeChange = (): void => this.readBackground();

  override connectedCallback(): void {
    super.connectedCallback();
    this.schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.schemeQuery.addEventListener('change', this.onSchemeChange);
    this.readBackground();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schemeQuery?.removeEventListener('change', this.onSchemeChange);
    this.schemeQuery = null;
  }

  private readBackground(): void {
    this.background = getComputedStyle(this).getPropertyValue('--mg-bg').trim();
  }

  /**
   * A type's colour as the graph draws it: nudged, where needed, to keep 3:1 contrast with the
   * background. Without a type, the neutral colour of the key's samples.
   */
  private edgeColor(type: RelationType | undefined): string {
    const color = type ? typeColor(type) : KEY_COLOR;
    return parseHex(this.background) ? readableEdgeColor(color, this.background) : color;
  }

  /**
   * Only matters on narrow screens, where the explorer stacks its parts and the legend folds
   * away so the graph is on the first screen. The summary line and the toggle stay visible.
   */
  @state() private collapsed = NARROW.matches;

  private get state(): ViewState {
    return { ...INITIAL_STATE, filters: this.filters };
  }

  private send(next: ViewState): void {
    this.dispatchEvent(filtersChangeEvent({ filters: next.filters }));
  }

  private onTypeToggle(type: RelationType, e: Event): void {
    const visible = (e.target as HTMLInputElement).checked;
    this.send(setTypeVisible(this.state, type.id, visible));
  }

  private onShowAll(): void {
    this.send(showAllTypes(this.state));
  }

  private onShowNone(): void {
    if (this.index) this.send(hideAllTypes(this.state, this.index));
  }

  private onShowOnly(type: RelationType): void {
    if (this.index) this.send(showOnlyType(this.state, this.index, type.id));
  }

  private onFlag(flag: 'hideNegated' | 'hideHedged', e: Event): void {
    const value = (e.target as HTMLInputElement).checked;
    this.send(setFilters(this.state, { [flag]: value }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index')) this.collapsed = NARROW.matches;
  }

  protected override render() {
    const index = this.index;
    if (!index) return nothing;
    const types = index.dataset.relationTypes;
    const hidden = new Set(this.filters.hiddenTypes);
    const shown = types.filter((t) => !hidden.has(t.id)).length;
    return html`
      <section class="legend" aria-labelledby="legend-title">
        <div class="head">
          <h2 id="legend-title">Relation types</h2>
          <button
            class="fold"
            aria-expanded=${this.collapsed ? 'false' : 'true'}
            aria-controls="legend-body"
            @click=${() => (this.collapsed = !this.collapsed)}
          >
            ${this.collapsed ? 'Show filters' : 'Hide filters'}
          </button>
        </div>
        <p class="summary" role="status">${shown} of ${types.length} types shown</p>
        <div id="legend-body" class="body" ?data-collapsed=${this.collapsed}>
          <div class="bulk">
            <button @click=${this.onShowAll} ?disabled=${shown === types.length}>All</button>
            <button @click=${this.onShowNone} ?disabled=${shown === 0}>None</button>
          </div>
          <ul class="types" part="types">
            ${types.map((t, i) => this.renderType(t, i, hidden))}
          </ul>
          <fieldset class="flags">
            <legend>Assertions</legend>
            <div class="flag">
              <input
                id="hide-negated"
                type="checkbox"
                .checked=${this.filters.hideNegated}
                aria-describedby="hide-negated-desc"
                @change=${(e: Event) => this.onFlag('hideNegated', e)}
              />
              <label for="hide-negated">Hide negated</label>
              <span id="hide-negated-desc" class="desc">what the document says is not so</span>
            </div>
            <div class="flag">
              <input
                id="hide-hedged"
                type="checkbox"
                .checked=${this.filters.hideHedged}
                aria-describedby="hide-hedged-desc"
                @change=${(e: Event) => this.onFlag('hideHedged', e)}
              />
              <label for="hide-hedged">Hide hedged</label>
              <span id="hide-hedged-desc" class="desc"
                >what the document holds less than likely</span
              >
            </div>
          </fieldset>
          ${this.renderKey(index)}
        </div>
      </section>
    `;
  }

  private renderType(t: RelationType, i: number, hidden: ReadonlySet<string>) {
    const count = this.counts.get(t.id) ?? 0;
    const id = `type-${i}`;
    return html`
      <li class="type" ?data-hidden=${hidden.has(t.id)}>
        <input
          id=${id}
          type="checkbox"
          .checked=${!hidden.has(t.id)}
          aria-describedby="${id}-count ${id}-def"
          @change=${(e: Event) => this.onTypeToggle(t, e)}
        />
        <label for=${id} title=${t.definition}>
          ${lineSample(this.edgeColor(t), t.directed ? 'directed' : 'undirected', true)}
          <span class="label">${t.label}</span>
        </label>
        <span id="${id}-count" class="count">${count}${hiddenNoun(count)}</span>
        <span id="${id}-def" class="visually-hidden">${t.definition}</span>
        <button class="only" aria-label="Show only ${t.label}" @click=${() => this.onShowOnly(t)}>
          Only
        </button>
      </li>
    `;
  }

  private renderKey(index: DatasetIndex) {
    const present = new Set(index.dataset.actors.map((a) => a.kind));
    const kinds = ACTOR_KINDS.filter((k) => present.has(k) && this.kindShapes[k] !== undefined);
    return html`
      <section class="key" part="key" aria-labelledby="key-title">
        <h3 id="key-title">Reading the graph</h3>
        <ul class="encodings">
          <li>
            ${lineSample(this.edgeColor(undefined), 'directed', false)}
            <span>Directed: source → target</span>
          </li>
          <li>
            ${lineSample(this.edgeColor(undefined), 'undirected', false)}
            <span>Undirected: either way</span>
          </li>
          <li>
            ${lineSample(this.edgeColor(undefined), 'negated', false)}
            <span><strong>Negated</strong> (dashed, ✕): the document says it is not so</span>
          </li>
          <li>
            ${lineSample(this.edgeColor(undefined), 'hedged', false)}
            <span><strong>Hedged</strong> (lighter): held less than likely</span>
          </li>
        </ul>
        ${
          kinds.length > 0
            ? html`<h3>Actors</h3>
                <ul class="kinds">
                  ${kinds.map(
                    (k) =>
                      html`<li>
                        ${shapeSample(this.kindShapes[k] ?? 'ellipse')}<span
                          >${KIND_LABELS[k]}</span
                        >
                      </li>`,
                  )}
                </ul>`
            : nothing
        }
      </section>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      .head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
      h2 {
        margin: 0;
        font-size: 1rem;
      }
      h3 {
        margin: 0.75rem 0 0.35rem;
        font-size: 0.85rem;
        color: var(--mg-muted);
        font-weight: 600;
      }
      .fold {
        display: none;
      }
      .bulk {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        margin: 0.5rem 0;
      }
      .summary {
        margin: 0.25rem 0 0;
        color: var(--mg-muted);
      }
      button:disabled {
        opacity: 0.55;
        cursor: default;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .type {
        display: grid;
        grid-template-columns: auto 1fr auto auto;
        align-items: center;
        gap: 0.35rem;
        padding: 0.15rem 0;
      }
      .type label {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        min-width: 0;
        cursor: pointer;
      }
      .type[data-hidden] .label,
      .type[data-hidden] .count {
        color: var(--mg-muted);
      }
      .type[data-hidden] svg {
        opacity: 0.4;
      }
      .label {
        overflow-wrap: anywhere;
      }
      .count {
        font-variant-numeric: tabular-nums;
        color: var(--mg-muted);
        min-width: 2ch;
        text-align: right;
      }
      .only {
        padding: 0.05rem 0.4rem;
        font-size: 0.8rem;
      }
      input[type='checkbox'] {
        margin: 0;
        width: 1rem;
        height: 1rem;
        accent-color: var(--mg-accent);
      }
      svg {
        flex: none;
        overflow: visible;
      }
      .flags {
        margin: 0.75rem 0 0;
        padding: 0.4rem 0.6rem 0.5rem;
        border: 1px solid var(--mg-border-soft);
        border-radius: var(--mg-radius);
      }
      .flags legend {
        padding: 0 0.25rem;
        font-weight: 600;
        font-size: 0.85rem;
        color: var(--mg-muted);
      }
      .flag {
        display: grid;
        grid-template-columns: auto 1fr;
        column-gap: 0.4rem;
        align-items: center;
        padding: 0.15rem 0;
      }
      .flag .desc {
        grid-column: 2;
        color: var(--mg-muted);
        font-size: 0.8rem;
      }
      .encodings li,
      .kinds li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.15rem 0;
      }
      .kinds {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
        gap: 0 0.5rem;
      }
      .swatch {
        stroke: var(--mg-border);
      }
      .cross-box {
        fill: var(--mg-bg);
        stroke: var(--mg-muted);
        stroke-width: 1;
      }
      .cross {
        stroke: var(--mg-text);
        stroke-width: 1.75;
      }
      .shape {
        fill: var(--mg-surface-2);
        stroke: var(--mg-text);
        stroke-width: 1.5;
      }
      @media (max-width: 56.25rem) {
        .fold {
          display: inline-block;
        }
        .body[data-collapsed] {
          display: none;
        }
      }
    `,
  ];
}

/** The explorer's stacking breakpoint (memograph-app stacks its parts at 900 px). */
const NARROW: Pick<MediaQueryList, 'matches'> =
  typeof matchMedia === 'function' ? matchMedia('(max-width: 56.25rem)') : { matches: false };

/** " relations" for assistive technology; the visible count stands alone. */
function hiddenNoun(count: number) {
  return html`<span class="visually-hidden">${count === 1 ? ' relation' : ' relations'}</span>`;
}

/**
 * A relation type's colour if it is the `#rrggbb` the contract promises, else a neutral grey.
 * The colour lands in SVG and style attributes, where anything else (a `url(…)`) could make
 * the browser fetch or restyle; the loader validates it too, this keeps the element safe alone.
 */
export function typeColor(type: Pick<RelationType, 'color'> | undefined): string {
  const color = type?.color ?? '';
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : KEY_COLOR;
}

/** A neutral colour for the key's samples, readable on light and dark surfaces. */
const KEY_COLOR = '#7b838d';

type LineStyle = 'directed' | 'undirected' | 'negated' | 'hedged';

/**
 * A short edge drawn as the graph draws it (src/ui/graph-style.ts): arrowhead when directed,
 * dashed with a boxed cross when negated, thinner and fainter when hedged; for a relation type,
 * led by a square swatch of its colour. Decorative: the words beside it say the same.
 */
function lineSample(color: string, style: LineStyle, swatch: boolean) {
  const dashed = style === 'negated';
  const arrow = style !== 'undirected';
  const hedged = style === 'hedged';
  const x1 = swatch ? 14 : 1;
  return html`<svg width="46" height="14" viewBox="0 0 46 14" aria-hidden="true" focusable="false">
    ${svg`${swatch ? svg`<rect class="swatch" x="0.5" y="2.5" width="9" height="9" rx="2" fill=${color}></rect>` : nothing}
    <g opacity=${hedged ? 0.5 : 1}>
      <line x1=${x1} y1="7" x2=${arrow ? 38 : 45} y2="7" stroke=${color}
        stroke-width=${hedged ? 1.5 : 2.5} stroke-dasharray=${dashed ? '4 3' : 'none'}></line>
      ${arrow ? svg`<path d="M37 2.5 L45 7 L37 11.5 Z" fill=${color}></path>` : nothing}
      ${
        dashed
          ? svg`<rect class="cross-box" x="19.5" y="1.5" width="11" height="11" rx="2"></rect>
            <path class="cross" d="M22.5 4.5 L27.5 9.5 M27.5 4.5 L22.5 9.5"></path>`
          : nothing
      }
    </g>`}
  </svg>`;
}

/** The outline of a Cytoscape node shape, drawn in a 16×16 box. */
function shapeSample(shape: string) {
  return html`<svg
    data-shape=${shape}
    width="18"
    height="18"
    viewBox="-1 -1 18 18"
    aria-hidden="true"
    focusable="false"
  >
    ${shapeElement(shape)}
  </svg>`;
}

function polygon(points: readonly (readonly [number, number])[]) {
  return svg`<polygon class="shape" points=${points.map(([x, y]) => `${x},${y}`).join(' ')}></polygon>`;
}

function regular(sides: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [round(8 + 8 * Math.cos(a)), round(8 + 8 * Math.sin(a))] as [number, number];
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The Cytoscape node shapes the key can draw; any other is drawn as an ellipse. */
export const LEGEND_SHAPES: readonly string[] = [
  'ellipse',
  'rectangle',
  'round-rectangle',
  'roundrectangle',
  'cut-rectangle',
  'barrel',
  'concave-hexagon',
  'triangle',
  'round-triangle',
  'diamond',
  'round-diamond',
  'rhomboid',
  'tag',
  'vee',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
];

function shapeElement(shape: string) {
  switch (shape) {
    case 'rectangle':
      return svg`<rect class="shape" x="0" y="2" width="16" height="12"></rect>`;
    case 'round-rectangle':
    case 'roundrectangle':
      return svg`<rect class="shape" x="0" y="2" width="16" height="12" rx="4"></rect>`;
    case 'cut-rectangle':
      return polygon([
        [3, 2],
        [13, 2],
        [16, 5],
        [16, 11],
        [13, 14],
        [3, 14],
        [0, 11],
        [0, 5],
      ]);
    case 'barrel':
      return svg`<path class="shape" d="M1 2 Q8 0 15 2 Q17 8 15 14 Q8 16 1 14 Q-1 8 1 2 Z"></path>`;
    case 'concave-hexagon':
      return polygon([
        [0, 0.5],
        [16, 0.5],
        [14, 8],
        [16, 15.5],
        [0, 15.5],
        [2, 8],
      ]);
    case 'triangle':
    case 'round-triangle':
      return polygon([
        [8, 1],
        [16, 15],
        [0, 15],
      ]);
    case 'diamond':
    case 'round-diamond':
      return polygon([
        [8, 0],
        [16, 8],
        [8, 16],
        [0, 8],
      ]);
    case 'rhomboid':
      return polygon([
        [0, 2],
        [10.7, 2],
        [16, 14],
        [5.3, 14],
      ]);
    case 'tag':
      return polygon([
        [0, 2],
        [12, 2],
        [16, 8],
        [12, 14],
        [0, 14],
      ]);
    case 'vee':
      return polygon([
        [0, 1],
        [8, 6],
        [16, 1],
        [8, 15],
      ]);
    case 'pentagon':
    case 'round-pentagon':
      return polygon(regular(5));
    case 'hexagon':
    case 'round-hexagon':
      return polygon(regular(6, 0));
    case 'heptagon':
    case 'round-heptagon':
      return polygon(regular(7));
    case 'octagon':
    case 'round-octagon':
      return polygon(regular(8, Math.PI / 8));
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const r = i % 2 === 0 ? 8 : 3.4;
          return [round(8 + r * Math.cos(a)), round(8 + r * Math.sin(a))] as [number, number];
        }),
      );
    default:
      return svg`<ellipse class="shape" cx="8" cy="8" rx="8" ry="8"></ellipse>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-legend': MgLegend;
  }
}
