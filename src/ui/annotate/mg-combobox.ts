import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { comboPickEvent } from '../events.ts';
import { sharedStyles } from '../theme.ts';
import { comboboxStyles } from './mg-combobox.styles.ts';
import { exactOption, rankOptions, type ComboOption } from './rank-options.ts';

let serial = 0;
const MAX_SHOWN = 50;

/**
 * A text box with a list of choices, after the ARIA combobox pattern (editable, list
 * autocomplete): typing filters the list, best matches first (see rankOptions); Down and Up
 * move through it (Alt+Down opens it), Enter or a click picks, Escape closes the list and then
 * clears the text. Only the active option is announced, through `aria-activedescendant`, and
 * focus stays in the text box.
 *
 * With `create-label` set, a typed name that is none of the choices is offered as a last
 * option ("Add actor “Pedro Arce”…") which, picked, asks to create it.
 *
 * @fires mg-combo-pick - `{ value }` when a choice is picked or the text cleared;
 *   `{ value: null, create }` when "Add …" is picked.
 * @csspart input - the text box.
 * @csspart listbox - the list of choices.
 */
@customElement('mg-combobox')
export class MgCombobox extends LitElement {
  /** The visible label, and the text box's accessible name. */
  @property() label = '';
  /** The choices, in their resting order. */
  @property({ attribute: false }) options: readonly ComboOption[] = [];
  /**
   * The choices for what was typed, best first; by default the options that match, ranked by
   * rankOptions.
   */
  @property({ attribute: false }) filter: ((typed: string) => readonly ComboOption[]) | null = null;
  /** The chosen option's value, or null. */
  @property({ attribute: false }) value: string | null = null;
  /** What "Add …" says before the typed name; no "Add" option when empty. */
  @property({ attribute: 'create-label' }) createLabel = '';
  @property({ type: Boolean }) required = false;
  /** An id in the same root as the element describing the field (its reason, its warning). */
  @property({ attribute: false }) description = '';

  @state() private typed: string | null = null;
  @state() private open = false;
  @state() private active = -1;

  @query('input') private input!: HTMLInputElement;

  private readonly uid = `combo-${++serial}`;

  /** Moves focus to the text box. */
  override focus(): void {
    this.input?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.typed = null;
  }

  private chosenLabel(): string {
    return this.options.find((o) => o.value === this.value)?.label ?? '';
  }

  private get text(): string {
    return this.typed ?? this.chosenLabel();
  }

  /** What the list shows for the text typed: the matches, then "Add …" when it is new. */
  private shown(): { options: ComboOption[]; create: string | null } {
    const typed = this.typed ?? '';
    const ranked = this.filter ? this.filter(typed) : rankOptions(this.options, typed);
    const options = ranked.slice(0, MAX_SHOWN);
    const name = typed.trim();
    const create =
      this.createLabel && name !== '' && !exactOption(this.options, name) ? name : null;
    return { options, create };
  }

  private pick(value: string | null, create?: string): void {
    this.open = false;
    this.active = -1;
    this.typed = create ?? null;
    this.value = value;
    this.dispatchEvent(comboPickEvent(create !== undefined ? { value: null, create } : { value }));
  }

  private pickActive(): boolean {
    const { options, create } = this.shown();
    if (this.active >= 0 && this.active < options.length) {
      this.pick(options[this.active]!.value);
      return true;
    }
    if (create !== null && this.active === options.length) {
      this.pick(null, create);
      return true;
    }
    return false;
  }

  private onInput(): void {
    this.typed = this.input.value;
    this.open = true;
    this.active = this.typed.trim() === '' ? -1 : 0;
  }

  private onKeydown(e: KeyboardEvent): void {
    const { options, create } = this.shown();
    const count = options.length + (create !== null ? 1 : 0);
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          if (e.altKey) return;
        }
        this.active = count === 0 ? -1 : (this.active + 1) % count;
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.open = true;
        this.active = count === 0 ? -1 : (this.active - 1 + count) % count;
        break;
      case 'Enter':
        if (this.open && this.pickActive()) e.preventDefault();
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          e.stopPropagation();
          this.open = false;
          this.active = -1;
        } else if (this.text !== '') {
          e.preventDefault();
          e.stopPropagation();
          this.pick(null);
        }
        break;
    }
  }

  private onBlur(e: FocusEvent): void {
    if (this.renderRoot.contains(e.relatedTarget as Node | null)) return;
    this.open = false;
    this.active = -1;
    if (this.typed === null) return;
    const typed = this.typed.trim();
    if (typed === '') {
      if (this.value !== null) this.pick(null);
      else this.typed = null;
      return;
    }
    // Typed in full and left: the name is taken as if picked; an unknown one stays typed, with
    // "Add …" waiting for it.
    const exact = exactOption(this.options, typed);
    if (exact) this.pick(exact.value);
  }

  protected override updated(): void {
    if (!this.open || this.active < 0) return;
    this.renderRoot
      .querySelector(`#${this.uid}-opt-${this.active}`)
      ?.scrollIntoView({ block: 'nearest' });
  }

  protected override render() {
    const { options, create } = this.shown();
    const open = this.open && (options.length > 0 || create !== null);
    const activeId = open && this.active >= 0 ? `${this.uid}-opt-${this.active}` : '';
    const unknown = this.typed !== null && this.typed.trim() !== '' && create !== null;
    return html`
      <label for=${this.uid}>${this.label}</label>
      <div class="field ${open ? 'open' : ''}">
        <input
          id=${this.uid}
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${this.uid}-list"
          aria-activedescendant=${activeId || nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${unknown ? 'true' : nothing}
          .value=${this.text}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
          @click=${() => (this.open = !this.open)}
        />
        <span class="chevron" aria-hidden="true">▾</span>
        <ul
          id="${this.uid}-list"
          part="listbox"
          role="listbox"
          aria-label=${this.label}
          ?hidden=${!open}
        >
          ${options.map(
            (o, i) =>
              html`<li
                id="${this.uid}-opt-${i}"
                role="option"
                class="${i === this.active ? 'active' : ''} ${o.value === this.value ? 'chosen' : ''}"
                aria-selected=${i === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.pick(o.value)}
              >
                <span class="label">${o.label}</span>
                ${o.hint ? html`<span class="hint">${o.hint}</span>` : nothing}
              </li>`,
          )}
          ${
            create !== null
              ? html`<li
                  id="${this.uid}-opt-${options.length}"
                  role="option"
                  class="create ${this.active === options.length ? 'active' : ''}"
                  aria-selected=${this.active === options.length ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.pick(null, create)}
                >
                  <span class="label">${this.createLabel} “${create}”…</span>
                </li>`
              : nothing
          }
        </ul>
      </div>
    `;
  }

  static override styles = [sharedStyles, comboboxStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-combobox': MgCombobox;
  }
}
