import { resolve } from 'node:path';
import type { Dataset, Diagnostic } from '../model/contract/types.ts';
import { parseDataset } from '../model/dataset/dataset.ts';
import { readTextFile } from './fs-bundle.ts';
import { TextDecodeError } from './fs-errors.ts';

/**
 * Reads and checks a compiled dataset file as `check` and `export` take one: a missing file or
 * text that is not UTF-8 comes back as a diagnostic like any other problem, never as a throw.
 */
export function loadDatasetFile(
  cwd: string,
  typed: string,
): { readonly dataset: Dataset | null; readonly diagnostics: readonly Diagnostic[] } {
  let text: string | undefined;
  try {
    text = readTextFile(resolve(cwd, typed), typed);
  } catch (e) {
    if (!(e instanceof TextDecodeError)) throw e;
    return { dataset: null, diagnostics: [e.diagnostic] };
  }
  if (text === undefined) {
    const missing: Diagnostic = {
      severity: 'error',
      file: typed,
      line: 0,
      column: 0,
      message: 'file not found',
    };
    return { dataset: null, diagnostics: [missing] };
  }
  return parseDataset(text, typed);
}
