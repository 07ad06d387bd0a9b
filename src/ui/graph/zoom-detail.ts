import type cytoscape from 'cytoscape';
import { LARGE_TIER_DETAIL_ZOOM, labelSizeForZoom, type SizeTier } from '../graph-style.ts';

/**
 * From this zoom level on, parallel relations are drawn one by one rather than bundled
 * (src/model/explorer/parallel-bundles.ts): there is room for their fan.
 */
export const PARALLEL_DETAIL_ZOOM = 1;

/**
 * What the drawing takes from the zoom level: in the detailed tier the actor label size (larger
 * when zoomed out, so labels stay legible); in the large tier the `near` class on every element,
 * which brings back arrows and labels when zoomed in. Each restyles only when it changes.
 */
export class ZoomDetail {
  /** Whether a large graph is zoomed in to LARGE_TIER_DETAIL_ZOOM or more. */
  near = false;
  /** Actor label size in model px, following the zoom in the detailed tier. */
  labelSize = labelSizeForZoom(1);
  /** Whether the view is zoomed in to PARALLEL_DETAIL_ZOOM or more. */
  parallelsApart = false;

  /** A new dataset: its elements are created without the `near` class. */
  reset(): void {
    this.near = false;
    this.parallelsApart = false;
  }

  /**
   * Follows the zoom for parallel relations; `rebundle` redraws them after the zoom crossed
   * PARALLEL_DETAIL_ZOOM.
   */
  updateParallels(cy: cytoscape.Core, rebundle: () => void): void {
    const apart = cy.zoom() >= PARALLEL_DETAIL_ZOOM;
    if (apart === this.parallelsApart) return;
    this.parallelsApart = apart;
    rebundle();
  }

  /** Follows the zoom level; `restyle` rebuilds the stylesheet after the label size changed. */
  update(cy: cytoscape.Core, tier: SizeTier, restyle: () => void): void {
    this.updateNear(cy, tier);
    if (tier === 'detailed') this.updateLabelSize(cy, restyle);
  }

  /** Large tier: puts the `near` class on every element, or takes it off, as the zoom asks. */
  updateNear(cy: cytoscape.Core, tier: SizeTier): void {
    if (tier !== 'large') return;
    const near = cy.zoom() >= LARGE_TIER_DETAIL_ZOOM;
    if (near === this.near) return;
    this.near = near;
    cy.batch(() => {
      if (near) cy.elements().addClass('near');
      else cy.elements().removeClass('near');
    });
  }

  private updateLabelSize(cy: cytoscape.Core, restyle: () => void): void {
    const size = labelSizeForZoom(cy.zoom());
    if (size === this.labelSize) return;
    this.labelSize = size;
    restyle();
  }
}
