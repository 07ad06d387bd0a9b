import { zipBundle } from '../../model/bundle-zip/bundle-zip.ts';
import { SAVE_BUNDLE_PATH, type SaveResponse } from '../../model/bundle-zip/save-request.ts';
import { bundleFiles, type AnnotationState } from '../../model/edit/annotation-state.ts';

/**
 * "Save to graph-data": sends the bundle being annotated to the dev server, which writes it into
 * `graph-data/<bundle>/` (src/cli/vite-save-plugin.ts). Only `npm start` serves the endpoint; a
 * built site has no server to write with, so the button is shown only where this is true.
 */
export const canSaveToGraphData: boolean = import.meta.env.DEV;

/**
 * Saves the state as `graph-data/<state.name>/`. Never throws: a refusal or a server that does not
 * answer comes back as `{ saved: false, message }`, to show as it is. After `saved: true` the
 * page may reload to show the recompiled data.
 */
export async function saveToGraphData(state: AnnotationState): Promise<SaveResponse> {
  const zip = zipBundle(state.name, bundleFiles(state));
  let response: Response;
  try {
    response = await fetch(`${SAVE_BUNDLE_PATH}?bundle=${encodeURIComponent(state.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/zip' },
      body: zip,
    });
  } catch {
    return {
      saved: false,
      message: 'Not saved: the dev server did not answer. Is `npm start` still running?',
      problems: [],
    };
  }
  try {
    return (await response.json()) as SaveResponse;
  } catch {
    return {
      saved: false,
      message: `Not saved: the dev server answered ${response.status} ${response.statusText}, not a save result. Saving to graph-data works only under \`npm start\`.`,
      problems: [],
    };
  }
}
