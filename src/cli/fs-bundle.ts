import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BundleSource } from '../model/annotation/bundle-source.ts';
import { decodeText } from '../model/json/decode-text.ts';
import {
  describeFsError as reason,
  errorCode,
  FileAccessError,
  TextDecodeError,
} from './fs-errors.ts';

/**
 * How the CLI reads the file system: bundle files for the model, and what kind of thing a path
 * is. Paths are resolved against the CLI's working directory but always shown as
 * the user typed them.
 */

function isMissing(e: unknown): boolean {
  return errorCode(e) === 'ENOENT';
}

interface StatKind {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/** What a path that is neither a regular file nor a folder is, e.g. "a FIFO (named pipe)". */
export function specialKind(stat: StatKind): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a device';
  if (stat.isBlockDevice()) return 'a disk device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The bytes of a file, or undefined when there is no such file. Throws FileAccessError when the
 * file is there but unreadable, or is a folder, a FIFO or a device.
 */
export function readFileBytes(absolute: string, shown: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer;
    // reading a FIFO or a device such as /dev/zero would hang or never end.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!stat.isFile()) {
      throw new FileAccessError(
        `cannot read ${shown}: it is ${specialKind(stat)}, not a regular file`,
      );
    }
    return readFileSync(fd);
  } catch (e) {
    if (e instanceof FileAccessError) throw e;
    if (isMissing(e)) return undefined;
    throw new FileAccessError(`cannot read ${shown}: ${reason(e)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The text of a file, or undefined when there is no such file. Throws FileAccessError when the
 * file is there but unreadable; TextDecodeError when it is not UTF-8 text.
 */
export function readTextFile(absolute: string, shown: string): string | undefined {
  const bytes = readFileBytes(absolute, shown);
  if (bytes === undefined) return undefined;
  // The model's decoder, so a file that is not UTF-8 gets the browser's verdict, line and column.
  const decoded = decodeText(bytes, shown);
  if ('diagnostic' in decoded) throw new TextDecodeError(decoded.diagnostic);
  return decoded.text;
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
