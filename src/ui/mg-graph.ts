import type cytoscape from 'cytoscape';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DatasetIndex } from '../model/dataset/query.ts';
import type { LayoutName, Selection } from '../model/explorer/view-state.ts';
import { selectEvent } from './events.ts';
import { buildStylesheet, labelsReadable, sizeTier, type SizeTier } from './graph-style.ts';
import { LabelLayout } from './graph/label-layout.ts';
import { elementFactory, type ElementFactory } from './graph/element-definitions.ts';
import {
  drawnActors,
  emptySync,
  populate,
  syncBundles,
  syncVisibility,
} from './graph/element-sync.ts';
import { expandedBy, isBundleId, type Expanded } from '../model/explorer/parallel-bundles.ts';
import { FlashController } from './graph/flash.ts';
import { KeyboardCursor } from './graph/keyboard-cursor.ts';
import { graphKeyHandler } from './graph/keyboard.ts';
import { isCancelledLayout, LayoutController } from './graph/layout-controller.ts';
import { moveActors } from './graph/move-actors.ts';
import { ReadyReportController } from './graph/ready-report.ts';
import { createDrawingCore } from './graph/renderer.ts';
import { SelectionEmphasisController } from './graph/selection-emphasis.ts';
import { graphStyles } from './graph/styles.ts';
import { ThemeController } from './graph/theme-reader.ts';
import { TooltipController } from './graph/tooltip.ts';
import {
  fitNeighbourhood,
  fitNodes,
  fitWithLabelRoom,
  zoomBy,
  ZOOM_STEP,
} from './graph/viewport.ts';
import { WholeFit } from './graph/whole-fit.ts';
import { zoomControls } from './graph/zoom-controls.ts';
import { keptView } from './graph/edited-dataset.ts';
import { ZoomDetail } from './graph/zoom-detail.ts';
import { showGraphZoom, ViewportReport } from './graph/viewport-report.ts';
import type { GraphZoom } from '../model/explorer/presentation.ts';
import { sharedStyles } from './theme.ts';
import type { GraphImageFormat } from './graph/graph-image.ts';
import type * as GraphDetailModule from './graph/graph-detail.ts';

type GraphDetail = typeof GraphDetailModule;

/** A promise and the function that resolves it. */
function settler(): { promise: Promise<void>; resolve: () => void; readonly settled: boolean } {
  let done = (): void => undefined;
  const promise = new Promise<void>((resolve) => (done = resolve));
  const s = {
    promise,
    settled: false,
    resolve: () => {
      s.settled = true;
      done();
    },
  };
  return s;
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
 * relations costs what the drawn overview costs (see src/model/explorer/overview.ts, which
 * decides it, and src/ui/graph/element-sync.ts).
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
 * @csspart cursor-note - What the keyboard cursor is on, as the live region announces it.
 * @csspart layout-status - The draft-layout note, the "Refine layout" button and its status.
 */
@customElement('mg-graph')
export class MgGraph extends LitElement {
  static override styles = [sharedStyles, graphStyles];

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

  private _cy: cytoscape.Core | null = null;
  /** Whether Cytoscape draws with WebGL (on a GPU) rather than the 2D canvas. */
  private _webgl = false;
  private _tier: SizeTier = 'detailed';
  /** Bumped for every dataset load; a load that finds it changed gives up. */
  private _loadGeneration = 0;
  /** Bumped for every layout change and every load; stale layout work gives up. */
  private _layoutGeneration = 0;
  /** The dataset load in progress (or the last one, settled). Layout changes wait for it. */
  private _loading: Promise<void> = Promise.resolve();
  private _resizeObserver: ResizeObserver | null = null;
  /** Which elements exist and which are shown. */
  private _sync = emptySync(false);
  private _zoom = new ZoomDetail();
  private _wholeFit = new WholeFit();
  /** Reports where the reader moved the view, for the URL. */
  private _viewportReport = new ViewportReport(this);
  private _labels = new LabelLayout();
  /** Detours and label placement, once their chunk is here (see graph-detail.ts). */
  private _detail: GraphDetail | null = null;
  /** Whether the current graph's first frame is drawn: detail may be added from then on. */
  private _firstFrame = false;
  /** Settles once the current graph's detail is drawn (see `detailSettled`). */
  private _detailed = settler();
  /** Whether labels were drawn at a readable size at the last placement. */
  private _labelsReadable = true;

  private _theme = new ThemeController(this, () => this.refreshTheme());
  private _tooltip = new TooltipController(this, () => this._sync.plan.bundles);
  private _cursor = new KeyboardCursor(this, () => this._sync);
  private _emphasis = new SelectionEmphasisController(this, () => ({
    tier: this._tier,
    shownRelations: this._sync.shownRelations,
  }));
  private _layouts = new LayoutController(this, () => void this.refineLayout());
  private _ready = new ReadyReportController(this);
  private _flash = new FlashController(this, () => this._cy);

  /**
   * The Cytoscape core, for scripting and tests (null before the first render and after the
   * element leaves the document). Treat it as read-only: the element owns the elements, their
   * classes and styles, and patches them from its properties; changes made through it directly
   * may be overwritten at the next property change.
   */
  get cy(): cytoscape.Core | null {
    return this._cy;
  }

  /**
   * Resolves once the selection's emphasis is drawn. In a large graph it is applied in the task
   * after the next frame, so that the evidence panel (what the reader is waiting for) paints
   * before Cytoscape restyles and redraws tens of thousands of elements.
   */
  get selectionSettled(): Promise<void> {
    return this._emphasis.settled;
  }

  /**
   * Resolves once the graph for the current dataset has its detail: a memo-sized graph's first
   * frame is drawn without it, and its relations are bent around actors and its labels placed
   * in the task after that frame (sooner or later as the chunk with that code arrives).
   */
  get detailSettled(): Promise<void> {
    return this._detailed.promise;
  }

  // --- lifecycle ---------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this._cy) {
      // Reconnected after a disconnect destroyed Cytoscape: build it again once rendered.
      void this.updateComplete.then(() => {
        if (this.isConnected && !this._cy) this._setup();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._teardown();
  }

  protected override firstUpdated(): void {
    if (this.isConnected) this._setup();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const cy = this._cy;
    if (!cy) return;
    if (changed.has('index')) {
      // A new dataset: everything else is applied as part of the rebuild.
      this._loading = this._load((changed.get('index') as DatasetIndex | null | undefined) ?? null);
      return;
    }
    if (!this.index) return;
    if (changed.has('visibleRelationIds')) {
      // The selection may have changed too: plan the parallel relations for both at once.
      this._sync.expanded = this._expanded();
      syncVisibility(cy, this._sync, this.visibleRelationIds, this._elements());
      this._emphasis.settle();
      this._emphasis.apply();
      this._reroute();
    } else if (changed.has('selection')) {
      syncBundles(cy, this._sync, this._expanded(), this._elements());
      if (this._tier === 'large') this._emphasis.defer();
      else this._emphasis.apply();
      this._reroute();
    }
    if (changed.has('layout')) void this._applyLayout(true);
  }

  protected override render() {
    const index = this.index;
    const label = index
      ? `Actor graph: ${index.dataset.actors.length} actors, ${index.dataset.relations.length} relations. Use the relations table for a text alternative.`
      : 'Actor graph: no dataset loaded.';
    return html`
      <div
        class="canvas"
        part="canvas"
        tabindex="0"
        role="application"
        aria-roledescription="graph"
        aria-label=${label}
        aria-describedby="keys"
        @keydown=${this._onCanvasKey}
        @pointerdown=${this._onPointerDown}
      ></div>
      ${zoomControls({
        zoomIn: () => this._cy && zoomBy(this._cy, ZOOM_STEP),
        zoomOut: () => this._cy && zoomBy(this._cy, 1 / ZOOM_STEP),
        fit: () => this.fit(),
        touched: this._controlsTouched,
      })}
      ${this._tooltip.render()}
      <p id="keys" class="visually-hidden">
        Arrow keys pan, plus and minus zoom, 0 fits the graph. Right and left square brackets move
        between actors, most connected first. Full stop and comma move between the relations of the
        selected actor. Enter selects, Escape clears the selection.
      </p>
      <div class="visually-hidden" aria-live="polite">${this._cursor.announcement}</div>
      <!-- The same words on screen, for sighted keyboard users; the live region speaks them. -->
      <p
        class="cursor-note"
        part="cursor-note"
        aria-hidden="true"
        ?hidden=${!this._cursor.announcement}
      >
        ${this._cursor.announcement}
      </p>
      <!-- After the keyboard announcer: it stays the first live region, as it always was. -->
      ${this._layouts.render()}
    `;
  }

  // --- public methods ----------------------------------------------------------------------------

  /** Fits every visible actor and relation into the view. */
  fit(): void {
    const cy = this._cy;
    // Actors (with their labels) only: relations run between them, and measuring every edge of
    // a large graph is slow.
    if (!cy) return;
    this._wholeFit.run(() => this._fitFrame(cy));
  }

  private _fitFrame(cy: cytoscape.Core): void {
    const actors = drawnActors(cy, this._sync);
    if (this._tier === 'large') return fitNodes(cy, actors);
    // Labels keep their size on screen: room for them is kept in screen px, and they are placed
    // inside the view, so that none is cut at its edge.
    fitWithLabelRoom(cy, actors);
    this._placeLabels(cy.extent());
  }

  /**
   * Fits an actor and its drawn relations and neighbours into the view, and briefly highlights
   * the actor. Returns false when the actor is not
   * drawn: not in the dataset, hidden by the current filter, or left out of a large graph's
   * overview (the root then shows the actor's panel all the same).
   */
  focusActor(id: string): boolean {
    const cy = this._cy;
    if (!cy || !this._sync.shownActors.has(id)) return false;
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) return false;
    fitNeighbourhood(cy, node);
    this._flash.flash(node);
    return true;
  }

  /**
   * The whole graph (not only the viewport) as a PNG at twice its size or as an SVG, on the
   * theme's background: what the Export menu downloads. Null before the graph is drawn.
   */
  async exportImage(format: GraphImageFormat): Promise<Blob | null> {
    if (!this._cy) return null;
    const background = getComputedStyle(this).getPropertyValue('--mg-bg').trim() || '#ffffff';
    const { graphImage } = await import('./graph/graph-image.ts');
    return graphImage(this._cy, format, background);
  }

  /** Looks where a link said (zoom level and centre), as the reader left it. */
  showViewport(zoom: GraphZoom): void {
    if (this._cy) showGraphZoom(this._cy, zoom);
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
  refineLayout(): Promise<void> {
    const generation = this._loadGeneration;
    return this._layouts.refine(
      () => generation === this._loadGeneration,
      () => this._applyLayout(true),
    );
  }

  /**
   * Reads the colour tokens again and restyles the graph. Called automatically when the
   * colour scheme changes; call it after changing the tokens by other means.
   */
  refreshTheme(): void {
    const cy = this._cy;
    if (!cy) return;
    this._theme.read();
    this._restyle(cy);
    this._placeLabels();
  }

  // --- building ----------------------------------------------------------------------------------

  private _setup(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    this._theme.read();
    this._tier = this.index
      ? sizeTier(this.index.dataset.actors.length, this.index.dataset.relations.length)
      : 'detailed';
    this._createCy(container);
    void import('./graph/graph-detail.ts').then((detail) => {
      this._detail = detail;
      // A graph drawn before the chunk came gets its detail now.
      if (this._firstFrame) this._reroute(this._wholeFit.isWhole);
    });
    // Panels that arrive after the first fit (the timeline, the filter sentence) shrink the
    // canvas: a view that is still the whole-graph fit is fitted again, so no label is cut.
    let size = '';
    this._resizeObserver = new ResizeObserver(([entry]) => {
      // Observing reports the size it starts at: no change, and a refit then would place every
      // label before the first frame that the build had kept them out of.
      const { width, height } = entry!.contentRect;
      const now = `${width}x${height}`;
      if (now === size) return;
      const first = size === '';
      size = now;
      if (first && width === this._cy?.width() && height === this._cy?.height()) return;
      this._cy?.resize();
      if (this._wholeFit.isWhole) this.fit();
    });
    this._resizeObserver.observe(container);
    if (this.index) this._loading = this._load(null);
  }

  private _teardown(): void {
    this._loadGeneration++;
    this._layoutGeneration++;
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._cy?.destroy();
    this._cy = null;
    this._viewportReport.dispose();
    this._emphasis.forget();
    this._sync = emptySync(false);
  }

  private _stylesheet(): cytoscape.StylesheetJson {
    return buildStylesheet({
      types: this.index?.dataset.relationTypes ?? [],
      theme: this._theme.value,
      tier: this._tier,
      labelSize: this._zoom.labelSize,
    }) as unknown as cytoscape.StylesheetJson;
  }

  private _restyle(cy: cytoscape.Core): void {
    cy.style().fromJson(this._stylesheet()).update();
  }

  /** Creates Cytoscape for the current tier in `container`, and listens to it. */
  private _createCy(container: HTMLElement): cytoscape.Core {
    const { cy, webgl } = createDrawingCore(container, this._stylesheet(), this._tier);
    this._cy = cy;
    this._webgl = webgl;
    cy.on('tap', (e) => {
      const target = e.target as cytoscape.SingularElementReturnValue | cytoscape.Core;
      let selection: Selection | null = null;
      if (target !== cy) {
        const ele = target as cytoscape.SingularElementReturnValue;
        const bundled = this._sync.plan.bundles.get(ele.id());
        // A bundle opens on its first relation: the pair fans out, and the evidence shows.
        if (bundled) selection = { kind: 'relation', id: bundled.relations[0]! };
        else if (!isBundleId(ele.id()))
          selection = { kind: ele.isEdge() ? 'relation' : 'actor', id: ele.id() };
        else return;
      }
      this.dispatchEvent(selectEvent({ selection, origin: 'graph' }));
    });
    this._tooltip.bind(cy);
    this._wholeFit.bind(cy);
    cy.on('zoom', () => {
      this._zoom.update(cy, this._tier, () => {
        this._restyle(cy);
        this._placeLabels();
      });
      if (labelsReadable(this._zoom.labelSize, cy.zoom()) !== this._labelsReadable)
        this._placeLabels();
      this._zoom.updateParallels(cy, () => this._rebundle(cy));
    });
    this._viewportReport.bind(cy);
    return cy;
  }

  /** How elements are made for the current dataset, tier, layout and zoom. */
  private _elements(): ElementFactory {
    return elementFactory({
      index: this.index!,
      tier: this._tier,
      placement: this._layouts.placement,
      near: this._zoom.near,
      unplaced: this._tier === 'detailed' && !this._firstFrame,
    });
  }

  /**
   * Which pairs of actors have their parallel relations drawn one by one now: those of the
   * selection, and every pair once zoomed in. In a large graph the overview draws a pair's
   * relations as one edge, wider the more it stands for: fewer edges to repaint, and the hubs'
   * ties read at a glance.
   */
  private _expanded(): Expanded {
    return expandedBy(
      this.selection,
      this.index?.relationById ?? new Map(),
      this._zoom.parallelsApart,
    );
  }

  /** Redraws the parallel relations after the zoom crossed the detail level, emphasis kept. */
  private _rebundle(cy: cytoscape.Core): void {
    if (!this.index) return;
    syncBundles(cy, this._sync, this._expanded(), this._elements());
    this._emphasis.apply();
    this._reroute();
  }

  /**
   * After actors moved or relations came and went: bends relations around the actors they do not
   * join, then places the labels (`inView`: inside the view, as a whole-graph fit has them).
   */
  private _reroute(inView = false): void {
    const detail = this._detail;
    if (!this._firstFrame) return;
    if (this._tier === 'large') return this._detailed.resolve();
    if (!detail) return;
    if (this._cy && this.index) detail.applyDetours(this._cy);
    this._placeLabels(inView ? this._cy?.extent() : undefined);
    this._detailed.resolve();
  }

  /**
   * Places the actor labels where they cover no other label or actor and as few relations as
   * can be, hiding those with no room (src/model/layout/label-placement.ts): the selected actor
   * and its neighbours choose first, then the most connected. The large tier draws labels only
   * when zoomed in, and leaves them where they are.
   */
  private _placeLabels(within?: { x1: number; y1: number; x2: number; y2: number }): void {
    const cy = this._cy;
    const index = this.index;
    const detail = this._detail;
    if (!cy || !index || this._tier === 'large' || !detail || !this._firstFrame) return;
    const first = new Set<string>();
    const second = new Set<string>();
    const selection = this.selection;
    if (selection?.kind === 'actor') {
      first.add(selection.id);
      for (const r of index.relationsByActor.get(selection.id) ?? []) {
        if (!this._sync.shownRelations.has(r.id)) continue;
        second.add(r.source).add(r.target);
      }
    } else if (selection?.kind === 'relation') {
      const r = index.relationById.get(selection.id);
      if (r) first.add(r.source).add(r.target);
    }
    const count = this._sync.shownCount;
    const priority = (id: string): number =>
      (first.has(id) ? 2e9 : second.has(id) ? 1e9 : 0) + (count.get(id) ?? 0);
    this._labelsReadable = labelsReadable(this._zoom.labelSize, cy.zoom());
    const actors = drawnActors(cy, this._sync);
    // Labels held back for the first frame are measured and placed from now on.
    const unplaced = cy.nodes('.unplaced');
    if (unplaced.nonempty()) cy.batch(() => unplaced.removeClass('unplaced'));
    this._labels.place(cy, actors, priority, this._labelsReadable, within, detail.placeLabels);
  }

  /** Starts a load; a failure is reported, and never leaves later layout changes waiting on it. */
  private _load(previous: DatasetIndex | null): Promise<void> {
    return this._loadIndex(previous).catch((error: unknown) => {
      // A newer dataset, or leaving the page, stopped the layout this load waited for.
      if (isCancelledLayout(error)) return;
      console.error('Memograph: the graph could not be built.', error);
    });
  }

  /**
   * Builds the graph for the current index from scratch. An edit of the dataset on screen (the
   * same documents, annotated) keeps every drawn actor where it is and the view where it was,
   * so that an added relation appears where the analyst is looking.
   */
  private async _loadIndex(previous: DatasetIndex | null): Promise<void> {
    const generation = ++this._loadGeneration;
    this._layoutGeneration++;
    const index = this.index;
    let cy = this._cy;
    if (!cy) return;
    this._ready.start();
    this._tooltip.hide();
    this._cursor.reset();
    this._layouts.reset(index);

    const tier = index
      ? sizeTier(index.dataset.actors.length, index.dataset.relations.length)
      : 'detailed';
    const kept = tier === this._tier ? keptView(cy, previous, index) : null;
    if (tier !== this._tier) {
      // Renderer options (WebGL, textures while panning) are fixed at creation.
      const container = cy.container()!;
      cy.destroy();
      this._tier = tier;
      cy = this._createCy(container);
    } else {
      this._restyle(cy);
    }
    this._emphasis.forget();
    this._firstFrame = false;
    // Whoever waits for detail gets this graph's; a settled promise is for a graph gone.
    if (this._detailed.settled) this._detailed = settler();
    this._sync = emptySync(tier === 'large');
    this._zoom.reset();
    this._labels.reset();

    if (!index) {
      cy.elements().remove();
      return;
    }

    const placed = kept
      ? { positions: kept.positions, draft: false }
      : await this._layouts.positionsFor(index, this.layout);
    if (generation !== this._loadGeneration || cy !== this._cy) return;
    this._layouts.show(placed);
    populate(cy, this._sync, index, this.visibleRelationIds, this._elements(), this._expanded());
    this._emphasis.apply();
    const current = (): boolean => generation === this._loadGeneration && cy === this._cy;
    if (kept) {
      // An edit: the graph was on screen, and its labels stay placed.
      this._firstFrame = true;
      this._reroute();
      cy.viewport(kept.viewport);
      this._placeLabels(cy.extent());
    } else if (this._tier === 'detailed') {
      // The first frame shows the actors and relations; bending relations around actors and
      // placing the labels (measuring every label) follow in the task after it, so the reader
      // sees the graph sooner. Labels are held back (`unplaced`) until they are placed, so none
      // is drawn where it would cover another.
      this._wholeFit.run(() => fitWithLabelRoom(cy, drawnActors(cy, this._sync)));
    } else {
      this.fit();
    }
    this._zoom.updateParallels(cy, () => this._rebundle(cy));
    this._zoom.updateNear(cy, this._tier);
    this._ready.finish(current, () => {
      if (this._firstFrame) return;
      this._firstFrame = true;
      this._reroute(this._wholeFit.isWhole);
    });
  }

  /** Moves every actor to the positions of the current layout, and fits the view. */
  private async _applyLayout(animate: boolean): Promise<void> {
    const generation = ++this._layoutGeneration;
    await this._loading;
    const index = this.index;
    const cy = this._cy;
    if (!index || !cy || generation !== this._layoutGeneration) return;
    let placed;
    try {
      placed = await this._layouts.positionsFor(index, this.layout);
    } catch (error) {
      if (isCancelledLayout(error)) return;
      throw error;
    }
    if (generation !== this._layoutGeneration || cy !== this._cy || index !== this.index) return;
    this._layouts.show(placed);
    await moveActors(cy, this._sync, placed.positions, { animate, webgl: this._webgl });
    if (generation === this._layoutGeneration && cy === this._cy) this._reroute();
  }

  // --- input -------------------------------------------------------------------------------------

  private _onPointerDown = (e: PointerEvent): void => {
    // Cytoscape cancels mousedown, so the browser would not focus the graph on click.
    (e.currentTarget as HTMLElement).focus({ preventScroll: true });
  };

  /** Heard before the buttons' own handlers, so the move they make is known to be the reader's. */
  private _controlsTouched = {
    handleEvent: () => this._viewportReport.touched(),
    capture: true,
  };

  /** The keys that pan, zoom or fit: where they leave the view is the reader's. */
  private _onCanvasKey = (e: KeyboardEvent): void => {
    if (/^(Arrow|[+=\-0]$)/.test(e.key)) this._viewportReport.touched();
    this._onKeyDown(e);
  };

  private _onKeyDown = graphKeyHandler({
    cy: () => this._cy,
    fit: () => this.fit(),
    moveActorCursor: (direction) => this._cursor.moveActor(direction),
    moveRelationCursor: (direction) => this._cursor.moveRelation(direction),
    selectCursor: () => this._cursor.select(),
    clearSelection: () => {
      if (!this.selection) return false;
      this.dispatchEvent(selectEvent({ selection: null, origin: 'graph' }));
      return true;
    },
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-graph': MgGraph;
  }
}
