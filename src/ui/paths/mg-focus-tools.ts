import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Actor } from '../../model/contract/types.ts';
import { searchActors, type DatasetIndex } from '../../model/dataset/query.ts';
import type { Focus } from '../../model/explorer/focus.ts';
import {
  NEIGHBOURHOOD_STEPS,
  type NeighbourhoodSteps,
} from '../../model/explorer/neighbourhood.ts';
import { focusChangeEvent } from '../events.ts';
import { focusToolsStyles } from './mg-focus-tools.styles.ts';

/**
 * What can be done from the selected actor: "Show neighbourhood" (1, 2 or 3 steps) narrows the
 * graph to it; "Path to…" (a combobox of the other actors, by name or another name) finds the
 * shortest paths to another actor, optionally through affirmed relations only.
 *
 * @fires mg-focus-change - detail `{ focus }`, the neighbourhood or path asked for.
 */
@customElement('mg-focus-tools')
export class MgFocusTools extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;
  @property({ attribute: false }) actor: Actor | null = null;
  /** The focus in force, to show its settings. */
  @property({ attribute: false }) viewFocus: Focus | null = null;

  @state() private steps: NeighbourhoodSteps = 1;
  @state() private affirmedOnly = false;
  @state() private problem = '';

  private send(focus: Focus | null): void {
    this.dispatchEvent(focusChangeEvent({ focus }));
  }

  private showNeighbourhood(): void {
    if (this.actor) this.send({ kind: 'neighbourhood', actor: this.actor.id, steps: this.steps });
  }

  /** The actor a typed name means: the exact name first, then the search's best match. */
  private target(text: string): Actor | null {
    const index = this.index;
    const q = text.trim();
    if (!index || q === '') return null;
    const exact = index.dataset.actors.find((a) => a.name.toLowerCase() === q.toLowerCase());
    return exact ?? searchActors(index, q, 1)[0]?.actor ?? null;
  }

  private findPath(e: Event): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#path-to');
    const text = input?.value ?? '';
    const to = this.target(text);
    if (!this.actor) return;
    if (!to) {
      this.problem = text.trim() === '' ? 'Type an actor’s name.' : `No actor is called “${text}”.`;
      return;
    }
    if (to.id === this.actor.id) {
      this.problem = 'Choose an actor other than this one.';
      return;
    }
    this.problem = '';
    this.send({ kind: 'path', from: this.actor.id, to: to.id, affirmedOnly: this.affirmedOnly });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('viewFocus')) return;
    const f = this.viewFocus;
    if (f?.kind === 'neighbourhood') this.steps = f.steps;
    if (f?.kind === 'path') this.affirmedOnly = f.affirmedOnly;
  }

  protected override render() {
    const index = this.index;
    const actor = this.actor;
    if (!index || !actor) return nothing;
    const others = index.dataset.actors.filter((a) => a.id !== actor.id);
    const pathTo =
      this.viewFocus?.kind === 'path' && this.viewFocus.from === actor.id
        ? this.viewFocus.to
        : null;
    return html`
      <div class="tool">
        <label for="steps">Neighbourhood</label>
        <select
          id="steps"
          aria-label="Steps"
          @change=${(e: Event) =>
            (this.steps = Number((e.target as HTMLSelectElement).value) as NeighbourhoodSteps)}
        >
          ${NEIGHBOURHOOD_STEPS.map(
            (n) =>
              html`<option value=${n} ?selected=${n === this.steps}>
                ${n} ${n === 1 ? 'step' : 'steps'}
              </option>`,
          )}
        </select>
        <button @click=${this.showNeighbourhood}>Show neighbourhood</button>
      </div>
      <form class="tool" @submit=${this.findPath}>
        <label for="path-to">Path to…</label>
        <input
          id="path-to"
          type="text"
          list="path-actors"
          autocomplete="off"
          .value=${pathTo ? (index.actorById.get(pathTo)?.name ?? '') : ''}
          aria-describedby="path-problem"
        />
        <datalist id="path-actors">
          ${others.map((a) => html`<option value=${a.name}></option>`)}
        </datalist>
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.affirmedOnly}
            @change=${(e: Event) => (this.affirmedOnly = (e.target as HTMLInputElement).checked)}
          />
          affirmed relations only
        </label>
        <button type="submit">Find paths</button>
      </form>
      <p class="problem" id="path-problem" role="alert">${this.problem}</p>
    `;
  }

  static override styles = focusToolsStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-focus-tools': MgFocusTools;
  }
}
