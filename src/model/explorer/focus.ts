import type { Relation } from '../contract/types.ts';
import type { DatasetIndex } from '../dataset/query.ts';
import { NEIGHBOURHOOD_STEPS, neighbourhood, type NeighbourhoodSteps } from './neighbourhood.ts';
import { pathRelations, shortestPaths, type PathResult } from './paths.ts';

/**
 * A focus narrows the graph to part of it: the neighbourhood of an actor, or the shortest paths
 * between two. It composes with the filters (it is computed over what they let through) and
 * lives in the URL: `near=<actor>&steps=2`, `path=<a>..<b>`, `affirmed=1`.
 */
export type Focus =
  | { readonly kind: 'neighbourhood'; readonly actor: string; readonly steps: NeighbourhoodSteps }
  | {
      readonly kind: 'path';
      readonly from: string;
      readonly to: string;
      /** Through affirmed relations only. */
      readonly affirmedOnly: boolean;
    };

export const FOCUS_PARAMS = {
  near: 'near',
  steps: 'steps',
  path: 'path',
  affirmed: 'affirmed',
} as const;

export const FOCUS_PARAM_NAMES: readonly string[] = Object.values(FOCUS_PARAMS);

/** Between the two actors of `path=`: ids may hold dots, but never two in a row. */
const PATH_SEPARATOR = '..';

export function writeFocusParams(focus: Focus | null | undefined, params: URLSearchParams): void {
  for (const name of FOCUS_PARAM_NAMES) params.delete(name);
  if (!focus) return;
  if (focus.kind === 'neighbourhood') {
    params.set(FOCUS_PARAMS.near, focus.actor);
    params.set(FOCUS_PARAMS.steps, String(focus.steps));
  } else {
    params.set(FOCUS_PARAMS.path, `${focus.from}${PATH_SEPARATOR}${focus.to}`);
    if (focus.affirmedOnly) params.set(FOCUS_PARAMS.affirmed, '1');
  }
}

export function focusFromParams(
  params: URLSearchParams,
  index: DatasetIndex,
): { focus: Focus | null; problems: string[] } {
  const problems: string[] = [];
  const known = (id: string) => {
    if (index.actorById.has(id)) return true;
    problems.push(`The link names an actor "${id}" that this dataset does not have.`);
    return false;
  };
  const near = params.get(FOCUS_PARAMS.near);
  const path = params.get(FOCUS_PARAMS.path);
  if (near !== null && near !== '') {
    const raw = params.get(FOCUS_PARAMS.steps) ?? '1';
    const steps = Number(raw);
    if (!(NEIGHBOURHOOD_STEPS as readonly number[]).includes(steps)) {
      problems.push(`A neighbourhood is 1, 2 or 3 steps, not "${raw}"; showing 1.`);
    }
    if (!known(near)) return { focus: null, problems };
    const s = (NEIGHBOURHOOD_STEPS as readonly number[]).includes(steps) ? steps : 1;
    return {
      focus: { kind: 'neighbourhood', actor: near, steps: s as NeighbourhoodSteps },
      problems,
    };
  }
  if (path !== null && path !== '') {
    const at = path.indexOf(PATH_SEPARATOR);
    if (at < 0) {
      problems.push(`A path is written "from..to", not "${path}".`);
      return { focus: null, problems };
    }
    const from = path.slice(0, at);
    const to = path.slice(at + PATH_SEPARATOR.length);
    if (!known(from) || !known(to)) return { focus: null, problems };
    const affirmedOnly = params.get(FOCUS_PARAMS.affirmed) === '1';
    return { focus: { kind: 'path', from, to, affirmedOnly }, problems };
  }
  return { focus: null, problems };
}

/** The shortest paths a path focus asks for, among `pool`. */
export function focusPaths(
  focus: Extract<Focus, { kind: 'path' }>,
  pool: readonly Relation[],
): PathResult {
  return shortestPaths(focus.from, focus.to, pool, { affirmedOnly: focus.affirmedOnly });
}

/** The relations of `pool` a focus keeps. */
export function focusRelations(focus: Focus, pool: readonly Relation[]): readonly Relation[] {
  if (focus.kind === 'neighbourhood')
    return neighbourhood(focus.actor, focus.steps, pool).relations;
  return pathRelations(focusPaths(focus, pool), pool);
}

/** "within 2 steps of Cuba", "on the shortest paths from Cuba to Alberto Fujimori". */
export function describeFocus(focus: Focus, index: DatasetIndex): string {
  const name = (id: string) => index.actorById.get(id)?.name ?? id;
  if (focus.kind === 'neighbourhood') {
    return `within ${focus.steps} ${focus.steps === 1 ? 'step' : 'steps'} of ${name(focus.actor)}`;
  }
  const through = focus.affirmedOnly ? ', through affirmed relations only' : '';
  return `on the shortest paths from ${name(focus.from)} to ${name(focus.to)}${through}`;
}
