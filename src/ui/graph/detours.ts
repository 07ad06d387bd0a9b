import type cytoscape from 'cytoscape';
import { edgeDetours, type DetourEdge, type DetourNode } from '../../model/layout/edge-detours.ts';

/** Above this many actors relations are drawn straight (docs/performance.md). */
export const DETOUR_LIMIT = 150;

/**
 * Bends the drawn relations that would pass through an actor they do not join around it
 * (src/model/layout/edge-detours.ts), with the `detour` class and its `detour` distance. A pair
 * drawn as a fan of parallel relations keeps Cytoscape's own fan. Touches only the edges whose
 * detour changes; memo-sized graphs only (the caller's detailed tier).
 */
export function applyDetours(cy: cytoscape.Core): void {
  if (cy.nodes().length > DETOUR_LIMIT) {
    // Too many to route on every filter change: drawn straight.
    cy.batch(() => cy.edges('.detour').removeClass('detour'));
    return;
  }
  const nodes: DetourNode[] = [];
  cy.nodes().forEach((n) => {
    if (!n.visible()) return;
    const p = n.position();
    nodes.push({ id: n.id(), x: p.x, y: p.y, r: n.width() / 2 });
  });
  const drawn = cy.edges().filter((e) => e.visible());
  const perPair = new Map<string, number>();
  const pairOf = (e: cytoscape.EdgeSingular): string => {
    const s = e.data('source') as string;
    const t = e.data('target') as string;
    return s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
  };
  drawn.forEach((e) => void perPair.set(pairOf(e), (perPair.get(pairOf(e)) ?? 0) + 1));
  const single: DetourEdge[] = [];
  drawn.forEach((e) => {
    if (perPair.get(pairOf(e)) === 1)
      single.push({
        id: e.id(),
        source: e.data('source') as string,
        target: e.data('target') as string,
      });
  });
  const detours = edgeDetours(nodes, single);
  const bent: cytoscape.EdgeSingular[] = [];
  cy.batch(() => {
    cy.edges('.detour').forEach((e) => {
      if (!detours.has(e.id())) e.removeClass('detour');
    });
    for (const [id, d] of detours) {
      const e = cy.getElementById(id) as cytoscape.EdgeSingular;
      if (e.data('detour') !== d.distance) e.data('detour', d.distance);
      e.addClass('detour');
      bent.push(e);
    }
  });
  // Cytoscape measures the distance along the normal of its own ordering of the pair, which may
  // be the reverse of source → target: where the control point landed on the wrong side, flip it.
  cy.batch(() => {
    for (const e of bent) {
      const want = detours.get(e.id())!.control;
      const cp = e.controlPoints()?.[0];
      if (!cp) continue;
      const mid = e.source().position();
      const end = e.target().position();
      const mirrored = { x: mid.x + end.x - want.x, y: mid.y + end.y - want.y };
      if (
        Math.hypot(cp.x - want.x, cp.y - want.y) > Math.hypot(cp.x - mirrored.x, cp.y - mirrored.y)
      )
        e.data('detour', -(e.data('detour') as number));
    }
  });
}
