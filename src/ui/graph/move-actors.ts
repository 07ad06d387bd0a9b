import type cytoscape from 'cytoscape';
import type { Point } from '../../model/layout/layout-input.ts';
import { drawnActors, type SyncState } from './element-sync.ts';
import {
  boundsAt,
  prefersReducedMotion,
  VIEW_ANIMATION_MS,
  viewportFor,
  type Viewport,
} from './viewport.ts';

/**
 * Above this many drawn elements the canvas renderer does not animate layout changes: each
 * frame would be a full repaint of all of them.
 */
const ANIMATION_LIMIT = 6000;

export interface MoveOptions {
  /** Animate, unless the reader prefers reduced motion or there is too much to draw. */
  readonly animate: boolean;
  /** Whether Cytoscape draws with WebGL, which animates any size smoothly. */
  readonly webgl: boolean;
}

/**
 * Moves every actor to `positions` and fits the view to the drawn ones, resolving once they are
 * there. Actors without a position stay where they are. In a display graph the hidden actors
 * move at once (nobody sees them, and they must be in place when shown); a scoped graph's
 * hidden actors have no element, and are placed from the layout when created.
 */
export function moveActors(
  cy: cytoscape.Core,
  sync: SyncState,
  positions: ReadonlyMap<string, Point>,
  { animate, webgl }: MoveOptions,
): Promise<void> {
  const at = (node: cytoscape.NodeSingular): Point => positions.get(node.id()) ?? node.position();
  const visible = drawnActors(cy, sync);
  if (!sync.scoped) {
    cy.batch(() => {
      cy.nodes()
        .filter((n) => !sync.shownActors.has(n.id()))
        .forEach((n) => {
          n.position({ ...at(n) });
        });
    });
  }
  cy.stop(true, true);
  cy.nodes().stop(true, true);
  const smooth = webgl || visible.length + cy.edges().length <= ANIMATION_LIMIT;
  const motion = animate && smooth && !prefersReducedMotion();
  return new Promise<void>((resolve) => {
    const viewport: Viewport =
      visible.length > 0
        ? viewportFor(cy, boundsAt(visible, at))
        : { zoom: cy.zoom(), pan: cy.pan() };
    const layout = visible.layout({
      name: 'preset',
      positions: (n: cytoscape.NodeSingular) => ({ ...at(n) }),
      fit: false,
      ...viewport,
      animate: motion,
      animationDuration: VIEW_ANIMATION_MS,
      animationEasing: 'ease-in-out-cubic',
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
