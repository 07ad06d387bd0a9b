import type { LoadProblem } from '../load-dataset.ts';

/**
 * What the explorer opens from the user's own disk, decided before a byte is read: its kind by
 * name and type, and the size limit.
 */

/** The largest file opened: read whole into the page, a larger one would stall it. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

export type FileKind = 'memo' | 'dataset' | 'unknown';

/** What a file's name and type say it is; "unknown" leaves the choice to its content. */
export function fileKindOf(name: string, type: string): FileKind {
  if (/\.json$/i.test(name) || type === 'application/json') return 'dataset';
  if (/\.txt$/i.test(name) || type === 'text/plain') return 'memo';
  return 'unknown';
}

/** Rounded up to a tenth, so that a file just over the limit does not read as the limit. */
function megabytes(bytes: number): string {
  return `${Math.ceil((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Why a file of `size` bytes is refused before it is read, or null. */
export function sizeProblem(name: string, size: number): LoadProblem | null {
  if (size === 0) {
    return {
      summary: `${name} is empty: there is no memo or dataset in it.`,
      details: [],
      omitted: 0,
    };
  }
  if (size > MAX_OPEN_BYTES) {
    return {
      summary: `${name} is too large to open (${megabytes(size)}): the limit is ${megabytes(MAX_OPEN_BYTES)}.`,
      details: ['Split the memo, or compile the dataset and serve it beside the app with ?data=.'],
      omitted: 0,
    };
  }
  return null;
}
