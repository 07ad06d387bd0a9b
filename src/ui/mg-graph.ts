import cytoscape from 'cytoscape';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { KIND_LABELS, relationTooltip } from '../model/words/describe.ts';
import { needsDraft, storedPositions, type Point } from '../model/layout/layout-input.ts';
import { isHedged } from '../model/words/likelihood.ts';
import type { DatasetIndex } from '../model/dataset/query.ts';
import type { Relation } from '../model/contract/types.ts';
import type { LayoutName, Selection } from '../model/explorer/view-state.ts';
import { graphReadyEvent, selectEvent, type GraphReadyDetail } from './events.ts';
import type { LayoutWorkerClient } from './layout-client.ts';
import { LayoutWorkerError } from './layout-error.ts';
import type { LayoutJobKind } from './layout-protocol.ts';
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
/**
 * Above this many drawn elements the canvas renderer does not animate layout changes: each
 * frame would be a full repaint of all of them.
 */
const ANIMATION_LIMIT = 6000;
/** How long "Layout refined." stays on screen. */
const STATUS_MS = 5000;

/**
 * Above this size (either count) layouts are computed in a Web Worker, so that the page stays
 * responsive; below, on the main thread as they always were (a memo takes milliseconds, and a
 * worker would first have to load).
 */
const WORKER_LIMITS = { actors: 200, relations: 1000 } as const;

function aboveWorkerLimits(index: DatasetIndex): boolean {
  const { actors, relations } = index.dataset;
  return actors.length > WORKER_LIMITS.actors || relations.length > WORKER_LIMITS.relations;
}

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

/** GL renderers that draw on the CPU: there Cytoscape's WebGL renderer is slower than its canvas one. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether WebGL 2 is available and drawn by a GPU. Software GL (SwiftShader, llvmpipe: virtual
 * desktops and machines without a GPU driver) is measured at several seconds per frame for
 * 25,000 relations, against about 0.4 s for the canvas renderer on the same machine.
 */
function webgl2Available(): boolean {
  if (webgl2Support === null) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2Support = gl !== null && !SOFTWARE_GL.test(renderer);
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
 * replaces the elements, `visibleRelationIds` changes only the edges and actors that change,
 * `selection` swaps classes, `layout` moves the actors. Filtering never moves anyone.
 *
 * Size: a memo-sized dataset gets an element for every actor and relation, and filtering toggles
 * their `display`. A large one (the 'large' size tier, above 2,000 actors or relations) gets
 * elements only for the relations `visibleRelationIds` asks for and their actors, created and
 * removed as the set changes (only the difference, in one batch), so a collection of 100,000
 * relations costs what the drawn overview costs (see src/model/explorer/overview.ts, which decides it).
 *
 * Layout: stored positions are used as they are. Without them, a large graph first gets a draft
 * (src/layout/layout.ts draftLayout, computed in a Web Worker) and a "Refine layout" button that
 * computes the full layout in the worker and then moves the actors there. Every layout is
 * deterministic: the same dataset gives the same draft and the same refined picture.
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
 * @csspart layout-status - The draft-layout note, the "Refine layout" button and its status.
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
      .layout-status {
        position: absolute;
        left: 0.5rem;
        top: 0.5rem;
        z-index: 2;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
        max-width: calc(100% - 4rem);
        font-size: 0.85rem;
        pointer-events: none;
      }
      .layout-status > * {
        pointer-events: auto;
      }
      .layout-status .note:not(:empty) {
        padding: 0.2rem 0.45rem;
        border-radius: var(--mg-radius);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border-soft);
      }
      .layout-status button {
        box-shadow: 0 1px 2px rgb(0 0 0 / 0.15);
      }
      .layout-status button[aria-disabled='true'] {
        cursor: progress;
        color: var(--mg-muted);
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
  /** The force layout shows a draft that "Refine layout" can replace. */
  @state() private _draftShown = false;
  @state() private _refining = false;
  /** What the layout status line says ("Refining layout…", "Layout refined."). */
  @state() private _layoutStatus = '';

  private _cy: cytoscape.Core | null = null;
  /** Whether Cytoscape draws with WebGL (on a GPU) rather than the 2D canvas. */
  private _webgl = false;
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
  private _statusTimer: ReturnType<typeof setTimeout> | null = null;
  /** Computes layouts off the main thread for large datasets; created on first use. */
  private _layoutClient: LayoutWorkerClient | null = null;
  /** The refined force layout of a dataset that needed a draft, once computed. */
  private _refined: { index: DatasetIndex; positions: ReadonlyMap<string, Point> } | null = null;
  private _readyFrame = 0;
  private _nearZoom = false;
  /** Actor label size in model px, following the zoom in the detailed tier. */
  private _labelSize = labelSizeForZoom(1);

  /**
   * Elements exist only for what is shown (large datasets), rather than for every actor and
   * relation with `display` toggled (memo-sized ones).
   */
  private _scoped = false;
  /** Relations that can have an edge, by id, in dataset order. */
  private _drawable = new Map<string, Relation>();
  /**
   * Relations currently drawn: their edge is displayed (memo-sized) or exists (large).
   */
  private _shownRelations = new Set<string>();
  /** Actors currently drawn: displayed (memo-sized) or existing (large). */
  private _shownActors = new Set<string>();
  /** Per actor: how many of its relations are drawn. */
  private _shownCount = new Map<string, number>();
  /** Whether actors without drawn relations are currently shown (true while no filter is active). */
  private _isolatedShown = true;
  /**
   * Where every actor goes in the current layout, drawn or not: an actor whose element is
   * created later (large datasets) is placed from here, so filtering never moves anyone.
   */
  private _placement: ReadonlyMap<string, Point> = new Map();
  /** Elements carrying selection classes, so clearing touches only them. */
  private _emphasised: cytoscape.Collection | null = null;

  /** Actors in keyboard order: most connected first, then by name; sorted on first use. */
  private _keyboardOrder: readonly string[] | null = null;
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
    this._settleSelection();
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
    if (changed.has('visibleRelationIds')) {
      this._applyVisibility();
      this._settleSelection();
      this._applySelection();
    } else if (changed.has('selection')) {
      if (this._tier === 'large') this._deferSelection();
      else this._applySelection();
    }
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
      <!-- After the keyboard announcer: it stays the first live region, as it always was. -->
      <div class="layout-status" part="layout-status">
        ${
          this._draftShown
            ? html`<button
                type="button"
                aria-disabled=${this._refining ? 'true' : 'false'}
                aria-describedby="layout-note"
                @click=${this._onRefineClick}
              >
                Refine layout
              </button>`
            : nothing
        }
        <span id="layout-note" class="note" role="status" aria-live="polite"
          >${
            this._layoutStatus ||
            (this._draftShown ? 'Draft layout: actors are placed roughly.' : '')
          }</span
        >
      </div>
    `;
  }

  // --- public methods ----------------------------------------------------------------------------

  /** Fits every visible actor and relation into the view. */
  fit(): void {
    const cy = this._cy;
    if (!cy) return;
    // Actors (with their labels) only: relations run between them, and measuring tens of
    // thousands of edges would cost seconds on a large graph.
    const visible = this._scoped
      ? cy.nodes()
      : cy.nodes().filter((n) => this._shownActors.has(n.id()));
    if (visible.empty()) return;
    cy.viewport(this._viewportFor(visible.boundingBox()));
  }

  /**
   * Centres and zooms on an actor and briefly highlights it. Returns false when the actor is not
   * drawn: not in the dataset, hidden by the current filter, or left out of a large graph's
   * overview (the root then shows the actor's panel all the same).
   */
  focusActor(id: string): boolean {
    const cy = this._cy;
    if (!cy || !this._shownActors.has(id)) return false;
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) return false;
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
   * Replaces a large graph's draft layout with the full force layout, computed off the main
   * thread, and moves the actors there (animated unless the reader prefers reduced motion or
   * the canvas renderer has too much to draw for an animation to be more than a jump).
   * What the "Refine layout" button does. Resolves once the actors are in place; does nothing
   * when no draft is shown.
   */
  async refineLayout(): Promise<void> {
    const index = this.index;
    if (!index || !this._draftShown || this._refining) return;
    const generation = this._loadGeneration;
    this._refining = true;
    this._setLayoutStatus('Refining layout…');
    try {
      const positions = await this._compute(index, 'force');
      if (generation !== this._loadGeneration || index !== this.index) return;
      this._refined = { index, positions };
      if (this.layout === 'force') await this._applyLayout(true);
      if (generation !== this._loadGeneration) return;
      this._draftShown = false;
      this._setLayoutStatus('Layout refined.', STATUS_MS);
    } catch (error) {
      if (error instanceof LayoutWorkerError && error.cancelled) return;
      console.error('Memograph: the layout could not be refined.', error);
      if (generation === this._loadGeneration) {
        this._setLayoutStatus('The layout could not be refined; the draft stays.');
      }
    } finally {
      if (generation === this._loadGeneration) this._refining = false;
    }
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
    if (this._statusTimer) clearTimeout(this._statusTimer);
    this._statusTimer = null;
    this._layoutClient?.dispose();
    this._layoutClient = null;
    this._refining = false;
    cancelAnimationFrame(this._readyFrame);
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._cy?.destroy();
    this._cy = null;
    this._emphasised = null;
    this._drawable = new Map();
    this._shownRelations = new Set();
    this._shownActors = new Set();
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
    this._webgl = false;
    if (large && webgl2Available()) {
      try {
        cy = cytoscape({ ...options, renderer: { name: 'canvas', webgl: true } } as never);
        this._webgl = true;
        // Cytoscape 3.35 records the WebGL layer count on the renderer's prototype, so every
        // later canvas renderer on the page would create a WebGL context too. Put it back.
        const renderer = (cy as unknown as { renderer(): object }).renderer();
        (Object.getPrototypeOf(renderer) as { CANVAS_LAYERS: number }).CANVAS_LAYERS = 3;
      } catch {
        cy?.destroy();
        cy = null;
        this._webgl = false;
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
      // A newer dataset, or leaving the page, stopped the layout this load waited for.
      if (error instanceof LayoutWorkerError && error.cancelled) return;
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
    // Layout work for the previous dataset is of no use any more.
    if (this._layoutClient?.busy) this._layoutClient.cancel();
    this._refining = false;
    this._draftShown = false;
    this._setLayoutStatus('');
    if (this._refined && this._refined.index !== index) this._refined = null;

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
    this._scoped = tier === 'large';
    this._emphasised = null;
    this._drawable = new Map();
    this._shownRelations = new Set();
    this._shownActors = new Set();
    this._shownCount = new Map();
    // Large graphs start empty: the first pass adds the actors without relations too, when no
    // filter is active. Memo-sized ones start with every element shown.
    this._isolatedShown = !this._scoped;
    this._nearZoom = false;
    this._keyboardOrder = null;
    this._placement = new Map();

    if (!index) {
      cy.elements().remove();
      return;
    }

    const { positions, draft } = await this._positionsFor(index, this.layout);
    if (generation !== this._loadGeneration || cy !== this._cy) return;
    this._placement = positions;
    this._draftShown = draft;

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
      this._drawable.set(r.id, r);
    }
    for (const a of index.dataset.actors) this._shownCount.set(a.id, 0);
    cy.batch(() => cy.elements().remove());
    if (this._scoped) {
      // Elements come from the visible set, created by the same code that patches it later.
      this._applyScopedVisibility();
    } else {
      const typeIndex = this._typeIndex();
      const elements: cytoscape.ElementDefinition[] = [];
      for (const actor of index.dataset.actors) elements.push(this._nodeDefinition(actor.id));
      for (const r of this._drawable.values()) elements.push(this._edgeDefinition(r, typeIndex));
      cy.batch(() => cy.add(elements));
      for (const a of index.dataset.actors) this._shownActors.add(a.id);
      for (const r of this._drawable.values()) {
        this._shownRelations.add(r.id);
        this._shownCount.set(r.source, this._shownCount.get(r.source)! + 1);
        this._shownCount.set(r.target, this._shownCount.get(r.target)! + 1);
      }
      this._applyDisplayVisibility();
    }
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
      this.dispatchEvent(graphReadyEvent(detail));
    });
  }

  /**
   * Positions for a layout, and whether they are a draft:
   * - force: stored positions when every actor has one; the refined layout once computed; a
   *   draft for a large graph (needsDraft); otherwise computeLayout.
   * - the geometric layouts: layoutPositions.
   * Above WORKER_LIMITS the computing happens in the layout worker. Should the force layout fail
   * (its code is fetched on demand), the graph falls back to the concentric layout rather than
   * drawing nothing.
   */
  private async _positionsFor(
    index: DatasetIndex,
    layout: LayoutName,
  ): Promise<{ positions: ReadonlyMap<string, Point>; draft: boolean }> {
    const dataset = index.dataset;
    if (layout === 'force') {
      const stored = storedPositions(dataset);
      if (stored) return { positions: stored, draft: false };
      if (this._refined?.index === index)
        return { positions: this._refined.positions, draft: false };
      if (needsDraft(dataset))
        return { positions: await this._compute(index, 'draft'), draft: true };
    }
    try {
      return { positions: await this._compute(index, layout), draft: false };
    } catch (error) {
      if (layout === 'concentric' || (error instanceof LayoutWorkerError && error.cancelled)) {
        throw error;
      }
      console.error(`Memograph: the ${layout} layout failed; showing concentric.`, error);
      return { positions: await this._compute(index, 'concentric'), draft: false };
    }
  }

  /**
   * Computes a layout job: in the worker above WORKER_LIMITS, on the main thread below them or
   * when workers are unavailable. Both give the same positions. Rejects with a cancelled
   * LayoutWorkerError when a newer dataset stopped the worker.
   */
  private async _compute(
    index: DatasetIndex,
    job: LayoutJobKind,
  ): Promise<ReadonlyMap<string, Point>> {
    const dataset = index.dataset;
    // Layout code is not needed to paint stored positions, so it is fetched only now.
    const { LayoutWorkerClient } = await import('./layout-client.ts');
    if (aboveWorkerLimits(index) && LayoutWorkerClient.supported) {
      this._layoutClient ??= new LayoutWorkerClient();
      try {
        return (await this._layoutClient.run(dataset, job)).positions;
      } catch (error) {
        if (!(error instanceof LayoutWorkerError) || error.cancelled) throw error;
        console.warn(`Memograph: layout worker unavailable (${error.message}); laying out here.`);
      }
    }
    const { draftLayout, layoutPositions } = await import('../layout/layout.ts');
    return job === 'draft' ? draftLayout(dataset) : layoutPositions(dataset, job);
  }

  private _typeIndex(): ReadonlyMap<string, number> {
    return new Map((this.index?.dataset.relationTypes ?? []).map((t, i) => [t.id, i]));
  }

  private _nodeDefinition(id: string): cytoscape.ElementDefinition {
    const actor = this.index!.actorById.get(id)!;
    const classes = kindClass(actor.kind);
    return {
      group: 'nodes',
      data: { id, name: actor.name, size: nodeSize(this.index!.degree.get(id) ?? 0, this._tier) },
      position: { ...(this._placement.get(id) ?? { x: 0, y: 0 }) },
      classes: this._nearZoom ? `${classes} near` : classes,
    };
  }

  private _edgeDefinition(
    r: Relation,
    typeIndex: ReadonlyMap<string, number>,
  ): cytoscape.ElementDefinition {
    const classes = this._edgeClasses(r, typeIndex);
    return {
      group: 'edges',
      data: { id: r.id, source: r.source, target: r.target },
      classes: this._nearZoom ? `${classes} near` : classes,
    };
  }

  private _setLayoutStatus(text: string, clearAfter = 0): void {
    if (this._statusTimer) clearTimeout(this._statusTimer);
    this._statusTimer = null;
    this._layoutStatus = text;
    if (clearAfter > 0) {
      this._statusTimer = setTimeout(() => {
        this._statusTimer = null;
        this._layoutStatus = '';
      }, clearAfter);
    }
  }

  private _onRefineClick = (): void => {
    void this.refineLayout();
  };

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

  private _applyVisibility(): void {
    if (this._scoped) this._applyScopedVisibility();
    else this._applyDisplayVisibility();
  }

  /** Adds `delta` to an actor's count of drawn relations. */
  private _count(actor: string, delta: number): void {
    this._shownCount.set(actor, this._shownCount.get(actor)! + delta);
  }

  /**
   * Which actors must change after relations did: those whose count of drawn relations went to
   * or from zero, and, when switching between "no filter" and "a filter", every actor without
   * drawn relations (shown only while no filter is active).
   */
  private _actorChanges(touched: Set<string>): { show: string[]; hide: string[] } {
    const filterActive = this.visibleRelationIds !== null;
    if (this._isolatedShown !== !filterActive) {
      for (const [actor, count] of this._shownCount) if (count === 0) touched.add(actor);
      this._isolatedShown = !filterActive;
    }
    const show: string[] = [];
    const hide: string[] = [];
    for (const actor of touched) {
      const visible = !filterActive || this._shownCount.get(actor)! > 0;
      if (visible === this._shownActors.has(actor)) continue;
      if (visible) {
        this._shownActors.add(actor);
        show.push(actor);
      } else {
        this._shownActors.delete(actor);
        hide.push(actor);
      }
    }
    return { show, hide };
  }

  /**
   * Memo-sized datasets: brings `display` in line with visibleRelationIds. Deciding costs one set
   * lookup per relation; Cytoscape is touched only for the edges and actors whose visibility
   * actually changes, in one batch.
   */
  private _applyDisplayVisibility(): void {
    const cy = this._cy;
    if (!cy || !this.index) return;
    const wanted = this.visibleRelationIds;
    const show = cy.collection();
    const hide = cy.collection();
    const touched = new Set<string>();
    for (const r of this._drawable.values()) {
      const visible = wanted === null || wanted.has(r.id);
      if (visible === this._shownRelations.has(r.id)) continue;
      (visible ? show : hide).merge(cy.getElementById(r.id));
      if (visible) this._shownRelations.add(r.id);
      else this._shownRelations.delete(r.id);
      for (const actor of [r.source, r.target]) {
        this._count(actor, visible ? 1 : -1);
        touched.add(actor);
      }
    }
    const actors = this._actorChanges(touched);
    for (const id of actors.show) show.merge(cy.getElementById(id));
    for (const id of actors.hide) hide.merge(cy.getElementById(id));
    // A style bypass rather than a class: Cytoscape 3.35 keeps serving visible() from a stale
    // cache after a class change in a batch, and hit testing and fit rely on it.
    cy.batch(() => {
      show.style('display', 'element');
      hide.style('display', 'none');
    });
  }

  /**
   * Large datasets: creates the edges visibleRelationIds asks for and removes the others, with
   * their actors, touching only the difference: proportional to what changes, never to the
   * dataset. New actors are placed where the current layout puts them.
   */
  private _applyScopedVisibility(): void {
    const cy = this._cy;
    if (!cy || !this.index) return;
    const wanted = this.visibleRelationIds;
    const removed: string[] = [];
    const added: Relation[] = [];
    const touched = new Set<string>();
    if (wanted === null) {
      for (const r of this._drawable.values()) if (!this._shownRelations.has(r.id)) added.push(r);
    } else {
      for (const id of this._shownRelations) if (!wanted.has(id)) removed.push(id);
      for (const id of wanted) {
        if (this._shownRelations.has(id)) continue;
        const r = this._drawable.get(id);
        if (r) added.push(r);
      }
    }
    for (const id of removed) {
      const r = this._drawable.get(id)!;
      this._shownRelations.delete(id);
      this._count(r.source, -1);
      this._count(r.target, -1);
      touched.add(r.source).add(r.target);
    }
    for (const r of added) {
      this._shownRelations.add(r.id);
      this._count(r.source, 1);
      this._count(r.target, 1);
      touched.add(r.source).add(r.target);
    }
    const actors = this._actorChanges(touched);
    if (removed.length === 0 && added.length === 0 && actors.show.length + actors.hide.length === 0)
      return;
    const typeIndex = this._typeIndex();
    const definitions: cytoscape.ElementDefinition[] = [];
    for (const id of actors.show) definitions.push(this._nodeDefinition(id));
    for (const r of added) definitions.push(this._edgeDefinition(r, typeIndex));
    const gone = [...removed, ...actors.hide].map((id) => cy.getElementById(id));
    cy.batch(() => {
      // An array of elements makes a collection at run time; the typings only list definitions.
      if (gone.length > 0) cy.collection(gone as unknown as cytoscape.CollectionArgument).remove();
      if (definitions.length > 0) cy.add(definitions);
    });
  }

  /** Swaps the selection classes: only the previously emphasised elements are cleared. */
  /**
   * Resolves once the selection's emphasis is drawn. In a large graph it is applied in the task
   * after the next frame, so that the evidence panel (what the reader is waiting for) paints
   * before Cytoscape restyles and redraws tens of thousands of elements.
   */
  get selectionSettled(): Promise<void> {
    return this._selectionPending?.promise ?? Promise.resolve();
  }

  private _selectionPending: {
    promise: Promise<void>;
    resolve: () => void;
    frame: number;
    timer: ReturnType<typeof setTimeout> | null;
  } | null = null;

  private _deferSelection(): void {
    this._settleSelection();
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    const pending = {
      promise,
      resolve,
      frame: 0,
      timer: null as ReturnType<typeof setTimeout> | null,
    };
    pending.frame = requestAnimationFrame(() => {
      pending.timer = setTimeout(() => {
        this._selectionPending = null;
        this._applySelection();
        resolve();
      }, 0);
    });
    this._selectionPending = pending;
  }

  /** Drops a deferred selection (its caller applies the selection itself, or the graph is gone). */
  private _settleSelection(): void {
    const pending = this._selectionPending;
    if (!pending) return;
    cancelAnimationFrame(pending.frame);
    if (pending.timer !== null) clearTimeout(pending.timer);
    this._selectionPending = null;
    pending.resolve();
  }

  private _applySelection(): void {
    const cy = this._cy;
    if (!cy) return;
    const sel = this.selection;
    cy.batch(() => {
      this._emphasised?.removeClass('selected endpoint neighbour neighbourhood faded');
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
        if (this._tier === 'large') {
          // Fading every other element restyles and repaints tens of thousands of them
          // (seconds, measured); the neighbourhood is drawn wider and on top instead.
          edges.addClass('neighbourhood');
          this._emphasised = near;
        } else {
          const rest = cy.elements().difference(near).addClass('faded');
          this._emphasised = near.union(rest);
        }
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
    let result: { positions: ReadonlyMap<string, Point>; draft: boolean };
    try {
      result = await this._positionsFor(index, this.layout);
    } catch (error) {
      if (error instanceof LayoutWorkerError && error.cancelled) return;
      throw error;
    }
    if (generation !== this._layoutGeneration || cy !== this._cy || index !== this.index) return;
    const { positions, draft } = result;
    this._placement = positions;
    this._draftShown = draft;
    const at = (node: cytoscape.NodeSingular): Point => positions.get(node.id()) ?? node.position();
    // Large graphs: every element is drawn, and actors created later are placed from
    // _placement. Memo-sized ones: hidden actors move at once (nobody sees them, and they must
    // be in place when shown).
    const visible = this._scoped
      ? cy.nodes()
      : cy.nodes().filter((n) => this._shownActors.has(n.id()));
    if (!this._scoped) {
      cy.batch(() => {
        cy.nodes()
          .filter((n) => !this._shownActors.has(n.id()))
          .forEach((n) => {
            n.position({ ...at(n) });
          });
      });
    }
    cy.stop(true, true);
    cy.nodes().stop(true, true);
    // Moving actors animates, unless the reader prefers reduced motion, or the graph is too
    // large for the canvas renderer to draw more than a frame or two of it (every frame of
    // 25,000 relations is a full repaint: measured at 0.4 s and more without a GPU).
    const smooth = this._webgl || visible.length + cy.edges().length <= ANIMATION_LIMIT;
    const motion = animate && smooth && !prefersReducedMotion();
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
    return this._cy !== null && this._shownActors.has(actorId);
  }

  /**
   * Actors most connected first, then by name: sorted on the first keypress rather than at load,
   * because for 20,000 actors the name comparisons alone take a noticeable moment.
   */
  private _keyboardActors(index: DatasetIndex): readonly string[] {
    if (this._keyboardOrder) return this._keyboardOrder;
    const collator = new Intl.Collator();
    const degree = (id: string): number => index.degree.get(id) ?? 0;
    this._keyboardOrder = [...index.dataset.actors]
      .sort(
        (a, b) =>
          degree(b.id) - degree(a.id) ||
          collator.compare(a.name, b.name) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .map((a) => a.id);
    return this._keyboardOrder;
  }

  private _moveActorCursor(direction: 1 | -1): void {
    const index = this.index;
    if (!index) return;
    const order = this._keyboardActors(index);
    if (order.length === 0) return;
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
}
