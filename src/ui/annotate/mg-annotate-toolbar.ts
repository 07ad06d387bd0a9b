import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { annotateCommandEvent, type AnnotateCommandDetail } from '../events.ts';
import { sharedStyles } from '../theme.ts';

/** Where the annotation work stands in the browser's storage. */
export interface SaveStatus {
  readonly kind: 'idle' | 'saving' | 'saved' | 'error' | 'conflict';
  readonly text: string;
}

/**
 * The bar shown under the header while annotating: Undo and Redo (with what they would undo),
 * Actors…, Export bundle (.zip), Import bundle…, Save to graph-data (under `npm start` only),
 * Discard changes (asks first), and whether the work is saved in this browser. It also says why
 * a document cannot be annotated, why an edit was refused, and when another tab changed the
 * same document.
 *
 * @fires mg-annotate-command - `{ command, file? }` for every button.
 */
@customElement('mg-annotate-toolbar')
export class MgAnnotateToolbar extends LitElement {
  @property({ attribute: false }) undoLabel: string | null = null;
  @property({ attribute: false }) redoLabel: string | null = null;
  @property({ attribute: false }) status: SaveStatus = { kind: 'idle', text: '' };
  /** Why the document on show cannot be annotated; the editing buttons are then left out. */
  @property({ attribute: false }) unavailable: string | null = null;
  /** Why the last edit was refused. */
  @property({ attribute: false }) alert = '';
  @property({ type: Boolean }) conflict = false;
  /** Whether "Save to graph-data" is offered (the dev server is there to write). */
  @property({ type: Boolean }) canSave = false;
  @property({ type: Number }) relations = 0;
  /** Relations the checker refuses (shown in no view until fixed). */
  @property({ type: Number }) problems = 0;

  @query('dialog') private confirm?: HTMLDialogElement;
  @query('input[type=file]') private picker?: HTMLInputElement;

  private send(command: AnnotateCommandDetail['command'], file?: File): void {
    this.dispatchEvent(annotateCommandEvent(file ? { command, file } : { command }));
  }

  private onPicked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.send('import', file);
  }

  protected override render() {
    const editing = this.unavailable === null;
    return html`
      <div class="bar" role="toolbar" aria-label="Annotation">
        <span class="mode"><span class="dot" aria-hidden="true"></span>Annotating</span>
        ${
          editing
            ? html`<button
                  ?disabled=${this.undoLabel === null}
                  title=${this.undoLabel ? `Undo ${this.undoLabel}` : 'Nothing to undo'}
                  aria-keyshortcuts="Control+Z"
                  @click=${() => this.send('undo')}
                >
                  Undo
                </button>
                <button
                  ?disabled=${this.redoLabel === null}
                  title=${this.redoLabel ? `Redo ${this.redoLabel}` : 'Nothing to redo'}
                  aria-keyshortcuts="Control+Shift+Z"
                  @click=${() => this.send('redo')}
                >
                  Redo
                </button>
                <span class="sep" aria-hidden="true"></span>
                <button @click=${() => this.send('actors')}>Actors…</button>
                <button @click=${() => this.send('export')}>Export bundle</button>`
            : nothing
        }
        <button @click=${() => this.picker?.click()}>Import bundle…</button>
        <input type="file" accept=".zip,application/zip" hidden @change=${this.onPicked} />
        ${
          editing && this.canSave
            ? html`<button @click=${() => this.send('save')}>Save to graph-data</button>`
            : nothing
        }
        ${
          editing
            ? html`<button class="danger" @click=${() => this.confirm?.showModal()}>
                Discard changes…
              </button>`
            : nothing
        }
        <span class="status ${this.status.kind}" role="status">
          ${[
            this.status.text,
            editing ? `${this.relations} relation${this.relations === 1 ? '' : 's'}` : '',
          ]
            .filter((x) => x !== '')
            .join(
              ' · ',
            )}${this.problems > 0 ? html` · <strong>${this.problems} refused by the checker</strong>` : nothing}
        </span>
      </div>
      ${
        editing
          ? html`<p class="hint">
              Select words in a paragraph of the memo to make a relation from them; from the
              keyboard, focus a paragraph and press <kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd>→</kbd>.
            </p>`
          : html`<p class="note">${this.unavailable}</p>`
      }
      ${this.alert ? html`<p class="alert" role="alert">${this.alert}</p>` : nothing}
      ${
        this.conflict
          ? html`<p class="alert" role="alert">
              Another tab changed this document: saving here has stopped so that neither tab
              overwrites the other.
              <button @click=${() => this.send('take-theirs')}>Show the other tab’s work</button>
              <button @click=${() => this.send('keep-mine')}>Keep this tab’s work</button>
            </p>`
          : nothing
      }
      <dialog aria-labelledby="discard-title">
        <h2 id="discard-title">Discard changes?</h2>
        <p>
          Every change made to this document in this browser since it was opened, or last saved to
          graph-data, will be lost. Export the bundle first to keep a copy.
        </p>
        <form method="dialog" class="buttons">
          <button value="cancel" autofocus>Keep my changes</button>
          <button
            value="discard"
            class="danger-solid"
            @click=${() => queueMicrotask(() => this.send('discard'))}
          >
            Discard changes
          </button>
        </form>
      </dialog>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        background: var(--mg-surface);
        border-bottom: 1px solid var(--mg-border-soft);
        font-size: 0.875rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
        padding: 0.4rem 1rem;
      }
      .mode {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: 700;
        color: var(--mg-accent);
        margin-right: 0.5rem;
      }
      .dot {
        width: 0.6rem;
        height: 0.6rem;
        border-radius: 50%;
        background: var(--mg-accent);
      }
      .sep {
        width: 1px;
        align-self: stretch;
        background: var(--mg-border-soft);
        margin: 0 0.3rem;
      }
      button {
        padding: 0.25rem 0.6rem;
      }
      button:disabled {
        opacity: 0.5;
        cursor: default;
      }
      button.danger {
        color: var(--mg-danger);
      }
      .status {
        margin-left: auto;
        color: var(--mg-muted);
      }
      .status.saved::before {
        content: '✓ ';
      }
      .status.error,
      .status.conflict {
        color: var(--mg-danger);
      }
      .hint,
      .note,
      .alert {
        margin: 0;
        padding: 0 1rem 0.45rem;
        color: var(--mg-muted);
        font-size: 0.8rem;
      }
      .alert {
        color: var(--mg-danger);
        font-size: 0.875rem;
      }
      .alert button {
        margin-left: 0.4rem;
      }
      kbd {
        font-family: var(--mg-font-mono);
        font-size: 0.85em;
        border: 1px solid var(--mg-border);
        border-radius: 3px;
        padding: 0 0.25em;
        background: var(--mg-surface-2);
      }
      dialog {
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        max-width: 28rem;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      dialog h2 {
        font-size: 1.05rem;
        margin: 0 0 0.5rem;
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 0.5rem;
      }
      .danger-solid {
        background: var(--mg-danger);
        border-color: var(--mg-danger);
        color: #ffffff;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-annotate-toolbar': MgAnnotateToolbar;
  }
}
