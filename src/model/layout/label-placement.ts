/**
 * Where each actor's label goes: below its node if there is room, otherwise at one of seven
 * other places around it, and nowhere (hidden) when every place would cover another label or
 * another actor. Edges are avoided where they can be: of the free places, the one crossed by the
 * fewest relations wins. More important actors (the selection, then the most connected) choose
 * first, so a hidden label is always a minor one, and it comes back when the reader zooms in
 * (labels keep their size on screen, so zooming in makes room).
 *
 * Pure geometry in model coordinates, the graph's own: the caller measures the labels (the
 * browser knows its fonts; estimateLabelSize() stands in for it in Node) and applies the result
 * as classes. A uniform grid keeps the work near linear in actors and relations.
 */

import { LABEL_GAP, LABEL_PLACES, type LabelPlace } from './label-places.ts';

export { LABEL_GAP, LABEL_PLACES, type LabelPlace } from './label-places.ts';

export interface LabelledNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The node's drawn width and height (its bounding square). */
  readonly size: number;
  /** The label's box: its text with the halo and margin of error around it, `pad` each side. */
  readonly w: number;
  readonly h: number;
  /** How far the box reaches beyond the text on each side (Cytoscape: outline width + 2). */
  readonly pad?: number;
  /** Higher places first. */
  readonly priority: number;
}

/** A straight relation between two nodes, by id. */
export interface LabelEdge {
  readonly source: string;
  readonly target: string;
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelPlacement {
  /** Where each label goes; a node missing here has its label hidden. */
  readonly places: ReadonlyMap<string, LabelPlace>;
  /** The box each placed label takes. */
  readonly boxes: ReadonlyMap<string, Box>;
  /** Ids of the nodes whose labels are hidden, most important first. */
  readonly hidden: readonly string[];
}

/** The box a label takes at `place` around `node`, as the stylesheet draws it. */
export function labelBox(node: LabelledNode, place: LabelPlace): Box {
  // The text starts LABEL_GAP from the node's bounding square; its box reaches `pad` further.
  const half = node.size / 2 + LABEL_GAP - (node.pad ?? 0);
  const { w, h } = node;
  let cx = node.x;
  let cy = node.y;
  const vertical = place[0] === 'b' ? 1 : place[0] === 't' ? -1 : 0;
  const horizontal = place.endsWith('r') ? 1 : place.endsWith('l') ? -1 : 0;
  if (vertical !== 0) cy += vertical * (half + h / 2);
  if (horizontal !== 0) cx += horizontal * (half + w / 2);
  return { x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Whether the segment from (x1,y1) to (x2,y2) passes through the box (Liang–Barsky). */
export function segmentCrossesBox(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  box: Box,
): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, x1 - box.x1) &&
    clip(dx, box.x2 - x1) &&
    clip(-dy, y1 - box.y1) &&
    clip(dy, box.y2 - y1) &&
    t1 - t0 > 1e-9
  );
}

/** Buckets of item indices by grid cell; an item goes in every cell its box touches. */
class Grid {
  private readonly cells = new Map<number, number[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): number[] {
    const SPAN = 2 ** 20;
    const keys: number[] = [];
    const gx1 = Math.floor(b.x1 / this.cell);
    const gx2 = Math.floor(b.x2 / this.cell);
    const gy1 = Math.floor(b.y1 / this.cell);
    const gy2 = Math.floor(b.y2 / this.cell);
    for (let gx = gx1; gx <= gx2; gx++)
      for (let gy = gy1; gy <= gy2; gy++) keys.push((gx + SPAN / 2) * SPAN + (gy + SPAN / 2));
    return keys;
  }

  add(i: number, b: Box): void {
    for (const k of this.keys(b)) {
      const bucket = this.cells.get(k);
      if (bucket) bucket.push(i);
      else this.cells.set(k, [i]);
    }
  }

  /** Every item in a cell the box touches, once each. */
  near(b: Box): Set<number> {
    const found = new Set<number>();
    for (const k of this.keys(b)) for (const i of this.cells.get(k) ?? []) found.add(i);
    return found;
  }
}

/**
 * Places every label it can, most important first. Near linear: each label looks only at the
 * labels, nodes and edges in the grid cells its candidate boxes touch. An edge with an end
 * missing from `nodes` is left out.
 */
export function placeLabels(
  nodes: readonly LabelledNode[],
  edges: readonly LabelEdge[],
  /** Where labels may go (the view, when it has just been fitted); anywhere when left out. */
  within?: Box,
): LabelPlacement {
  const places = new Map<string, LabelPlace>();
  const boxes = new Map<string, Box>();
  const hidden: string[] = [];
  if (nodes.length === 0) return { places, boxes, hidden };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let cell = 0;
  for (const n of nodes) cell = Math.max(cell, n.w, n.h, n.size);
  cell = Math.max(cell, 1);

  const nodeGrid = new Grid(cell);
  const nodeBoxes: Box[] = nodes.map((n) => ({
    x1: n.x - n.size / 2,
    y1: n.y - n.size / 2,
    x2: n.x + n.size / 2,
    y2: n.y + n.size / 2,
  }));
  nodeBoxes.forEach((b, i) => nodeGrid.add(i, b));

  const segments: [number, number, number, number][] = [];
  const edgeGrid = new Grid(cell);
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t || s === t) continue;
    const i = segments.push([s.x, s.y, t.x, t.y]) - 1;
    edgeGrid.add(i, {
      x1: Math.min(s.x, t.x),
      y1: Math.min(s.y, t.y),
      x2: Math.max(s.x, t.x),
      y2: Math.max(s.y, t.y),
    });
  }

  const labelGrid = new Grid(cell);
  const placed: Box[] = [];
  const order = nodes
    .map((_, i) => i)
    .sort((a, b) => nodes[b]!.priority - nodes[a]!.priority || a - b);
  for (const i of order) {
    const node = nodes[i]!;
    let best: { place: LabelPlace; box: Box; crossings: number } | null = null;
    for (const place of LABEL_PLACES) {
      const box = labelBox(node, place);
      let free =
        !within ||
        (box.x1 >= within.x1 && box.y1 >= within.y1 && box.x2 <= within.x2 && box.y2 <= within.y2);
      for (const j of free ? labelGrid.near(box) : []) if (overlaps(box, placed[j]!)) free = false;
      for (const j of free ? nodeGrid.near(box) : [])
        if (j !== i && overlaps(box, nodeBoxes[j]!)) free = false;
      if (!free) continue;
      let crossings = 0;
      for (const k of edgeGrid.near(box)) {
        const [x1, y1, x2, y2] = segments[k]!;
        if (segmentCrossesBox(x1, y1, x2, y2, box)) crossings++;
      }
      if (!best || crossings < best.crossings) best = { place, box, crossings };
      if (crossings === 0) break;
    }
    if (!best) {
      hidden.push(node.id);
      continue;
    }
    places.set(node.id, best.place);
    boxes.set(node.id, best.box);
    labelGrid.add(placed.push(best.box) - 1, best.box);
  }
  return { places, boxes, hidden };
}

/**
 * A label's box without a browser: the average advance of a sans-serif face (0.58 em), lines
 * broken at spaces to `maxWidth`, 1.25 em per line, plus `pad` each side. Generous on purpose:
 * a layout checked against it leaves room for the real font.
 */
export function estimateLabelSize(
  text: string,
  fontSize: number,
  maxWidth: number,
  pad = 4.5,
): { w: number; h: number } {
  const advance = 0.58 * fontSize;
  let lines = 0;
  let widest = 0;
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = word.length * advance;
    const next = line === 0 ? wordWidth : line + advance + wordWidth;
    if (line > 0 && next > maxWidth) {
      widest = Math.max(widest, line);
      lines++;
      line = wordWidth;
    } else line = next;
  }
  if (line > 0) {
    widest = Math.max(widest, line);
    lines++;
  }
  return { w: widest + 2 * pad, h: Math.max(1, lines) * 1.25 * fontSize + 2 * pad };
}
