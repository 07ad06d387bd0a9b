import { computeLayout } from '../layout/layout.ts';
import type { Dataset } from '../model/contract/types.ts';

/**
 * Optional steps that `memograph build` runs on the merged dataset before writing it, each
 * switched on by a flag of its own.
 *
 * A new step is one entry here (`--layout` is the first): the argument parser and the help text
 * read this list, so nothing else in the CLI changes. Whatever a step returns is
 * validated against the dataset contract before anything is written, so a faulty step can never
 * produce a file the explorer would refuse.
 */
export interface BuildStep {
  /** The flag that turns the step on, e.g. "--layout". */
  readonly flag: string;
  /** One line for `memograph help build`. */
  readonly help: string;
  /** Returns the dataset to write; must not modify its argument. */
  run(dataset: Dataset): Dataset | Promise<Dataset>;
}

/**
 * Stores a force-directed position on every actor, computed in Node with headless Cytoscape and
 * the same seeded fcose the explorer runs, so the explorer paints at once instead of running the
 * layout itself.
 */
export const layoutStep: BuildStep = {
  flag: '--layout',
  help: 'store a deterministic force-directed position on every actor',
  async run(dataset) {
    const positions = await computeLayout(dataset);
    return {
      ...dataset,
      actors: dataset.actors.map((a) => {
        const p = positions.get(a.id);
        return p ? { ...a, position: { x: p.x, y: p.y } } : a;
      }),
    };
  },
};

/** The steps, in the order they run when their flags are given. */
export const BUILD_STEPS: readonly BuildStep[] = [layoutStep];
