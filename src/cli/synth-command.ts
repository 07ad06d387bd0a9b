import {
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SynthBundle } from '../model/synth/synth.ts';
import { displayPath, pathKind } from './fs-bundle.ts';
import { describeFsError, FileAccessError } from './fs-errors.ts';
import { whileWriting, yieldToSignals } from './interrupt.ts';
import { literal, removeStale, staleEntries } from './stale-temp.ts';
import { MANIFEST, manifestText, survey } from './synth-manifest.ts';

/**
 * The file-system half of `memograph synth`: where the corpus may go, and writing it.
 * The corpus itself comes from the pure generator in src/model/synth/synth.ts.
 */

/** Where the corpus goes: a symbolic link named as --out is written through, not replaced. */
function outFolder(out: string, cwd: string): string {
  const absolute = resolve(cwd, out);
  try {
    return lstatSync(absolute).isSymbolicLink() ? realpathSync(absolute) : absolute;
  } catch {
    return absolute;
  }
}

/** Why the --out folder cannot be written, or null when it can. A command-line problem. */
export function outFolderProblem(out: string, cwd: string, force: boolean): string | null {
  const absolute = outFolder(out, cwd);
  const shown = displayPath(out);
  const fromOut = relative(absolute, cwd);
  if (fromOut === '' || (!fromOut.startsWith('..') && !isAbsolute(fromOut))) {
    return `--out ${shown} is the current folder or contains it; name a new folder for the corpus`;
  }
  const kind = pathKind(absolute, shown);
  if (kind === 'missing') return null;
  if (kind === 'file') return `--out ${shown} is a file; synth writes a folder of bundles`;
  const entries = listFolder(absolute, shown).filter((name) => name !== MANIFEST);
  if (entries.length === 0 && !force) return null;
  // Hidden entries count as strangers too: a ".git" must never be swept away with a corpus.
  const stranger = entries.find(
    (name) =>
      pathKind(join(absolute, name)) !== 'folder' ||
      pathKind(join(absolute, name, 'document.json')) !== 'file',
  );
  if (stranger !== undefined) {
    return `--out ${shown} is not empty and holds ${JSON.stringify(stranger)}, which is not a bundle folder; --force replaces only an earlier corpus, so choose a new or empty folder`;
  }
  const { manifest, lost } = survey(absolute);
  if (lost.length === 0) {
    if (force) return null;
    return `--out ${shown} already holds a corpus (${entries.length} bundle folder${entries.length === 1 ? '' : 's'}); add --force to replace it, or choose a new folder`;
  }
  // Said even without --force, so that nobody adds it only to be refused again.
  const some = lost.slice(0, 3).map((path) => `${shown}/${path}`);
  const files = `${lost.length} file${lost.length === 1 ? '' : 's'}`;
  return `--force would delete ${files} that memograph synth did not write (or that changed since): ${some.join(', ')}${lost.length > some.length ? ', …' : ''}; ${manifest ? '' : `${shown} has no ${MANIFEST}, so synth did not write it; `}--force replaces only a corpus synth wrote, so move them away or choose a new folder`;
}

function listFolder(absolute: string, shown: string): string[] {
  try {
    return readdirSync(absolute).sort();
  } catch (e) {
    throw new FileAccessError(`cannot list ${shown}: ${describeFsError(e)}`);
  }
}

/** The hidden names beside `out` that a write of it uses for a while. */
function temporaryPattern(out: string): RegExp {
  return new RegExp(
    `^\\.${literal(basename(out))}\\.(?<kind>synth|old)-(?<pid>\\d+)-[a-z0-9]+\\.tmp$`,
  );
}

/**
 * Tidies after an earlier synth that was killed outright (`kill -9`) while writing `out`: its
 * half-written corpus is removed and, if it had moved the corpus before it aside and died
 * before putting the new one in place, that corpus is put back. An earlier corpus that was
 * already replaced is deleted only when it holds nothing synth did not write.
 */
export function recoverInterruptedSynth(out: string, cwd: string): void {
  const absolute = outFolder(out, cwd);
  const parent = dirname(absolute);
  const pattern = temporaryPattern(absolute);
  const stale = staleEntries(parent, pattern);
  removeStale(
    parent,
    stale.filter((name) => pattern.exec(name)?.groups?.kind === 'synth'),
  );
  for (const name of stale.filter((n) => pattern.exec(n)?.groups?.kind === 'old')) {
    const aside = join(parent, name);
    try {
      if (pathKind(absolute) === 'missing') renameSync(aside, absolute);
      else if (survey(aside).lost.length === 0) rmSync(aside, { recursive: true, force: true });
    } catch {
      // Left as it is: it holds the user's earlier corpus, which is worth more than tidiness.
    }
  }
}

/**
 * Writes the bundles under `out`, whole or not at all: everything goes into a temporary folder
 * beside `out`, which is renamed into place only once every file is written. An earlier corpus
 * at `out` (allowed by outFolderProblem) is moved aside first and deleted only after the rename;
 * if anything fails, the temporary folder is removed and the earlier corpus put back. The last
 * file written is the manifest, the list of every file, which a later `--force` relies on.
 */
export function writeCorpus(out: string, cwd: string, bundles: readonly SynthBundle[]): void {
  const steps = corpusWrite(out, cwd, bundles);
  while (!steps.next().done);
}

/** writeCorpus, letting a signal stop it between bundles (it then undoes what it did). */
export async function writeCorpusInterruptibly(
  out: string,
  cwd: string,
  bundles: readonly SynthBundle[],
): Promise<void> {
  const steps = corpusWrite(out, cwd, bundles);
  while (!steps.next().done) await yieldToSignals();
}

function* corpusWrite(
  out: string,
  cwd: string,
  bundles: readonly SynthBundle[],
): Generator<void, void, void> {
  const absolute = outFolder(out, cwd);
  const shown = displayPath(out);
  const parent = dirname(absolute);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const temporary = join(parent, `.${basename(absolute)}.synth-${tag}.tmp`);
  const previous = join(parent, `.${basename(absolute)}.old-${tag}.tmp`);
  let movedAside = false;
  const undo = () => {
    rmSync(temporary, { recursive: true, force: true });
    if (movedAside && pathKind(absolute) === 'missing') renameSync(previous, absolute);
  };
  const release = whileWriting(undo);
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(temporary);
    const written = new Map<string, string>();
    for (const bundle of bundles) {
      const folder = join(temporary, bundle.folder);
      mkdirSync(folder);
      for (const [name, text] of Object.entries(bundle.files)) {
        writeFileSync(join(folder, name), text, { encoding: 'utf8', flag: 'wx' });
        written.set(`${bundle.folder}/${name}`, text);
      }
      yield;
    }
    writeFileSync(join(temporary, MANIFEST), manifestText(written), {
      encoding: 'utf8',
      flag: 'wx',
    });
    if (pathKind(absolute, shown) === 'folder') {
      if (readdirSync(absolute).length === 0) rmdirSync(absolute);
      else {
        renameSync(absolute, previous);
        movedAside = true;
      }
    }
    renameSync(temporary, absolute);
  } catch (e) {
    undo();
    throw new FileAccessError(`cannot write ${shown}: ${describeFsError(e)}`);
  } finally {
    release();
  }
  if (movedAside) rmSync(previous, { recursive: true, force: true });
}
