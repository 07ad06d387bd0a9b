import { readDraft } from './draft-store.ts';

/**
 * Whether a document has annotation work saved in this browser: asked whenever a document is
 * shown, so that saved work is shown with it. Loads only the draft store, not the tools.
 */
export async function hasDraft(documentId: string): Promise<boolean> {
  try {
    return (await readDraft(documentId)) !== null;
  } catch {
    // No IndexedDB (a private window may refuse it): there is no saved work to show.
    return false;
  }
}
