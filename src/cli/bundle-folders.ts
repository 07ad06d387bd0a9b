import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_FILES } from '../model/annotation/bundle-source.ts';
import type { Diagnostic } from '../model/contract/types.ts';
import { displayPath, pathKind } from './fs-bundle.ts';
import { describeFsError, FileAccessError } from './fs-errors.ts';

/**
 * A corpus folder (what `memograph synth` writes, or `graph-data/` itself) holds bundle folders
 * rather than being one. `check` and `build` accept it in place of its bundles, so
 * `memograph build corpus --out c.json` works without a shell glob that would overflow the
 * command line at a few thousand bundles.
 */

/** One typed input, and the bundle folders it stands for. */
export interface ExpandedInput {
  /** The path as typed. */
  readonly typed: string;
  /** Bundle folders, named as the user would type them ("corpus/d001"). */
  readonly bundles: readonly string[];
  /** True when `typed` is a folder of bundles rather than a bundle. */
  readonly expanded: boolean;
}

export interface ExpandedInputs {
  readonly inputs: readonly ExpandedInput[];
  /** Every bundle folder, in order: inputs in the order typed, a corpus's bundles by name. */
  readonly bundles: readonly string[];
  /** A folder that is neither a bundle nor holds any. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Expands each folder that is not a bundle itself (it has none of the bundle's files) into the
 * sub-folders that are bundles (they have a document.json), sorted by name. Anything else (a
 * bundle, a missing path) is passed through for the bundle compiler to judge. A folder with
 * neither bundle files nor bundle sub-folders is reported, since there is nothing in it to check.
 */
export function expandBundleFolders(typed: readonly string[], cwd: string): ExpandedInputs {
  const inputs: ExpandedInput[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of typed) {
    const absolute = resolve(cwd, entry);
    const shown = displayPath(entry);
    if (pathKind(absolute, shown) !== 'folder' || isBundleLike(absolute, shown)) {
      inputs.push({ typed: entry, bundles: [entry], expanded: false });
      continue;
    }
    const names = subfolders(absolute, shown).filter(
      (name) => pathKind(join(absolute, name, 'document.json')) === 'file',
    );
    if (names.length === 0) {
      diagnostics.push({
        severity: 'error',
        file: shown,
        line: 0,
        column: 0,
        message: `neither a bundle folder (it has no ${BUNDLE_FILES.join(', ')}) nor a folder of bundles (no sub-folder has a document.json)`,
      });
      inputs.push({ typed: entry, bundles: [], expanded: true });
      continue;
    }
    inputs.push({
      typed: entry,
      bundles: names.map((name) => `${shown}/${name}`),
      expanded: true,
    });
  }
  return { inputs, bundles: inputs.flatMap((i) => i.bundles), diagnostics };
}

/** Has any of the files a bundle holds: then it is a bundle, however broken. */
export function isBundleLike(absolute: string, shown: string): boolean {
  return BUNDLE_FILES.some(
    (file) => pathKind(join(absolute, file), `${shown}/${file}`) !== 'missing',
  );
}

/** Names of the folders directly inside, sorted by code point so the order is the same everywhere. */
function subfolders(absolute: string, shown: string): string[] {
  let names: string[];
  try {
    names = readdirSync(absolute);
  } catch (e) {
    throw new FileAccessError(`cannot list ${shown}: ${describeFsError(e)}`);
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .filter((name) => pathKind(join(absolute, name), `${shown}/${name}`) === 'folder')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** How a list of inputs reads in a summary line: "corpus (200 bundles)" for a folder of bundles. */
export function describeInputs(inputs: readonly ExpandedInput[]): string {
  return inputs
    .map((i) =>
      i.expanded
        ? `${displayPath(i.typed)} (${i.bundles.length} bundle${i.bundles.length === 1 ? '' : 's'})`
        : displayPath(i.typed),
    )
    .join(', ');
}
