import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What the views beside the graph (the table, the timeline, the filter panel and its sentence)
 * show, one frame behind the graph in a large dataset.
 *
 * Toggling a relation type over 25,000 relations means sorting the table's rows again, binning
 * the timeline and counting every filter choice: together longer than the graph's own redraw.
 * The reader's eyes are on the graph, so it is drawn first, in the frame after the click; the
 * other views take the new view in the task after that frame. A small dataset updates them all
 * at once, as there is nothing to gain. Each view always shows one consistent state, never half
 * of one, and the lag is one frame and their own update.
 */
export class LaggingViewController<T> implements ReactiveController {
  private shown: T | null = null;
  private latest: T | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

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

  /**
   * The view changed to `next`: shown beside the graph at once, or (`lag`) in the task after
   * the next frame, when the host renders again.
   */
  follow(next: T, lag: boolean): void {
    this.latest = next;
    if (!lag || this.shown === null) {
      this.cancel();
      this.shown = next;
      return;
    }
    if (this.frame !== 0 || this.timer !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.timer = setTimeout(() => {
        this.timer = null;
        if (this.shown === this.latest) return;
        this.shown = this.latest;
        this.host.requestUpdate();
      }, 0);
    });
  }

  private cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
