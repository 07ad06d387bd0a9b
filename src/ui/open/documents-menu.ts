import type { html as litHtml, nothing as litNothing } from 'lit';
import {
  listDocuments,
  readDocument,
  removeDocument,
  saveDocument,
  type StoredDocument,
} from './document-store.ts';

/**
 * The "Documents" menu in the explorer's header: the embedded memo and every file the browser
 * kept, to switch to or forget. Loaded after the page first shows, so its template and styles
 * stay out of the first chunk. Lit is handed in by the caller rather than imported: a lazy chunk
 * of its own that imported Lit would move Lit's modules between the first chunks.
 */

/** The parts of Lit the menu renders with. */
export interface Lit {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
}

export interface DocumentsMenuProps {
  /** The name of the kept file shown, or null for the embedded memo. */
  readonly current: string | null;
  openEmbedded(): void;
  open(file: File): void;
}

const STYLE = `
  .documents {
    position: relative;
  }
  .documents summary {
    cursor: pointer;
    padding: 0.25rem 0.5rem;
  }
  .documents ul {
    position: absolute;
    right: 0;
    z-index: 15;
    min-width: 16rem;
    max-height: 60vh;
    overflow: auto;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-radius: var(--mg-radius);
  }
  .documents li {
    display: flex;
    gap: 0.25rem;
  }
  .documents .doc-name {
    flex: 1;
    text-align: left;
    overflow-wrap: anywhere;
  }
  .documents [aria-current='true'] {
    font-weight: 700;
  }
`;

function close(e: Event): void {
  (e.target as HTMLElement).closest('details')?.removeAttribute('open');
}

function item({ html, nothing }: Lit, name: string, current: boolean, open: () => void) {
  return html`<button
    class="doc-name"
    aria-current=${current ? 'true' : nothing}
    @click=${(e: Event) => {
      close(e);
      open();
    }}
  >
    ${name}
  </button>`;
}

/**
 * The files kept in the browser and the menu that lists them. `changed` is called whenever the
 * list has been read again.
 */
export class KeptDocuments {
  /** The kept files, most recent first, once read. */
  documents: readonly StoredDocument[] = [];

  constructor(private readonly changed: () => void) {}

  async refresh(): Promise<void> {
    try {
      this.documents = await listDocuments();
    } catch {
      // A browser that refuses IndexedDB (a private window may) keeps nothing.
      this.documents = [];
    }
    this.changed();
  }

  /** Keeps a file the user opened; a browser that refuses keeps nothing and says nothing. */
  async save(file: File): Promise<void> {
    try {
      await saveDocument(file);
    } catch {
      // The file is shown all the same.
    }
    await this.refresh();
  }

  private async reopen(name: string, open: (file: File) => void): Promise<void> {
    const file = await readDocument(name);
    if (file) open(file);
    else await this.refresh();
  }

  private async forget(name: string): Promise<void> {
    await removeDocument(name);
    await this.refresh();
  }

  render(lit: Lit, props: DocumentsMenuProps) {
    const { html } = lit;
    return html`<style>
        ${STYLE}
      </style>
      <details class="documents">
        <summary>Documents</summary>
        <ul aria-label="Documents">
          <li>${item(lit, 'The embedded memo', props.current === null, props.openEmbedded)}</li>
          ${this.documents.map(
            ({ name }) =>
              html`<li>
                ${item(lit, name, props.current === name, () => void this.reopen(name, props.open))}
                <button aria-label=${`Remove ${name}`} @click=${() => void this.forget(name)}>
                  Remove
                </button>
              </li>`,
          )}
        </ul>
      </details>`;
  }
}
