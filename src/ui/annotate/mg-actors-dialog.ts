import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  addActor,
  deleteActor,
  editActor,
  mergeActors,
  renameActor,
  setMemberOf,
} from '../../model/edit/actor-edits.ts';
import type { CompiledView } from '../../model/edit/compiled-view.ts';
import type { Edit } from '../../model/edit/history.ts';
import { KIND_LABELS } from '../../model/words/describe.ts';
import { ACTOR_KINDS, type Actor, type ActorKind } from '../../model/contract/types.ts';
import { annotateEditEvent } from '../events.ts';
import { sharedStyles } from '../theme.ts';
import { splitAliases } from './new-actor.ts';

/**
 * The actors of the document being annotated, in a modal dialog: add one, and for the one
 * chosen in the list rename it (the old name kept as an alias), set its kind, aliases and what
 * it belongs to, merge another actor into it (two suggested names for one actor), or delete it
 * when no relation cites it. Each change is one edit, undone with Undo.
 *
 * @fires mg-annotate-edit - `{ edit }` for every change.
 * @fires close - when the dialog closes.
 */
@customElement('mg-actors-dialog')
export class MgActorsDialog extends LitElement {
  @property({ type: Boolean }) open = false;
  @property({ attribute: false }) view: CompiledView | null = null;

  @state() private chosen: string | null = null;
  @state() private filter = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog?.open) this.dialog?.showModal();
    if (!this.open && this.dialog?.open) this.dialog.close();
  }

  private get actors(): readonly Actor[] {
    return this.view?.index.dataset.actors ?? [];
  }

  private send(edit: Edit): void {
    this.dispatchEvent(annotateEditEvent({ edit }));
  }

  private add(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    if (name === '') return;
    const kind = String(data.get('kind') ?? 'other') as ActorKind;
    this.send(
      addActor({ name, kind, aliases: splitAliases(String(data.get('aliases') ?? ''), name) }),
    );
    form.reset();
  }

  protected override render() {
    const actors = this.actors;
    const q = this.filter.trim().toLowerCase();
    const shown = [...actors]
      .filter((a) => q === '' || [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(q)))
      .sort((a, b) => a.name.localeCompare(b.name));
    const chosen = actors.find((a) => a.id === this.chosen) ?? null;
    return html`<dialog
      aria-labelledby="actors-title"
      @close=${() => this.dispatchEvent(new Event('close'))}
    >
      <header>
        <h2 id="actors-title">Actors</h2>
        <form method="dialog"><button aria-label="Close">✕</button></form>
      </header>
      <form class="add" @submit=${this.add}>
        <div class="field">
          <label for="new-name">New actor</label>
          <input id="new-name" name="name" required placeholder="Name" />
        </div>
        <div class="field">
          <label for="new-kind">Kind</label>
          <select id="new-kind" name="kind">
            ${ACTOR_KINDS.map(
              (k) => html`<option value=${k} ?selected=${k === 'other'}>${KIND_LABELS[k]}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="new-aliases">Aliases</label>
          <input id="new-aliases" name="aliases" placeholder="comma-separated" />
        </div>
        <button class="primary">Add actor</button>
      </form>
      <div class="body">
        <div class="list">
          <label class="visually-hidden" for="actor-filter">Find an actor</label>
          <input
            id="actor-filter"
            type="search"
            placeholder="Find an actor"
            .value=${this.filter}
            @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
          />
          <ul role="listbox" aria-label="Actors">
            ${shown.map(
              (a) =>
                html`<li
                  role="option"
                  tabindex=${a.id === (chosen?.id ?? shown[0]?.id) ? '0' : '-1'}
                  aria-selected=${a.id === chosen?.id ? 'true' : 'false'}
                  @click=${() => (this.chosen = a.id)}
                  @keydown=${(e: KeyboardEvent) => this.onListKey(e, shown, a)}
                >
                  <span>${a.name}</span><span class="kind">${KIND_LABELS[a.kind]}</span>
                </li>`,
            )}
          </ul>
        </div>
        ${chosen ? this.renderActor(chosen) : html`<p class="empty">Choose an actor to edit it.</p>`}
      </div>
    </dialog>`;
  }

  private onListKey(e: KeyboardEvent, shown: readonly Actor[], a: Actor): void {
    const i = shown.indexOf(a);
    let next: Actor | undefined;
    if (e.key === 'ArrowDown') next = shown[i + 1];
    else if (e.key === 'ArrowUp') next = shown[i - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.chosen = a.id;
      return;
    } else return;
    e.preventDefault();
    if (!next) return;
    this.chosen = next.id;
    const id = next.id;
    void this.updateComplete.then(() => {
      const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[role=option]')];
      items[shown.findIndex((x) => x.id === id)]?.focus();
    });
  }

  private renderActor(a: Actor) {
    const others = this.actors
      .filter((x) => x.id !== a.id)
      .sort((x, y) => x.name.localeCompare(y.name));
    const parents = a.memberOf ?? [];
    const cited = this.view?.index.relationsByActor.get(a.id)?.length ?? 0;
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<section class="detail" aria-label="Edit ${a.name}">
      <div class="field">
        <label for="actor-name">Name</label>
        <input
          id="actor-name"
          .value=${a.name}
          aria-describedby="actor-name-help"
          @change=${(e: Event) =>
            value(e).trim() !== a.name && this.send(renameActor(a.id, value(e)))}
        />
        <span class="help" id="actor-name-help">Renaming keeps the old name as an alias.</span>
      </div>
      <div class="field">
        <label for="actor-kind">Kind</label>
        <select
          id="actor-kind"
          @change=${(e: Event) => this.send(editActor(a.id, { kind: value(e) as ActorKind }))}
        >
          ${ACTOR_KINDS.map(
            (k) => html`<option value=${k} ?selected=${k === a.kind}>${KIND_LABELS[k]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="actor-aliases">Aliases</label>
        <input
          id="actor-aliases"
          .value=${a.aliases.join(', ')}
          aria-describedby="actor-aliases-help"
          @change=${(e: Event) =>
            this.send(editActor(a.id, { aliases: splitAliases(value(e), a.name) }))}
        />
        <span class="help" id="actor-aliases-help">Comma-separated.</span>
      </div>
      <fieldset>
        <legend>Member of</legend>
        ${
          parents.length > 0
            ? html`<ul class="chips">
                ${parents.map(
                  (p) =>
                    html`<li>
                      ${this.actors.find((x) => x.id === p)?.name ?? p}
                      <button
                        aria-label="Remove ${a.name} from ${this.actors.find((x) => x.id === p)?.name ?? p}"
                        @click=${() =>
                          this.send(
                            setMemberOf(
                              a.id,
                              parents.filter((x) => x !== p),
                            ),
                          )}
                      >
                        ✕
                      </button>
                    </li>`,
                )}
              </ul>`
            : html`<p class="help">Belongs to no other actor.</p>`
        }
        <label class="inline"
          >Add
          <select
            @change=${(e: Event) => {
              const id = value(e);
              if (id !== '') this.send(setMemberOf(a.id, [...parents, id]));
              (e.target as HTMLSelectElement).value = '';
            }}
          >
            <option value="">Choose an actor…</option>
            ${others
              .filter((x) => !parents.includes(x.id))
              .map((x) => html`<option value=${x.id}>${x.name}</option>`)}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Merge</legend>
        <label class="inline"
          >Merge into ${a.name}
          <select class="merge">
            <option value="">Choose the other name…</option>
            ${others.map((x) => html`<option value=${x.id}>${x.name}</option>`)}
          </select>
        </label>
        <button
          @click=${(e: Event) => {
            const select = (
              e.target as HTMLElement
            ).parentElement?.querySelector<HTMLSelectElement>('select.merge');
            if (select?.value) this.send(mergeActors(a.id, select.value));
          }}
        >
          Merge
        </button>
        <p class="help">The other actor’s relations and names move to ${a.name}.</p>
      </fieldset>
      <div class="row">
        <span class="help">${cited} relation${cited === 1 ? '' : 's'}</span>
        <button class="danger" ?disabled=${cited > 0} @click=${() => this.send(deleteActor(a.id))}>
          Delete actor
        </button>
      </div>
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: 8px;
        width: min(52rem, 94vw);
        max-height: 88vh;
        padding: 0;
        font-size: 0.875rem;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: center;
        padding: 0.6rem 1rem;
        background: var(--mg-surface-2);
        border-bottom: 1px solid var(--mg-border-soft);
      }
      h2 {
        font-size: 1rem;
        margin: 0;
      }
      header button {
        border: none;
        background: none;
      }
      form.add {
        display: flex;
        gap: 0.5rem;
        align-items: end;
        padding: 0.75rem 1rem;
        border-bottom: 1px solid var(--mg-border-soft);
      }
      .field {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      .field label {
        font-size: 0.78rem;
        font-weight: 600;
        color: var(--mg-muted);
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
        font-size: 0.78rem;
        font-weight: 600;
        color: var(--mg-muted);
      }
      label.inline {
        flex-direction: row;
        align-items: center;
        gap: 0.5rem;
      }
      input,
      select {
        font: 400 0.875rem var(--mg-font);
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        padding: 0.3rem 0.45rem;
      }
      .body {
        display: grid;
        grid-template-columns: 17rem 1fr;
        min-height: 22rem;
        max-height: 60vh;
      }
      .list {
        border-right: 1px solid var(--mg-border-soft);
        display: flex;
        flex-direction: column;
        min-height: 0;
        padding: 0.5rem;
        gap: 0.4rem;
      }
      ul[role='listbox'] {
        list-style: none;
        margin: 0;
        padding: 0;
        overflow: auto;
      }
      li[role='option'] {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        padding: 0.3rem 0.5rem;
        border-radius: 4px;
        cursor: pointer;
      }
      li[aria-selected='true'] {
        background: var(--mg-accent);
        color: var(--mg-accent-text);
      }
      .kind {
        font-size: 0.75rem;
        opacity: 0.8;
      }
      .detail {
        padding: 0.75rem 1rem;
        display: flex;
        flex-direction: column;
        gap: 0.7rem;
        overflow: auto;
      }
      fieldset {
        border: 1px solid var(--mg-border-soft);
        border-radius: var(--mg-radius);
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      legend {
        font-weight: 600;
      }
      .help {
        font-weight: 400;
        color: var(--mg-muted);
        font-size: 0.78rem;
        margin: 0;
      }
      .chips {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin: 0;
        padding: 0;
        flex-basis: 100%;
      }
      .chips li {
        border: 1px solid var(--mg-border-soft);
        border-radius: 999px;
        padding: 0.1rem 0.2rem 0.1rem 0.6rem;
        display: inline-flex;
        gap: 0.2rem;
        align-items: center;
      }
      .chips button {
        border: none;
        background: none;
        padding: 0 0.3rem;
      }
      .row {
        display: flex;
        justify-content: space-between;
        align-items: center;
      }
      .danger {
        color: var(--mg-danger);
      }
      .empty {
        padding: 1rem;
        color: var(--mg-muted);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-actors-dialog': MgActorsDialog;
  }
}
