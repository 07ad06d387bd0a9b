import type cytoscape from 'cytoscape';
import type { GraphZoom } from '../../model/explorer/presentation.ts';
import { viewportChangeEvent } from '../events.ts';

/** How long the view must rest before where it looks is reported, in ms. */
const SETTLE_MS = 300;

/** Where the view looks: the zoom level and the layout point at the centre of the view. */
export function graphZoomOf(cy: cytoscape.Core): GraphZoom {
  const level = cy.zoom();
  const pan = cy.pan();
  return {
    level,
    x: (cy.width() / 2 - pan.x) / level,
    y: (cy.height() / 2 - pan.y) / level,
  };
}

/** Looks where `zoom` says, within the zoom levels the graph allows. */
export function showGraphZoom(cy: cytoscape.Core, zoom: GraphZoom): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom.level));
  cy.viewport({
    zoom: level,
    pan: { x: cy.width() / 2 - level * zoom.x, y: cy.height() / 2 - level * zoom.y },
  });
}

/**
 * Reports, once the view rests, where the reader has moved it: by wheel, pinch or drag, or by
 * the element's keys and buttons (which call `touched`). Fitting for a new dataset, a layout
 * change or a selection moves the view too, but is not the reader's, so it is not reported.
 */
export class ViewportReport {
  private moved = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: HTMLElement) {}

  bind(cy: cytoscape.Core): void {
    cy.on('scrollzoom pinchzoom dragpan', () => (this.moved = true));
    cy.on('viewport', () => {
      if (!this.moved) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.moved = false;
        if (!cy.destroyed()) {
          this.host.dispatchEvent(viewportChangeEvent({ zoom: graphZoomOf(cy) }));
        }
      }, SETTLE_MS);
    });
  }

  /** The reader used a key or a button that may move the view. */
  touched(): void {
    this.moved = true;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
