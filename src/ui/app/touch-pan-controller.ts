import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MgGraph } from '../mg-graph.ts';

/** How far a finger moves, in CSS px, before its touch is a swipe and no longer a tap. */
const TAP_SLOP = 10;

/**
 * On a touch screen one finger scrolls the page, even over the graph, and two fingers move and
 * zoom the graph, as maps embedded in pages do: otherwise a phone user swiping down the page
 * would pan the graph instead and be stuck on it. A tap still selects. Mouse and pen dragging
 * pan as before. The graph has `touch-action: none`, so that the browser leaves every gesture
 * on it to this controller and to the graph.
 */
export class TouchPanController implements ReactiveController {
  /** Where a one-finger touch on the graph began, and whether it has become a swipe. */
  private swipe: { x: number; y: number; lastY: number; moved: boolean } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly graph: () => MgGraph | undefined,
  ) {
    host.addController(this);
  }

  private onGraph(e: TouchEvent): MgGraph | null {
    const graph = this.graph();
    return graph?.cy && e.composedPath().includes(graph) ? graph : null;
  }

  private readonly onStart = (e: TouchEvent): void => {
    const graph = this.onGraph(e);
    if (!graph) return;
    // The count of fingers down decides: one scrolls the page, two or more move the graph.
    graph.cy?.userPanningEnabled(e.touches.length >= 2);
    const t = e.touches[0];
    this.swipe =
      e.touches.length === 1 && t
        ? { x: t.clientX, y: t.clientY, lastY: t.clientY, moved: false }
        : null;
  };

  /**
   * A one-finger move scrolls the page by as much as the finger moved; the graph does not see
   * it (it would pan, or cancel the move when it starts on an actor or a relation).
   */
  private readonly onMove = (e: TouchEvent): void => {
    const swipe = this.swipe;
    const t = e.touches[0];
    if (!swipe || e.touches.length !== 1 || !t || !this.onGraph(e)) return;
    e.stopPropagation();
    if (Math.hypot(t.clientX - swipe.x, t.clientY - swipe.y) > TAP_SLOP) swipe.moved = true;
    if (!swipe.moved) return;
    (document.scrollingElement ?? document.documentElement).scrollBy(0, swipe.lastY - t.clientY);
    swipe.lastY = t.clientY;
  };

  /** A swipe that ends is no tap: the graph is told the touch was cancelled instead. */
  private readonly onEnd = (e: TouchEvent): void => {
    const graph = this.onGraph(e);
    if (!graph) return;
    if (e.touches.length === 0) graph.cy?.userPanningEnabled(true);
    if (this.swipe?.moved && e.type === 'touchend') {
      e.stopPropagation();
      window.dispatchEvent(new Event('touchcancel'));
    }
    if (e.touches.length === 0) this.swipe = null;
  };

  hostConnected(): void {
    const options = { capture: true, passive: true };
    this.host.addEventListener('touchstart', this.onStart, options);
    this.host.addEventListener('touchmove', this.onMove, options);
    this.host.addEventListener('touchend', this.onEnd, options);
    this.host.addEventListener('touchcancel', this.onEnd, options);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('touchstart', this.onStart, { capture: true });
    this.host.removeEventListener('touchmove', this.onMove, { capture: true });
    this.host.removeEventListener('touchend', this.onEnd, { capture: true });
    this.host.removeEventListener('touchcancel', this.onEnd, { capture: true });
  }
}
