import type { Actor, Relation } from '../contract/types.ts';

/**
 * The part of the layout code the first paint needs: what a layout reads of a dataset, the
 * stored positions, and whether a graph is large enough to start from a draft. Everything that
 * computes a layout (fcose, the spring embedder, the geometric layouts) lives in layout.ts and
 * is loaded when a layout is actually computed.
 */

/** A point in model coordinates (Cytoscape's, before pan and zoom). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** What a layout needs of a dataset; a Dataset is one. */
export interface LayoutInput {
  readonly actors: readonly Pick<Actor, 'id' | 'name' | 'kind' | 'position'>[];
  readonly relations: readonly Pick<Relation, 'id' | 'source' | 'target'>[];
}

/**
 * A graph this large (either count) gets a draft first in the explorer: computing the full
 * layout takes seconds, and the reader should not wait for it to see the graph.
 */
export const DRAFT_LIMITS = { actors: 1000, relations: 3000 } as const;

/** Whether the explorer should show draftLayout() first and offer the full layout on request. */
export function needsDraft(input: LayoutInput): boolean {
  return (
    input.actors.length > DRAFT_LIMITS.actors || input.relations.length > DRAFT_LIMITS.relations
  );
}

/**
 * The positions stored in the dataset by `memograph build --layout`, or null unless every actor
 * has one (a partial set would leave the rest piled at the origin).
 */
export function storedPositions(dataset: LayoutInput): ReadonlyMap<string, Point> | null {
  const result = new Map<string, Point>();
  for (const actor of dataset.actors) {
    const p = actor.position;
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return null;
    result.set(actor.id, { x: p.x, y: p.y });
  }
  return result;
}
