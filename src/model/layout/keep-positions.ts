import type { DatasetIndex } from '../dataset/query.ts';
import type { Point } from './layout-input.ts';

/**
 * Positions for a dataset that was edited while on screen (an annotator added, changed or
 * removed a relation or an actor): every actor already drawn stays exactly where it is, so the
 * analyst's picture does not move under them, and an actor new to the graph is put beside the
 * actors it is related to, or, with none drawn yet, beside the others, clear of them.
 */
export function keepPositions(
  index: DatasetIndex,
  drawn: ReadonlyMap<string, Point>,
  spacing = 60,
): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const a of index.dataset.actors) {
    const at = drawn.get(a.id);
    if (at) out.set(a.id, at);
  }
  const placedSoFar = () => [...out.values()];
  let newcomers = 0;
  for (const a of index.dataset.actors) {
    if (out.has(a.id)) continue;
    const anchors = (index.relationsByActor.get(a.id) ?? [])
      .map((r) => (r.source === a.id ? r.target : r.source))
      .map((id) => out.get(id))
      .filter((p): p is Point => p !== undefined);
    const around = anchors.length > 0 ? mean(anchors) : rightOf(placedSoFar(), spacing);
    out.set(a.id, clearSpot(around, placedSoFar(), spacing, newcomers++));
  }
  return out;
}

function mean(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

/** Just right of everything drawn, halfway down: where a newcomer is seen and covers nothing. */
function rightOf(points: readonly Point[], spacing: number): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  return { x: maxX + spacing, y: (minY + maxY) / 2 };
}

/**
 * The first point on a spiral around `around` that is at least `spacing` from every placed
 * actor. The spiral's start turns with each newcomer, so two placed around one anchor part.
 */
function clearSpot(around: Point, placed: readonly Point[], spacing: number, turn: number): Point {
  const free = (p: Point) => placed.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= spacing);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 1; i <= 400; i++) {
    const angle = (i + turn) * golden;
    const r = spacing * Math.sqrt(i);
    const p = { x: around.x + r * Math.cos(angle), y: around.y + r * Math.sin(angle) };
    if (free(p)) return p;
  }
  return { x: around.x + spacing * 21, y: around.y };
}
