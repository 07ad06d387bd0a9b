import { LitElement, css, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { textStyles } from './panel.styles.ts';

/** The keyboard help: every key the explorer answers to, in a modal dialog. */
@customElement('mg-help-dialog')
export class MgHelpDialog extends LitElement {
  @query('dialog') private dialog?: HTMLDialogElement;

  static override styles = [
    textStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        max-width: 36rem;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      dt {
        font-weight: 600;
        margin-top: 0.5rem;
      }
      dd {
        margin-left: 0;
      }
    `,
  ];

  /** Opens the help as a modal dialog. */
  show(): void {
    this.dialog?.showModal();
  }

  protected override render() {
    return html`
      <dialog id="help" aria-labelledby="help-title">
        <h2 id="help-title">Keyboard</h2>
        <dl>
          <dt><kbd>/</kbd></dt>
          <dd>
            Search actors, relations (by type or quote) and the memo's words; in the search box,
            selects what is typed. <kbd>↑</kbd> <kbd>↓</kbd> move through the results,
            <kbd>Enter</kbd> chooses one
          </dd>
          <dt><kbd>Esc</kbd></dt>
          <dd>Leave a neighbourhood or path, then clear the selection</dd>
          <dt><kbd>?</kbd></dt>
          <dd>This help</dd>
          <dt>Relations table</dt>
          <dd>
            <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Home</kbd> <kbd>End</kbd> move, <kbd>Enter</kbd> selects;
            typing a name's first letters jumps to its row. The skip link lands on the current row
          </dd>
          <dt>Legend and actor panel</dt>
          <dd>Typing a name's first letters jumps to the type or the actor's relation</dd>
          <dt>Graph</dt>
          <dd>
            Arrows pan, <kbd>+</kbd> <kbd>-</kbd> zoom, <kbd>0</kbd> fits; <kbd>[</kbd>
            <kbd>]</kbd> move between actors and <kbd>Enter</kbd> selects; <kbd>,</kbd>
            <kbd>.</kbd> step through the selected actor's relations
          </dd>
          <dt>Timeline</dt>
          <dd>
            <kbd>←</kbd> <kbd>→</kbd> move the range a day, <kbd>Shift</kbd>+arrows extend it,
            <kbd>Enter</kbd> applies it, <kbd>Esc</kbd> clears the dates
          </dd>
          <dt>Memo</dt>
          <dd>Tab to a paragraph, <kbd>Enter</kbd> shows the relations it supports</dd>
          <dt>Annotating (Annotate on)</dt>
          <dd>
            In a focused paragraph, <kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd>→</kbd> selects the first
            word (or the focused name) and then one more word, <kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd
              >←</kbd
            >
            one word fewer; <kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd>↑</kbd> <kbd>↓</kbd> move the
            start; <kbd>Enter</kbd> opens the New relation form for the words, <kbd>Esc</kbd> drops
            them. In the form's Source, Relation and Target, <kbd>↓</kbd> <kbd>↑</kbd> move through
            the choices and <kbd>Enter</kbd> picks one. <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes a
            change, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd>
            redoes it.
          </dd>
        </dl>
        <form method="dialog"><button class="primary">Close</button></form>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-help-dialog': MgHelpDialog;
  }
}
