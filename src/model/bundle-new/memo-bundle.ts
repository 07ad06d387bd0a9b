import type { BundleSource } from '../annotation/bundle-source.ts';
import type { Diagnostic } from '../contract/types.ts';
import { parseMemo } from '../memo/memo-parser.ts';
import { newBundle } from './new-bundle.ts';

/**
 * A memo opened in the explorer becomes, in memory, the bundle `memograph new` would write for
 * it, so that the explorer shows exactly what `memograph build` would compile from that bundle.
 */

export type MemoBundleResult =
  | {
      readonly bundle: BundleSource;
      /** How many actors were suggested. */
      readonly actors: number;
    }
  | {
      /** One sentence: why the text is not opened. */
      readonly refusal: string;
      /** The parser's problems, named after the file. */
      readonly problems: readonly Diagnostic[];
    };

/** Builds the bundle of a memo's text, or says why the text is not a memo it can open. */
export function memoBundle(
  fileName: string,
  text: string,
  relationTypes: readonly unknown[],
): MemoBundleResult {
  const { memo, problems } = parseMemo(text);
  const located = problems.map((p): Diagnostic => ({ ...p, file: fileName }));
  if (memo.paragraphs.length === 0) {
    return {
      refusal: `${fileName} is not a memo: no paragraphs found. A memo is blocks of prose separated by blank lines.`,
      problems: located,
    };
  }
  const errors = located.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    return { refusal: `${fileName} cannot be opened as a memo.`, problems: errors };
  }
  const made = newBundle({ fileName, memo, schemaBase: null, relationTypes });
  const files = new Map<string, string>([[made.source, text], ...made.files]);
  return {
    bundle: { name: made.documentId, exists: true, readFile: (name) => files.get(name) },
    actors: made.actors.length,
  };
}
