import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** The smallest and largest share of the side column the panel may take, in percent. */
export const SPLIT_MIN = 15;
export const SPLIT_MAX = 90;
const STEP = 5;

/**
 * The split of the side column between the panel (evidence, actor, paragraph) and the memo
 * reader. Until the user moves the separator the panel takes what its content needs, up to the
 * column less a strip of the reader; then it keeps the share the user chose. The separator is a
 * WAI-ARIA window splitter: focusable, arrow keys move it, Home and End go to the ends, Enter
 * gives the panel back its own height; it can be dragged with a mouse, a pen or a finger.
 */
export class SideSplitController implements ReactiveController {
  /** The panel's share of the column in percent, or null while it is sized by its content. */
  share: number | null = null;
  /** The share measured while the panel is sized by its content, for `aria-valuenow`. */
  private measured = 50;
  private observer: ResizeObserver | null = null;
  private observed: { side: HTMLElement; panel: HTMLElement } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: () => { side: HTMLElement | null; panel: HTMLElement | null },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { side, panel } = this.parts();
    if (!side || !panel) return;
    if (this.observed?.side === side && this.observed.panel === panel) return;
    this.observer?.disconnect();
    this.observer = new ResizeObserver(() => this.measure());
    this.observer.observe(side);
    this.observer.observe(panel);
    this.observed = { side, panel };
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = null;
  }

  private measure(): void {
    const { side, panel } = this.parts();
    if (!side || !panel || side.clientHeight === 0) return;
    const now = Math.round((panel.offsetHeight / side.clientHeight) * 100);
    if (now !== this.measured) {
      this.measured = now;
      this.host.requestUpdate();
    }
  }

  /**
   * The panel's chosen share as `--mg-panel-share`, for the stylesheet to apply where the column
   * is split (not where the panel is a sheet); nothing while it follows its content.
   */
  panelStyle() {
    return styleMap(this.share === null ? {} : { '--mg-panel-share': `${this.share}%` });
  }

  private set(share: number | null): void {
    this.share = share === null ? null : Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, share));
    this.host.requestUpdate();
  }

  private onKeydown = (e: KeyboardEvent): void => {
    const now = this.share ?? this.measured;
    const next: Partial<Record<string, number | null>> = {
      ArrowUp: now - STEP,
      ArrowLeft: now - STEP,
      ArrowDown: now + STEP,
      ArrowRight: now + STEP,
      PageUp: now - 4 * STEP,
      PageDown: now + 4 * STEP,
      Home: SPLIT_MIN,
      End: SPLIT_MAX,
      Enter: null,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    this.set(next[e.key] ?? null);
  };

  private onPointerDown = (e: PointerEvent): void => {
    const side = this.parts().side;
    if (!side || e.button !== 0) return;
    const bar = e.currentTarget as HTMLElement;
    bar.setPointerCapture(e.pointerId);
    e.preventDefault();
    const move = (m: PointerEvent): void => {
      const box = side.getBoundingClientRect();
      if (box.height > 0) this.set(((m.clientY - box.top) / box.height) * 100);
    };
    const end = (): void => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', end);
      bar.removeEventListener('pointercancel', end);
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', end);
    bar.addEventListener('pointercancel', end);
  };

  /** The separator between the panel (`panelId`) and the reader. */
  render(panelId: string) {
    const now = this.share ?? this.measured;
    return html`<div
      class="splitter"
      role="separator"
      tabindex="0"
      aria-orientation="horizontal"
      aria-controls=${panelId}
      aria-label="Resize the panel and the memo (arrow keys; Enter fits the panel to its content)"
      aria-valuemin=${SPLIT_MIN}
      aria-valuemax=${SPLIT_MAX}
      aria-valuenow=${Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, now))}
      aria-valuetext=${`panel ${now}% of the column${this.share === null ? ', fitted to its content' : ''}`}
      @keydown=${this.onKeydown}
      @pointerdown=${this.onPointerDown}
      @dblclick=${() => this.set(null)}
    ></div>`;
  }
}
