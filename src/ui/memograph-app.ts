import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { describeCounts, relationHeadline } from '../model/words/describe.ts';
import { formatIsoDate } from '../model/memo/dates.ts';
import { describeScope, graphScope, type GraphScope } from '../model/explorer/overview.ts';
import { indexDataset, paragraphKey, type DatasetIndex } from '../model/dataset/query.ts';
import type { Relation } from '../model/contract/types.ts';
import {
  INITIAL_STATE,
  LAYOUTS,
  countsByType,
  fromSearchParams,
  sameSelection,
  select,
  setLayout,
  toSearchParams,
  visibleRelations,
  type LayoutName,
  type Selection,
  type ViewState,
} from '../model/explorer/view-state.ts';
import type {
  FiltersChangeEvent,
  LayoutChangeEvent,
  RevealParagraphEvent,
  SelectEvent,
} from './events.ts';
import { datasetErrorEvent, datasetLoadedEvent, selectEvent } from './events.ts';
import { DEFAULT_DATASET_PATH, loadDataset, nextTask, type LoadProblem } from './load-dataset.ts';
import { sharedStyles, themeTokens } from './theme.ts';
import './mg-graph.ts';
import './mg-legend.ts';
import './mg-search.ts';
import './mg-relations-table.ts';
import type { MgGraph } from './mg-graph.ts';
import type { MgReader } from './mg-reader.ts';
import type { MgSearch } from './mg-search.ts';

/**
 * The evidence and actor panels (with the citation exporters) are not part of the first view:
 * they load on demand, and are fetched as soon as the browser is idle after the graph is
 * painted, so that the first selection does not wait for them.
 */
let panels: Promise<unknown> | null = null;

/**
 * The memo reader is fetched as soon as this module runs, alongside the dataset, but is not part
 * of the entry chunk: the graph paints without waiting for it, and the reader fills its column a
 * moment later. Properties set on <mg-reader> before it is defined are kept by Lit.
 */
const readerLoaded = import('./mg-reader.ts');
function loadPanels(): Promise<unknown> {
  panels ??= Promise.all([import('./mg-evidence-panel.ts'), import('./mg-actor-panel.ts')]);
  return panels;
}

function whenIdle(fn: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  force: 'Force (fcose)',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
};

/**
 * The explorer. Owns the dataset and the view state, keeps the URL in sync, and passes slices
 * of the state down to its elements, which send intents back up as events.
 *
 * The dataset comes from, in order: the `src` attribute, the page's `?data=` parameter, or the
 * embedded default (the INR memo). Every source is checked by the same validator as
 * `memograph check`; a bad one gets a message that says what is wrong and where.
 *
 * @fires mg-dataset-loaded - detail `{ url, actors, relations }` once a dataset is shown.
 * @fires mg-dataset-error - detail `{ url, problem }` when a dataset cannot be shown.
 * @csspart header - the top bar.
 */
@customElement('memograph-app')
export class MemographApp extends LitElement {
  /** Address of a compiled dataset on this site. Overrides `?data=`. */
  @property() src: string | null = null;

  /** Set when embedded in a page whose URL the explorer must not touch. */
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  @state() private index: DatasetIndex | null = null;
  @state() private view: ViewState = INITIAL_STATE;
  @state() private loading = true;
  @state() private problem: LoadProblem | null = null;
  @state() private notices: readonly string[] = [];
  @state() private datasetUrl = '';
  /**
   * The graph paints first; the table, the panel and the memo follow once it has. Rendered in the
   * same task they made every forced layout of the graph's setup lay out the whole page.
   */
  @state() private graphShown = false;
  private secondaryTimer: ReturnType<typeof setTimeout> | null = null;

  @query('mg-graph') private graph?: MgGraph;
  @query('mg-reader') private reader?: MgReader;
  @query('mg-search') private search?: MgSearch;
  @query('#help') private help?: HTMLDialogElement;
  @query('.panel') private panel?: HTMLElement;

  private visible: readonly Relation[] = [];
  private visibleIds: ReadonlySet<string> | null = null;
  /** What the graph draws: the visible relations, or an overview of them past the budget. */
  private scope: GraphScope = { relationIds: null, truncated: null };
  private loadToken = 0;

  private readonly onPopState = (): void => {
    if (!this.index || this.noUrl) return;
    const { state: next } = fromSearchParams(new URLSearchParams(location.search), this.index);
    this.view = next;
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.composedPath()[0];
    const typing =
      target instanceof HTMLElement &&
      (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (e.key === 'Escape' && !typing && this.view.selection) {
      this.commit(select(this.view, null), true);
      return;
    }
    if (typing) return;
    if (e.key === '/') {
      e.preventDefault();
      this.search?.focus();
    } else if (e.key === '?') {
      e.preventDefault();
      this.help?.showModal();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    if (this.secondaryTimer !== null) clearTimeout(this.secondaryTimer);
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('keydown', this.onKeyDown);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || !this.hasUpdated) void this.load();
    if (changed.has('index' as keyof MemographApp) || changed.has('view' as keyof MemographApp)) {
      this.recomputeVisible();
    }
  }

  private recomputeVisible(): void {
    if (!this.index) {
      this.visible = [];
      this.visibleIds = null;
      this.scope = { relationIds: null, truncated: null };
      return;
    }
    const visible = visibleRelations(this.index, this.view);
    this.visible = visible;
    this.visibleIds =
      visible === this.index.dataset.relations ? null : new Set(visible.map((r) => r.id));
    const scope = graphScope(this.index, visible, this.view.selection);
    // The overview names the selection's relations, so a new selection gives a new set even when
    // nothing drawn changes; keeping the old one spares the graph a diff of every element.
    const before = this.scope.relationIds;
    const after = scope.relationIds;
    const same =
      before !== null &&
      after !== null &&
      before.size === after.size &&
      [...after].every((id) => before.has(id));
    this.scope = same ? { ...scope, relationIds: before } : scope;
  }

  /** Which dataset to show: the attribute, then `?data=`, then the embedded default. */
  private datasetAddress(): string {
    if (this.src) return this.src;
    const fromUrl = this.noUrl ? null : new URLSearchParams(location.search).get('data');
    return fromUrl ?? new URL(DEFAULT_DATASET_PATH, document.baseURI).href;
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    const address = this.datasetAddress();
    this.loading = true;
    const outcome = await loadDataset(address, document.baseURI);
    if (token !== this.loadToken) return; // a newer load started meanwhile
    this.loading = false;
    this.datasetUrl = outcome.url;
    if (!outcome.ok) {
      // Whatever was on screen stays there: a failed load never takes the user's view away.
      this.problem = outcome.problem;
      this.dispatchEvent(datasetErrorEvent({ url: outcome.url, problem: outcome.problem }));
      return;
    }
    this.problem = null;
    // A large dataset's parse, check and indexing are separate tasks, so the page keeps painting.
    const large = outcome.dataset.relations.length > 5000;
    await nextTask(large);
    const index = indexDataset(outcome.dataset);
    await nextTask(large);
    if (token !== this.loadToken) return;
    if (index !== this.index) this.showSecondaryAfterGraph();
    const read = this.noUrl
      ? { state: INITIAL_STATE, problems: [] }
      : fromSearchParams(new URLSearchParams(location.search), index);
    this.index = index;
    this.view = read.state;
    this.notices = [
      ...read.problems,
      ...outcome.warnings.map((w) => `Dataset warning: ${w.message}`),
    ];
    this.dispatchEvent(
      datasetLoadedEvent({
        url: outcome.url,
        actors: outcome.dataset.actors.length,
        relations: outcome.dataset.relations.length,
      }),
    );
  }

  /** Applies a new view. Selections are history entries; filters and layouts replace the entry. */
  private commit(next: ViewState, allowPush: boolean): void {
    const pushed = allowPush && !sameSelection(next.selection, this.view.selection);
    this.view = next;
    if (this.noUrl || !this.index) return;
    const params = toSearchParams(next, this.index, new URLSearchParams(location.search));
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (pushed) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Absolute link to exactly the current view. */
  get permalink(): string {
    if (!this.index) return location.href;
    const base = new URLSearchParams(this.noUrl ? '' : location.search);
    if (this.src) base.set('data', this.src);
    const params = toSearchParams(this.view, this.index, base);
    const query = params.toString();
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
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
      void this.updateComplete
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

  private onLayout(e: LayoutChangeEvent): void {
    e.stopPropagation();
    this.commit(setLayout(this.view, e.detail.layout), false);
  }

  /** Marks the root once the graph is painted, for scripts, tests and the benchmark. */
  private showSecondaryAfterGraph(): void {
    this.graphShown = false;
    if (this.secondaryTimer !== null) clearTimeout(this.secondaryTimer);
    // Should the graph never report (it failed to draw), the rest still appears.
    this.secondaryTimer = setTimeout(() => (this.graphShown = true), 2000);
  }

  private onGraphReady(): void {
    if (this.secondaryTimer !== null) clearTimeout(this.secondaryTimer);
    this.secondaryTimer = null;
    // The ready event comes in the frame that draws the graph; the rest renders in a task after
    // it, so that frame is painted without waiting for the table's and the memo's layout.
    setTimeout(() => (this.graphShown = true), 0);
    this.setAttribute('data-graph-ready', '');
    whenIdle(() => void loadPanels());
  }

  private onRevealParagraph(e: RevealParagraphEvent): void {
    e.stopPropagation();
    const { document, paragraph } = e.detail;
    void readerLoaded.then(() => this.reader?.revealParagraph(document, paragraph));
  }

  protected override updated(): void {
    document.title = this.pageTitle();
  }

  private pageTitle(): string {
    const index = this.index;
    if (!index) return this.problem ? 'Dataset error — Memograph' : 'Memograph';
    const sel = this.view.selection;
    const doc = index.dataset.documents[0];
    const base = index.dataset.documents.length === 1 && doc ? doc.title : 'Memograph';
    if (sel?.kind === 'relation') {
      const r = index.relationById.get(sel.id);
      if (r) return `${relationHeadline(index, r)} — ${base} — Memograph`;
    }
    if (sel?.kind === 'actor') {
      const a = index.actorById.get(sel.id);
      if (a) return `${a.name} — ${base} — Memograph`;
    }
    return base === 'Memograph' ? base : `${base} — Memograph`;
  }

  // --- rendering ---------------------------------------------------------------------------------

  protected override render() {
    return html`
      <a class="skip" href="#table-region" @click=${this.skipTo('table')}
        >Skip to relations table</a
      >
      <a class="skip" href="#reader-region" @click=${this.skipTo('reader')}>Skip to the memo</a>
      ${this.renderHeader()} ${this.problem ? this.renderProblem(this.problem) : nothing}
      ${this.notices.length > 0 ? this.renderNotices() : nothing}
      ${
        this.index
          ? this.renderExplorer(this.index)
          : this.loading
            ? html`<p class="loading" role="status">Loading dataset…</p>`
            : nothing
      }
      ${this.renderHelp()}
    `;
  }

  private skipTo(region: 'table' | 'reader') {
    return (e: Event): void => {
      e.preventDefault();
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
                    <p class="meta">
                      ${doc.issuer} · <time datetime=${doc.date}>${formatIsoDate(doc.date)}</time>
                    </p>`
              : html`<h1>Memograph</h1>`
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
        <button class="help-button" @click=${() => this.help?.showModal()} aria-keyshortcuts="?">
          Keyboard help
        </button>
      </header>
    `;
  }

  private renderProblem(problem: LoadProblem) {
    return html`
      <section class="problem" role="alert" aria-labelledby="problem-title">
        <h2 id="problem-title">${problem.summary}</h2>
        ${
          problem.details.length > 0
            ? html`<ul class="diagnostics">
                ${problem.details.map((d) => html`<li><code>${d}</code></li>`)}
              </ul>`
            : nothing
        }
        ${problem.omitted > 0 ? html`<p>…and ${problem.omitted} more.</p>` : nothing}
        <p class="hint">
          ${
            this.index
              ? 'The dataset that was already open is still shown below.'
              : html`Check a dataset file with <code>npx memograph check &lt;file&gt;</code>.
                  <a href=${location.pathname}>Open the default dataset</a>.`
          }
        </p>
      </section>
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
    const counts = countsByType(index, this.view.filters);
    return html`
      <main
        @mg-select=${this.onSelect}
        @mg-filters-change=${this.onFilters}
        @mg-layout-change=${this.onLayout}
        @mg-reveal-paragraph=${this.onRevealParagraph}
        @mg-graph-ready=${this.onGraphReady}
      >
        <aside class="legend" aria-label="Relation types and filters">
          <mg-legend .index=${index} .filters=${this.view.filters} .counts=${counts}></mg-legend>
        </aside>
        <section class="center">
          ${sel?.kind === 'paragraph' ? this.renderNarrowing(index, sel) : nothing}
          ${
            this.scope.truncated
              ? html`<p class="overview-note" role="status">
                  ${describeScope(this.scope.truncated)}
                </p>`
              : nothing
          }
          <div class="graph-wrap">
            <mg-graph
              .index=${index}
              .visibleRelationIds=${this.scope.relationIds ?? this.visibleIds}
              .selection=${sel}
              .layout=${this.view.layout}
            ></mg-graph>
          </div>
          <section id="table-region" class="table" tabindex="-1" aria-label="Relations table">
            ${
              this.graphShown
                ? html`<mg-relations-table
                    .index=${index}
                    .relations=${this.visible}
                    .selection=${sel}
                  ></mg-relations-table>`
                : nothing
            }
          </section>
        </section>
        <section class="side">
          <div class="panel" tabindex="-1" role="region" aria-label=${this.panelLabel(sel)}>
            ${this.graphShown ? this.renderPanel(index, sel, relation) : nothing}
          </div>
          <section id="reader-region" class="reader" tabindex="-1" aria-label="The memo">
            ${
              this.graphShown
                ? html`<mg-reader
                    .index=${index}
                    .selection=${sel}
                    .highlightRelation=${relation}
                  ></mg-reader>`
                : nothing
            }
          </section>
        </section>
      </main>
    `;
  }

  private panelLabel(sel: Selection | null): string {
    switch (sel?.kind) {
      case 'relation':
        return 'Evidence for the selected relation';
      case 'actor':
        return 'Selected actor';
      case 'paragraph':
        return 'Selected paragraph';
      default:
        return 'Overview';
    }
  }

  private renderNarrowing(index: DatasetIndex, sel: Extract<Selection, { kind: 'paragraph' }>) {
    const p = index.paragraphByKey.get(paragraphKey(sel.document, sel.id));
    const n = this.visible.length;
    return html`<div class="narrowing" role="status">
      Showing the ${n} relation${n === 1 ? '' : 's'} that ¶${p?.n ?? sel.id} supports.
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
      ></mg-evidence-panel>`;
    }
    if (sel?.kind === 'actor') {
      return html`<mg-actor-panel
        .index=${index}
        .actor=${index.actorById.get(sel.id) ?? null}
        .visibleRelationIds=${this.visibleIds}
      ></mg-actor-panel>`;
    }
    if (sel?.kind === 'paragraph') return this.renderParagraphPanel(index, sel);
    return this.renderOverview(index);
  }

  private renderParagraphPanel(
    index: DatasetIndex,
    sel: Extract<Selection, { kind: 'paragraph' }>,
  ) {
    const p = index.paragraphByKey.get(paragraphKey(sel.document, sel.id));
    const all = index.relationsByParagraph.get(paragraphKey(sel.document, sel.id)) ?? [];
    const shown = new Set(this.visible.map((r) => r.id));
    return html`
      <section class="paragraph-panel" aria-labelledby="pp-title">
        <h2 id="pp-title">¶${p?.n ?? sel.id}${p?.heading ? html` · ${p.heading}` : nothing}</h2>
        <p>
          This paragraph supports ${all.length}
          relation${all.length === 1 ? '' : 's'}${
            all.length !== shown.size
              ? html`, ${shown.size} shown with the current filters`
              : nothing
          }.
        </p>
        <ul class="relation-list">
          ${all.map(
            (r) =>
              html`<li>
                <button
                  class="link"
                  @click=${() =>
                    this.dispatchEvent(
                      selectEvent({ selection: { kind: 'relation', id: r.id }, origin: 'panel' }),
                    )}
                >
                  ${relationHeadline(index, r)}${r.polarity === 'negated' ? ' (negated)' : ''}
                </button>
                ${shown.has(r.id) ? nothing : html`<span class="muted">hidden by filters</span>`}
              </li>`,
          )}
        </ul>
      </section>
    `;
  }

  private renderOverview(index: DatasetIndex) {
    const c = describeCounts(index);
    return html`
      <section class="overview" aria-labelledby="ov-title">
        <h2 id="ov-title">Evidence</h2>
        <p>
          ${c.actors} actors and ${c.relations} relations from ${c.documents}
          document${c.documents === 1 ? '' : 's'}: ${c.negated} negated, ${c.hedged} hedged,
          ${c.reported} reported by a named source.
        </p>
        <p>Select a relation to read the paragraph and the exact words behind it:</p>
        <ul>
          <li>click an edge in the graph,</li>
          <li>choose a row in the relations table (Tab to it, arrows, Enter),</li>
          <li>or search for an actor with <kbd>/</kbd>.</li>
        </ul>
        <p class="muted">Dataset: <code>${shortUrl(this.datasetUrl)}</code></p>
      </section>
    `;
  }

  private renderHelp() {
    return html`
      <dialog id="help" aria-labelledby="help-title">
        <h2 id="help-title">Keyboard</h2>
        <dl>
          <dt><kbd>/</kbd></dt>
          <dd>Search actors</dd>
          <dt><kbd>Esc</kbd></dt>
          <dd>Clear the selection</dd>
          <dt><kbd>?</kbd></dt>
          <dd>This help</dd>
          <dt>Relations table</dt>
          <dd>
            <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Home</kbd> <kbd>End</kbd> move, <kbd>Enter</kbd> selects
          </dd>
          <dt>Graph</dt>
          <dd>
            Arrows pan, <kbd>+</kbd> <kbd>-</kbd> zoom, <kbd>0</kbd> fits; <kbd>[</kbd>
            <kbd>]</kbd> move between actors and <kbd>Enter</kbd> selects; <kbd>,</kbd>
            <kbd>.</kbd> step through the selected actor's relations
          </dd>
          <dt>Memo</dt>
          <dd>Tab to a paragraph, <kbd>Enter</kbd> shows the relations it supports</dd>
        </dl>
        <form method="dialog"><button class="primary">Close</button></form>
      </dialog>
    `;
  }

  static override styles = [
    themeTokens,
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100vh;
        background: var(--mg-bg);
        color: var(--mg-text);
        font-family: var(--mg-font);
        font-size: 15px;
      }
      .skip {
        position: absolute;
        left: -9999px;
        top: 0;
        z-index: 10;
        background: var(--mg-surface);
        color: var(--mg-accent);
        padding: 0.5rem 0.75rem;
      }
      .skip:focus {
        left: 0.5rem;
      }
      header {
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.5rem 1rem;
        background: var(--mg-surface);
        border-bottom: 1px solid var(--mg-border-soft);
        flex-wrap: wrap;
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: 700;
        color: var(--mg-accent);
      }
      .logo {
        font-size: 1.3rem;
      }
      .doc {
        flex: 1 1 16rem;
        min-width: 0;
      }
      h1 {
        font-size: 1.05rem;
        margin: 0;
        line-height: 1.3;
      }
      .title-marking {
        font-weight: 400;
        color: var(--mg-muted);
      }
      .meta {
        margin: 0;
        font-size: 0.85rem;
        color: var(--mg-muted);
      }
      .layout {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.9rem;
      }
      select {
        font: inherit;
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        padding: 0.25rem 0.4rem;
      }
      main {
        flex: 1;
        min-height: 0;
        display: grid;
        grid-template-columns: 15.5rem minmax(0, 1fr) clamp(21rem, 30vw, 32rem);
        gap: 1px;
        background: var(--mg-border-soft);
      }
      main > * {
        background: var(--mg-bg);
        min-height: 0;
      }
      .legend {
        overflow: auto;
        background: var(--mg-surface);
      }
      .center,
      .side {
        display: flex;
        flex-direction: column;
        min-width: 0;
      }
      .graph-wrap {
        flex: 3 1 0;
        min-height: 16rem;
        position: relative;
        display: flex;
      }
      mg-graph {
        flex: 1;
        min-width: 0;
      }
      mg-relations-table {
        flex: 1;
        min-height: 0;
      }
      .table {
        flex: 2 1 0;
        min-height: 12rem;
        display: flex;
        flex-direction: column;
        overflow: hidden;
        border-top: 1px solid var(--mg-border-soft);
        background: var(--mg-surface);
      }
      .panel {
        flex: 0 1 auto;
        max-height: 60%;
        overflow: auto;
        background: var(--mg-surface);
        border-bottom: 1px solid var(--mg-border-soft);
      }
      .reader {
        flex: 1 1 0;
        min-height: 10rem;
        overflow: auto;
      }
      .overview-note {
        margin: 0;
        padding: 0.4rem 0.75rem;
        background: var(--mg-surface-2);
        border-bottom: 1px solid var(--mg-border-soft);
        font-size: 0.9rem;
      }
      .narrowing {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        padding: 0.4rem 0.75rem;
        background: var(--mg-surface-2);
        border-bottom: 1px solid var(--mg-border-soft);
      }
      .problem {
        margin: 1rem;
        padding: 1rem 1.25rem;
        border: 2px solid var(--mg-danger);
        border-radius: var(--mg-radius);
        background: var(--mg-danger-bg);
      }
      .problem h2 {
        margin: 0 0 0.5rem;
        font-size: 1.1rem;
        color: var(--mg-text);
      }
      .diagnostics {
        margin: 0.5rem 0;
        padding-left: 1.2rem;
        max-height: 40vh;
        overflow: auto;
      }
      .diagnostics code {
        white-space: pre-wrap;
        word-break: break-word;
      }
      .problem a {
        color: var(--mg-accent);
      }
      .notices {
        display: flex;
        align-items: flex-start;
        gap: 1rem;
        padding: 0.5rem 1rem;
        background: var(--mg-surface-2);
        border-bottom: 1px solid var(--mg-border-soft);
      }
      .notices ul {
        margin: 0;
        padding-left: 1.2rem;
        flex: 1;
      }
      .loading {
        padding: 2rem;
      }
      .overview,
      .paragraph-panel {
        padding: 0.75rem 1rem;
      }
      .overview h2,
      .paragraph-panel h2 {
        font-size: 1rem;
        margin: 0 0 0.5rem;
      }
      .relation-list {
        padding-left: 1.1rem;
      }
      button.link {
        border: none;
        background: none;
        padding: 0.1rem 0;
        color: var(--mg-accent);
        text-align: left;
        text-decoration: underline;
      }
      .muted {
        color: var(--mg-muted);
        font-size: 0.85rem;
      }
      kbd {
        font-family: var(--mg-font-mono);
        font-size: 0.85em;
        border: 1px solid var(--mg-border);
        border-radius: 3px;
        padding: 0 0.3em;
        background: var(--mg-surface-2);
      }
      dialog {
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        max-width: 36rem;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      dialog dt {
        font-weight: 600;
        margin-top: 0.5rem;
      }
      dialog dd {
        margin-left: 0;
      }

      @media (max-width: 1100px) {
        main {
          grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem);
        }
        .legend {
          grid-column: 1 / -1;
          max-height: 12rem;
        }
      }
      @media (max-width: 900px) {
        :host {
          height: auto;
          min-height: 100vh;
        }
        main {
          display: flex;
          flex-direction: column;
        }
        .legend {
          max-height: none;
        }
        .graph-wrap {
          height: 60vh;
          flex: none;
        }
        .table {
          max-height: 70vh;
          flex: none;
        }
        .panel {
          max-height: none;
        }
        .reader {
          flex: none;
          max-height: 80vh;
        }
      }
    `,
  ];
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === location.origin ? u.pathname : u.href;
  } catch {
    return url;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'memograph-app': MemographApp;
  }
}
