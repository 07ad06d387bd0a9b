import { mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SynthBundle } from '../model/synth/synth.ts';
import { displayPath, FileAccessError, pathKind } from './fs-bundle.ts';

/**
 * The file-system half of `memograph synth`: where the corpus may go, and writing it.
 * The corpus itself comes from the pure generator in src/model/synth/synth.ts.
 */

/** Why the --out folder cannot be written, or null when it can. A command-line problem. */
export function outFolderProblem(out: string, cwd: string, force: boolean): string | null {
  const absolute = resolve(cwd, out);
  const shown = displayPath(out);
  const fromOut = relative(absolute, cwd);
  if (fromOut === '' || (!fromOut.startsWith('..') && !isAbsolute(fromOut))) {
    return `--out ${shown} is the current folder or contains it; name a new folder for the corpus`;
  }
  const kind = pathKind(absolute, shown);
  if (kind === 'missing') return null;
  if (kind === 'file') return `--out ${shown} is a file; synth writes a folder of bundles`;
  const entries = listFolder(absolute, shown);
  if (entries.length === 0) return null;
  // Hidden entries count as strangers too: a ".git" must never be swept away with a corpus.
  const stranger = entries.find(
    (name) =>
      pathKind(join(absolute, name)) !== 'folder' ||
      pathKind(join(absolute, name, 'document.json')) !== 'file',
  );
  if (stranger !== undefined) {
    return `--out ${shown} is not empty and holds ${JSON.stringify(stranger)}, which is not a bundle folder; --force replaces only an earlier corpus, so choose a new or empty folder`;
  }
  if (!force) {
    return `--out ${shown} already holds a corpus (${entries.length} bundle folder${entries.length === 1 ? '' : 's'}); add --force to replace it, or choose a new folder`;
  }
  return null;
}

function listFolder(absolute: string, shown: string): string[] {
  try {
    return readdirSync(absolute).sort();
  } catch (e) {
    throw new FileAccessError(`cannot list ${shown}: ${reason(e)}`);
  }
}

function reason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (typeof code === 'string') return code;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes the bundles under `out`, whole or not at all: everything goes into a temporary folder
 * beside `out`, which is renamed into place only once every file is written. An earlier corpus
 * at `out` (allowed by outFolderProblem) is moved aside first and deleted only after the rename;
 * if anything fails, the temporary folder is removed and the earlier corpus put back.
 */
export function writeCorpus(out: string, cwd: string, bundles: readonly SynthBundle[]): void {
  const absolute = resolve(cwd, out);
  const shown = displayPath(out);
  const parent = dirname(absolute);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const temporary = join(parent, `.${basename(absolute)}.synth-${tag}.tmp`);
  const previous = join(parent, `.${basename(absolute)}.old-${tag}.tmp`);
  let movedAside = false;
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(temporary);
    for (const bundle of bundles) {
      const folder = join(temporary, bundle.folder);
      mkdirSync(folder);
      for (const [name, text] of Object.entries(bundle.files)) {
        writeFileSync(join(folder, name), text, { encoding: 'utf8', flag: 'wx' });
      }
    }
    if (pathKind(absolute, shown) === 'folder') {
      if (readdirSync(absolute).length === 0) rmdirSync(absolute);
      else {
        renameSync(absolute, previous);
        movedAside = true;
      }
    }
    renameSync(temporary, absolute);
  } catch (e) {
    rmSync(temporary, { recursive: true, force: true });
    if (movedAside && pathKind(absolute) === 'missing') renameSync(previous, absolute);
    throw new FileAccessError(`cannot write ${shown}: ${reason(e)}`);
  }
  if (movedAside) rmSync(previous, { recursive: true, force: true });
}
