import type { Actor, Relation } from '../contract/types.ts';
import type { DatasetIndex } from '../dataset/query.ts';

/**
 * What every exporter is given: the dataset, the relations of the view (what the filters show,
 * in the order shown) and the filters said in words, so a file can say what it holds.
 */
export interface ExportInput {
  readonly index: DatasetIndex;
  readonly relations: readonly Relation[];
  /** The filters in words, e.g. "Showing 41 of 61 relations: hidden: negated". */
  readonly filters: string;
}

/**
 * The actors the view's relations connect, in the dataset's order: the nodes of an exported
 * graph. An actor with no relation in the view is not part of it.
 */
export function viewActors(input: ExportInput): Actor[] {
  const ids = new Set<string>();
  for (const r of input.relations) {
    ids.add(r.source);
    ids.add(r.target);
  }
  return input.index.dataset.actors.filter((a) => ids.has(a.id));
}
