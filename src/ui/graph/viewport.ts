import type cytoscape from 'cytoscape';
import type { Point } from '../../model/layout/layout-input.ts';

/** Padding around the graph when the view is fitted, in px. */
const FIT_PADDING = 32;
/** Room kept clear for the zoom buttons on the right, in px. */
const CONTROLS_WIDTH = 40;
/** Fitting never zooms in further than this: five actors should not fill a wall screen. */
const MAX_FIT_ZOOM = 1.5;
/** Keyboard and button zoom factor. */
export const ZOOM_STEP = 1.25;
/** Layout switches and focusing animate this long, unless the reader asked for reduced motion. */
export const VIEW_ANIMATION_MS = 350;
export type Box = cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH;
export interface Viewport {
  readonly zoom: number;
  readonly pan: cytoscape.Position;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The zoom and pan that fit a model-space box into the view: padded, keeping clear of the zoom
 * buttons on the right, and never zoomed in beyond MAX_FIT_ZOOM.
 */
export function viewportFor(
  cy: cytoscape.Core,
  bb: Box,
  margin: { readonly x: number; readonly y: number } = { x: 0, y: 0 },
): Viewport {
  const left = FIT_PADDING + margin.x;
  const right = FIT_PADDING + CONTROLS_WIDTH + margin.x;
  const top = FIT_PADDING + margin.y;
  const w = Math.max(1, cy.width() - left - right);
  const h = Math.max(1, cy.height() - 2 * top);
  const fitZoom = Math.min(w / Math.max(1, bb.w), h / Math.max(1, bb.h));
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, cy.maxZoom(), fitZoom));
  return {
    zoom,
    pan: {
      x: left + w / 2 - (zoom * (bb.x1 + bb.x2)) / 2,
      y: top + h / 2 - (zoom * (bb.y1 + bb.y2)) / 2,
    },
  };
}

/**
 * The bounding box the nodes (with their labels) will have at the given positions: each node's
 * current box, moved. (Cytoscape's boundingBoxAt leaves the nodes at the new positions, which
 * would defeat the animation.)
 */
export function boundsAt(
  nodes: cytoscape.NodeCollection,
  at: (node: cytoscape.NodeSingular) => Point,
): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const box = node.boundingBox();
    const from = node.position();
    const to = at(node);
    x1 = Math.min(x1, box.x1 + to.x - from.x);
    y1 = Math.min(y1, box.y1 + to.y - from.y);
    x2 = Math.max(x2, box.x2 + to.x - from.x);
    y2 = Math.max(y2, box.y2 + to.y - from.y);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** Fits the nodes (with their labels) into the view; does nothing for none. */
export function fitNodes(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): void {
  if (nodes.empty()) return;
  cy.viewport(viewportFor(cy, nodes.boundingBox()));
}

/**
 * Room kept around the actors for their labels when fitting, in screen px: labels keep their
 * size on screen whatever the zoom, so their room does not scale with the graph (a label box
 * that did would chase the zoom it sets).
 */
export const LABEL_ROOM = { x: 72, y: 34 } as const;

/** Fits the nodes' bodies, with LABEL_ROOM around them, into the view. */
export function fitWithLabelRoom(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): void {
  if (nodes.empty()) return;
  const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  // A narrow view keeps less: its labels are placed inside it anyway (or hidden).
  const margin = {
    x: Math.min(LABEL_ROOM.x, cy.width() * 0.06),
    y: Math.min(LABEL_ROOM.y, cy.height() * 0.05),
  };
  cy.viewport(viewportFor(cy, bb, margin));
}

/** Zooms by `factor` about the middle of the view, within the zoom limits. */
export function zoomBy(cy: cytoscape.Core, factor: number): void {
  cy.zoom({
    level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

/**
 * Fits an actor and its drawn neighbourhood (its displayed relations and the actors at their
 * other ends) into the view, so that the relations the reader asked to see are all on screen;
 * animated unless the reader asked for reduced motion.
 */
export function fitNeighbourhood(cy: cytoscape.Core, node: cytoscape.NodeSingular): void {
  const edges = node.connectedEdges().filter((e) => e.visible());
  const around = node.union(edges).union(edges.connectedNodes());
  const target = viewportFor(cy, around.boundingBox());
  cy.stop(true, true);
  if (prefersReducedMotion()) cy.viewport(target);
  else cy.animate(target, { duration: VIEW_ANIMATION_MS, easing: 'ease-in-out-cubic' });
}
