/**
 * Relations drawn around the actors they do not join. A straight line from MRTA to the
 * Uruguayan ambassador that passes through Cuba and Fidel Castro reads as MRTA → Cuba → Castro →
 * ambassador; in the concentric and grid layouts, where actors sit in rings and rows, such lines
 * are the rule. Each relation whose straight line passes an unrelated actor is bent, as little as
 * will clear every actor, into one quadratic curve (Cytoscape's unbundled-bezier with one control
 * point at the middle).
 *
 * Pure geometry in model coordinates. Checking every line against every actor is O(relations ×
 * actors), which the explorer only asks of memo-sized graphs (its detailed tier).
 */

export interface DetourNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Radius of the drawn node (half its width). */
  readonly r: number;
}

export interface DetourEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface Detour {
  /**
   * How far the control point sits from the middle of the straight line, along its left-hand
   * normal (−dy, dx)/length going from source to target; negative is the other side.
   */
  readonly distance: number;
  /** The control point itself, for callers that place it by position. */
  readonly control: { readonly x: number; readonly y: number };
}

/** Space kept between a relation and an actor it does not join, in model px. */
export const DETOUR_CLEARANCE = 10;
/** Points sampled along a curve to check it. */
const SAMPLES = 24;

/** Whether the quadratic curve S–C–T (or the line S–T, C at its middle) passes any node. */
function blockedBy(
  s: DetourNode,
  t: DetourNode,
  cx: number,
  cy: number,
  near: readonly DetourNode[],
  clearance: number,
): number {
  let blocked = 0;
  for (const n of near) {
    const reach = (n.r + clearance) ** 2;
    for (let i = 1; i < SAMPLES; i++) {
      const u = i / SAMPLES;
      const a = (1 - u) * (1 - u);
      const b = 2 * u * (1 - u);
      const c = u * u;
      const x = a * s.x + b * cx + c * t.x;
      const y = a * s.y + b * cy + c * t.y;
      if ((x - n.x) ** 2 + (y - n.y) ** 2 < reach) {
        blocked++;
        break;
      }
    }
  }
  return blocked;
}

/**
 * The detour of every relation whose straight line passes an actor it does not join; relations
 * missing from the result are drawn straight. Deterministic: candidates are tried in a fixed
 * order, the side away from the first actor in the way first, bending further each time.
 */
export function edgeDetours(
  nodes: readonly DetourNode[],
  edges: readonly DetourEdge[],
  clearance = DETOUR_CLEARANCE,
): Map<string, Detour> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Map<string, Detour>();
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t || s === t) continue;
    const length = Math.hypot(t.x - s.x, t.y - s.y);
    if (length < 1e-6) continue;
    const nx = -(t.y - s.y) / length;
    const ny = (t.x - s.x) / length;
    const mx = (s.x + t.x) / 2;
    const my = (s.y + t.y) / 2;
    // Only actors near the line's box can be in the way of it or of a moderate bend.
    const reach = length / 2;
    const near = nodes.filter(
      (n) =>
        n !== s &&
        n !== t &&
        n.x >= Math.min(s.x, t.x) - reach &&
        n.x <= Math.max(s.x, t.x) + reach &&
        n.y >= Math.min(s.y, t.y) - reach &&
        n.y <= Math.max(s.y, t.y) + reach,
    );
    if (blockedBy(s, t, mx, my, near, clearance) === 0) continue;
    const first = near.find((n) => blockedBy(s, t, mx, my, [n], clearance) > 0)!;
    const away = (first.x - mx) * nx + (first.y - my) * ny > 0 ? -1 : 1;
    const step = Math.max(24, 2 * (first.r + clearance));
    let best: { distance: number; blocked: number } | null = null;
    for (let k = 1; k <= 10 && step * k <= length * 1.2; k++) {
      for (const side of [away, -away]) {
        const distance = side * step * k;
        const blocked = blockedBy(s, t, mx + nx * distance, my + ny * distance, near, clearance);
        if (!best || blocked < best.blocked) best = { distance, blocked };
        if (blocked === 0) break;
      }
      if (best?.blocked === 0) break;
    }
    if (!best) continue;
    result.set(e.id, {
      distance: best.distance,
      control: { x: mx + nx * best.distance, y: my + ny * best.distance },
    });
  }
  return result;
}
