import { html, nothing } from 'lit';
import { KIND_LABELS } from '../../model/words/describe.ts';
import { ACTOR_KINDS, type Actor, type ActorKind } from '../../model/contract/types.ts';

/** An actor being added from a combobox of the form: what was typed, and what the user sets. */
export interface NewActorDraft {
  readonly field: 'source' | 'target';
  readonly name: string;
  readonly kind: ActorKind;
  /** Comma-separated, as typed. */
  readonly aliases: string;
  readonly memberOf: string;
}

/** The aliases typed, split at commas, trimmed, without repeats or the name itself. */
export function splitAliases(typed: string, name: string): string[] {
  const out: string[] = [];
  for (const a of typed.split(',').map((s) => s.trim())) {
    if (a !== '' && a !== name && !out.includes(a)) out.push(a);
  }
  return out;
}

/** The small fieldset that completes a new actor: name, kind, aliases, member of. */
export function renderNewActor(
  d: NewActorDraft,
  actors: readonly Actor[],
  on: {
    change: (patch: Partial<NewActorDraft>) => void;
    add: () => void;
    cancel: () => void;
  },
) {
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<fieldset class="new-actor">
    <legend>New actor for ${d.field === 'source' ? 'Source' : 'Target'}</legend>
    <div class="grid two">
      <label
        >Name
        <input .value=${d.name} required @input=${(e: Event) => on.change({ name: value(e) })}
      /></label>
      <label
        >Kind
        <select @change=${(e: Event) => on.change({ kind: value(e) as ActorKind })}>
          ${ACTOR_KINDS.map(
            (k) => html`<option value=${k} ?selected=${k === d.kind}>${KIND_LABELS[k]}</option>`,
          )}
        </select></label
      >
      <label
        >Aliases <span class="optional">comma-separated</span>
        <input
          .value=${d.aliases}
          placeholder="the terrorists, Tupac Amaru"
          @input=${(e: Event) => on.change({ aliases: value(e) })}
      /></label>
      <label
        >Member of <span class="optional">optional</span>
        <select @change=${(e: Event) => on.change({ memberOf: value(e) })}>
          <option value="" ?selected=${d.memberOf === ''}>—</option>
          ${actors.map(
            (a) => html`<option value=${a.id} ?selected=${a.id === d.memberOf}>${a.name}</option>`,
          )}
        </select></label
      >
    </div>
    <div class="row end">
      <button type="button" @click=${on.cancel}>Cancel</button>
      <button type="button" class="primary" ?disabled=${d.name.trim() === ''} @click=${on.add}>
        Add actor
      </button>
    </div>
    ${nothing}
  </fieldset>`;
}
