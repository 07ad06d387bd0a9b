import type { Dataset } from '../model/types.ts';

/**
 * Optional steps that `memograph build` runs on the merged dataset before writing it, each
 * switched on by a flag of its own.
 *
 * This is the extension point for `--layout`, which will store a position on every actor: add a
 * step here whose `run` returns the dataset with `position` filled in. The argument parser and
 * the help text read this list, so nothing else in the CLI changes. Whatever a step returns is
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

/** The steps, in the order they run when their flags are given. Layout is not implemented yet. */
export const BUILD_STEPS: readonly BuildStep[] = [];
