import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long to wait for a graph that never reports before showing the rest anyway. */
const GRAPH_PATIENCE = 2000;

/**
 * The graph paints first; the table, the panel and the memo follow once it has. Rendered in the
 * same task they made every forced layout of the graph's setup lay out the whole page. Marks the
 * element `data-graph-ready` once the graph is painted, for scripts, tests and the benchmark.
 * The rest also waits for `elements`, the chunk that defines it, so that it appears whole.
 */
export class GraphFirstController implements ReactiveController {
  /** Whether the parts after the graph render. */
  rest = false;
  /** Whether the memo reader renders: with the rest, or (`staged`) in a task of its own after. */
  reader = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readerTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `staged` says whether the reader waits for a task of its own after the table and panel: for a
   * large dataset, so that neither long task holds the page for the other's time as well.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly elements: Promise<unknown> = Promise.resolve(),
    private readonly staged: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** A new dataset: the rest waits for its graph. */
  awaitGraph(): void {
    this.rest = false;
    this.reader = false;
    this.host.requestUpdate();
    this.clear();
    // Should the graph never report (it failed to draw), the rest still appears.
    this.timer = setTimeout(() => this.showRest(), GRAPH_PATIENCE);
  }

  /** The graph has painted. */
  graphReady(): void {
    this.clear();
    // The ready event comes in the frame that draws the graph; the rest renders in a task after
    // it, so that frame is painted without waiting for the table's and the memo's layout.
    setTimeout(() => this.showRest(), 0);
    this.host.setAttribute('data-graph-ready', '');
  }

  private showRest(): void {
    void this.elements.then(() => {
      if (this.rest) return;
      this.rest = true;
      this.reader = !this.staged();
      this.host.requestUpdate();
      if (this.reader) return;
      this.readerTimer = setTimeout(() => {
        this.readerTimer = null;
        if (!this.rest || this.reader) return;
        this.reader = true;
        this.host.requestUpdate();
      }, 0);
    });
  }

  private clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.readerTimer !== null) clearTimeout(this.readerTimer);
    this.readerTimer = null;
  }
}
