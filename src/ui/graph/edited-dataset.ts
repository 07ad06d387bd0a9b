import type cytoscape from 'cytoscape';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { keepPositions } from '../../model/layout/keep-positions.ts';
import type { Point } from '../../model/layout/layout-input.ts';

/** The same documents, in the same order: an edit of what is on screen, not another dataset. */
export function sameDocuments(a: DatasetIndex, b: DatasetIndex): boolean {
  const x = a.dataset.documents;
  const y = b.dataset.documents;
  return x.length === y.length && x.every((d, i) => d.id === y[i]?.id);
}

/** Where each of the index's actors is drawn now, model coordinates. */
export function drawnPositions(cy: cytoscape.Core, index: DatasetIndex): Map<string, Point> {
  const out = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    if (!index.actorById.has(n.id())) return;
    const p = n.position();
    out.set(n.id(), { x: p.x, y: p.y });
  });
  return out;
}

/** What an edit of the dataset on screen keeps: the actors' places, and the view. */
export interface KeptView {
  readonly positions: ReadonlyMap<string, Point>;
  readonly viewport: { readonly zoom: number; readonly pan: Point };
}

/**
 * When the index replacing `previous` is an edit of it (the same documents, annotated) and the
 * graph shows it, every drawn actor keeps its place (a new one goes beside its relations) and
 * the view stays; otherwise null, and the graph is laid out and fitted afresh.
 */
export function keptView(
  cy: cytoscape.Core,
  previous: DatasetIndex | null,
  index: DatasetIndex | null,
): KeptView | null {
  if (!previous || !index || !sameDocuments(previous, index) || cy.nodes().length === 0) {
    return null;
  }
  return {
    positions: keepPositions(index, drawnPositions(cy, index)),
    viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } },
  };
}
