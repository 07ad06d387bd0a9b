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
  historyStep,
  permalinkFor,
  viewAddress,
  type HistoryKind,
} from '../../model/explorer/view-url.ts';
import {
  INITIAL_PRESENTATION,
  presentationFromParams,
  withPresentation,
  type Presentation,
} from '../../model/explorer/presentation.ts';
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
    private readonly restorePresentation: (presentation: Presentation) => void = () => {},
  ) {
    host.addController(this);
  }

  private readonly onPopState = (): void => {
    const index = this.index();
    if (!index || this.host.noUrl) return;
    const params = new URLSearchParams(location.search);
    this.restore(fromSearchParams(params, index).state);
    this.restorePresentation(presentationFromParams(params).presentation);
  };

  /** The kind of change that made the history entry the browser is on (see `historyStep`). */
  private currentKind(): HistoryKind | null {
    const state: unknown = history.state;
    const kind =
      state && typeof state === 'object' ? (state as { mgKind?: unknown }).mgKind : undefined;
    return kind === 'selection' || kind === 'filters' || kind === 'layout' ? kind : null;
  }

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

  /**
   * Writes a new view into the URL. A new selection is a new history entry when `allowPush`;
   * a run of filter changes, or of layout changes, is one entry (see `historyStep`).
   */
  write(previous: ViewState, next: ViewState, allowPush: boolean): void {
    const index = this.index();
    if (this.host.noUrl || !index) return;
    const path = viewAddress(next, index, location);
    if (path === null) return;
    // A full address: a path that starts with `//` would otherwise be taken for another site.
    const url = `${location.origin}${path}`;
    const step = historyStep(previous, next, allowPush, this.currentKind());
    const state = step.kind ? { mgKind: step.kind } : null;
    if (step.push) history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  }

  /** The table's sort and the graph's zoom the URL asks for, and what in it could not be read. */
  readPresentation(): { presentation: Presentation; problems: readonly string[] } {
    return this.host.noUrl
      ? { presentation: INITIAL_PRESENTATION, problems: [] }
      : presentationFromParams(new URLSearchParams(location.search));
  }

  /** Writes the sort and the zoom into the current entry: how the view is looked at is no step back. */
  writePresentation(presentation: Presentation): void {
    if (this.host.noUrl) return;
    const query = withPresentation(presentation, new URLSearchParams(location.search)).toString();
    const url = `${location.origin}${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== location.href) history.replaceState(history.state, '', url);
  }

  /** Absolute link to exactly this view, looked at as it is (sort and zoom) when given. */
  permalink(view: ViewState, presentation?: Presentation): string {
    const index = this.index();
    if (!index) return location.href;
    const link = permalinkFor(view, index, location, this.host.src, this.host.noUrl);
    if (!presentation) return link;
    const url = new URL(link);
    url.search = withPresentation(presentation, url.searchParams).toString();
    return url.href;
  }
}
