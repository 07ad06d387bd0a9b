/**
 * "Save to graph-data" under `npm start`: what the page sends the dev server and what it answers.
 * The page POSTs the bundle .zip (as Export bundle makes it) to SAVE_BUNDLE_PATH with the
 * bundle's name in the query; the server writes `graph-data/<bundle>/` and answers SaveResponse.
 */

export const SAVE_BUNDLE_PATH = '/__memograph/save-bundle';

/**
 * Where the dev server serves a graph-data bundle compiled as `memograph build` would:
 * `${SAVED_DATASET_PATH}<bundle>.json`, for `?data=` after a save.
 */
export const SAVED_DATASET_PATH = '/__memograph/graph-data/';

/** What the dev server answers, as JSON, with 200 when saved and 4xx when not. */
export type SaveResponse =
  | {
      readonly saved: true;
      /** "graph-data/peru-hostages-1996". */
      readonly folder: string;
      /** The files written, by name. */
      readonly files: readonly string[];
      /** Where the saved bundle is served compiled, for `?data=`: "/__memograph/graph-data/x.json". */
      readonly dataset: string;
      /** The checker's warnings on the saved bundle, formatted file:line:col. */
      readonly warnings: readonly string[];
    }
  | {
      readonly saved: false;
      /** One sentence: why nothing was written. */
      readonly message: string;
      /** The checker's errors, formatted file:line:col, when the bundle itself is wrong. */
      readonly problems: readonly string[];
    };

/**
 * Why a name cannot be a bundle folder of graph-data, or null when it can: the names `memograph
 * new` gives (lower-case letters, digits, ".", "_" and "-", beginning with a letter or digit),
 * which cannot climb out of graph-data or name its schema folder.
 */
export function bundleNameProblem(name: string): string | null {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name) || name.length > 120) {
    return `"${name}" is not a bundle name: use lower-case letters, digits, ".", "_" and "-", beginning with a letter or digit`;
  }
  if (name === 'schema') return '"schema" is graph-data\'s folder of JSON schemas, not a bundle';
  return null;
}
