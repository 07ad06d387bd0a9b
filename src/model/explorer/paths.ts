import type { Relation } from '../contract/types.ts';
import { otherEnd } from '../dataset/query.ts';
import { adjacency, distancesFrom } from './neighbourhood.ts';

/**
 * Shortest paths between two actors: how the memo connects them, one relation at a time. Each
 * step names the actor it leaves and the one it reaches, since a relation may be walked against
 * its direction ("Fujimori rejects talks with the MRTA" is a step from the MRTA to Fujimori too).
 */
export interface PathStep {
  readonly relation: Relation;
  readonly from: string;
  readonly to: string;
}

export type Path = readonly PathStep[];

export interface PathResult {
  /** Every shortest path, up to the limit, each from `from` to `to`. */
  readonly paths: readonly Path[];
  /** Steps in each path; null when the actors are not connected. */
  readonly length: number | null;
  /** More shortest paths exist than the limit let through. */
  readonly truncated: boolean;
}

/** Parallel relations multiply paths; past this many the reader is told, not flooded. */
export const PATH_LIMIT = 50;

/**
 * All shortest paths from `from` to `to` over `pool` (the relations the filters let through),
 * optionally through affirmed relations only, in a stable order (the pool's).
 */
export function shortestPaths(
  from: string,
  to: string,
  pool: readonly Relation[],
  options: { readonly affirmedOnly?: boolean; readonly limit?: number } = {},
): PathResult {
  const limit = options.limit ?? PATH_LIMIT;
  if (from === to) return { paths: [], length: 0, truncated: false };
  const usable = options.affirmedOnly ? pool.filter((r) => r.polarity === 'affirmed') : pool;
  const adjacent = adjacency(usable);
  const distance = distancesFrom(from, adjacent);
  const length = distance.get(to);
  if (length === undefined) return { paths: [], length: null, truncated: false };

  // Walk back from `to`, only along relations that step one closer to `from`.
  const paths: Path[] = [];
  let truncated = false;
  const walk = (actor: string, tail: PathStep[]): void => {
    if (truncated) return;
    if (actor === from) {
      if (paths.length >= limit) truncated = true;
      else paths.push([...tail].reverse());
      return;
    }
    const d = distance.get(actor)!;
    for (const r of adjacent.get(actor) ?? []) {
      const prev = otherEnd(r, actor);
      if (distance.get(prev) === d - 1) {
        tail.push({ relation: r, from: prev, to: actor });
        walk(prev, tail);
        tail.pop();
      }
    }
  };
  walk(to, []);
  return { paths, length, truncated };
}

/** Every relation on any of the paths, once, in the pool's order. */
export function pathRelations(result: PathResult, pool: readonly Relation[]): readonly Relation[] {
  const ids = new Set(result.paths.flatMap((p) => p.map((s) => s.relation.id)));
  return pool.filter((r) => ids.has(r.id));
}
