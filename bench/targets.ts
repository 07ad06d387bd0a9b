import type { Dataset } from '../src/model/types.ts';

/** What the benchmark clicks in a dataset, chosen the same way for the app and the baseline. */
export interface InteractionTargets {
  /** The relation type the filter toggles: the one with the most relations (the costliest). */
  readonly type: { readonly id: string; readonly label: string; readonly relations: number };
  /**
   * A relation of that type that both pages draw as an edge (known, distinct ends): its edge's
   * `display` tells that a toggle has reached the graph.
   */
  readonly edgeId: string;
}

/**
 * Picks the filter's relation type and a witness edge. Ties between types go to the one listed
 * first, so the choice is stable between runs. Null when no type has a drawable relation.
 */
export function pickTargets(
  dataset: Pick<Dataset, 'actors' | 'relations' | 'relationTypes'>,
): InteractionTargets | null {
  const actors = new Set(dataset.actors.map((a) => a.id));
  const counts = new Map<string, number>();
  const witness = new Map<string, string>();
  for (const r of dataset.relations) {
    counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    if (
      !witness.has(r.type) &&
      r.source !== r.target &&
      actors.has(r.source) &&
      actors.has(r.target)
    )
      witness.set(r.type, r.id);
  }
  let best: InteractionTargets | null = null;
  for (const t of dataset.relationTypes) {
    const n = counts.get(t.id) ?? 0;
    const edgeId = witness.get(t.id);
    if (edgeId === undefined || (best && n <= best.type.relations)) continue;
    best = { type: { id: t.id, label: t.label, relations: n }, edgeId };
  }
  return best;
}
