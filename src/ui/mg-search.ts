import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { KIND_LABELS } from '../model/words/describe.ts';
import { searchActors, type ActorMatch, type DatasetIndex } from '../model/dataset/query.ts';
import { selectEvent } from './events.ts';
import { sharedStyles } from './theme.ts';

/** How many matches the popup lists; the status says how many there are in all. */
const SHOWN = 12;

/**
 * Finds an actor by name or alias: a WAI-ARIA 1.2 combobox with a listbox popup. Typing lists
 * the best matches (name, the alias that matched when it differs, kind); Down/Up move through
 * them, Home/End jump to the first/last while an option is active, Enter chooses (the first
 * match when none is active), Escape closes the list or, when it is closed, clears the field.
 * A polite live region says how many actors match.
 *
 * The root focuses it on "/" through `focus()`.
 *
 * @fires mg-select - detail `{ selection: { kind: 'actor', id }, origin: 'search' }` when an
 *   actor is chosen.
 * @csspart input - the text field.
 * @csspart listbox - the popup list.
 */
@customElement('mg-search')
export class MgSearch extends LitElement {
  /** The dataset whose actors are searched. */
  @property({ attribute: false }) index: DatasetIndex | null = null;

  @state() private query = '';
  @state() private open = false;
  /** Index of the active option in `matches`, or -1 when none is. */
  @state() private active = -1;

  @query('input') private input!: HTMLInputElement;

  private allMatches: readonly ActorMatch[] = [];

  /** Puts the keyboard in the search field and selects what is typed there. */
  override focus(options?: FocusOptions): void {
    const go = () => {
      this.input.focus(options);
      this.input.select();
    };
    // Synchronous when rendered, so the key that asked for focus lands in the field.
    if (this.hasUpdated) go();
    else void this.updateComplete.then(go);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('index') && changed.get('index') !== undefined) {
      this.query = '';
      this.open = false;
    }
    if (changed.has('query') || changed.has('index')) {
      this.allMatches = this.index ? searchActors(this.index, this.query, Infinity) : [];
      this.active = -1;
    }
  }

  private get shownMatches(): readonly ActorMatch[] {
    return this.allMatches.slice(0, SHOWN);
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
  }

  private move(to: number): void {
    const n = this.shownMatches.length;
    if (n === 0) return;
    this.open = true;
    this.active = ((to % n) + n) % n;
  }

  private onKeydown(e: KeyboardEvent): void {
    const n = this.shownMatches.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open && e.altKey) this.open = n > 0;
        else this.move(this.open ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.move(this.open ? (this.active < 0 ? n - 1 : this.active - 1) : n - 1);
        break;
      case 'Home':
      case 'End':
        // With no option active, Home and End move the caret in the field as usual.
        if (this.open && this.active >= 0) {
          e.preventDefault();
          this.move(e.key === 'Home' ? 0 : n - 1);
        }
        break;
      case 'Enter': {
        const match = this.open
          ? (this.shownMatches[this.active] ?? this.shownMatches[0])
          : undefined;
        if (match) {
          e.preventDefault();
          this.choose(match);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query !== '') {
          e.preventDefault();
          this.query = '';
        }
        break;
      case 'Tab':
        this.open = false;
        break;
    }
  }

  private choose(match: ActorMatch): void {
    this.query = match.actor.name;
    this.open = false;
    this.active = -1;
    this.dispatchEvent(
      selectEvent({ selection: { kind: 'actor', id: match.actor.id }, origin: 'search' }),
    );
  }

  private status(): string {
    const q = this.query.trim();
    if (q === '' || !this.open) return '';
    const total = this.allMatches.length;
    if (total === 0) return `No actor matches “${q}”.`;
    const noun = total === 1 ? 'actor matches' : 'actors match';
    const more = total > SHOWN ? `; the first ${SHOWN} are listed` : '';
    return `${total} ${noun}${more}. Use the up and down arrows to choose.`;
  }

  protected override updated(): void {
    // Keep the active option in sight when the list scrolls.
    if (this.open && this.active >= 0) {
      this.renderRoot
        .querySelector(`#option-${this.active}`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  protected override render() {
    const matches = this.shownMatches;
    const expanded = this.open && matches.length > 0;
    const empty = this.open && this.query.trim() !== '' && matches.length === 0;
    return html`
      <div class="field">
        <label for="search-input">Find actor</label>
        <div class="control">
          <input
            id="search-input"
            part="input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="search-listbox"
            aria-activedescendant=${
              expanded && this.active >= 0 ? `option-${this.active}` : nothing
            }
            aria-keyshortcuts="/"
            aria-describedby="search-hint"
            placeholder="Name or alias"
            .value=${this.query}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @blur=${() => (this.open = false)}
          />
          <kbd class="shortcut" aria-hidden="true">/</kbd>
          <span id="search-hint" class="visually-hidden">Press slash to come back here.</span>
          <ul
            id="search-listbox"
            part="listbox"
            role="listbox"
            aria-label="Matching actors"
            ?hidden=${!expanded}
          >
            ${matches.map((m, i) => this.renderOption(m, i))}
          </ul>
          ${empty ? html`<p class="empty" aria-hidden="true">No matching actor</p>` : nothing}
        </div>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.status()}</p>
    `;
  }

  private renderOption(m: ActorMatch, i: number) {
    const alias = m.matched !== m.actor.name;
    return html`<li
      id="option-${i}"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.choose(m)}
    >
      <span class="name">${m.actor.name}</span>
      ${alias ? html`<span class="alias">“${m.matched}”</span>` : nothing}
      <span class="kind">${KIND_LABELS[m.actor.kind]}</span>
    </li>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
        min-width: 14rem;
      }
      .field {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      label {
        font-size: 0.9rem;
        white-space: nowrap;
      }
      .control {
        position: relative;
        flex: 1;
      }
      input {
        width: 100%;
        font: inherit;
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        padding: 0.3rem 2rem 0.3rem 0.55rem;
      }
      input::placeholder {
        color: var(--mg-muted);
        opacity: 1;
      }
      .shortcut {
        position: absolute;
        right: 0.45rem;
        top: 50%;
        transform: translateY(-50%);
        font: 0.75rem/1.2 var(--mg-font-mono);
        color: var(--mg-muted);
        border: 1px solid var(--mg-border-soft);
        border-radius: 3px;
        padding: 0 0.3rem;
        pointer-events: none;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 20;
        top: calc(100% + 2px);
        left: 0;
        right: 0;
        min-width: 16rem;
        max-height: min(22rem, 60vh);
        overflow: auto;
        margin: 0;
        padding: 0.25rem;
        list-style: none;
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
      }
      [role='listbox'][hidden] {
        display: none;
      }
      [role='option'] {
        display: grid;
        grid-template-columns: 1fr auto;
        column-gap: 0.5rem;
        padding: 0.3rem 0.45rem;
        border-radius: 4px;
        cursor: pointer;
      }
      [role='option']:hover {
        background: var(--mg-surface-2);
      }
      [role='option'][aria-selected='true'] {
        background: var(--mg-accent);
        color: var(--mg-accent-text);
        outline: 2px solid var(--mg-focus);
        outline-offset: -2px;
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .kind {
        grid-column: 2;
        grid-row: 1;
        font-size: 0.8rem;
        align-self: center;
        color: var(--mg-muted);
      }
      .alias {
        grid-column: 1;
        font-size: 0.85rem;
        color: var(--mg-muted);
      }
      [aria-selected='true'] .kind,
      [aria-selected='true'] .alias {
        color: inherit;
      }
      .empty {
        position: absolute;
        top: calc(100% + 2px);
        left: 0;
        right: 0;
        margin: 0;
        padding: 0.4rem 0.6rem;
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
        color: var(--mg-muted);
        z-index: 20;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-search': MgSearch;
  }
}
