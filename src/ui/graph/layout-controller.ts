import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { needsDraft, storedPositions, type Point } from '../../model/layout/layout-input.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import type { LayoutName } from '../../model/explorer/view-state.ts';
import type { LayoutWorkerClient } from './layout-client.ts';
import { LayoutWorkerError } from './layout-error.ts';
import type { LayoutJobKind } from './layout-protocol.ts';

/**
 * Above this size (either count) layouts are computed in a Web Worker, so that the page stays
 * responsive; below, on the main thread as they always were (a memo takes milliseconds, and a
 * worker would first have to load).
 */
const WORKER_LIMITS = { actors: 200, relations: 1000 } as const;
/** How long "Layout refined." stays on screen. */
const STATUS_MS = 5000;

function aboveWorkerLimits(index: DatasetIndex): boolean {
  const { actors, relations } = index.dataset;
  return actors.length > WORKER_LIMITS.actors || relations.length > WORKER_LIMITS.relations;
}

/** Whether an error is a layout that a newer dataset, or leaving the page, stopped. */
export function isCancelledLayout(error: unknown): boolean {
  return error instanceof LayoutWorkerError && error.cancelled;
}

/** Positions for every actor, and whether they are a draft that "Refine layout" can replace. */
export interface Placed {
  readonly positions: ReadonlyMap<string, Point>;
  readonly draft: boolean;
}

/** What the layouts read from the graph element. */
export interface LayoutHost extends ReactiveControllerHost {
  readonly index: DatasetIndex | null;
  readonly layout: LayoutName;
}

/**
 * Where the actors go: stored positions, a draft and its refinement, or a computed layout, in
 * the layout worker for large datasets and on the main thread otherwise or when workers are
 * unavailable (same positions either way), falling back to the concentric layout should another
 * fail. Also the layout status line: the draft note, the "Refine layout" button and what it says.
 * Every layout is deterministic: the same dataset gives the same draft and the same refinement.
 */
export class LayoutController implements ReactiveController {
  /**
   * Where every actor goes in the current layout, drawn or not: an actor whose element is
   * created later (large datasets) is placed from here, so filtering never moves anyone.
   */
  placement: ReadonlyMap<string, Point> = new Map();

  /** The force layout shows a draft that "Refine layout" can replace. */
  private draftShown = false;
  private refining = false;
  /** What the status line says ("Refining layout…", "Layout refined."). */
  private status = '';
  private statusTimer: ReturnType<typeof setTimeout> | null = null;
  /** Computes layouts off the main thread for large datasets; created on first use. */
  private client: LayoutWorkerClient | null = null;
  /** The refined force layout of a dataset that needed a draft, once computed. */
  private refined: { index: DatasetIndex; positions: ReadonlyMap<string, Point> } | null = null;

  constructor(
    private readonly host: LayoutHost,
    private readonly onRefineClick: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clearStatusTimer();
    this.client?.dispose();
    this.client = null;
    this.setRefining(false);
  }

  /**
   * A new dataset (or none): work for the previous one is of no use any more, and the status
   * line starts empty. The refinement is kept for a dataset drawn again.
   */
  reset(index: DatasetIndex | null): void {
    if (this.client?.busy) this.client.cancel();
    this.setRefining(false);
    this.setDraftShown(false);
    this.setStatus('');
    if (this.refined && this.refined.index !== index) this.refined = null;
    this.placement = new Map();
  }

  /** Makes `placed` the current layout. */
  show(placed: Placed): void {
    this.placement = placed.positions;
    this.setDraftShown(placed.draft);
  }

  /**
   * Positions for a layout, and whether they are a draft:
   * - force: stored positions when every actor has one; the refined layout once computed; a
   *   draft for a large graph (needsDraft); otherwise computeLayout.
   * - the geometric layouts: layoutPositions.
   * Rejects with a cancelled LayoutWorkerError when a newer dataset stopped the worker.
   */
  async positionsFor(index: DatasetIndex, layout: LayoutName): Promise<Placed> {
    const dataset = index.dataset;
    if (layout === 'force') {
      const stored = storedPositions(dataset);
      if (stored) return { positions: stored, draft: false };
      if (this.refined?.index === index) return { positions: this.refined.positions, draft: false };
      if (needsDraft(dataset))
        return { positions: await this.compute(index, 'draft'), draft: true };
    }
    try {
      return { positions: await this.compute(index, layout), draft: false };
    } catch (error) {
      if (layout === 'concentric' || isCancelledLayout(error)) throw error;
      console.error(`Memograph: the ${layout} layout failed; showing concentric.`, error);
      return { positions: await this.compute(index, 'concentric'), draft: false };
    }
  }

  /**
   * Computes the full force layout for the draft shown, and moves the actors there with `place`
   * when the force layout is the one shown. Resolves once they are; does nothing when no draft is
   * shown or a refinement is under way. `current` says whether the dataset the refinement began
   * with is still loaded.
   */
  async refine(current: () => boolean, place: () => Promise<void>): Promise<void> {
    const index = this.host.index;
    if (!index || !this.draftShown || this.refining) return;
    this.setRefining(true);
    this.setStatus('Refining layout…');
    try {
      const positions = await this.compute(index, 'force');
      if (!current() || index !== this.host.index) return;
      this.refined = { index, positions };
      if (this.host.layout === 'force') await place();
      if (!current()) return;
      this.setDraftShown(false);
      this.setStatus('Layout refined.', STATUS_MS);
    } catch (error) {
      if (isCancelledLayout(error)) return;
      console.error('Memograph: the layout could not be refined.', error);
      if (current()) this.setStatus('The layout could not be refined; the draft stays.');
    } finally {
      if (current()) this.setRefining(false);
    }
  }

  /** The status line: the draft note, the "Refine layout" button while a draft is shown. */
  render() {
    return html`<div class="layout-status" part="layout-status">
      ${
        this.draftShown
          ? html`<button
              type="button"
              aria-disabled=${this.refining ? 'true' : 'false'}
              aria-describedby="layout-note"
              @click=${this.onRefineClick}
            >
              Refine layout
            </button>`
          : nothing
      }
      <span id="layout-note" class="note" role="status" aria-live="polite"
        >${this.status || (this.draftShown ? 'Draft layout: actors are placed roughly.' : '')}</span
      >
    </div>`;
  }

  /**
   * Computes a layout job: in the worker above WORKER_LIMITS, on the main thread below them or
   * when workers are unavailable. Both give the same positions.
   */
  private async compute(
    index: DatasetIndex,
    job: LayoutJobKind,
  ): Promise<ReadonlyMap<string, Point>> {
    const dataset = index.dataset;
    // Layout code is not needed to paint stored positions, so it is fetched only now.
    const { LayoutWorkerClient } = await import('./layout-client.ts');
    if (aboveWorkerLimits(index) && LayoutWorkerClient.supported) {
      this.client ??= new LayoutWorkerClient();
      try {
        return (await this.client.run(dataset, job)).positions;
      } catch (error) {
        if (!(error instanceof LayoutWorkerError) || error.cancelled) throw error;
        console.warn(`Memograph: layout worker unavailable (${error.message}); laying out here.`);
      }
    }
    const { draftLayout, layoutPositions } = await import('../../layout/layout.ts');
    return job === 'draft' ? draftLayout(dataset) : layoutPositions(dataset, job);
  }

  private setDraftShown(shown: boolean): void {
    if (shown === this.draftShown) return;
    this.draftShown = shown;
    this.host.requestUpdate();
  }

  private setRefining(refining: boolean): void {
    if (refining === this.refining) return;
    this.refining = refining;
    this.host.requestUpdate();
  }

  private clearStatusTimer(): void {
    if (this.statusTimer) clearTimeout(this.statusTimer);
    this.statusTimer = null;
  }

  private setStatus(text: string, clearAfter = 0): void {
    this.clearStatusTimer();
    this.showStatus(text);
    if (clearAfter > 0) {
      this.statusTimer = setTimeout(() => {
        this.statusTimer = null;
        this.showStatus('');
      }, clearAfter);
    }
  }

  /** Like a Lit state property: the host updates only when the text changes. */
  private showStatus(text: string): void {
    if (text === this.status) return;
    this.status = text;
    this.host.requestUpdate();
  }
}
