import { resolve } from 'node:path';
import type { BundleSource } from '../model/annotation/bundle-source.ts';
import { readBundleZip } from '../model/bundle-zip/bundle-zip.ts';
import type { Diagnostic } from '../model/contract/types.ts';
import { displayPath, fsBundleSource, pathKind, readFileBytes } from './fs-bundle.ts';

/**
 * What `check` and `build` read for each bundle they are given: a folder, or a bundle .zip as
 * "Export bundle" downloads it, read in memory without unzipping anything to disk.
 */

/** True for a path that names a bundle zip rather than a folder. */
export function isZipPath(typed: string): boolean {
  return /\.zip$/i.test(displayPath(typed));
}

export interface BundleSources {
  readonly sources: readonly BundleSource[];
  /** Zips that are not bundles (which file is missing), and files in a zip that were ignored. */
  readonly diagnostics: readonly Diagnostic[];
}

export function bundleSources(typed: readonly string[], cwd: string): BundleSources {
  const sources: BundleSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of typed) {
    const absolute = resolve(cwd, entry);
    const shown = displayPath(entry);
    if (!isZipPath(entry) || pathKind(absolute, shown) !== 'file') {
      sources.push(fsBundleSource(entry, cwd));
      continue;
    }
    const bytes = readFileBytes(absolute, shown);
    if (bytes === undefined) {
      diagnostics.push({
        severity: 'error',
        file: shown,
        line: 0,
        column: 0,
        message: 'file not found',
      });
      continue;
    }
    const read = readBundleZip(bytes, shown);
    if ('diagnostics' in read) diagnostics.push(...read.diagnostics);
    else {
      sources.push(read.bundle);
      diagnostics.push(...read.warnings);
    }
  }
  return { sources, diagnostics };
}
