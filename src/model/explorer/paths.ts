import type { Relation } from '../contract/types.ts';
import { otherEnd } from '../dataset/query.ts';
import { adjacency, distancesFrom } from './neighbourhood.ts';

/**
 * Shortest paths between two actors: how the memo connects them. A path is a route through
 * actors, and each hop of it carries every relation the memo asserts between those two actors
 * (parallel relations are alternative evidence for the same hop, not separate paths, which
 * would multiply past reading). A relation may be walked against its direction: "the MRTA
 * deters Fujimori" connects Fujimori to the MRTA too.
 */
export interface PathHop {
  readonly from: string;
  readonly to: string;
  /** Every usable relation between the two actors, either way, in the pool's order. Never empty. */
  readonly relations: readonly Relation[];
}

export interface Route {
  /** From the first actor to the last. */
  readonly actors: readonly string[];
  readonly hops: readonly PathHop[];
}

export interface PathResult {
  /** Every shortest route, up to the limit. */
  readonly routes: readonly Route[];
  /** Hops in each route; null when the actors are not connected. */
  readonly length: number | null;
  /** More shortest routes exist than the limit let through. */
  readonly truncated: boolean;
}

/** Past this many routes the reader is told, not flooded. */
export const ROUTE_LIMIT = 20;

/**
 * All shortest routes from `from` to `to` over `pool` (the relations the filters let through),
 * optionally through affirmed relations only, in a stable order (the pool's).
 */
export function shortestPaths(
  from: string,
  to: string,
  pool: readonly Relation[],
  options: { readonly affirmedOnly?: boolean; readonly limit?: number } = {},
): PathResult {
  const limit = options.limit ?? ROUTE_LIMIT;
  if (from === to) return { routes: [], length: 0, truncated: false };
  const usable = options.affirmedOnly ? pool.filter((r) => r.polarity === 'affirmed') : pool;
  const adjacent = adjacency(usable);
  const distance = distancesFrom(from, adjacent);
  const length = distance.get(to);
  if (length === undefined) return { routes: [], length: null, truncated: false };

  /** The relations between `actor` and each neighbour one step closer to `from`. */
  const closer = (actor: string): Map<string, Relation[]> => {
    const d = distance.get(actor)!;
    const byActor = new Map<string, Relation[]>();
    for (const r of adjacent.get(actor) ?? []) {
      const prev = otherEnd(r, actor);
      if (distance.get(prev) !== d - 1) continue;
      const list = byActor.get(prev);
      if (list) list.push(r);
      else byActor.set(prev, [r]);
    }
    return byActor;
  };

  const routes: Route[] = [];
  let truncated = false;
  const walk = (actor: string, tail: PathHop[]): void => {
    if (truncated) return;
    if (actor === from) {
      if (routes.length >= limit) {
        truncated = true;
        return;
      }
      const hops = [...tail].reverse();
      routes.push({ actors: [from, ...hops.map((h) => h.to)], hops });
      return;
    }
    for (const [prev, relations] of closer(actor)) {
      tail.push({ from: prev, to: actor, relations });
      walk(prev, tail);
      tail.pop();
    }
  };
  walk(to, []);
  return { routes, length, truncated };
}

/** Every relation on any of the routes, once, in the pool's order. */
export function pathRelations(result: PathResult, pool: readonly Relation[]): readonly Relation[] {
  const ids = new Set(
    result.routes.flatMap((p) => p.hops.flatMap((h) => h.relations.map((r) => r.id))),
  );
  return pool.filter((r) => ids.has(r.id));
}
