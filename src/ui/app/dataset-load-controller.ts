import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic } from '../../model/contract/types.ts';
import { indexDataset, type DatasetIndex } from '../../model/dataset/query.ts';
import { datasetErrorEvent, datasetLoadedEvent } from '../events.ts';
import { loadDataset, nextTask, type LoadOutcome, type LoadProblem } from '../load-dataset.ts';
import { whenIdle } from './lazy-elements.ts';
import type { FetchLimits, FetchOptions, Progress } from './fetch-limits.ts';

/** A dataset ready to show. */
export interface LoadedDataset {
  readonly url: string;
  readonly index: DatasetIndex;
  readonly warnings: readonly Diagnostic[];
}

export type DatasetLoader = (
  address: string,
  pageUrl: string,
  options: FetchOptions,
) => Promise<LoadOutcome>;

/** Above this many relations, parsing, indexing and showing are worth separate tasks. */
const LARGE_DATASET = 5000;

/** Progress is shown at most this often, so a fast download does not re-render per chunk. */
const PROGRESS_INTERVAL_MS = 200;

/**
 * Loads datasets for an element. A newer load supersedes (and aborts) an older one still on its
 * way; a failed or cancelled load reports its problem and leaves whatever was open on screen.
 * The element hears of a dataset to show through `show`, and the page through
 * `mg-dataset-loaded` and `mg-dataset-error` (also sent for a cancelled load) dispatched on the
 * element.
 */
export class DatasetLoadController implements ReactiveController {
  /** True from the start of a load until its outcome is known. */
  loading = true;
  /** Why the latest load failed, or null. */
  problem: LoadProblem | null = null;
  /** The address of the dataset shown; a failed load leaves it, as it leaves the dataset. */
  url = '';
  /** How much of the load under way has arrived, once the server has answered. */
  progress: Progress | null = null;
  private latest = 0;
  private abort: AbortController | null = null;
  private shownAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly show: (loaded: LoadedDataset) => void,
    private readonly loader: DatasetLoader = loadDataset,
    private readonly limits: () => Partial<FetchLimits> = () => ({}),
    /** Takes a dataset off the screen: its late check found it invalid. */
    private readonly withdraw: () => void = () => undefined,
    /** Shows the warnings a late check found. */
    private readonly warn: (warnings: readonly Diagnostic[]) => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** A load outlives a move of the element in the document: nothing to do on connecting. */
  hostConnected(): void {}

  /** Stops the load under way; whatever was open stays open. */
  cancel(): void {
    this.abort?.abort();
  }

  private onProgress(token: number, progress: Progress): void {
    if (token !== this.latest) return;
    const first = this.progress === null;
    this.progress = progress;
    const now = performance.now();
    if (first || now - this.shownAt >= PROGRESS_INTERVAL_MS) {
      this.shownAt = now;
      this.host.requestUpdate();
    }
  }

  async load(address: string): Promise<void> {
    const token = ++this.latest;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.progress = null;
    this.host.requestUpdate();
    const outcome = await this.loader(address, document.baseURI, {
      signal: abort.signal,
      onProgress: (progress) => this.onProgress(token, progress),
      limits: this.limits(),
    });
    if (token !== this.latest) return;
    this.abort = null;
    this.progress = null;
    this.loading = false;
    this.host.requestUpdate();
    if (!outcome.ok) {
      this.fail(outcome.url, outcome.problem);
      return;
    }
    this.problem = null;
    // A large dataset's indexing is a task of its own, so the page keeps painting.
    const large = outcome.dataset.relations.length > LARGE_DATASET;
    await nextTask(large);
    let shown: Extract<LoadOutcome, { ok: true }> = outcome;
    let index: DatasetIndex;
    try {
      index = indexDataset(outcome.dataset);
    } catch (error) {
      // Only a dataset not yet checked can break the index: its check says what is wrong.
      if (!outcome.check) throw error;
      const full = await outcome.check();
      if (token !== this.latest) return;
      if (!full.ok) return this.fail(full.url, full.problem);
      shown = full;
      index = indexDataset(full.dataset);
    }
    await nextTask(large);
    if (token !== this.latest) return;
    this.url = shown.url;
    this.show({ url: shown.url, index, warnings: shown.warnings });
    this.host.dispatchEvent(
      datasetLoadedEvent({
        url: shown.url,
        actors: shown.dataset.actors.length,
        relations: shown.dataset.relations.length,
      }),
    );
    const check = shown.check;
    if (check) whenIdle(() => void this.checkShown(token, check));
  }

  /**
   * Checks a dataset shown before its check (one the build checked and wrote into the page),
   * once the page is idle after showing it. Should it fail after all, it is withdrawn and the
   * problem shown, as if it had failed before showing; its warnings are shown as any are.
   */
  private async checkShown(token: number, check: () => Promise<LoadOutcome>): Promise<void> {
    const outcome = await check();
    if (token !== this.latest) return;
    if (!outcome.ok) {
      this.withdraw();
      this.fail(outcome.url, outcome.problem);
      this.host.requestUpdate();
    } else if (outcome.warnings.length > 0) this.warn(outcome.warnings);
  }

  private fail(url: string, problem: LoadProblem): void {
    this.problem = problem;
    this.host.dispatchEvent(datasetErrorEvent({ url, problem }));
  }
}
