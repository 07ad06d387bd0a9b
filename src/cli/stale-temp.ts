import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from './fs-errors.ts';

/**
 * After a `kill -9` (which no handler can catch) a temporary file of an earlier run stays
 * behind. The next run that writes the same output removes those of its own naming, but only
 * when the process that made them is gone: a live one may still be writing.
 */

/** Whether a process with this id is running (one we may not signal is running too). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

/**
 * The names in `folder` that `pattern` matches and whose process (the pattern's `pid` group) is
 * no longer running.
 */
export function staleEntries(folder: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => {
    const pid = pattern.exec(name)?.groups?.pid;
    return pid !== undefined && !isRunning(Number(pid));
  });
}

/** Removes what staleEntries finds; anything that cannot be removed is left for the next run. */
export function removeStale(folder: string, names: readonly string[]): void {
  for (const name of names) {
    try {
      rmSync(join(folder, name), { recursive: true, force: true });
    } catch {
      // Not ours to fight over: it stays until a run can remove it.
    }
  }
}

/** A name as a regular expression that matches it literally. */
export function literal(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
