import type { Relation } from '../contract/types.ts';
import { otherEnd } from '../dataset/query.ts';

/**
 * The relations around one actor. Relations are walked both ways: who holds whom matters to
 * the reader of a relation, not to whether two actors are connected.
 */

/** Every actor that `relations` link to another, both ways, in the relations' order. */
export function adjacency(
  relations: readonly Relation[],
): ReadonlyMap<string, readonly Relation[]> {
  const map = new Map<string, Relation[]>();
  const add = (actor: string, r: Relation) => {
    const list = map.get(actor);
    if (list) list.push(r);
    else map.set(actor, [r]);
  };
  for (const r of relations) {
    add(r.source, r);
    if (r.target !== r.source) add(r.target, r);
  }
  return map;
}

/** Steps from `start` to every actor it reaches within `maxSteps` (Infinity: all it reaches). */
export function distancesFrom(
  start: string,
  adjacent: ReadonlyMap<string, readonly Relation[]>,
  maxSteps = Infinity,
): Map<string, number> {
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let step = 1; frontier.length > 0 && step <= maxSteps; step++) {
    const next: string[] = [];
    for (const actor of frontier) {
      for (const r of adjacent.get(actor) ?? []) {
        const other = otherEnd(r, actor);
        if (!distance.has(other)) {
          distance.set(other, step);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

export const NEIGHBOURHOOD_STEPS = [1, 2, 3] as const;
export type NeighbourhoodSteps = (typeof NEIGHBOURHOOD_STEPS)[number];

export interface Neighbourhood {
  /** The actors within the steps, with their distance from the centre. */
  readonly actors: ReadonlyMap<string, number>;
  /** The relations walked in at most that many steps from the centre, in the pool's order. */
  readonly relations: readonly Relation[];
}

/**
 * The `steps`-step neighbourhood of `actor` among `pool` (the relations the filters let through):
 * every relation one reaches walking at most `steps` relations from the actor, that is, every
 * relation with one end fewer than `steps` steps away.
 */
export function neighbourhood(
  actor: string,
  steps: number,
  pool: readonly Relation[],
): Neighbourhood {
  const distance = distancesFrom(actor, adjacency(pool), steps);
  const near = (id: string) => (distance.get(id) ?? Infinity) < steps;
  return { actors: distance, relations: pool.filter((r) => near(r.source) || near(r.target)) };
}
