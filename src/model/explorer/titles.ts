import type { DatasetIndex } from '../dataset/query.ts';
import { relationHeadline } from '../words/describe.ts';
import type { Selection } from './view-state.ts';

/**
 * The page's title: what is selected, in which document. A collection of several documents is
 * named Memograph; before a dataset opens the title says whether loading failed.
 */
export function pageTitle(
  index: DatasetIndex | null,
  selection: Selection | null,
  failed: boolean,
): string {
  if (!index) return failed ? 'Dataset error — Memograph' : 'Memograph';
  const doc = index.dataset.documents[0];
  const base = index.dataset.documents.length === 1 && doc ? doc.title : 'Memograph';
  if (selection?.kind === 'relation') {
    const r = index.relationById.get(selection.id);
    if (r) return `${relationHeadline(index, r)} — ${base} — Memograph`;
  }
  if (selection?.kind === 'actor') {
    const a = index.actorById.get(selection.id);
    if (a) return `${a.name} — ${base} — Memograph`;
  }
  return base === 'Memograph' ? base : `${base} — Memograph`;
}

/** The accessible name of the side panel, which says what it shows for the selection. */
export function panelLabel(selection: Selection | null): string {
  switch (selection?.kind) {
    case 'relation':
      return 'Evidence for the selected relation';
    case 'actor':
      return 'Selected actor';
    case 'paragraph':
      return 'Selected paragraph';
    default:
      return 'Overview';
  }
}
