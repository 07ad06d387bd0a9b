import { compileBundles, type CompileResult } from '../model/annotation/compile-bundles.ts';
import { validateDataset } from '../model/dataset/dataset-check.ts';
import { hasErrors } from '../model/json/diagnostics.ts';
import type { Dataset, Diagnostic } from '../model/contract/types.ts';
import { lintDataset } from '../model/lint/lint.ts';
import { lintDiagnostics } from '../model/lint/lint-diagnostics.ts';
import type { BuildStep } from './build-steps.ts';
import { bundleSources } from './bundle-sources.ts';

export interface FolderBuild {
  /** null when any bundle has an error. */
  readonly dataset: Dataset | null;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Bundle folders (or bundle zips) on disk → one validated dataset. `memograph build` and the Vite plugin that
 * embeds the default dataset both come through here, so the app never sees data the CLI would
 * refuse.
 */
export async function buildFromFolders(
  folders: readonly string[],
  cwd: string,
  steps: readonly BuildStep[],
  outputName: string,
  strict = false,
): Promise<FolderBuild> {
  const read = bundleSources(folders, cwd);
  const compiled = compileBundles(read.sources);
  const { dataset } = compiled;
  const found = [...read.diagnostics, ...compiled.diagnostics];
  if (!dataset || hasErrors(found)) return { dataset: null, diagnostics: found };
  // Under --strict the linter's findings are errors, and an error means no file.
  const diagnostics = strict ? [...found, ...lintErrors(compiled)] : found;
  if (hasErrors(diagnostics)) return { dataset: null, diagnostics };
  let result: Dataset = dataset;
  for (const step of steps) result = await step.run(result);
  // The same check the explorer applies on loading: never write a file it would refuse.
  const self = validateDataset(result, outputName);
  if (hasErrors(self.diagnostics)) {
    const first = self.diagnostics.find((d) => d.severity === 'error');
    throw new Error(
      `the compiled dataset breaks its own contract (${first ? first.message : 'unknown'})`,
    );
  }
  return { dataset: result, diagnostics };
}

/** The linter's findings on a compiled dataset, as `--strict` reports them: errors. */
export function lintErrors(compiled: CompileResult): Diagnostic[] {
  return lintAs(compiled, 'error');
}

/** The linter's findings at their lines in relations.json, none when nothing compiled. */
export function lintAs(compiled: CompileResult, severity: Diagnostic['severity']): Diagnostic[] {
  if (!compiled.dataset) return [];
  return lintDiagnostics(lintDataset(compiled.dataset), compiled.relationOrigins, severity);
}
