import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseHex, readableEdgeColor } from '../graph-style.ts';

/**
 * Follows the canvas background (--mg-bg) the host sits on, read again whenever the colour
 * scheme changes, so that colours can be drawn as the graph draws them on it.
 */
export class CanvasBackgroundController implements ReactiveController {
  /** The background as the host's style resolves it; empty until connected. */
  value = '';

  private schemeQuery: MediaQueryList | null = null;
  private readonly onSchemeChange = (): void => this.read();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schemeQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.schemeQuery.addEventListener('change', this.onSchemeChange);
    this.read();
  }

  hostDisconnected(): void {
    this.schemeQuery?.removeEventListener('change', this.onSchemeChange);
    this.schemeQuery = null;
  }

  /** An edge colour as the graph draws it: nudged, where needed, to keep 3:1 contrast here. */
  edgeColor(color: string): string {
    return parseHex(this.value) ? readableEdgeColor(color, this.value) : color;
  }

  private read(): void {
    const value = getComputedStyle(this.host).getPropertyValue('--mg-bg').trim();
    if (value === this.value) return;
    this.value = value;
    this.host.requestUpdate();
  }
}
