import type cytoscape from 'cytoscape';
import type { Point } from '../../model/layout/layout-input.ts';
import { isHedged } from '../../model/words/likelihood.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import type { Relation } from '../../model/contract/types.ts';
import { summarise, type PairBundle } from '../../model/explorer/parallel-bundles.ts';
import { kindClass, nodeSize, typeClass, type SizeTier } from '../graph-style.ts';

/** Makes the Cytoscape element for an actor or a relation, as the graph draws it now. */
export interface ElementFactory {
  node(actorId: string): cytoscape.ElementDefinition;
  edge(relation: Relation): cytoscape.ElementDefinition;
  /** One edge for the parallel relations of a pair: "×12", coloured when they share a type. */
  bundle(bundle: PairBundle): cytoscape.ElementDefinition;
}

export interface ElementContext {
  readonly index: DatasetIndex;
  readonly tier: SizeTier;
  /** Where each actor goes in the current layout; an actor without a place starts at 0,0. */
  readonly placement: ReadonlyMap<string, Point>;
  /** Whether a large graph is zoomed in far enough for detail (the `near` class). */
  readonly near: boolean;
  /**
   * Actors whose labels are not placed yet (the `unplaced` class): a graph's first frame draws
   * no label, and measures none, before the labels are placed.
   */
  readonly unplaced?: boolean;
}

/**
 * Element definitions for one dataset: data, size and classes, from which the stylesheet
 * (src/ui/graph-style.ts) draws the kind, type, direction, polarity and likelihood.
 */
export function elementFactory({
  index,
  tier,
  placement,
  near,
  unplaced = false,
}: ElementContext): ElementFactory {
  const typeIndex = new Map(index.dataset.relationTypes.map((t, i) => [t.id, i]));
  const withNear = (classes: string): string => (near ? `${classes} near` : classes);
  return {
    node(id) {
      const actor = index.actorById.get(id)!;
      return {
        group: 'nodes',
        data: { id, name: actor.name, size: nodeSize(index.degree.get(id) ?? 0, tier) },
        position: { ...(placement.get(id) ?? { x: 0, y: 0 }) },
        classes: withNear(unplaced ? `${kindClass(actor.kind)} unplaced` : kindClass(actor.kind)),
      };
    },
    edge(r) {
      return {
        group: 'edges',
        data: { id: r.id, source: r.source, target: r.target },
        classes: withNear(edgeClasses(index, typeIndex, r)),
      };
    },
    bundle(b) {
      const summary = summarise(b, index.relationById);
      const t = summary.type === null ? undefined : typeIndex.get(summary.type);
      const classes = ['bundle'];
      if (t !== undefined) classes.push(typeClass(t));
      // Not a plain fact when the memo denies or declines to say every one of them.
      if (summary.negated === summary.count) classes.push('bundle-negated');
      else if (summary.negated + summary.indeterminate === summary.count)
        classes.push('bundle-undecided');
      return {
        group: 'edges',
        data: {
          id: b.id,
          source: b.source,
          target: b.target,
          count: summary.count,
          label: `×${summary.count}`,
        },
        classes: withNear(classes.join(' ')),
      };
    },
  };
}

function edgeClasses(
  index: DatasetIndex,
  typeIndex: ReadonlyMap<string, number>,
  r: Relation,
): string {
  const classes: string[] = [];
  const t = typeIndex.get(r.type);
  if (t !== undefined) classes.push(typeClass(t));
  if (index.typeById.get(r.type)?.directed !== false) classes.push('directed');
  if (r.polarity === 'negated') classes.push('negated');
  if (r.polarity === 'indeterminate') classes.push('indeterminate');
  // Not certainty(), which answers 'negated' first: a negated claim can be hedged as well, and
  // is then drawn both ways. The test is the same one certainty() applies.
  if (isHedged(r.likelihood)) classes.push('hedged');
  return classes.join(' ');
}
