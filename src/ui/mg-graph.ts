import cytoscape from 'cytoscape';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { KIND_LABELS, relationTooltip } from '../model/describe.ts';
import { layoutPositions, type Point } from '../model/layout.ts';
import { isHedged } from '../model/likelihood.ts';
import type { DatasetIndex } from '../model/query.ts';
import type { Relation } from '../model/types.ts';
import type { LayoutName, Selection } from '../model/view-state.ts';
import { selectEvent } from './events.ts';
import {
  buildStylesheet,
  kindClass,
  labelSizeForZoom,
  LARGE_TIER_DETAIL_ZOOM,
  nodeSize,
  sizeTier,
  typeClass,
  type GraphTheme,
  type SizeTier,
} from './graph-style.ts';
import { sharedStyles } from './theme.ts';

/** Detail of `mg-graph-ready`. */
export interface GraphReadyDetail {
  /** Actors drawn. */
  readonly nodes: number;
  /** Relations drawn. */
  readonly edges: number;
  /**
   * Milliseconds from the moment the element started building the graph for this dataset
   * (creating Cytoscape when needed, laying out, adding elements, fitting) to the first
   * animation frame after it: "time to first painted graph".
   */
  readonly ms: number;
}

export type GraphReadyEvent = CustomEvent<GraphReadyDetail>;

/** Padding around the graph when the view is fitted, in px. */
const FIT_PADDING = 32;
/** Room kept clear for the zoom buttons on the right, in px. */
const CONTROLS_WIDTH = 40;
/** Fitting never zooms in further than this: five actors should not fill a wall screen. */
const MAX_FIT_ZOOM = 1.5;
/** Layout switches animate for this long, unless the reader asked for reduced motion. */
const LAYOUT_ANIMATION_MS = 350;
/** How long focusActor()'s highlight stays. */
const FLASH_MS = 1400;
/** Keyboard pan step, in px. */
const PAN_STEP = 60;
/** Keyboard and button zoom factor. */
const ZOOM_STEP = 1.25;

/** Light-theme token values, used when the element is shown outside the app root. */
const FALLBACK_THEME: GraphTheme = {
  text: '#1b1f24',
  bg: '#f6f7f9',
  surface: '#ffffff',
  muted: '#555d68',
  accent: '#0b5cad',
  focus: '#0b5cad',
  font: 'system-ui, sans-serif',
};

let webgl2Support: boolean | null = null;

function webgl2Available(): boolean {
  if (webgl2Support === null) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2');
      webgl2Support = gl !== null;
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webgl2Support = false;
    }
  }
  return webgl2Support;
}

/**
 * The bounding box the nodes (with their labels) will have at the given positions: each node's
 * current box, moved. (Cytoscape's boundingBoxAt leaves the nodes at the new positions, which
 * would defeat the animation.)
 */
function boundsAt(
  nodes: cytoscape.NodeCollection,
  at: (node: cytoscape.NodeSingular) => Point,
): cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const box = node.boundingBox();
    const from = node.position();
    const to = at(node);
    x1 = Math.min(x1, box.x1 + to.x - from.x);
    y1 = Math.min(y1, box.y1 + to.y - from.y);
    x2 = Math.max(x2, box.x2 + to.x - from.x);
    y2 = Math.max(y2, box.y2 + to.y - from.y);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The actor graph: one node per actor, one edge per relation, drawn by Cytoscape.
 *
 * Cytoscape is created once when the element first renders and destroyed when it leaves the
 * document (and created again if it comes back). Property changes patch it: a new `index`
 * replaces the elements, `visibleRelationIds` toggles `display` on only the edges and actors that
 * change, `selection` swaps classes, `layout` moves the actors. Filtering never moves anyone.
 *
 * Keyboard (on the focused graph; also described to assistive technology):
 * arrow keys pan · `+` / `-` zoom · `0` fits · `]` / `[` move the actor cursor to the next /
 * previous visible actor, most connected first · `.` / `,` step through the relations of the
 * selected actor (or of the actor under the cursor) · Enter selects what the cursor is on ·
 * Escape clears the selection.
 *
 * @fires mg-select - The reader clicked or tapped a relation (`{kind:'relation'}`), an actor
 *   (`{kind:'actor'}`) or the background (`null`), or pressed Enter / Escape; origin 'graph'.
 * @fires mg-graph-ready - The graph for the current dataset is laid out, fitted and painted;
 *   detail `{ nodes, edges, ms }`. Fired once per dataset.
 * @csspart canvas - The focusable area Cytoscape draws into.
 * @csspart controls - The zoom and fit buttons.
 * @csspart tooltip - The hover text.
 */
@customElement('mg-graph')
export class MgGraph extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
        min-height: 240px;
        background: var(--mg-bg);
        overflow: hidden;
      }
      .canvas {
        position: absolute;
        inset: 0;
      }
      .canvas:focus-visible {
        outline-offset: -3px;
      }
      .controls {
        position: absolute;
        right: 0.5rem;
        bottom: 0.5rem;
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        z-index: 2;
      }
      .controls svg {
        display: block;
        margin: auto;
      }
      .controls button {
        width: 2.25rem;
        height: 2.25rem;
        padding: 0;
        font-size: 1.1rem;
        line-height: 1;
        box-shadow: 0 1px 2px rgb(0 0 0 / 0.15);
      }
      .tooltip {
        position: absolute;
        z-index: 3;
        max-width: min(28rem, 80%);
        padding: 0.3rem 0.5rem;
        border-radius: var(--mg-radius);
        border: 1px solid var(--mg-border);
        background: var(--mg-surface);
        color: var(--mg-text);
        font-size: 0.85rem;
        line-height: 1.35;
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
        pointer-events: none;
        white-space: normal;
      }
    `,
  ];

  /** The dataset to draw. Replacing it replaces the graph; null draws nothing. */
  @property({ attribute: false }) index: DatasetIndex | null = null;

  /**
   * The relations to show, by id; null shows every relation and every actor. While a set is
   * given, actors with none of their relations in it are hidden too. Nobody moves.
   */
  @property({ attribute: false }) visibleRelationIds: ReadonlySet<string> | null = null;

  /** The current selection, emphasised in the graph. Paragraph selections act through visibleRelationIds. */
  @property({ attribute: false }) selection: Selection | null = null;

  /** How actors are arranged. Switching animates unless the reader prefers reduced motion. */
  @property() layout: LayoutName = 'force';

  @state() private _tooltip: { text: string; place: Record<string, string> } | null = null;
  @state() private _announcement = '';

  private _cy: cytoscape.Core | null = null;
  private _tier: SizeTier = 'detailed';
  private _theme: GraphTheme = FALLBACK_THEME;
  /** Bumped for every dataset load; a load that finds it changed gives up. */
  private _loadGeneration = 0;
  /** Bumped for every layout change and every load; stale layout work gives up. */
  private _layoutGeneration = 0;
  /** The dataset load in progress (or the last one, settled). Layout changes wait for it. */
  private _loading: Promise<void> = Promise.resolve();
  private _resizeObserver: ResizeObserver | null = null;
  private _schemeQuery: MediaQueryList | null = null;
  private _flashTimer: ReturnType<typeof setTimeout> | null = null;
  private _readyFrame = 0;
  private _nearZoom = false;
  /** Actor label size in model px, following the zoom in the detailed tier. */
  private _labelSize = labelSizeForZoom(1);

  /** Relations that have an edge, in dataset order. */
  private _drawn: readonly Relation[] = [];
  /** Relations currently drawn (their edge is not display:none). */
  private _shownRelations = new Set<string>();
  /** Actors currently hidden (display:none). */
  private _hiddenActors = new Set<string>();
  /** Per actor: how many of its relations are drawn. */
  private _shownCount = new Map<string, number>();
  /** Whether actors without drawn relations are currently shown (true while no filter is active). */
  private _isolatedShown = true;
  /** Elements carrying selection classes, so clearing touches only them. */
  private _emphasised: cytoscape.Collection | null = null;

  /** Actors in keyboard order: most connected first, then by name. */
  private _keyboardOrder: readonly string[] = [];
  private _cursorActor: string | null = null;
  private _cursorRelation: string | null = null;
  /** What Enter acts on: the last cursor moved. */
  private _cursorKind: 'actor' | 'relation' | null = null;

  /**
   * The Cytoscape core, for scripting and tests (null before the first render and after the
   * element leaves the document). Treat it as read-only: the element owns the elements, their
   * classes and styles, and patches them from its properties; changes made through it directly
   * may be overwritten at the next property change.
   */
  get cy(): cytoscape.Core | null {
    return this._cy;
  }

  // --- lifecycle ---------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this._schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this._schemeQuery.addEventListener('change', this._onSchemeChange);
    if (this.hasUpdated && !this._cy) {
      // Reconnected after a disconnect destroyed Cytoscape: build it again once rendered.
      void this.updateComplete.then(() => {
        if (this.isConnected && !this._cy) this._setup();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._schemeQuery?.removeEventListener('change', this._onSchemeChange);
    this._schemeQuery = null;
    this._teardown();
  }

  protected override firstUpdated(): void {
    if (this.isConnected) this._setup();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this._cy) return;
    if (changed.has('index')) {
      // A new dataset: everything else is applied as part of the rebuild.
      this._loading = this._load();
      return;
    }
    if (!this.index) return;
    if (changed.has('visibleRelationIds')) this._applyVisibility();
    if (changed.has('selection') || changed.has('visibleRelationIds')) this._applySelection();
    if (changed.has('layout')) void this._applyLayout(true);
  }

  protected override render() {
    const index = this.index;
    const label = index
      ? `Actor graph: ${index.dataset.actors.length} actors, ${index.dataset.relations.length} relations. Use the relations table for a text alternative.`
      : 'Actor graph: no dataset loaded.';
    const tip = this._tooltip;
    return html`
      <div
        class="canvas"
        part="canvas"
        tabindex="0"
        role="application"
        aria-roledescription="graph"
        aria-label=${label}
        aria-describedby="keys"
        @keydown=${this._onKeyDown}
        @pointerdown=${this._onPointerDown}
      ></div>
      <div class="controls" part="controls">
        <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${this._zoomIn}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${this._zoomOut}>
          −
        </button>
        <button
          type="button"
          aria-label="Fit graph to view"
          title="Fit graph to view (0)"
          @click=${() => this.fit()}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
              fill="none"
              stroke="currentColor"
              stroke-width="1.75"
            />
          </svg>
        </button>
      </div>
      ${
        tip
          ? html`<div class="tooltip" part="tooltip" role="tooltip" style=${styleMap(tip.place)}>
              ${tip.text}
            </div>`
          : nothing
      }
      <p id="keys" class="visually-hidden">
        Arrow keys pan, plus and minus zoom, 0 fits the graph. Right and left square brackets move
        between actors, most connected first. Full stop and comma move between the relations of the
        selected actor. Enter selects, Escape clears the selection.
      </p>
      <div class="visually-hidden" aria-live="polite">${this._announcement}</div>
    `;
  }

  // --- public methods ----------------------------------------------------------------------------

  /** Fits every visible actor and relation into the view. */
  fit(): void {
    const cy = this._cy;
    if (!cy) return;
    // Actors (with their labels) only: relations run between them, and measuring tens of
    // thousands of edges would cost seconds on a large graph.
    const visible = cy.nodes().filter((n) => !this._hiddenActors.has(n.id()));
    if (visible.empty()) return;
    cy.viewport(this._viewportFor(visible.boundingBox()));
  }

  /**
   * Centres and zooms on an actor and briefly highlights it. Returns false when the actor is not
   * in the graph or is hidden by the current filter.
   */
  focusActor(id: string): boolean {
    const cy = this._cy;
    if (!cy) return false;
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode() || this._hiddenActors.has(id)) return false;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.zoom(), 1.25));
    const p = node.position();
    const pan = { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y };
    cy.stop(true, true);
    if (prefersReducedMotion()) cy.viewport({ zoom, pan });
    else cy.animate({ zoom, pan }, { duration: LAYOUT_ANIMATION_MS, easing: 'ease-in-out-cubic' });
    cy.nodes('.flash').removeClass('flash');
    node.addClass('flash');
    if (this._flashTimer) clearTimeout(this._flashTimer);
    this._flashTimer = setTimeout(() => {
      this._flashTimer = null;
      this._cy?.nodes('.flash').removeClass('flash');
    }, FLASH_MS);
    return true;
  }

  /** Lays the actors out again with the current layout (the same positions) and fits the view. */
  relayout(): Promise<void> {
    return this._applyLayout(true);
  }

  /**
   * Reads the colour tokens again and restyles the graph. Called automatically when the
   * colour scheme changes; call it after changing the tokens by other means.
   */
  refreshTheme(): void {
    const cy = this._cy;
    if (!cy) return;
    this._theme = this._readTheme();
    cy.style().fromJson(this._stylesheet()).update();
  }

  // --- building ----------------------------------------------------------------------------------

  private _setup(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    this._theme = this._readTheme();
    this._tier = this.index
      ? sizeTier(this.index.dataset.actors.length, this.index.dataset.relations.length)
      : 'detailed';
    this._cy = this._createCy(container);
    this._resizeObserver = new ResizeObserver(() => this._cy?.resize());
    this._resizeObserver.observe(container);
    if (this.index) this._loading = this._load();
  }

  private _teardown(): void {
    this._loadGeneration++;
    this._layoutGeneration++;
    if (this._flashTimer) clearTimeout(this._flashTimer);
    this._flashTimer = null;
    cancelAnimationFrame(this._readyFrame);
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._cy?.destroy();
    this._cy = null;
    this._emphasised = null;
    this._drawn = [];
    this._shownRelations = new Set();
    this._hiddenActors = new Set();
    this._shownCount = new Map();
    this._tooltip = null;
  }

  private _stylesheet(): cytoscape.StylesheetJson {
    const types = this.index?.dataset.relationTypes ?? [];
    return buildStylesheet({
      types,
      theme: this._theme,
      tier: this._tier,
      labelSize: this._labelSize,
    }) as unknown as cytoscape.StylesheetJson;
  }

  private _createCy(container: HTMLElement): cytoscape.Core {
    const large = this._tier === 'large';
    const options: cytoscape.CytoscapeOptions = {
      container,
      style: this._stylesheet(),
      minZoom: large ? 0.02 : 0.1,
      maxZoom: 5,
      boxSelectionEnabled: false,
      // Selection is the root's state, drawn with classes; Cytoscape's own would drift from it.
      autounselectify: true,
      // Positions are part of what the reader learns; they are moved only by a layout.
      autoungrabify: true,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      ...(large ? { pixelRatio: 1 } : {}),
    };
    let cy: cytoscape.Core | null = null;
    if (large && webgl2Available()) {
      try {
        cy = cytoscape({ ...options, renderer: { name: 'canvas', webgl: true } } as never);
        // Cytoscape 3.35 records the WebGL layer count on the renderer's prototype, so every
        // later canvas renderer on the page would create a WebGL context too. Put it back.
        const renderer = (cy as unknown as { renderer(): object }).renderer();
        (Object.getPrototypeOf(renderer) as { CANVAS_LAYERS: number }).CANVAS_LAYERS = 3;
      } catch {
        cy?.destroy();
        cy = null;
      }
    }
    cy ??= cytoscape(options);
    this._bindEvents(cy);
    return cy;
  }

  private _bindEvents(cy: cytoscape.Core): void {
    cy.on('tap', (e) => {
      const target = e.target as cytoscape.SingularElementReturnValue | cytoscape.Core;
      let selection: Selection | null = null;
      if (target !== cy) {
        const ele = target as cytoscape.SingularElementReturnValue;
        selection = { kind: ele.isEdge() ? 'relation' : 'actor', id: ele.id() };
      }
      this.dispatchEvent(selectEvent({ selection, origin: 'graph' }));
    });
    cy.on('mouseover', 'node, edge', (e) => {
      const ele = e.target as cytoscape.SingularElementReturnValue;
      const text = this._describe(ele);
      if (text === null) return;
      this._showTooltip(text, e.renderedPosition ?? ele.renderedPosition());
    });
    cy.on('mouseout', 'node, edge', () => (this._tooltip = null));
    cy.on('viewport', () => {
      if (this._tooltip) this._tooltip = null;
    });
    cy.on('zoom', () => {
      this._updateNearZoom();
      this._updateLabelSize();
    });
  }

  /** Starts a load; a failure is reported, and never leaves later layout changes waiting on it. */
  private _load(): Promise<void> {
    return this._loadIndex().catch((error: unknown) => {
      console.error('Memograph: the graph could not be built.', error);
    });
  }

  /** Builds the graph for the current index from scratch. */
  private async _loadIndex(): Promise<void> {
    const generation = ++this._loadGeneration;
    this._layoutGeneration++;
    const started = performance.now();
    const index = this.index;
    let cy = this._cy;
    if (!cy) return;
    this._tooltip = null;
    this._cursorActor = this._cursorRelation = this._cursorKind = null;
    cancelAnimationFrame(this._readyFrame);

    const tier = index
      ? sizeTier(index.dataset.actors.length, index.dataset.relations.length)
      : 'detailed';
    if (tier !== this._tier) {
      // Renderer options (WebGL, textures while panning) are fixed at creation.
      const container = cy.container()!;
      cy.destroy();
      this._tier = tier;
      cy = this._cy = this._createCy(container);
    } else {
      cy.style().fromJson(this._stylesheet()).update();
    }
    this._emphasised = null;
    this._drawn = [];
    this._shownRelations = new Set();
    this._hiddenActors = new Set();
    this._shownCount = new Map();
    this._isolatedShown = true;
    this._nearZoom = false;

    if (!index) {
      cy.elements().remove();
      this._keyboardOrder = [];
      return;
    }

    const positions = await this._positions(index);
    if (generation !== this._loadGeneration || cy !== this._cy) return;

    const typeIndex = new Map(index.dataset.relationTypes.map((t, i) => [t.id, i]));
    const elements: cytoscape.ElementDefinition[] = [];
    for (const actor of index.dataset.actors) {
      elements.push({
        group: 'nodes',
        data: {
          id: actor.id,
          name: actor.name,
          size: nodeSize(index.degree.get(actor.id) ?? 0, tier),
        },
        position: { ...(positions.get(actor.id) ?? { x: 0, y: 0 }) },
        classes: kindClass(actor.kind),
      });
    }
    const drawn: Relation[] = [];
    for (const r of index.dataset.relations) {
      // The loader rejects self-relations and unknown actors; a graph that cannot draw one
      // relation should still draw the rest. Cytoscape shares one id space between nodes and
      // edges, so a relation whose id is also an actor's cannot be drawn either.
      if (r.source === r.target || !index.actorById.has(r.source) || !index.actorById.has(r.target))
        continue;
      if (index.actorById.has(r.id)) {
        console.warn(`Memograph: relation "${r.id}" has the same id as an actor; not drawn.`);
        continue;
      }
      drawn.push(r);
      elements.push({
        group: 'edges',
        data: { id: r.id, source: r.source, target: r.target },
        classes: this._edgeClasses(r, typeIndex),
      });
    }
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    this._drawn = drawn;
    for (const a of index.dataset.actors) this._shownCount.set(a.id, 0);
    for (const r of drawn) {
      this._shownRelations.add(r.id);
      this._shownCount.set(r.source, this._shownCount.get(r.source)! + 1);
      this._shownCount.set(r.target, this._shownCount.get(r.target)! + 1);
    }
    this._keyboardOrder = [...index.dataset.actors]
      .sort(
        (a, b) =>
          (index.degree.get(b.id) ?? 0) - (index.degree.get(a.id) ?? 0) ||
          a.name.localeCompare(b.name) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .map((a) => a.id);
    this._applyVisibility();
    this._applySelection();
    this.fit();
    this._updateNearZoom();

    this._readyFrame = requestAnimationFrame(() => {
      if (generation !== this._loadGeneration || !this._cy) return;
      const detail: GraphReadyDetail = {
        nodes: this._cy.nodes().length,
        edges: this._cy.edges().length,
        ms: Math.round(performance.now() - started),
      };
      this.dispatchEvent(
        new CustomEvent<GraphReadyDetail>('mg-graph-ready', {
          detail,
          bubbles: true,
          composed: true,
        }),
      );
    });
  }

  /**
   * Positions for the current layout. Should the force layout fail to load (its code is fetched
   * on demand), the graph falls back to the concentric layout rather than drawing nothing.
   */
  private async _positions(index: DatasetIndex): Promise<ReadonlyMap<string, Point>> {
    try {
      return await layoutPositions(index.dataset, this.layout);
    } catch (error) {
      if (this.layout === 'concentric') throw error;
      console.error(`Memograph: the ${this.layout} layout failed; showing concentric.`, error);
      return layoutPositions(index.dataset, 'concentric');
    }
  }

  private _edgeClasses(r: Relation, typeIndex: ReadonlyMap<string, number>): string {
    const classes: string[] = [];
    const t = typeIndex.get(r.type);
    if (t !== undefined) classes.push(typeClass(t));
    if (this.index?.typeById.get(r.type)?.directed !== false) classes.push('directed');
    if (r.polarity === 'negated') classes.push('negated');
    // Not certainty(), which answers 'negated' first: a negated claim can be hedged as well, and
    // is then drawn both ways. The test is the same one certainty() applies.
    if (isHedged(r.likelihood)) classes.push('hedged');
    return classes.join(' ');
  }

  // --- patching ----------------------------------------------------------------------------------

  private _isShown(relationId: string): boolean {
    return this.visibleRelationIds === null || this.visibleRelationIds.has(relationId);
  }

  /**
   * Brings `display` in line with visibleRelationIds. Deciding costs one set lookup per relation
   * (plain JavaScript, well under a millisecond for 25,000); Cytoscape is touched only for the
   * edges and actors whose visibility actually changes, in one batch.
   */
  private _applyVisibility(): void {
    const cy = this._cy;
    const index = this.index;
    if (!cy || !index) return;
    const filterActive = this.visibleRelationIds !== null;
    const changedEdges: { id: string; show: boolean }[] = [];
    const touchedActors = new Set<string>();
    for (const r of this._drawn) {
      const show = this._isShown(r.id);
      if (show === this._shownRelations.has(r.id)) continue;
      changedEdges.push({ id: r.id, show });
      for (const actor of [r.source, r.target]) {
        this._shownCount.set(actor, this._shownCount.get(actor)! + (show ? 1 : -1));
        touchedActors.add(actor);
      }
      if (show) this._shownRelations.add(r.id);
      else this._shownRelations.delete(r.id);
    }
    // Actors without relations are shown only while no filter is active, so switching between
    // "no filter" and "a filter" can change them without any relation changing.
    if (this._isolatedShown !== !filterActive) {
      for (const [actor, count] of this._shownCount) if (count === 0) touchedActors.add(actor);
      this._isolatedShown = !filterActive;
    }
    const show = cy.collection();
    const hide = cy.collection();
    for (const change of changedEdges)
      (change.show ? show : hide).merge(cy.getElementById(change.id));
    for (const actor of touchedActors) {
      const visible = !filterActive || this._shownCount.get(actor)! > 0;
      if (visible !== this._hiddenActors.has(actor)) continue;
      if (visible) this._hiddenActors.delete(actor);
      else this._hiddenActors.add(actor);
      (visible ? show : hide).merge(cy.getElementById(actor));
    }
    // A style bypass rather than a class: Cytoscape 3.35 keeps serving visible() from a stale
    // cache after a class change in a batch, and hit testing and fit rely on it.
    cy.batch(() => {
      show.style('display', 'element');
      hide.style('display', 'none');
    });
  }

  /** Swaps the selection classes: only the previously emphasised elements are cleared. */
  private _applySelection(): void {
    const cy = this._cy;
    if (!cy) return;
    const sel = this.selection;
    cy.batch(() => {
      this._emphasised?.removeClass('selected endpoint neighbour faded');
      this._emphasised = null;
      if (sel?.kind === 'relation') {
        const edge = cy.getElementById(sel.id);
        if (edge.empty() || !edge.isEdge()) return;
        edge.addClass('selected');
        const ends = edge.connectedNodes().addClass('endpoint');
        this._emphasised = edge.union(ends);
      } else if (sel?.kind === 'actor') {
        const node = cy.getElementById(sel.id);
        if (node.empty() || !node.isNode()) return;
        const edges = node.connectedEdges().filter((e) => this._shownRelations.has(e.id()));
        const neighbours = edges.connectedNodes().difference(node);
        node.addClass('selected');
        neighbours.addClass('neighbour');
        const near = node.union(edges).union(neighbours);
        const rest = cy.elements().difference(near).addClass('faded');
        this._emphasised = near.union(rest);
      }
    });
  }

  /** Moves every actor to the positions of the current layout, and fits the view. */
  private async _applyLayout(animate: boolean): Promise<void> {
    const generation = ++this._layoutGeneration;
    await this._loading;
    const index = this.index;
    const cy = this._cy;
    if (!index || !cy || generation !== this._layoutGeneration) return;
    const positions = await this._positions(index);
    if (generation !== this._layoutGeneration || cy !== this._cy || index !== this.index) return;
    const at = (node: cytoscape.NodeSingular): Point => positions.get(node.id()) ?? node.position();
    const visible = cy.nodes(':visible');
    // Hidden actors move at once: nobody sees them, and they must be in place when shown.
    cy.batch(() => {
      cy.nodes(':hidden').forEach((n) => {
        n.position({ ...at(n) });
      });
    });
    cy.stop(true, true);
    cy.nodes().stop(true, true);
    const motion = animate && !prefersReducedMotion();
    await new Promise<void>((resolve) => {
      const viewport =
        visible.length > 0
          ? this._viewportFor(boundsAt(visible, at))
          : { zoom: cy.zoom(), pan: cy.pan() };
      const layout = visible.layout({
        name: 'preset',
        positions: (n: cytoscape.NodeSingular) => ({ ...at(n) }),
        fit: false,
        ...viewport,
        animate: motion,
        animationDuration: LAYOUT_ANIMATION_MS,
        animationEasing: 'ease-in-out-cubic',
      } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  /**
   * The zoom and pan that fit a model-space box into the view: padded, keeping clear of the
   * zoom buttons on the right, and never zoomed in beyond MAX_FIT_ZOOM.
   */
  private _viewportFor(bb: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH): {
    zoom: number;
    pan: cytoscape.Position;
  } {
    const cy = this._cy!;
    const left = FIT_PADDING;
    const right = FIT_PADDING + CONTROLS_WIDTH;
    const w = Math.max(1, cy.width() - left - right);
    const h = Math.max(1, cy.height() - 2 * FIT_PADDING);
    const fitZoom = Math.min(w / Math.max(1, bb.w), h / Math.max(1, bb.h));
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, cy.maxZoom(), fitZoom));
    return {
      zoom,
      pan: {
        x: left + w / 2 - (zoom * (bb.x1 + bb.x2)) / 2,
        y: FIT_PADDING + h / 2 - (zoom * (bb.y1 + bb.y2)) / 2,
      },
    };
  }

  /** Detailed tier: keeps labels legible when zoomed out; restyles only when the size changes. */
  private _updateLabelSize(): void {
    const cy = this._cy;
    if (!cy || this._tier !== 'detailed') return;
    const size = labelSizeForZoom(cy.zoom());
    if (size === this._labelSize) return;
    this._labelSize = size;
    cy.style().fromJson(this._stylesheet()).update();
  }

  private _updateNearZoom(): void {
    const cy = this._cy;
    if (!cy || this._tier !== 'large') return;
    const near = cy.zoom() >= LARGE_TIER_DETAIL_ZOOM;
    if (near === this._nearZoom) return;
    this._nearZoom = near;
    cy.batch(() => {
      if (near) cy.elements().addClass('near');
      else cy.elements().removeClass('near');
    });
  }

  // --- theme -------------------------------------------------------------------------------------

  private _onSchemeChange = (): void => this.refreshTheme();

  /** The colour tokens as #rrggbb, whatever CSS colour syntax they were written in. */
  private _readTheme(): GraphTheme {
    const computed = getComputedStyle(this);
    const ctx = document.createElement('canvas').getContext('2d');
    const color = (name: string, fallback: string): string => {
      const value = computed.getPropertyValue(name).trim();
      if (!value || !ctx) return fallback;
      // The canvas normalises any CSS colour to #rrggbb (or rgba() when translucent).
      ctx.fillStyle = '#010203';
      ctx.fillStyle = value;
      const normalised = String(ctx.fillStyle);
      if (normalised === '#010203' && value.toLowerCase() !== '#010203') return fallback;
      if (normalised.startsWith('#')) return normalised;
      const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(normalised);
      if (!m) return fallback;
      return `#${[m[1], m[2], m[3]].map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
    };
    const font = computed.getPropertyValue('--mg-font').trim();
    return {
      text: color('--mg-text', FALLBACK_THEME.text),
      bg: color('--mg-bg', FALLBACK_THEME.bg),
      surface: color('--mg-surface', FALLBACK_THEME.surface),
      muted: color('--mg-muted', FALLBACK_THEME.muted),
      accent: color('--mg-accent', FALLBACK_THEME.accent),
      focus: color('--mg-focus', FALLBACK_THEME.focus),
      font: font || FALLBACK_THEME.font,
    };
  }

  // --- hover -------------------------------------------------------------------------------------

  private _describe(ele: cytoscape.SingularElementReturnValue): string | null {
    const index = this.index;
    if (!index) return null;
    if (ele.group() === 'edges') {
      const r = index.relationById.get(ele.id());
      return r ? relationTooltip(index, r) : null;
    }
    const actor = index.actorById.get(ele.id());
    return actor ? `${actor.name} · ${KIND_LABELS[actor.kind]}` : null;
  }

  private _showTooltip(text: string, at: cytoscape.Position): void {
    // Beside the pointer and towards the middle of the graph, so that it stays inside the
    // element whatever its (not yet known) size.
    const w = this.clientWidth;
    const h = this.clientHeight;
    const place: Record<string, string> = {};
    if (at.x > w / 2) place['right'] = `${Math.round(w - at.x + 12)}px`;
    else place['left'] = `${Math.round(at.x + 12)}px`;
    if (at.y > h * 0.65) place['bottom'] = `${Math.round(h - at.y + 12)}px`;
    else place['top'] = `${Math.round(at.y + 14)}px`;
    this._tooltip = { text, place };
  }

  // --- keyboard ----------------------------------------------------------------------------------

  private _onPointerDown = (e: PointerEvent): void => {
    // Cytoscape cancels mousedown, so the browser would not focus the graph on click.
    (e.currentTarget as HTMLElement).focus({ preventScroll: true });
  };

  private _zoomIn = (): void => this._zoomBy(ZOOM_STEP);
  private _zoomOut = (): void => this._zoomBy(1 / ZOOM_STEP);

  private _zoomBy(factor: number): void {
    const cy = this._cy;
    if (!cy) return;
    cy.zoom({
      level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  }

  private _onKeyDown = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const cy = this._cy;
    if (!cy) return;
    const step = e.shiftKey ? PAN_STEP * 4 : PAN_STEP;
    let handled = true;
    switch (e.key) {
      case 'ArrowLeft':
        cy.panBy({ x: step, y: 0 });
        break;
      case 'ArrowRight':
        cy.panBy({ x: -step, y: 0 });
        break;
      case 'ArrowUp':
        cy.panBy({ x: 0, y: step });
        break;
      case 'ArrowDown':
        cy.panBy({ x: 0, y: -step });
        break;
      case '+':
      case '=':
        this._zoomIn();
        break;
      case '-':
      case '_':
        this._zoomOut();
        break;
      case '0':
        this.fit();
        break;
      case ']':
        this._moveActorCursor(1);
        break;
      case '[':
        this._moveActorCursor(-1);
        break;
      case '.':
        this._moveRelationCursor(1);
        break;
      case ',':
        this._moveRelationCursor(-1);
        break;
      case 'Enter':
        this._selectCursor();
        break;
      case 'Escape':
        if (this.selection) this.dispatchEvent(selectEvent({ selection: null, origin: 'graph' }));
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  private _visibleRelationsOf(actorId: string): Relation[] {
    const list = this.index?.relationsByActor.get(actorId) ?? [];
    return list.filter((r) => this._shownRelations.has(r.id));
  }

  private _actorVisible(actorId: string): boolean {
    return this._cy !== null && !this._hiddenActors.has(actorId);
  }

  private _moveActorCursor(direction: 1 | -1): void {
    const index = this.index;
    const order = this._keyboardOrder;
    if (!index || order.length === 0) return;
    const start = this._cursorActor === null ? -1 : order.indexOf(this._cursorActor);
    let i = start === -1 ? (direction === 1 ? 0 : order.length - 1) : start + direction;
    let found: string | null = null;
    for (let tries = 0; tries < order.length; tries++, i += direction) {
      const id = order[(i + order.length) % order.length]!;
      if (this._actorVisible(id)) {
        found = id;
        break;
      }
    }
    if (found === null) {
      this._announcement = 'No actors are shown.';
      return;
    }
    this._cursorActor = found;
    this._cursorRelation = null;
    this._cursorKind = 'actor';
    this._drawCursor();
    const actor = index.actorById.get(found)!;
    const n = this._visibleRelationsOf(found).length;
    this._announcement = `${actor.name}, ${KIND_LABELS[actor.kind].toLowerCase()}, ${n} ${n === 1 ? 'relation' : 'relations'}`;
  }

  private _moveRelationCursor(direction: 1 | -1): void {
    const index = this.index;
    if (!index) return;
    const actorId = this.selection?.kind === 'actor' ? this.selection.id : this._cursorActor;
    if (actorId === null) {
      this._announcement = 'Select an actor first: use the square brackets, then Enter.';
      return;
    }
    const relations = this._visibleRelationsOf(actorId);
    if (relations.length === 0) {
      this._announcement = `${index.actorById.get(actorId)?.name ?? actorId} has no relations shown.`;
      return;
    }
    const current = relations.findIndex((r) => r.id === this._cursorRelation);
    const next =
      current === -1
        ? direction === 1
          ? 0
          : relations.length - 1
        : (current + direction + relations.length) % relations.length;
    const r = relations[next]!;
    this._cursorRelation = r.id;
    this._cursorKind = 'relation';
    this._drawCursor();
    this._announcement = `${relationTooltip(index, r)}, ${next + 1} of ${relations.length}`;
  }

  private _selectCursor(): void {
    let selection: Selection | null = null;
    if (this._cursorKind === 'relation' && this._cursorRelation !== null) {
      selection = { kind: 'relation', id: this._cursorRelation };
    } else if (this._cursorKind === 'actor' && this._cursorActor !== null) {
      selection = { kind: 'actor', id: this._cursorActor };
    }
    if (selection) this.dispatchEvent(selectEvent({ selection, origin: 'graph' }));
  }

  /** Rings the element under the keyboard cursor and scrolls it into view. */
  private _drawCursor(): void {
    const cy = this._cy;
    if (!cy) return;
    const target =
      this._cursorKind === 'relation' && this._cursorRelation !== null
        ? cy.getElementById(this._cursorRelation)
        : this._cursorActor !== null
          ? cy.getElementById(this._cursorActor)
          : cy.collection();
    cy.batch(() => {
      cy.elements('.cursor').removeClass('cursor');
      target.addClass('cursor');
    });
    if (target.empty()) return;
    const bb = target.renderedBoundingBox();
    const margin = 24;
    if (
      bb.x1 < margin ||
      bb.y1 < margin ||
      bb.x2 > cy.width() - margin ||
      bb.y2 > cy.height() - margin
    ) {
      cy.center(target);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-graph': MgGraph;
  }
  interface HTMLElementEventMap {
    'mg-graph-ready': GraphReadyEvent;
  }
}
