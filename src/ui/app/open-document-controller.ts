import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { BundleSource } from '../../model/annotation/bundle-source.ts';
import type { Dataset, Diagnostic } from '../../model/contract/types.ts';
import type { LoadProblem } from '../load-dataset.ts';
import type { KeptDocuments } from '../open/documents-menu.ts';
import { whenIdle } from './lazy-elements.ts';

/** The file picker's filter: memos, compiled datasets, and bundles (their files, or a .zip). */
const OPEN_ACCEPT = '.txt,.json,.zip,text/plain,application/json,application/zip';

/** A file the user opened, ready to show. */
export interface OpenedDocument {
  /** The file's name, shown where a dataset's address would be. */
  readonly name: string;
  readonly dataset: Dataset;
  readonly warnings: readonly Diagnostic[];
  /** What to tell the user beside it. */
  readonly notices: readonly string[];
  /** The bundle it was compiled from, to annotate; undefined for a compiled dataset. */
  readonly bundle?: BundleSource;
}

/**
 * The page parameter naming the kept document on screen (`?open=memo.txt`), so that a reload,
 * or a bookmark in this browser, returns to it.
 */
export const OPENED_PARAM = 'open';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Opens a memo, a dataset or a bundle (its files together, or a .zip) from the user's disk,
 * picked with "Open document…" or dropped onto the element. The files are read in the page and
 * never sent anywhere. The opening code loads only when a file is opened. A file that cannot be
 * opened leaves `problem` set and whatever was open on screen.
 */
export class OpenDocumentController implements ReactiveController {
  /** Why the latest file could not be opened, or null. */
  problem: LoadProblem | null = null;
  /** True while a file is dragged over the element. */
  dragging = false;
  /** The name of the opened file shown, or null when the element's own dataset is. */
  current: string | null = null;
  /** The files kept in the browser and their menu, once loaded. */
  private kept: KeptDocuments | null = null;
  private keeping: Promise<KeptDocuments> | null = null;
  private depth = 0;
  private latest = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly noUrl?: boolean },
    private readonly show: (opened: OpenedDocument) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    whenIdle(() => void this.keptDocuments());
    this.reopenFromUrl();
    this.host.addEventListener('dragenter', this.onDragEnter);
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragenter', this.onDragEnter);
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
  }

  private setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }

  private readonly onDragEnter = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    this.depth++;
    this.setDragging(true);
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (!hasFiles(e)) return;
    // Without this the browser would open the file itself, leaving the explorer.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };

  private readonly onDragLeave = (): void => {
    // Entering a child fires dragleave on the parent: only the last leave ends the drag.
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.setDragging(false);
  };

  private readonly onDrop = (e: DragEvent): void => {
    const files = [...(e.dataTransfer?.files ?? [])];
    this.depth = 0;
    this.setDragging(false);
    if (files.length === 0) return;
    e.preventDefault();
    void this.open(files);
  };

  /**
   * Reads, checks and shows one file, or the files of one bundle, and keeps it in the browser
   * unless it came from there. A later file supersedes one still being read.
   */
  async open(files: File | readonly File[], keep = true): Promise<void> {
    const token = ++this.latest;
    const { openFiles } = await import('../open/open-file.ts');
    const outcome = await openFiles(Array.isArray(files) ? files : [files as File]);
    if (token !== this.latest) return;
    if (!outcome.ok) {
      this.problem = outcome.problem;
      this.host.requestUpdate();
      return;
    }
    this.problem = null;
    const { dataset, warnings, notices, bundle } = outcome;
    const kept = outcome.keep;
    const name = kept?.name ?? (files as File).name;
    this.current = name;
    this.recordInUrl(kept ? name : null);
    this.show({ name, dataset, warnings, notices, ...(bundle && { bundle }) });
    this.host.requestUpdate();
    if (keep && kept) await (await this.keptDocuments()).save(kept);
  }

  /** Writes which kept document is on screen into the page's address; null for none. */
  private recordInUrl(name: string | null): void {
    if (this.host.noUrl) return;
    const params = new URLSearchParams(location.search);
    if ((params.get(OPENED_PARAM) ?? null) === name) return;
    if (name === null) params.delete(OPENED_PARAM);
    else params.set(OPENED_PARAM, name);
    const query = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
    );
  }

  /**
   * Opens the kept document the address names, once the element's own dataset has loaded or
   * failed, so that it is not replaced by it. A name no longer kept gets a message.
   */
  private reopenFromUrl(): void {
    if (this.host.noUrl) return;
    const name = new URLSearchParams(location.search).get(OPENED_PARAM);
    if (!name) return;
    const settled = new Promise<void>((resolve) => {
      const done = () => {
        this.host.removeEventListener('mg-dataset-loaded', done);
        this.host.removeEventListener('mg-dataset-error', done);
        resolve();
      };
      this.host.addEventListener('mg-dataset-loaded', done);
      this.host.addEventListener('mg-dataset-error', done);
    });
    void (async () => {
      const { readDocument } = await import('../open/document-store.ts');
      const [file] = await Promise.all([readDocument(name).catch(() => null), settled]);
      if (file) return this.open(file, false);
      this.recordInUrl(null);
      this.problem = {
        summary: `${name}, named in the page's address, is not kept in this browser any more: open it again with "Open document…".`,
        details: [],
        omitted: 0,
      };
      this.host.requestUpdate();
    })();
  }

  /** Loads the kept files' code and list, once. */
  private keptDocuments(): Promise<KeptDocuments> {
    this.keeping ??= import('../open/documents-menu.ts').then(async ({ KeptDocuments }) => {
      const kept = new KeptDocuments(() => this.host.requestUpdate());
      this.kept = kept;
      await kept.refresh();
      return kept;
    });
    return this.keeping;
  }

  private pick(): void {
    this.host.shadowRoot?.querySelector<HTMLInputElement>('input.open-input')?.click();
  }

  private onPicked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that picking the same file again, after editing it, opens it again.
    input.value = '';
    if (files.length > 0) void this.open(files);
  }

  /** The header's button and the file picker it opens, out of sight: the button stands for it. */
  renderButton() {
    return html`<button class="open-button" @click=${() => this.pick()}>Open document…</button>
      <input
        class="open-input"
        type="file"
        accept=${OPEN_ACCEPT}
        multiple
        hidden
        @change=${(e: Event) => this.onPicked(e)}
      />`;
  }

  /**
   * The Documents menu: the element's own dataset, and every file kept in the browser, to switch
   * to or forget. `openEmbedded` shows the element's own dataset again.
   */
  renderMenu(openEmbedded: () => void) {
    // Until a file is kept the menu would offer the embedded memo alone: it is left out.
    return this.kept && this.kept.documents.length > 0
      ? this.kept.render(
          { html, nothing },
          {
            current: this.current,
            openEmbedded: () => {
              this.current = null;
              this.problem = null;
              this.recordInUrl(null);
              openEmbedded();
            },
            open: (file) => void this.open(file, false),
          },
        )
      : nothing;
  }

  /** The drop target shown while a file is dragged over the explorer. */
  renderOverlay() {
    if (!this.dragging) return nothing;
    return html`<div class="drop-overlay" role="status">
      <p>Drop a memo (.txt), a dataset (.json), or a bundle (its files, or a .zip) to open it</p>
    </div>`;
  }
}
