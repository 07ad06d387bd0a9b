import type { Actor } from '../../model/contract/types.ts';
import { indexDataset, type DatasetIndex } from '../../model/dataset/query.ts';

/**
 * Where the actors of an edited dataset are drawn. A dataset built with stored positions (the
 * embedded memo) keeps them, so that adding a relation does not move anyone; an actor added
 * while annotating goes beside the actors it is related to, or below the others. Without stored
 * positions the explorer lays the graph out as for any dataset.
 */
export function placeActors(base: DatasetIndex, edited: DatasetIndex): DatasetIndex {
  const stored = new Map<string, { x: number; y: number }>();
  for (const a of base.dataset.actors) if (a.position) stored.set(a.id, a.position);
  if (stored.size === 0 || stored.size < base.dataset.actors.length) return edited;
  const ys = [...stored.values()].map((p) => p.y);
  const xs = [...stored.values()].map((p) => p.x);
  const below = Math.max(...ys) + 80;
  const left = Math.min(...xs);
  let newcomers = 0;
  const place = (a: Actor): { x: number; y: number } => {
    const known = stored.get(a.id);
    if (known) return known;
    const near = (edited.relationsByActor.get(a.id) ?? [])
      .map((r) => stored.get(r.source === a.id ? r.target : r.source))
      .filter((p): p is { x: number; y: number } => p !== undefined);
    const n = newcomers++;
    if (near.length > 0) {
      const x = near.reduce((s, p) => s + p.x, 0) / near.length;
      const y = near.reduce((s, p) => s + p.y, 0) / near.length;
      return { x: x + 60 + 20 * n, y: y + 60 };
    }
    return { x: left + 90 * n, y: below };
  };
  const actors = edited.dataset.actors.map((a) => ({ ...a, position: place(a) }));
  return indexDataset({ ...edited.dataset, actors });
}
