import type { Dataset } from '../src/model/contract/types.ts';

/** What the benchmark clicks in a dataset, chosen the same way for the app and the baseline. */
export interface InteractionTargets {
  /** The relation type the filter toggles: the one with the most relations (the costliest). */
  readonly type: { readonly id: string; readonly label: string; readonly relations: number };
  /**
   * The relations of that type that a page can draw as edges (known, distinct ends), in
   * dataset order: the first one the page actually draws tells when a toggle has reached the
   * graph (a page may draw only some, as the app's overview does).
   */
  readonly edgeIds: readonly string[];
}

/**
 * Picks the filter's relation type and its drawable relations. Ties between types go to the one
 * listed first, so the choice is stable between runs. Null when no type has a drawable relation.
 */
export function pickTargets(
  dataset: Pick<Dataset, 'actors' | 'relations' | 'relationTypes'>,
): InteractionTargets | null {
  const actors = new Set(dataset.actors.map((a) => a.id));
  const counts = new Map<string, number>();
  const drawable = new Map<string, string[]>();
  for (const r of dataset.relations) {
    counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    if (r.source === r.target || !actors.has(r.source) || !actors.has(r.target)) continue;
    const list = drawable.get(r.type);
    if (list) list.push(r.id);
    else drawable.set(r.type, [r.id]);
  }
  let best: InteractionTargets | null = null;
  for (const t of dataset.relationTypes) {
    const n = counts.get(t.id) ?? 0;
    const edgeIds = drawable.get(t.id);
    if (edgeIds === undefined || (best && n <= best.type.relations)) continue;
    best = { type: { id: t.id, label: t.label, relations: n }, edgeIds };
  }
  return best;
}
