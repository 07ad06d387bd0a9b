/**
 * Annotation bundles: a folder per document (`graph-data/<bundle>/`) holding document.json, the
 * verbatim text, actors.json, relation-types.json and relations.json. The model turns bundles
 * into the compiled dataset and says, file by file and line by line, everything that stops it.
 * It never touches the file system: the CLI, the Vite plugin and the tests hand it a
 * BundleSource.
 */

/** One bundle folder, as the model sees it. */
export interface BundleSource {
  /** The folder as the user named it, e.g. "graph-data/peru-hostages-1996"; prefixes every file. */
  readonly name: string;
  /** The text of a file in the folder, or undefined when there is no such file. */
  readFile(fileName: string): string | undefined;
  /** False when the folder itself does not exist. */
  readonly exists: boolean;
}

/** The files every bundle holds besides the source text, in the order they are read. */
export const BUNDLE_FILES = [
  'document.json',
  'actors.json',
  'relation-types.json',
  'relations.json',
] as const;
