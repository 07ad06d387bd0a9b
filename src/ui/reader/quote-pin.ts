import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the highlighted quote in view while the reader's box or its text settles: on a
 * permalink or a reload the reader is scrolled before the panel above it has its content, and
 * the panel's growth would push the quote back out of sight. Once the user scrolls the reader
 * themselves (wheel, touch, keys, the scroll bar), the quote is theirs to leave.
 */
export class QuotePinController implements ReactiveController {
  private pinned = false;
  private observer: ResizeObserver | null = null;
  private watched: HTMLElement | null = null;

  constructor(
    host: ReactiveControllerHost,
    /** The reader's scroll container and the text inside it, once rendered. */
    private readonly boxes: () => { scroller: HTMLElement | null; text: HTMLElement | null },
    private readonly reveal: () => void,
  ) {
    host.addController(this);
  }

  /** The quote was just revealed: keep it in view until the user scrolls. */
  pin(): void {
    this.pinned = true;
  }

  private readonly release = (): void => {
    this.pinned = false;
  };

  hostUpdated(): void {
    const { scroller, text } = this.boxes();
    if (!scroller) return;
    if (scroller !== this.watched) {
      this.observer?.disconnect();
      this.watched?.removeEventListener('wheel', this.release);
      this.watched?.removeEventListener('touchstart', this.release);
      this.watched?.removeEventListener('keydown', this.release);
      this.watched?.removeEventListener('pointerdown', this.release);
      this.observer = new ResizeObserver(() => {
        if (this.pinned) this.reveal();
      });
      this.observer.observe(scroller);
      for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) {
        scroller.addEventListener(type, this.release, { passive: true });
      }
      this.watched = scroller;
    }
    if (text) this.observer?.observe(text);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.watched = null;
  }
}
