import { resolve } from 'node:path';
import type { Dataset, Diagnostic } from '../model/contract/types.ts';
import { indexDataset, type DatasetIndex } from '../model/dataset/query.ts';
import { describeHidden } from '../model/explorer/filter-counts.ts';
import { filtersFromParams } from '../model/explorer/filter-url.ts';
import { filterRelations, type Filters } from '../model/explorer/filters.ts';
import { viewActors } from '../model/export/export-input.ts';
import { exportFormat, exportView } from '../model/export/formats.ts';
import { formatDiagnostic, hasErrors } from '../model/json/diagnostics.ts';
import { expandBundleFolders } from './bundle-folders.ts';
import { buildFromFolders } from './compile.ts';
import type { ExportArgs } from './export-args.ts';
import { loadDatasetFile } from './dataset-file.ts';
import { pathKind } from './fs-bundle.ts';
import { outputTarget, writeOutputFile } from './output-file.ts';
import { outInputProblem } from './output-guard.ts';
import { usageError } from './usage-error.ts';

/**
 * `memograph export <bundle|dataset.json>... --format <f> --out <file>`: the same exports the
 * app's Export menu writes, of the relations the filter flags let through, written atomically.
 */

export interface ExportIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

function report(io: ExportIO, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
}

/** The dataset the inputs make: bundle folders merged as `build` merges them, or one dataset file. */
async function readInputs(args: ExportArgs, io: ExportIO): Promise<Dataset | null> {
  const files: string[] = [];
  const folders: string[] = [];
  for (const typed of args.inputs) {
    const kind = pathKind(resolve(io.cwd, typed), typed);
    if (kind === 'folder') folders.push(typed);
    else if (kind === 'file' || typed.toLowerCase().endsWith('.json')) files.push(typed);
    else folders.push(typed);
  }
  if (files.length > 0 && (folders.length > 0 || files.length > 1)) {
    throw usageError(
      'export',
      'give either bundle folders (merged as build merges them) or one compiled dataset .json file, not both',
    );
  }
  if (files.length === 1) {
    const typed = files[0]!;
    const { dataset, diagnostics } = loadDatasetFile(io.cwd, typed);
    report(io, diagnostics);
    return dataset && !hasErrors(diagnostics) ? dataset : null;
  }
  const expanded = expandBundleFolders(folders, io.cwd);
  if (hasErrors(expanded.diagnostics)) {
    report(io, expanded.diagnostics);
    return null;
  }
  const built = await buildFromFolders(expanded.bundles, io.cwd, [], args.out, false);
  report(io, built.diagnostics);
  return built.dataset;
}

/**
 * The filters the flags ask for. Each flag is read on its own first, so that a value the dataset
 * does not know is reported against the flag that gave it.
 */
function readFilters(args: ExportArgs, index: DatasetIndex): Filters {
  for (const { flag, param, value } of args.filters) {
    const { problems } = filtersFromParams(new URLSearchParams([[param, value]]), index);
    if (problems.length > 0) throw usageError('export', `${flag} ${value}: ${problems.join(' ')}`);
  }
  const params = new URLSearchParams(args.filters.map((f) => [f.param, f.value]));
  const { filters, problems } = filtersFromParams(params, index);
  if (problems.length > 0) throw usageError('export', problems.join(' '));
  return filters;
}

export async function exportCommand(args: ExportArgs, io: ExportIO): Promise<number> {
  // Before anything is read: a wrong --out should cost no time, and must not cost data.
  const outProblem = outInputProblem(args.out, args.inputs, (t) => resolve(io.cwd, t), {
    command: 'export',
  });
  if (outProblem !== null) throw usageError('export', outProblem);
  outputTarget(resolve(io.cwd, args.out), args.out);

  const dataset = await readInputs(args, io);
  if (!dataset) {
    io.stderr(`memograph export: ${args.out} not written because of the errors above\n`);
    return 1;
  }
  const index = indexDataset(dataset);
  const filters = readFilters(args, index);
  const relations = filterRelations(index, dataset.relations, filters);
  const input = { index, relations, filters: describeHidden(index, filters) };
  const text = exportView(args.format, input, { groupBy: args.groupBy });
  await writeOutputFile(resolve(io.cwd, args.out), args.out, text);
  const actors = viewActors(input).length;
  io.stdout(
    `wrote ${args.out} — ${exportFormat(args.format).label}: ${relations.length} relation${relations.length === 1 ? '' : 's'}, ${actors} actor${actors === 1 ? '' : 's'}. ${input.filters}\n`,
  );
  return 0;
}
