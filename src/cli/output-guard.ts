import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isBundleLike } from './bundle-folders.ts';
import { displayPath, pathKind } from './fs-bundle.ts';
import { outputTarget } from './output-file.ts';

/**
 * `build --out` must never land on its own input: `build B --out B/actors.json` would replace
 * the user's annotations (or the memo, or document.json) with the compiled dataset. Paths are
 * compared after following symbolic links, so a link into a bundle is caught too.
 */

/** The path with every symbolic link in its existing part resolved. */
function canonical(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(canonical(parent), basename(absolute));
  }
}

function inside(folder: string, path: string): string | null {
  const rel = relative(folder, path);
  return rel.startsWith('..') || isAbsolute(rel) ? null : rel;
}

/** Why `out` may not be written given these inputs, or null. Reads no file, only names. */
export function outInputProblem(
  out: string,
  inputs: readonly string[],
  absoluteOf: (typed: string) => string,
  options: { flag?: string; what?: string; command?: 'build' | 'export' } = {},
): string | null {
  const { flag = '--out', command = 'build' } = options;
  const what = options.what ?? (command === 'build' ? 'the dataset' : 'the export');
  const shownOut = displayPath(out);
  let written = absoluteOf(out);
  try {
    written = outputTarget(written, shownOut).absolute;
  } catch {
    // Not a file build could write (a folder, a device): writing refuses it in its own words.
  }
  const target = canonical(written);
  for (const typed of inputs) {
    const absolute = absoluteOf(typed);
    const shown = displayPath(typed);
    const rel = inside(canonical(absolute), target);
    if (rel === null) continue;
    if (rel === '') {
      return `${flag} ${shownOut} is one of the inputs; writing ${what} there would replace it, so choose another file`;
    }
    // A corpus folder may hold the dataset beside its bundles, but not inside one of them.
    const corpus = pathKind(absolute, shown) === 'folder' && !isBundleLike(absolute, shown);
    const bundle = corpus ? rel.split(sep)[0] : undefined;
    if (corpus && !rel.includes(sep)) continue;
    const folder = bundle === undefined ? shown : `${shown}/${bundle}`;
    return `${flag} ${shownOut} is inside the input bundle folder ${folder}; ${command} never writes into a bundle (it could replace the annotations or the memo), so choose a file outside it`;
  }
  return null;
}
