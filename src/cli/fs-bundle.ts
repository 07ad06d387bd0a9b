import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BundleSource } from '../model/annotation/bundle-source.ts';

/**
 * The CLI's only contact with the file system: it reads bundle files for the model and writes the
 * compiled dataset. Paths are resolved against the CLI's working directory but always shown as
 * the user typed them.
 */

/** A file that exists but cannot be used. Its message is fit to show as it is. */
export class FileAccessError extends Error {
  override readonly name = 'FileAccessError';
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
};

function reason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? code;
  return e instanceof Error ? e.message : String(e);
}

function isMissing(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ENOENT';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file, or undefined when there is no such file. Throws FileAccessError when the
 * file is there but unreadable, or is not UTF-8 text.
 */
export function readTextFile(absolute: string, shown: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (e) {
    if (isMissing(e)) return undefined;
    throw new FileAccessError(`cannot read ${shown}: ${reason(e)}`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new FileAccessError(`cannot read ${shown}: it is not UTF-8 text`);
  }
}

export type PathKind = 'folder' | 'file' | 'missing';

export function pathKind(absolute: string, shown = absolute): PathKind {
  try {
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) return 'missing';
    return stat.isDirectory() ? 'folder' : 'file';
  } catch (e) {
    if (isMissing(e)) return 'missing';
    throw new FileAccessError(`cannot look at ${shown}: ${reason(e)}`);
  }
}

/** The path as typed, without trailing slashes, so "a/" and "a" name files the same way. */
export function displayPath(typed: string): string {
  const trimmed = typed.replace(/[/\\]+$/, '');
  return trimmed === '' ? typed : trimmed;
}

/** A bundle folder on disk, named as the user typed it. */
export function fsBundleSource(typed: string, cwd: string): BundleSource {
  const folder = resolve(cwd, typed);
  const name = displayPath(typed);
  return {
    name,
    exists: pathKind(folder, name) === 'folder',
    readFile: (fileName) => readTextFile(join(folder, fileName), `${name}/${fileName}`),
  };
}

/**
 * Writes `text` so that the file is either entirely the old one or entirely the new one: the
 * text goes to a temporary file in the same folder (so the rename stays on one file system) and
 * is then renamed over the target. Missing parent folders are created.
 */
export function writeFileAtomic(absolute: string, shown: string, text: string): void {
  if (pathKind(absolute, shown) === 'folder') {
    throw new FileAccessError(`cannot write ${shown}: it is a folder`);
  }
  const folder = dirname(absolute);
  const temporary = join(
    folder,
    `.${basename(absolute)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temporary, absolute);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or it is already gone: either way there is nothing left behind.
    }
    throw new FileAccessError(`cannot write ${shown}: ${reason(e)}`);
  }
}
