import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset, Diagnostic } from '../../model/contract/types.ts';
import type { LoadProblem } from '../load-dataset.ts';

/** The file picker's filter: memos and compiled datasets. */
const OPEN_ACCEPT = '.txt,.json,text/plain,application/json';

/** A file the user opened, ready to show. */
export interface OpenedDocument {
  /** The file's name, shown where a dataset's address would be. */
  readonly name: string;
  readonly dataset: Dataset;
  readonly warnings: readonly Diagnostic[];
  /** True for a memo, whose bundle has no relations yet. */
  readonly memo: boolean;
}

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Opens a memo or a dataset from the user's disk, picked with "Open document…" or dropped onto
 * the element. The file is read in the page and never sent anywhere. The opening code loads
 * only when a file is opened. A file that cannot be opened leaves `problem` set and whatever
 * was open on screen.
 */
export class OpenDocumentController implements ReactiveController {
  /** Why the latest file could not be opened, or null. */
  problem: LoadProblem | null = null;
  /** True while a file is dragged over the element. */
  dragging = false;
  private depth = 0;
  private latest = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly show: (opened: OpenedDocument) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
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
    const file = e.dataTransfer?.files[0];
    this.depth = 0;
    this.setDragging(false);
    if (!file) return;
    e.preventDefault();
    void this.open(file);
  };

  /** Reads, checks and shows one file. A later file supersedes one still being read. */
  async open(file: File): Promise<void> {
    const token = ++this.latest;
    const { openFile } = await import('../open/open-file.ts');
    const outcome = await openFile(file);
    if (token !== this.latest) return;
    if (!outcome.ok) {
      this.problem = outcome.problem;
      this.host.requestUpdate();
      return;
    }
    this.problem = null;
    const { dataset, warnings, memo } = outcome;
    this.show({ name: file.name, dataset, warnings, memo });
    this.host.requestUpdate();
  }

  private pick(): void {
    this.host.shadowRoot?.querySelector<HTMLInputElement>('input.open-input')?.click();
  }

  private onPicked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that picking the same file again, after editing it, opens it again.
    input.value = '';
    if (file) void this.open(file);
  }

  /** The header's button and the file picker it opens. */
  renderButton() {
    return html`<button class="open-button" @click=${() => this.pick()}>Open document…</button>
      <input
        class="open-input"
        type="file"
        accept=${OPEN_ACCEPT}
        tabindex="-1"
        aria-hidden="true"
        @change=${(e: Event) => this.onPicked(e)}
      />`;
  }

  /** The drop target shown while a file is dragged over the explorer. */
  renderOverlay() {
    if (!this.dragging) return nothing;
    return html`<div class="drop-overlay" role="status">
      <p>Drop a memo (.txt) or a dataset (.json) to open it</p>
    </div>`;
  }
}
