import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A view that follows the explorer's one frame behind, in a large dataset: what the views beside
 * the graph (the table, the timeline, the filter panel and its sentence) show after a filter,
 * and what the graph shows after a selection.
 *
 * Toggling a relation type over 25,000 relations means sorting the table's rows again, binning
 * the timeline and counting every filter choice: together longer than the graph's own redraw.
 * The reader's eyes are on the graph, so it is drawn first, in the frame after the click; the
 * other views take the new view in the task after that frame. A small dataset updates them all
 * at once, as there is nothing to gain. Each view always shows one consistent state, never half
 * of one, and the lag is one frame and their own update.
 */
/*
 * A selection is the other way round: the evidence panel is what the reader waits for, so the
 * graph takes the new selection (and the overview's lines that come with it) one frame later.
 */
export class LaggingViewController<T> implements ReactiveController {
  private shown: T | null = null;
  /** The view still to show after the next frame, or null when none is waiting. */
  private latest: T | (() => T) | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waiting: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** What the views beside the graph show now. */
  get value(): T | null {
    return this.shown;
  }

  /** Resolves once the latest view is shown and the host has rendered it. */
  get settled(): Promise<void> {
    if (this.latest === null) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * The view changed to `next`: shown at once, or (`lag`) in the task after the next frame,
   * when the host renders again. `next` may be a function that makes the view: with a lag it
   * runs then, so that its work, too, waits until after that frame.
   */
  follow(next: T | (() => T), lag: boolean): void {
    if (!lag || this.shown === null) {
      this.cancel();
      this.latest = null;
      this.shown = made(next);
      this.release();
      return;
    }
    this.latest = next;
    if (this.frame !== 0 || this.timer !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.timer = setTimeout(() => {
        this.timer = null;
        const latest = this.latest;
        if (latest === null) return;
        this.latest = null;
        this.shown = made(latest);
        this.host.requestUpdate();
        this.release();
      }, 0);
    });
  }

  /** Those waiting for the latest view hear once the host has rendered it. */
  private release(): void {
    const waiting = this.waiting.splice(0);
    if (waiting.length === 0) return;
    void this.host.updateComplete.then(() => waiting.forEach((resolve) => resolve()));
  }

  private cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

function made<T>(view: T | (() => T)): T {
  return typeof view === 'function' ? (view as () => T)() : view;
}
