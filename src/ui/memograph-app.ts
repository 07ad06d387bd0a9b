import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { formatIsoDate } from '../model/memo/dates.ts';
import { describeScope } from '../model/explorer/overview.ts';
import { paragraphSupport } from '../model/explorer/paragraph-support.ts';
import { pageTitle, panelLabel } from '../model/explorer/titles.ts';
import {
  deriveVisibleScope,
  EMPTY_VISIBLE_SCOPE,
  keepsVisible,
  type VisibleScope,
} from '../model/explorer/visible-scope.ts';
import { indexDataset, type DatasetIndex } from '../model/dataset/query.ts';
import type { Relation } from '../model/contract/types.ts';
import {
  INITIAL_STATE,
  LAYOUTS,
  countsByType,
  select,
  setFocus,
  setLayout,
  type LayoutName,
  type Selection,
  type ViewState,
} from '../model/explorer/view-state.ts';
import { INITIAL_PRESENTATION, type Presentation } from '../model/explorer/presentation.ts';
import {
  datasetLoadedEvent,
  type SortChangeEvent,
  type ViewportChangeEvent,
  type FiltersChangeEvent,
  type FocusChangeEvent,
  type LayoutChangeEvent,
  type RevealParagraphEvent,
  type SelectEvent,
} from './events.ts';
import { DatasetLoadController, type LoadedDataset } from './app/dataset-load-controller.ts';
import { GraphFirstController } from './app/graph-first-controller.ts';
import { DEFAULT_LIMITS } from './app/fetch-limits.ts';
import { laterLoaded, loadPanels, readerLoaded, whenIdle } from './app/lazy-elements.ts';
import { loadStatus } from './app/load-status.ts';
import { DEFAULT_DATASET_PATH } from './load-dataset.ts';
import { OpenDocumentController, type OpenedDocument } from './app/open-document-controller.ts';
import { ShortcutsController } from './app/shortcuts-controller.ts';
import { SideSplitController } from './app/side-split-controller.ts';
import { TouchPanController } from './app/touch-pan-controller.ts';
import { UrlSyncController } from './app/url-sync-controller.ts';
import { appStyles } from './memograph-app.styles.ts';
import { relationBudget } from './graph/renderer.ts';
import { LARGE_TIER_THRESHOLD } from './graph-style.ts';
import { LaggingViewController } from './app/lagging-view-controller.ts';
import { AnnotateController } from './annotate/annotate-controller.ts';
import './mg-graph.ts';
import type { MgGraph } from './mg-graph.ts';
import type { MgReader } from './mg-reader.ts';
import type { MgSearch } from './mg-search.ts';
import type { MgHelpDialog } from './app/mg-help-dialog.ts';

const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  force: 'Force (fcose)',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
};

const DEFAULT_DATASET_URL = () => new URL(DEFAULT_DATASET_PATH, document.baseURI).href;

/**
 * The explorer. Owns the dataset and the view state, keeps the URL in sync, and passes slices
 * of the state down to its elements, which send intents back up as events.
 *
 * The dataset comes from, in order: the `src` attribute, the page's `?data=` parameter, or the
 * embedded default (the INR memo); the user may then open a memo or a dataset of their own with
 * "Open document…" or by dropping it onto the explorer. What was opened is kept in the browser
 * (IndexedDB) and listed under "Documents" beside the embedded memo. Every source is checked by the same validator as
 * `memograph check`; a bad one gets a message that says what is wrong and where.
 *
 * While a dataset loads, a bar shows how much has arrived and offers Cancel. A server that sends
 * nothing for `stall-timeout` milliseconds, or a response larger than `max-bytes` (256 MB by
 * default), ends the load with a message; whatever was open stays open.
 *
 * "Annotate" in the header turns the reader into an annotation tool (src/ui/annotate/, loaded
 * on first use): selected words become relations, shown at once and saved in the browser.
 *
 * Unless embedded with `no-url`, the page's title follows the selection.
 *
 * @fires mg-dataset-loaded - detail `{ url, actors, relations }` once a dataset is shown.
 * @fires mg-dataset-error - detail `{ url, problem }` when a dataset cannot be shown.
 * @csspart header - the top bar.
 */
@customElement('memograph-app')
export class MemographApp extends LitElement {
  /** Address of a compiled dataset on this site. Overrides `?data=`. */
  @property() src: string | null = null;

  /** Set when embedded in a page whose URL (and title) the explorer must not touch. */
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  /** Milliseconds without a byte from the server after which a load is given up. */
  @property({ type: Number, attribute: 'stall-timeout' }) stallTimeout = DEFAULT_LIMITS.stallMs;

  /** The largest dataset, in bytes, that the explorer loads. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_LIMITS.maxBytes;

  @state() private index: DatasetIndex | null = null;
  @state() private view: ViewState = INITIAL_STATE;
  /** The table's sort and the graph's zoom: in the URL, but not history entries. */
  @state() private presentation: Presentation = INITIAL_PRESENTATION;
  @state() private notices: readonly string[] = [];
  /** Whether the elements in the later chunk are defined (see `laterLoaded`). */
  @state() private laterReady = false;

  @query('mg-graph') private graph?: MgGraph;
  @query('mg-reader') private reader?: MgReader;
  @query('mg-search') private search?: MgSearch;
  @query('mg-help-dialog') private help?: MgHelpDialog;
  @query('.panel') private panel?: HTMLElement;

  /** What the view lets through, and what of it the graph draws. */
  private derived = EMPTY_VISIBLE_SCOPE;
  /** The view and what it lets through, as the table, timeline and filter panel show them. */
  private readonly beside = new LaggingViewController<{ view: ViewState; derived: VisibleScope }>(
    this,
  );
  /** The selection and the lines the graph draws: after a selection, a frame behind the panel. */
  private readonly graphSide = new LaggingViewController<{
    selection: Selection | null;
    relationIds: ReadonlySet<string> | null;
  }>(this);
  /** Relations per type under the other filters, for the legend; per dataset and filters. */
  private typeCounts: {
    readonly index: DatasetIndex;
    readonly filters: ViewState['filters'];
    readonly counts: ReadonlyMap<string, number>;
  } | null = null;

  private readonly url = new UrlSyncController(
    this,
    () => this.index,
    (view) => (this.view = view),
    (presentation) => this.restorePresentation(presentation),
  );
  private readonly loader = new DatasetLoadController(
    this,
    (loaded) => this.show(loaded),
    undefined,
    () => ({ stallMs: this.stallTimeout, maxBytes: this.maxBytes }),
    () => (this.index = null),
    (warnings) =>
      (this.notices = [...this.notices, ...warnings.map((w) => `Dataset warning: ${w.message}`)]),
  );
  private readonly graphFirst = new GraphFirstController(
    this,
    laterLoaded,
    () => (this.index?.dataset.relations.length ?? 0) > LARGE_TIER_THRESHOLD,
  );
  private readonly opener = new OpenDocumentController(this, (opened) => this.showOpened(opened));
  private readonly split = new SideSplitController(this, () => ({
    side: this.renderRoot.querySelector<HTMLElement>('.side'),
    panel: this.panel ?? null,
  }));
  /** Annotate: loaded when first turned on; swaps the edited dataset in as it changes. */
  private readonly annotate = new AnnotateController(this, {
    showEdited: (index) => this.showEdited(index),
    openFile: (file) => this.opener.open(file),
    showProblem: (problem) => {
      this.opener.problem = problem;
      this.requestUpdate();
    },
    focusParagraph: (_document, paragraph) =>
      void readerLoaded.then(() => this.reader?.focusParagraph(paragraph)),
  });

  constructor() {
    super();
    void laterLoaded.then(() => (this.laterReady = true));
    new TouchPanController(this, () => this.graph);
    new ShortcutsController(this, {
      clearSelection: () => {
        // Esc first leaves a neighbourhood or path, then clears the selection.
        if (this.view.focus) {
          this.commit(setFocus(this.view, null), false);
          return true;
        }
        if (!this.view.selection) return false;
        this.commit(select(this.view, null), true);
        return true;
      },
      focusSearch: () => this.whenLater(() => this.search?.focus()),
      showHelp: () => this.whenLater(() => this.help?.show()),
    });
  }

  /**
   * Runs `fn` now if the later elements are defined, so that a key's effect stays in the key's
   * task; otherwise once they are, and rendered: a `/` pressed the moment the page shows still
   * lands in the search box.
   */
  private whenLater(fn: () => void): void {
    if (this.laterReady) fn();
    else void laterLoaded.then(() => this.updateComplete).then(fn);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || !this.hasUpdated) void this.loader.load(this.url.datasetAddress());
    if (changed.has('index' as keyof MemographApp) || changed.has('view' as keyof MemographApp)) {
      const large = (this.index?.dataset.relations.length ?? 0) > LARGE_TIER_THRESHOLD;
      const same = !changed.has('index' as keyof MemographApp);
      // A filter: the graph first, the rest a frame later. A selection: the panel first, and
      // the graph (with the overview's lines for it) after that frame.
      const selecting = large && same && keepsVisible(this.derived, this.index, this.view);
      const derive = (): {
        selection: Selection | null;
        relationIds: ReadonlySet<string> | null;
      } => {
        const { index, view } = this;
        this.derived = deriveVisibleScope(index, view, this.derived, relationBudget, 'lines');
        const { scope, visibleIds } = this.derived;
        return { selection: view.selection, relationIds: scope.relationIds ?? visibleIds };
      };
      if (selecting) this.graphSide.follow(derive, true);
      else this.graphSide.follow(derive(), false);
      this.beside.follow({ view: this.view, derived: this.derived }, large && same);
    }
  }

  private show({ index, warnings }: LoadedDataset): void {
    if (index !== this.index) this.graphFirst.awaitGraph();
    const read = this.url.read(index);
    const looks = this.url.readPresentation();
    this.index = index;
    this.view = read.state;
    this.presentation = looks.presentation;
    this.notices = [
      ...read.problems,
      ...looks.problems,
      ...warnings.map((w) => `Dataset warning: ${w.message}`),
    ];
    this.annotate.documentShown(index);
  }

  /** Back or Forward: the entry's sort, and its zoom once the graph can show it. */
  private restorePresentation(presentation: Presentation): void {
    this.presentation = presentation;
    if (presentation.zoom) this.graph?.showViewport(presentation.zoom);
  }

  private setPresentation(presentation: Presentation): void {
    this.presentation = presentation;
    this.url.writePresentation(presentation);
  }

  /** The dataset as annotated: shown in place of the loaded one, the view kept. */
  private showEdited(index: DatasetIndex): void {
    this.index = index;
    const sel = this.view.selection;
    if (sel?.kind === 'relation' && !index.relationById.has(sel.id)) {
      this.commit(select(this.view, null), false);
    }
  }

  /** A file the user opened replaces what is shown, as a loaded dataset would. */
  private showOpened({ name, dataset, warnings, notices, bundle }: OpenedDocument): void {
    const id = dataset.documents[0]?.id;
    if (bundle && id) this.annotate.rememberBundle(id, bundle);
    this.loader.problem = null;
    this.loader.url = name;
    this.show({ url: name, index: indexDataset(dataset), warnings });
    this.notices = [...notices, ...this.notices];
    this.dispatchEvent(
      datasetLoadedEvent({
        url: name,
        actors: dataset.actors.length,
        relations: dataset.relations.length,
      }),
    );
  }

  /** Applies a new view. Selections are history entries; filters and layouts replace the entry. */
  private commit(next: ViewState, allowPush: boolean): void {
    const previous = this.view;
    this.view = next;
    this.url.write(previous, next, allowPush);
  }

  /** Absolute link to exactly the current view. */
  get permalink(): string {
    return this.url.permalink(this.view, this.presentation);
  }

  private onSelect(e: SelectEvent): void {
    e.stopPropagation();
    const { selection, origin } = e.detail;
    this.commit(select(this.view, selection), true);
    // A choice made in the search box or in the panel itself replaces what the panel shows; the
    // keyboard user's focus follows to the new content instead of falling back to the page.
    if (selection && (origin === 'search' || origin === 'panel')) {
      void this.updateComplete.then(() => this.panel?.focus({ preventScroll: false }));
    }
    if (selection?.kind === 'actor' && origin !== 'graph') {
      void this.graphSide.settled
        .then(() => this.graph?.updateComplete)
        .then(() => this.graph?.focusActor(selection.id));
    }
    if (selection?.kind === 'paragraph' && origin !== 'reader') {
      void this.updateComplete.then(() =>
        readerLoaded.then(() => this.reader?.revealParagraph(selection.document, selection.id)),
      );
    }
  }

  private onFilters(e: FiltersChangeEvent): void {
    e.stopPropagation();
    this.commit({ ...this.view, filters: e.detail.filters }, false);
  }

  private onFocus(e: FocusChangeEvent): void {
    e.stopPropagation();
    this.commit(setFocus(this.view, e.detail.focus), false);
  }

  private onLayout(e: LayoutChangeEvent): void {
    e.stopPropagation();
    this.commit(setLayout(this.view, e.detail.layout), false);
  }

  private onGraphReady(): void {
    this.graphFirst.graphReady();
    // A link's zoom, once the graph has been laid out and fitted.
    const zoom = this.presentation.zoom;
    if (zoom) this.graph?.showViewport(zoom);
    whenIdle(() => void loadPanels());
  }

  private onRevealParagraph(e: RevealParagraphEvent): void {
    e.stopPropagation();
    const { document, paragraph } = e.detail;
    void readerLoaded.then(() => this.reader?.revealParagraph(document, paragraph));
  }

  protected override updated(): void {
    // An embedded explorer leaves the host page's title alone.
    if (this.noUrl) return;
    document.title = pageTitle(this.index, this.view.selection, this.loader.problem !== null);
  }

  // --- rendering ---------------------------------------------------------------------------------

  protected override render() {
    const problem = this.opener.problem ?? this.loader.problem;
    return html`
      <a class="skip" href="#table-region" @click=${this.skipTo('table')}
        >Skip to relations table</a
      >
      <a class="skip" href="#reader-region" @click=${this.skipTo('reader')}>Skip to the memo</a>
      ${this.renderHeader()} ${this.annotate.renderTools()}
      ${
        problem && this.laterReady
          ? html`<mg-load-problem
              .problem=${problem}
              .keptOpen=${this.index !== null}
            ></mg-load-problem>`
          : nothing
      }
      ${this.loader.loading ? loadStatus(this.loader.progress, () => this.loader.cancel()) : nothing}
      ${this.notices.length > 0 ? this.renderNotices() : nothing}
      ${this.index ? this.renderExplorer(this.index) : nothing}
      <mg-help-dialog></mg-help-dialog>
      ${this.opener.renderOverlay()}
    `;
  }

  private skipTo(region: 'table' | 'reader') {
    return (e: Event): void => {
      e.preventDefault();
      // The table's skip link lands on its current row, where the arrows and Enter work.
      if (
        region === 'table' &&
        this.renderRoot.querySelector('mg-relations-table')?.focusCurrentRow()
      )
        return;
      const el = this.renderRoot.querySelector<HTMLElement>(`#${region}-region`);
      el?.focus();
    };
  }

  private renderHeader() {
    const index = this.index;
    const doc = index?.dataset.documents[0];
    const many = (index?.dataset.documents.length ?? 0) > 1;
    return html`
      <header part="header">
        <div class="brand">
          <span class="logo" aria-hidden="true">◇</span>
          <span class="name">Memograph</span>
        </div>
        <div class="doc">
          ${
            index && doc
              ? many
                ? html`<h1>${index.dataset.documents.length} documents</h1>`
                : html`<h1>
                      ${doc.title}${doc.titleMarking ? html` <span class="title-marking">(${doc.titleMarking})</span>` : nothing}
                    </h1>
                    <p class="meta" title=${`${doc.issuer} · ${formatIsoDate(doc.date)}`}>
                      ${doc.issuer} · <time datetime=${doc.date}>${formatIsoDate(doc.date)}</time>
                    </p>`
              : html`<h1>
                  ${this.loader.problem || this.opener.problem ? 'No document open' : 'Loading…'}
                </h1>`
          }
        </div>
        ${
          index
            ? html`<mg-search .index=${index} @mg-select=${this.onSelect}></mg-search>
                <label class="layout">
                  <span>Layout</span>
                  <select
                    @change=${(e: Event) =>
                      this.commit(
                        setLayout(this.view, (e.target as HTMLSelectElement).value as LayoutName),
                        false,
                      )}
                  >
                    ${LAYOUTS.map(
                      (l) =>
                        html`<option value=${l} ?selected=${l === this.view.layout}>
                          ${LAYOUT_LABELS[l]}
                        </option>`,
                    )}
                  </select>
                </label>`
            : nothing
        }
        ${
          index
            ? html`<mg-export-menu
                .index=${index}
                .relations=${this.derived.visible}
                .filters=${this.view.filters}
                .selection=${this.view.selection}
                .image=${(format: 'png' | 'svg') => this.graph?.exportImage(format) ?? Promise.resolve(null)}
              ></mg-export-menu>`
            : nothing
        }
        ${this.opener.renderButton()}
        ${this.opener.renderMenu(() => void this.loader.load(DEFAULT_DATASET_URL()))}
        ${this.annotate.renderButton(this.index !== null)}
        <button
          class="help-button"
          @click=${() => this.whenLater(() => this.help?.show())}
          aria-keyshortcuts="?"
          title="Keyboard help (?)"
        >
          <span class="words">Keyboard help</span>
        </button>
      </header>
    `;
  }

  private renderNotices() {
    return html`
      <div class="notices" role="status">
        <ul>
          ${this.notices.map((n) => html`<li>${n}</li>`)}
        </ul>
        <button @click=${() => (this.notices = [])}>Dismiss</button>
      </div>
    `;
  }

  private renderExplorer(index: DatasetIndex) {
    const sel = this.view.selection;
    const relation = sel?.kind === 'relation' ? (index.relationById.get(sel.id) ?? null) : null;
    const { filters } = this.view;
    if (this.typeCounts?.index !== index || this.typeCounts.filters !== filters) {
      this.typeCounts = { index, filters, counts: countsByType(index, filters) };
    }
    const { counts } = this.typeCounts;
    const { scope } = this.derived;
    const graphSide = this.graphSide.value!;
    // The table, timeline and filter panel: one frame behind the graph in a large dataset.
    const beside = this.beside.value ?? { view: this.view, derived: this.derived };
    const visible = beside.derived.visible;
    const rest = this.graphFirst.rest;
    return html`
      <main
        @mg-select=${this.onSelect}
        @mg-filters-change=${this.onFilters}
        @mg-layout-change=${this.onLayout}
        @mg-focus-change=${this.onFocus}
        @mg-reveal-paragraph=${this.onRevealParagraph}
        @mg-graph-ready=${this.onGraphReady}
        @mg-viewport-change=${(e: ViewportChangeEvent) =>
          this.setPresentation({ ...this.presentation, zoom: e.detail.zoom })}
        @mg-sort-change=${(e: SortChangeEvent) =>
          this.setPresentation({ ...this.presentation, sort: e.detail.sort })}
      >
        <aside class="legend" aria-label="Relation types and filters">
          <mg-filter-panel .index=${index} .filters=${beside.view.filters}></mg-filter-panel>
          <mg-legend .index=${index} .filters=${this.view.filters} .counts=${counts}></mg-legend>
        </aside>
        <section class="center">
          <mg-filter-summary
            .index=${index}
            .view=${beside.view}
            .visible=${visible.length}
          ></mg-filter-summary>
          ${
            this.view.focus
              ? html`<mg-focus-bar
                  .index=${index}
                  .viewFocus=${this.view.focus}
                  .filters=${this.view.filters}
                ></mg-focus-bar>`
              : nothing
          }
          ${sel?.kind === 'paragraph' ? this.renderNarrowing(index, sel) : nothing}
          ${
            scope.truncated
              ? html`<p class="overview-note" role="status">${describeScope(scope.truncated)}</p>`
              : nothing
          }
          <div class="graph-wrap">
            <p class="touch-hint" aria-hidden="true">Two fingers move the graph</p>
            <mg-graph
              .index=${index}
              .visibleRelationIds=${graphSide.relationIds}
              .selection=${graphSide.selection}
              .layout=${this.view.layout}
            ></mg-graph>
          </div>
          <mg-timeline
            .index=${index}
            .filters=${beside.view.filters}
            .selection=${sel}
          ></mg-timeline>
          <section id="table-region" class="table" tabindex="-1" aria-label="Relations table">
            ${
              rest
                ? html`<mg-relations-table
                    .index=${index}
                    .relations=${visible}
                    .selection=${sel}
                    .sort=${this.presentation.sort}
                  ></mg-relations-table>`
                : nothing
            }
          </section>
        </section>
        <section class="side" ?data-selected=${sel !== null}>
          <div
            id="side-panel"
            class="panel"
            tabindex="-1"
            role="region"
            aria-label=${panelLabel(sel)}
            style=${this.split.panelStyle()}
            ?data-sized=${this.split.share !== null}
          >
            ${
              sel
                ? html`<button
                    class="close-sheet"
                    @click=${() => this.commit(select(this.view, null), true)}
                  >
                    Close
                  </button>`
                : nothing
            }
            ${rest ? this.renderPanel(index, sel, relation) : nothing}
          </div>
          ${this.split.render('side-panel')}
          <section id="reader-region" class="reader" tabindex="-1" aria-label="The memo">
            ${
              this.graphFirst.reader
                ? html`<mg-reader
                    .index=${index}
                    .selection=${sel}
                    .highlightRelation=${relation}
                    .annotating=${this.annotate.active}
                    .pendingQuote=${this.annotate.pending}
                  ></mg-reader>`
                : nothing
            }
          </section>
        </section>
      </main>
    `;
  }

  private renderNarrowing(index: DatasetIndex, sel: Extract<Selection, { kind: 'paragraph' }>) {
    const { label } = paragraphSupport(index, sel.document, sel.id, this.derived.visible);
    const n = this.derived.visible.length;
    return html`<div class="narrowing" role="status">
      Showing the ${n} relation${n === 1 ? '' : 's'} that ¶${label} supports.
      <button @click=${() => this.commit(select(this.view, null), true)}>Show all relations</button>
    </div>`;
  }

  private renderPanel(index: DatasetIndex, sel: Selection | null, relation: Relation | null) {
    if (sel?.kind === 'relation' || sel?.kind === 'actor') void loadPanels();
    if (sel?.kind === 'relation') {
      return html`<mg-evidence-panel
        .index=${index}
        .relation=${relation}
        .permalink=${this.permalink}
        .annotating=${this.annotate.active}
        .findings=${relation ? this.annotate.findingsFor(relation.id) : []}
      ></mg-evidence-panel>`;
    }
    if (sel?.kind === 'actor') {
      return html`<mg-actor-panel
        .index=${index}
        .actor=${index.actorById.get(sel.id) ?? null}
        .visibleRelationIds=${this.derived.visibleIds}
        ><mg-focus-tools
          slot="tools"
          .index=${index}
          .actor=${index.actorById.get(sel.id) ?? null}
          .viewFocus=${this.view.focus ?? null}
        ></mg-focus-tools
      ></mg-actor-panel>`;
    }
    if (sel?.kind === 'paragraph') {
      return html`<mg-paragraph-panel
        .index=${index}
        .document=${sel.document}
        .paragraph=${sel.id}
        .visible=${this.derived.visible}
      ></mg-paragraph-panel>`;
    }
    return html`<mg-overview-panel
      .index=${index}
      .datasetUrl=${this.loader.url}
    ></mg-overview-panel>`;
  }

  static override styles = appStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'memograph-app': MemographApp;
  }
}
