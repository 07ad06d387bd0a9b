import { lstatSync, mkdirSync, readlinkSync, renameSync, type Stats, unlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { specialKind } from './fs-bundle.ts';
import { describeFsError, errorCode, FileAccessError } from './fs-errors.ts';
import { whileWriting } from './interrupt.ts';
import { literal, removeStale, staleEntries } from './stale-temp.ts';

/**
 * Writing `build`'s output without changing anything but its content: a symbolic link is written
 * through to its target (not replaced by a file), an existing file keeps its permissions, and
 * anything that is not a regular file (a folder, a device such as /dev/full, a FIFO) is refused
 * rather than renamed over.
 */

/** The file that will be replaced, and the permissions it must keep. */
export interface OutputTarget {
  readonly absolute: string;
  /** The existing file's permission bits; undefined for a new file. */
  readonly mode: number | undefined;
}

const MAX_LINKS = 40;

/** Follows symbolic links from `absolute` to the file to write; checks that it can be one. */
export function outputTarget(absolute: string, shown: string): OutputTarget {
  const refuse = (e: unknown) =>
    new FileAccessError(`cannot write ${shown}: ${describeFsError(e)}`);
  let path = absolute;
  for (let hops = 0; ; hops++) {
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return { absolute: path, mode: undefined };
      throw refuse(e);
    }
    if (stat.isSymbolicLink()) {
      if (hops === MAX_LINKS) throw refuse({ code: 'ELOOP' });
      try {
        path = resolve(dirname(path), readlinkSync(path));
      } catch (e) {
        throw refuse(e);
      }
      continue;
    }
    if (stat.isDirectory()) throw new FileAccessError(`cannot write ${shown}: it is a folder`);
    if (!stat.isFile()) {
      throw new FileAccessError(
        `cannot write ${shown}: it is ${specialKind(stat)}, not a regular file; build writes only regular files`,
      );
    }
    return { absolute: path, mode: stat.mode & 0o7777 };
  }
}

// Small enough that a long write yields to the event loop often, so a signal is handled promptly.
const CHUNK = 1 << 16;

/**
 * Writes `content` (text as UTF-8) so that the file is either entirely the old one or entirely
 * the new one: the content goes to a temporary file in the same folder (so the rename stays on
 * one file system) and is then renamed over the target. Missing parent folders are created. The
 * write is done in pieces, so that a signal can stop it: the temporary file is then removed and
 * the old file stays. Temporary files that an earlier, killed run left behind are removed first.
 */
export async function writeOutputFile(
  absolute: string,
  shown: string,
  content: string | Uint8Array,
): Promise<void> {
  const target = outputTarget(absolute, shown);
  const folder = dirname(target.absolute);
  const name = basename(target.absolute);
  removeStale(
    folder,
    staleEntries(folder, new RegExp(`^\\.${literal(name)}\\.(?<pid>\\d+)\\.[a-z0-9]+\\.tmp$`)),
  );
  const temporary = join(
    folder,
    `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  const removeTemporary = () => {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already gone: either way nothing is left behind.
    }
  };
  const release = whileWriting(removeTemporary);
  try {
    mkdirSync(folder, { recursive: true });
    const file = await open(temporary, 'wx', target.mode ?? 0o666);
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      for (let at = 0; at < bytes.length; at += CHUNK) {
        await file.write(bytes, at, Math.min(CHUNK, bytes.length - at));
      }
      // The umask may have narrowed the mode given to open.
      if (target.mode !== undefined) await file.chmod(target.mode);
    } finally {
      await file.close();
    }
    renameSync(temporary, target.absolute);
  } catch (e) {
    removeTemporary();
    throw new FileAccessError(`cannot write ${shown}: ${describeFsError(e)}`);
  } finally {
    release();
  }
}
