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
