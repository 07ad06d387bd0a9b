import type { Diagnostic } from '../model/contract/types.ts';

/**
 * File-system failures in plain words. A raw code ("ELOOP") means nothing to most users, so
 * every message that reports one goes through here and names the path beside it.
 */

/** A file that exists but cannot be used. Its message is fit to show as it is. */
export class FileAccessError extends Error {
  override readonly name = 'FileAccessError';
}

/**
 * A file that is there but is not UTF-8 text. It carries the same located diagnostic the browser
 * gives for the same bytes, and is printed as that diagnostic.
 */
export class TextDecodeError extends FileAccessError {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'a folder on the path does not exist',
  ELOOP: 'too many symbolic links on the path (a symbolic link that points back to itself?)',
  EEXIST: 'something else is already there',
  ENOTEMPTY: 'the folder is not empty',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EXDEV: 'it is on another file system',
  EBUSY: 'it is in use',
  ETXTBSY: 'it is in use',
  ENXIO: 'it is a device that is not there',
  ENODEV: 'it is a device that cannot hold a file',
  EINVAL: 'the name is not allowed here',
  EFBIG: 'the file would be too large',
  EIO: 'the disk reported an input/output error',
};

/** Why a file-system call failed, in words. */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? `the system refused it (${code})`;
  return e instanceof Error ? e.message : String(e);
}

export function errorCode(e: unknown): unknown {
  return (e as { code?: unknown } | null)?.code;
}
