import { citationFormatById, type CitationFormatId } from '../model/words/citation.ts';

/**
 * The citation format the user chose, kept in this browser's settings (localStorage) so that a
 * reload, a permalink or the Export menu's "Copy citations" uses the same one. Storage that is
 * full, disabled or blocked (private windows, sandboxed frames) only means the choice is not kept.
 */
const KEY = 'memograph.citationFormat';

export function loadCitationFormat(): CitationFormatId {
  try {
    return citationFormatById(globalThis.localStorage?.getItem(KEY)).id;
  } catch {
    return citationFormatById(null).id;
  }
}

export function saveCitationFormat(id: CitationFormatId): void {
  try {
    globalThis.localStorage?.setItem(KEY, id);
  } catch {
    // Not kept; the panel still uses the choice until the page is closed.
  }
}
