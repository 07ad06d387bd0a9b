import {
  estimateLabelSize,
  placeLabels,
  segmentCrossesBox,
  type Box,
  type LabelEdge,
  type LabelledNode,
} from './label-placement.ts';

/**
 * Tunes a small graph's positions so that, drawn with its labels, no relation crosses a label
 * and every label has a place (label-placement.ts decides where each goes). A force layout sees
 * actors as points; an analyst sees names, and a relation drawn through "Alberto Fujimori" makes
 * both unreadable. So, round by round: a label crossed by another pair's relation moves its
 * actor off that line; a label crossed by one of its own actor's relations turns the actor at the
 * other end aside; an actor whose label has no room moves away from its nearest neighbour.
 * Deterministic (no randomness, a fixed order), and it stops as soon as nothing is left to fix.
 *
 * Labels are estimated (estimateLabelSize) at `fontSize` model px, the size the explorer draws
 * them at its usual fit: the explorer keeps labels at a fixed size on screen, so this is the
 * size that matters at the overview.
 */

/** Node diameter in model px as the explorer draws a memo-sized graph: grows with √degree. */
export function detailedNodeSize(degree: number): number {
  return Math.round(Math.min(64, 22 + 7 * Math.sqrt(Math.max(0, degree))));
}

export interface ClearanceInput {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly degree: number;
}

export interface ClearanceOptions {
  /**
   * Label size in model px; or, given `view`, the label size on screen (CSS px), and the model
   * size follows the zoom at which the graph would fit the view, round by round.
   */
  readonly fontSize: number;
  /** The view the graph is fitted to, in CSS px: labels keep their size on screen. */
  readonly view?: { readonly w: number; readonly h: number };
  /** Room kept around every label box, in model px, for fonts wider than the estimate. */
  readonly margin?: number;
  readonly rounds?: number;
  /** Closest two actors may end up, in model px; pairs closer count as a problem to fix too. */
  readonly minSeparation?: number;
}

export interface ClearanceResult {
  readonly positions: Map<string, { x: number; y: number }>;
  /** What is left after the last round (0 and 0 when it converged). */
  readonly crossings: number;
  readonly hidden: number;
}

/** The labelled nodes of a clearance run, with their estimated label boxes. */
export function labelledNodes(
  actors: readonly ClearanceInput[],
  fontSize: number,
  margin: number,
): LabelledNode[] {
  return actors.map((a) => {
    const { w, h } = estimateLabelSize(a.name, fontSize, fontSize * 9);
    return {
      id: a.id,
      x: a.x,
      y: a.y,
      size: detailedNodeSize(a.degree),
      w: w + 2 * margin,
      h: h + 2 * margin,
      pad: 4.5 + margin,
      priority: a.degree,
    };
  });
}

/** Every (edge, label) crossing of a placement, and the labels left without a place. */
export function labelProblems(
  nodes: readonly LabelledNode[],
  edges: readonly LabelEdge[],
): { crossings: { edge: LabelEdge; label: string; box: Box }[]; hidden: readonly string[] } {
  const { boxes, hidden } = placeLabels(nodes, edges);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const crossings: { edge: LabelEdge; label: string; box: Box }[] = [];
  for (const [label, box] of boxes) {
    for (const edge of edges) {
      const s = byId.get(edge.source);
      const t = byId.get(edge.target);
      if (!s || !t) continue;
      // Drawn from the rim of each node, not its centre.
      const [x1, y1, x2, y2] = rimToRim(s, t);
      if (segmentCrossesBox(x1, y1, x2, y2, box)) crossings.push({ edge, label, box });
    }
  }
  return { crossings, hidden };
}

function rimToRim(s: LabelledNode, t: LabelledNode): [number, number, number, number] {
  const d = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  const ux = (t.x - s.x) / d;
  const uy = (t.y - s.y) / d;
  return [
    s.x + (ux * s.size) / 2,
    s.y + (uy * s.size) / 2,
    t.x - (ux * t.size) / 2,
    t.y - (uy * t.size) / 2,
  ];
}

/** Moves actors until no relation crosses a label and every label has a place, or rounds run out. */
export function clearLabels(
  actors: readonly ClearanceInput[],
  edges: readonly LabelEdge[],
  { fontSize, view, margin = 6, rounds = 300, minSeparation = 0 }: ClearanceOptions,
): ClearanceResult {
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const xs = Float64Array.from(actors, (a) => a.x);
  const ys = Float64Array.from(actors, (a) => a.y);
  let left = { crossings: 0, hidden: 0 };
  for (let round = 0; round <= rounds; round++) {
    const font = view ? modelFontSize(xs, ys, fontSize, view) : fontSize;
    const step = font / 2;
    const nodes = labelledNodes(
      actors.map((a, i) => ({ ...a, x: xs[i]!, y: ys[i]! })),
      font,
      (margin * font) / fontSize,
    );
    const now = nodes;
    const { crossings, hidden } = labelProblems(now, edges);
    left = { crossings: crossings.length, hidden: hidden.length };
    const dx = new Float64Array(nodes.length);
    const dy = new Float64Array(nodes.length);
    // Actors too close: each moves half the shortfall apart (in a fixed direction when on top).
    let crowded = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        let ux = xs[j]! - xs[i]!;
        let uy = ys[j]! - ys[i]!;
        const d = Math.hypot(ux, uy);
        if (d >= minSeparation) continue;
        crowded++;
        if (d < 1e-6) [ux, uy] = [1, 0];
        else [ux, uy] = [ux / d, uy / d];
        const push = (minSeparation - d) / 2 + 0.5;
        dx[i] = dx[i]! - ux * push;
        dy[i] = dy[i]! - uy * push;
        dx[j] = dx[j]! + ux * push;
        dy[j] = dy[j]! + uy * push;
      }
    }
    if (round === rounds || (crossings.length === 0 && hidden.length === 0 && crowded === 0)) break;
    for (const { edge, label, box } of crossings) {
      const n = index.get(label)!;
      const s = index.get(edge.source)!;
      const t = index.get(edge.target)!;
      const cx = (box.x1 + box.x2) / 2;
      const cy = (box.y1 + box.y2) / 2;
      if (n === s || n === t) {
        // The actor's own relation runs through its label: turn the other end aside.
        const m = n === s ? t : s;
        let px = -(ys[m]! - ys[n]!);
        let py = xs[m]! - xs[n]!;
        const len = Math.hypot(px, py) || 1;
        px /= len;
        py /= len;
        // Away from the label's side of the line.
        const side = (cx - xs[n]!) * px + (cy - ys[n]!) * py > 0 ? -1 : 1;
        dx[m] = dx[m]! + side * px * step;
        dy[m] = dy[m]! + side * py * step;
        continue;
      }
      // Another pair's relation: move the labelled actor off the line, the line a little back.
      let nx = -(ys[t]! - ys[s]!);
      let ny = xs[t]! - xs[s]!;
      const len = Math.hypot(nx, ny) || 1;
      nx /= len;
      ny /= len;
      const side = (cx - xs[s]!) * nx + (cy - ys[s]!) * ny >= 0 ? 1 : -1;
      dx[n] = dx[n]! + side * nx * step;
      dy[n] = dy[n]! + side * ny * step;
      for (const e of [s, t]) {
        dx[e] = dx[e]! - (side * nx * step) / 4;
        dy[e] = dy[e]! - (side * ny * step) / 4;
      }
    }
    for (const id of hidden) {
      const n = index.get(id)!;
      let nearest = -1;
      let best = Infinity;
      for (let j = 0; j < nodes.length; j++) {
        if (j === n) continue;
        const d = Math.hypot(xs[j]! - xs[n]!, ys[j]! - ys[n]!);
        if (d < best) {
          best = d;
          nearest = j;
        }
      }
      if (nearest < 0) continue;
      const ux = (xs[n]! - xs[nearest]!) / (best || 1);
      const uy = (ys[n]! - ys[nearest]!) / (best || 1);
      dx[n] = dx[n]! + ux * step;
      dy[n] = dy[n]! + uy * step;
    }
    for (let i = 0; i < nodes.length; i++) {
      xs[i] = xs[i]! + dx[i]!;
      ys[i] = ys[i]! + dy[i]!;
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  actors.forEach((a, i) => positions.set(a.id, { x: xs[i]!, y: ys[i]! }));
  return { positions, ...left };
}

/**
 * The model label size that draws labels at `screenFont` CSS px once the actors are fitted into
 * `view`, with room for their labels (the explorer's fit keeps about a tenth of the view).
 */
export function modelFontSize(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  screenFont: number,
  view: { readonly w: number; readonly h: number },
): number {
  const spanX = Math.max(...Array.from(xs)) - Math.min(...Array.from(xs)) || 1;
  const spanY = Math.max(...Array.from(ys)) - Math.min(...Array.from(ys)) || 1;
  const zoom = Math.min((view.w * 0.8) / spanX, (view.h * 0.8) / spanY);
  return screenFont / zoom;
}
