import type { DatasetIndex } from '../dataset/query.ts';
import { sameSelection, toSearchParams, type ViewState } from './view-state.ts';

/** The parts of the page's address that the view is written into. */
export interface PageAddress {
  readonly origin: string;
  readonly pathname: string;
  /** With its leading `?`, or empty. */
  readonly search: string;
  /** With its leading `#`, or empty. */
  readonly hash: string;
}

/**
 * The page address that shows `view`, keeping every parameter that is not the view's (such as
 * `data`) and the hash; null when that is the address the page already has.
 */
export function viewAddress(
  view: ViewState,
  index: DatasetIndex,
  page: Omit<PageAddress, 'origin'>,
): string | null {
  const query = toSearchParams(view, index, new URLSearchParams(page.search)).toString();
  const url = `${page.pathname}${query ? `?${query}` : ''}${page.hash}`;
  return url === `${page.pathname}${page.search}${page.hash}` ? null : url;
}

/** Selections are history entries; filters and layouts replace the current entry. */
export function isHistoryEntry(previous: ViewState, next: ViewState): boolean {
  return !sameSelection(next.selection, previous.selection);
}

/** What kind of change made a history entry: it is kept in the entry's `history.state`. */
export type HistoryKind = 'selection' | 'filters' | 'layout';

/**
 * How a change of view enters the browser's history, so that Back does what an analyst
 * expects:
 * - a new selection is a new entry (when the change may push one at all), so Back returns
 *   to the previous relation, actor or paragraph;
 * - a run of filter changes is one entry: the first change after anything else pushes, the
 *   ones after it replace it, so one Back returns to the view before the filtering began
 *   instead of undoing one checkbox at a time, and Back from a filtered view always lands
 *   on the unfiltered view inside the app, never on the page before it;
 * - a run of layout changes is one entry in the same way;
 * - anything else (the table's sort, the graph's zoom) replaces the current entry.
 * `current` is the kind of the entry the browser is on (null for the page's first entry).
 */
export function historyStep(
  previous: ViewState,
  next: ViewState,
  allowPush: boolean,
  current: HistoryKind | null,
): { readonly push: boolean; readonly kind: HistoryKind | null } {
  if (!sameSelection(next.selection, previous.selection)) {
    return { push: allowPush, kind: allowPush ? 'selection' : current };
  }
  if (JSON.stringify(next.filters) !== JSON.stringify(previous.filters)) {
    return { push: current !== 'filters', kind: 'filters' };
  }
  if (next.layout !== previous.layout) return { push: current !== 'layout', kind: 'layout' };
  return { push: false, kind: current };
}

/**
 * An absolute link to exactly this view of this dataset. An embedded explorer does not own the
 * page's parameters, so its link carries only the view and the dataset's address.
 */
export function permalinkFor(
  view: ViewState,
  index: DatasetIndex,
  page: Omit<PageAddress, 'hash'>,
  src: string | null,
  embedded: boolean,
): string {
  const base = new URLSearchParams(embedded ? '' : page.search);
  if (src) base.set('data', src);
  const query = toSearchParams(view, index, base).toString();
  return `${page.origin}${page.pathname}${query ? `?${query}` : ''}`;
}

/** Which dataset to show: the `src` attribute, then the page's `?data=`, then the default. */
export function datasetAddressFor(
  src: string | null,
  search: string | null,
  fallback: string,
): string {
  if (src) return src;
  const fromUrl = search === null ? null : new URLSearchParams(search).get('data');
  return fromUrl ?? fallback;
}
