import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import {
  INITIAL_STATE,
  fromSearchParams,
  type UrlReadResult,
  type ViewState,
} from '../../model/explorer/view-state.ts';
import {
  datasetAddressFor,
  isHistoryEntry,
  permalinkFor,
  viewAddress,
} from '../../model/explorer/view-url.ts';
import { DEFAULT_DATASET_PATH } from '../load-dataset.ts';

/** What the controller reads of its element. */
export interface UrlSyncHost extends ReactiveControllerHost {
  /** Set when embedded in a page whose URL the explorer must not touch. */
  readonly noUrl: boolean;
  /** The dataset's address given by the element, if any. */
  readonly src: string | null;
}

/**
 * Keeps the page's URL and history in step with the view: reads the view from the URL when a
 * dataset opens and when the user goes back or forward, and writes every change of view into it.
 * An element marked `noUrl` reads and writes nothing.
 */
export class UrlSyncController implements ReactiveController {
  constructor(
    private readonly host: UrlSyncHost,
    private readonly index: () => DatasetIndex | null,
    private readonly restore: (view: ViewState) => void,
  ) {
    host.addController(this);
  }

  private readonly onPopState = (): void => {
    const index = this.index();
    if (!index || this.host.noUrl) return;
    this.restore(fromSearchParams(new URLSearchParams(location.search), index).state);
  };

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Which dataset to show: the element's `src`, then the page's `?data=`, then the default. */
  datasetAddress(): string {
    return datasetAddressFor(
      this.host.src,
      this.host.noUrl ? null : location.search,
      new URL(DEFAULT_DATASET_PATH, document.baseURI).href,
    );
  }

  /** The view the URL asks for in a newly opened dataset, and what in it could not be honoured. */
  read(index: DatasetIndex): UrlReadResult {
    return this.host.noUrl
      ? { state: INITIAL_STATE, problems: [] }
      : fromSearchParams(new URLSearchParams(location.search), index);
  }

  /** Writes a new view into the URL: a new history entry when `allowPush` and the selection moved. */
  write(previous: ViewState, next: ViewState, allowPush: boolean): void {
    const index = this.index();
    if (this.host.noUrl || !index) return;
    const path = viewAddress(next, index, location);
    if (path === null) return;
    // A full address: a path that starts with `//` would otherwise be taken for another site.
    const url = `${location.origin}${path}`;
    if (allowPush && isHistoryEntry(previous, next)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Absolute link to exactly this view. */
  permalink(view: ViewState): string {
    const index = this.index();
    if (!index) return location.href;
    return permalinkFor(view, index, location, this.host.src, this.host.noUrl);
  }
}
