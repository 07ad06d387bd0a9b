import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DatasetIndex } from '../model/dataset/query.ts';
import type { ActorKind, RelationType } from '../model/contract/types.ts';
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
import { hideHedged, hideNegated, hidesHedged, hidesNegated } from '../model/explorer/filters.ts';
import { filtersChangeEvent } from './events.ts';
import { groupByFamily, type FamilyGroup } from '../model/words/families.ts';
import { KIND_SHAPES, typeArrowShapes } from './graph-style.ts';
import { CanvasBackgroundController } from './legend/canvas-background.ts';
import { encodingKey } from './legend/encoding-key.ts';
import { lineSample } from './legend/samples.ts';
import { legendStyles } from './mg-legend.styles.ts';
import { TypeToJump } from './typeahead-keys.ts';
import { KEY_COLOR, typeColor } from './type-colors.ts';

/**
 * The explorer's stacking breakpoint (memograph-app stacks its parts at 900 px). Declared
 * before the element: defining it upgrades any <mg-legend> already on the page, whose
 * constructor reads it.
 */
const NARROW: Pick<MediaQueryList, 'matches'> =
  typeof matchMedia === 'function' ? matchMedia('(max-width: 56.25rem)') : { matches: false };

/**
 * The relation-type legend, which is also the type filter: every type with its colour, its
 * line (with the arrowhead the graph gives it when directed), its label and how many relations
 * it has under the other filters, each with a checkbox whose accessible name is exactly the
 * type's label. When the dataset's types fall in more than one family, they are grouped under
 * their family's name and colour, with a family checkbox (checked, unchecked or mixed) that
 * shows or hides the whole family at once. Below, the negation and hedging filters and a key to
 * how the graph draws negated, indeterminate, hedged, directed and undirected relations and each
 * kind of actor. Typing a type's first letters on its checkbox or button moves to that type.
 *
 * The element never changes the filters itself: it computes the next `Filters` with the view
 * state producers and sends them up.
 *
 * @fires mg-filters-change - detail `{ filters }`: the filters the reader asked for.
 * @csspart types - the list of relation types (grouped by family when there are several).
 * @csspart key - the key to the graph's encodings.
 */
@customElement('mg-legend')
export class MgLegend extends LitElement {
  /** Typing a type's first letters on a checkbox or button of the list moves to its row. */
  private readonly jump = new TypeToJump(() =>
    [...this.renderRoot.querySelectorAll<HTMLElement>('li.type')].map((li) => ({
      focus: li.querySelector('input')!,
      label: li.querySelector('.label')?.textContent ?? '',
    })),
  );

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

  /** The canvas background, against which the graph adjusts edge colours. */
  private readonly background = new CanvasBackgroundController(this);

  /**
   * A type's colour as the graph draws it: nudged, where needed, to keep 3:1 contrast with the
   * background. Without a type, the neutral colour of the key's samples.
   */
  private edgeColor(type: RelationType | undefined): string {
    return this.background.edgeColor(type ? typeColor(type) : KEY_COLOR);
  }

  /**
   * Only matters on narrow screens, where the explorer stacks its parts and the legend folds
   * away so the graph is on the first screen. The summary line and the toggle stay visible.
   * Reflected, so that the page folds the other filters (the filter panel) away with it.
   */
  @property({ type: Boolean, reflect: true }) collapsed = NARROW.matches;

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

  /** Shows the whole family unless it is all shown already, then hides it: one change. */
  private onFamilyToggle(group: FamilyGroup): void {
    const hidden = new Set(this.filters.hiddenTypes);
    const allShown = group.types.every((t) => !hidden.has(t.id));
    for (const t of group.types) {
      if (allShown) hidden.add(t.id);
      else hidden.delete(t.id);
    }
    this.send(setFilters(this.state, { hiddenTypes: [...hidden] }));
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

  /** The quick switches are shortcuts over the polarity and likelihood filters. */
  private onFlag(flag: 'negated' | 'hedged', e: Event): void {
    const hide = (e.target as HTMLInputElement).checked;
    const f = this.filters;
    const filters = flag === 'negated' ? hideNegated(f, hide) : hideHedged(f, hide);
    this.send(setFilters(this.state, filters));
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
      <section class="legend" aria-labelledby="legend-title" @keydown=${this.jump.onKeydown}>
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
          ${this.renderTypes(types, hidden)}
          <fieldset class="flags">
            <legend>Assertions</legend>
            <div class="flag">
              <input
                id="hide-negated"
                type="checkbox"
                .checked=${hidesNegated(this.filters)}
                aria-describedby="hide-negated-desc"
                @change=${(e: Event) => this.onFlag('negated', e)}
              />
              <label for="hide-negated">Hide negated</label>
              <span id="hide-negated-desc" class="desc">what the document says is not so</span>
            </div>
            <div class="flag">
              <input
                id="hide-hedged"
                type="checkbox"
                .checked=${hidesHedged(this.filters)}
                aria-describedby="hide-hedged-desc"
                @change=${(e: Event) => this.onFlag('hedged', e)}
              />
              <label for="hide-hedged">Hide hedged</label>
              <span id="hide-hedged-desc" class="desc"
                >what the document holds less than likely, or declines to say</span
              >
            </div>
          </fieldset>
          ${encodingKey(index, this.kindShapes, this.edgeColor(undefined))}
        </div>
      </section>
    `;
  }

  /** The types, grouped by family unless they all share one (a version 1 dataset: "other"). */
  private renderTypes(types: readonly RelationType[], hidden: ReadonlySet<string>) {
    const arrows = typeArrowShapes(types);
    const position = new Map(types.map((t, i) => [t.id, i]));
    const row = (t: RelationType) => {
      const i = position.get(t.id) ?? 0;
      return this.renderType(t, i, hidden, arrows[i] ?? 'triangle');
    };
    const groups = groupByFamily(types);
    if (groups.length < 2)
      return html`<ul class="types" part="types">
        ${types.map(row)}
      </ul>`;
    return html`<div class="families" part="types">
      ${groups.map((g, gi) => {
        const shown = g.types.filter((t) => !hidden.has(t.id)).length;
        const mixed = shown > 0 && shown < g.types.length;
        const count = g.types.reduce((n, t) => n + (this.counts.get(t.id) ?? 0), 0);
        const id = `family-${gi}`;
        return html`<div class="family" role="group" aria-labelledby="${id}-name">
          <h3 class="family-head" ?data-hidden=${shown === 0}>
            <input
              id=${id}
              type="checkbox"
              .checked=${shown === g.types.length}
              .indeterminate=${mixed}
              aria-describedby="${id}-count"
              @change=${() => this.onFamilyToggle(g)}
            />
            <label for=${id} id="${id}-name">
              <span class="family-swatch" style="background:${this.edgeColor(g.types[0])}"></span>
              <span class="label">${g.label}</span>
            </label>
            <span id="${id}-count" class="count"
              >${count}<span class="visually-hidden"
                >${count === 1 ? ' relation' : ' relations'}, ${shown} of ${g.types.length} types
                shown</span
              ></span
            >
          </h3>
          <ul class="types">
            ${g.types.map(row)}
          </ul>
        </div>`;
      })}
    </div>`;
  }

  private renderType(t: RelationType, i: number, hidden: ReadonlySet<string>, arrow: string) {
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
          ${lineSample(this.edgeColor(t), t.directed ? 'directed' : 'undirected', true, arrow)}
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

  static override styles = legendStyles;
}

/** " relations" for assistive technology; the visible count stands alone. */
function hiddenNoun(count: number) {
  return html`<span class="visually-hidden">${count === 1 ? ' relation' : ' relations'}</span>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-legend': MgLegend;
  }
}
