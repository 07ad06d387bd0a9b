import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DatasetIndex } from '../model/dataset/query.ts';
import { NO_RESULTS, searchAll, type SearchResults } from '../model/explorer/search.ts';
import { selectEvent } from './events.ts';
import { searchStyles } from './mg-search.styles.ts';
import {
  describeTotals,
  entryContent,
  entrySelection,
  searchGroups,
  type SearchEntry,
  type SearchGroup,
} from './search/search-options.ts';

/**
 * Finds actors (by name or alias), relations (by type, "mediat", or by the words of their
 * quote) and paragraphs (by the memo's text, "December 22"): a WAI-ARIA 1.2 combobox whose
 * listbox popup groups the results under Actors, Relations and Paragraphs, each with its count.
 * Down/Up move through every option across the groups, Home/End jump to the first/last while
 * an option is active, Enter chooses (the first result when none is active), Escape closes the
 * list or, when it is closed, clears the field. `/` in the field selects what is typed there
 * rather than typing a slash, so "/" always means "search again". A polite live region says
 * how many results each group has.
 *
 * The root focuses it on "/" through `focus()`.
 *
 * @fires mg-select - detail `{ selection, origin: 'search' }` when a result is chosen: an
 *   actor, a relation or a paragraph.
 * @csspart input - the text field.
 * @csspart listbox - the popup list.
 */
@customElement('mg-search')
export class MgSearch extends LitElement {
  /** The dataset searched. */
  @property({ attribute: false }) index: DatasetIndex | null = null;

  @state() private query = '';
  @state() private open = false;
  /** Index of the active option among all listed entries, or -1 when none is. */
  @state() private active = -1;

  @query('input') private input!: HTMLInputElement;

  private results: SearchResults = NO_RESULTS;
  private groups: readonly SearchGroup[] = [];
  /** Every listed entry, in the order the listbox shows them. */
  private entries: readonly SearchEntry[] = [];

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
      this.results = this.index ? searchAll(this.index, this.query) : NO_RESULTS;
      this.groups = searchGroups(this.results);
      this.entries = this.groups.flatMap((g) => g.entries);
      this.active = -1;
    }
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
  }

  private move(to: number): void {
    const n = this.entries.length;
    if (n === 0) return;
    this.open = true;
    this.active = ((to % n) + n) % n;
  }

  private onKeydown(e: KeyboardEvent): void {
    const n = this.entries.length;
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
        const entry = this.open ? (this.entries[this.active] ?? this.entries[0]) : undefined;
        if (entry) {
          e.preventDefault();
          this.choose(entry);
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
      case '/':
        // The page's "search" key: here it selects what is typed, ready to be replaced.
        if (!e.ctrlKey && !e.metaKey && !e.altKey) {
          e.preventDefault();
          this.input.select();
        }
        break;
      case 'Tab':
        this.open = false;
        break;
    }
  }

  private choose(entry: SearchEntry): void {
    // An actor's name replaces the query; a relation or a paragraph leaves it, so the next
    // result is one Down and Enter away.
    if (entry.kind === 'actor') this.query = entry.match.actor.name;
    this.open = false;
    this.active = -1;
    this.dispatchEvent(selectEvent({ selection: entrySelection(entry), origin: 'search' }));
  }

  private status(): string {
    const q = this.query.trim();
    if (q === '' || !this.open) return '';
    if (this.entries.length === 0) return `Nothing matches “${q}”.`;
    return `${describeTotals(this.groups)}. Use the up and down arrows to choose.`;
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
    const expanded = this.open && this.entries.length > 0;
    const empty = this.open && this.query.trim() !== '' && this.entries.length === 0;
    let at = 0;
    return html`
      <div class="field">
        <label for="search-input">Search</label>
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
            placeholder="Actor, relation or words"
            .value=${this.query}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @blur=${() => (this.open = false)}
          />
          <kbd class="shortcut" aria-hidden="true">/</kbd>
          <span id="search-hint" class="visually-hidden"
            >Finds actors, relations and the memo's words. Press slash to come back here.</span
          >
          <div
            id="search-listbox"
            part="listbox"
            role="listbox"
            aria-label="Search results"
            ?hidden=${!expanded}
          >
            ${this.groups.map((g) => {
              const first = at;
              at += g.entries.length;
              return this.renderGroup(g, first);
            })}
          </div>
          ${empty ? html`<p class="empty" aria-hidden="true">Nothing matches</p>` : nothing}
        </div>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.status()}</p>
    `;
  }

  private renderGroup(g: SearchGroup, first: number) {
    const more = g.total > g.entries.length ? `first ${g.entries.length} of ${g.total}` : g.total;
    return html`<div class="group" role="group" aria-labelledby="group-${g.id}">
      <div class="group-head" id="group-${g.id}" data-group=${g.id}>
        <span>${g.label}</span> <span class="total">${more}</span>
      </div>
      ${g.entries.map((entry, k) => this.renderOption(entry, first + k))}
    </div>`;
  }

  private renderOption(entry: SearchEntry, i: number) {
    const index = this.index;
    if (!index) return nothing;
    return html`<div
      id="option-${i}"
      role="option"
      data-kind=${entry.kind}
      aria-selected=${i === this.active ? 'true' : 'false'}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.choose(entry)}
    >
      ${entryContent(index, entry)}
    </div>`;
  }

  static override styles = searchStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-search': MgSearch;
  }
}
