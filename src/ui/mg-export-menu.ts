import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Relation } from '../model/contract/types.ts';
import type { DatasetIndex } from '../model/dataset/query.ts';
import { INITIAL_FILTERS } from '../model/explorer/filters.ts';
import type { Filters, Selection } from '../model/explorer/view-state.ts';
import { copyBufferStyles, copyText } from './clipboard.ts';
import { loadCitationFormat } from './citation-setting.ts';
import type { GraphImageFormat } from './graph/graph-image.ts';
import type * as ExportActions from './export/export-actions.ts';
import { exportMenuStyles } from './mg-export-menu.styles.ts';
import { sharedStyles } from './theme.ts';

/** The formats, in menu order, with what each is for. Kept here so the menu renders without the writers. */
const FILE_ITEMS = [
  { id: 'graphml', label: 'GraphML', hint: 'Graph for yEd, Gephi, NetworkX' },
  { id: 'gexf', label: 'GEXF', hint: 'Graph for Gephi, with positions' },
  { id: 'csv', label: 'CSV', hint: 'One row per relation, for spreadsheets' },
  { id: 'json', label: 'Dataset JSON', hint: 'A dataset of the view, opens in Memograph' },
  { id: 'csl-json', label: 'CSL-JSON', hint: 'Citations for Zotero and reference managers' },
  { id: 'bibtex', label: 'BibTeX', hint: 'Citations, one entry per paragraph' },
  { id: 'markdown', label: 'Evidence report (Markdown)', hint: 'Quotes, likelihood, citations' },
  { id: 'html', label: 'Evidence report (HTML)', hint: 'Printable page of the same' },
  { id: 'png', label: 'PNG image', hint: 'The whole graph at twice its size' },
  { id: 'svg', label: 'SVG image', hint: 'The whole graph, scalable' },
] as const;
type FileItemId = (typeof FILE_ITEMS)[number]['id'];

type Actions = typeof ExportActions;
let actions: Promise<Actions> | null = null;
/** The writers load on first use (opening the menu starts it), never with the page. */
function loadActions(): Promise<Actions> {
  actions ??= import('./export/export-actions.ts');
  return actions;
}

/**
 * The Export menu: the current view (what the filters show) as GraphML, GEXF, CSV, a dataset,
 * CSL-JSON, BibTeX, an evidence report in Markdown or HTML, the graph as PNG or SVG; and "Copy
 * citations", a bibliography of the view (or of the selected actor's relations in it) in the
 * citation format chosen in the evidence panel. A menu button in the WAI-ARIA pattern: Enter,
 * Space or ↓ open it on the first item, ↑ on the last; arrows, Home and End move; Esc closes it
 * and returns to the button; Tab closes it and moves on. Files are saved through a link with
 * `download`: nothing is sent anywhere.
 *
 * @csspart button - the menu button.
 */
@customElement('mg-export-menu')
export class MgExportMenu extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;
  /** The relations of the current view, as the table lists them. */
  @property({ attribute: false }) relations: readonly Relation[] = [];
  @property({ attribute: false }) filters: Filters | null = null;
  /** An actor selection narrows "Copy citations" to that actor's relations in the view. */
  @property({ attribute: false }) selection: Selection | null = null;
  /** Draws the graph as an image; given by the root, which owns the graph. */
  @property({ attribute: false }) image:
    ((format: GraphImageFormat) => Promise<Blob | null>) | null = null;

  @state() private open = false;
  @state() private groupBy: 'type' | 'actor' = 'type';
  @state() private message = '';
  @state() private manual: string | null = null;

  @query('#export-button') private button!: HTMLButtonElement;

  private readonly onOutside = (e: PointerEvent): void => {
    if (!e.composedPath().includes(this)) this.close(false);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  private items(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  }

  private async show(focus: 'first' | 'last'): Promise<void> {
    this.open = true;
    this.manual = null;
    // Where a narrow screen's full-width menu starts: just under the button.
    this.style.setProperty('--menu-top', `${this.button.getBoundingClientRect().bottom + 4}px`);
    void loadActions();
    document.addEventListener('pointerdown', this.onOutside, true);
    await this.updateComplete;
    const items = this.items();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  private close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutside, true);
    if (returnFocus) this.button?.focus();
  }

  private onButtonKeydown(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      void this.show(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  private onMenuKeydown(e: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(this.renderRoot.querySelector<HTMLElement>(':focus') as HTMLElement);
    const move = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') {
      // The menu, not the explorer, takes this Esc: the selection stays.
      e.stopPropagation();
      this.close(true);
    } else if (e.key === 'Tab') {
      this.close(false);
      return;
    } else if (e.key.length === 1 && /\S/.test(e.key)) {
      // Type-ahead: the next item whose label starts with the letter.
      const letter = e.key.toLowerCase();
      const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
      order.find((el) => el.dataset['label']?.toLowerCase().startsWith(letter))?.focus();
    } else return;
    e.preventDefault();
  }

  private sayTimer: ReturnType<typeof setTimeout> | undefined;

  private say(message: string): void {
    // Emptied first so that the same words said twice are announced twice; cleared after a while
    // so that the note does not stay over the graph.
    this.message = '';
    clearTimeout(this.sayTimer);
    void this.updateComplete.then(() => {
      this.message = message;
      this.sayTimer = setTimeout(() => (this.message = ''), 8000);
    });
  }

  private async exportFile(id: FileItemId): Promise<void> {
    const index = this.index;
    if (!index) return;
    this.close(true);
    try {
      const a = await loadActions();
      const view = { index, relations: this.relations, filters: this.filters ?? INITIAL_FILTERS };
      if (id === 'png' || id === 'svg') {
        const blob = this.image ? await this.image(id) : null;
        if (!blob) {
          this.say('The graph is not drawn yet; try again in a moment.');
          return;
        }
        const name = a.imageFileName(view, id);
        a.download(blob, name);
        this.say(`Saved ${name}.`);
        return;
      }
      const file = a.exportFile(view, id, this.groupBy);
      a.download(file.blob, file.name);
      const n = this.relations.length;
      this.say(`Saved ${file.name}: ${n} relation${n === 1 ? '' : 's'}.`);
    } catch (e) {
      this.say(`Not exported: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async copyCitations(): Promise<void> {
    const index = this.index;
    if (!index) return;
    this.close(true);
    const a = await loadActions();
    const actor = this.selection?.kind === 'actor' ? this.selection.id : null;
    const view = { index, relations: this.relations, filters: this.filters ?? INITIAL_FILTERS };
    const { text, paragraphs } = a.citationsOf(view, actor, loadCitationFormat());
    if (paragraphs === 0) {
      this.say('No relations in this view: nothing to cite.');
      return;
    }
    const result = await copyText(text, this.shadowRoot ?? document.body);
    const what = `${paragraphs} citation${paragraphs === 1 ? '' : 's'}`;
    if (result.ok) {
      this.manual = null;
      this.say(`${what} copied.`);
    } else {
      this.manual = result.text;
      this.say(
        `${what} not copied: this browser did not allow it. Select the text below and copy it with Ctrl+C (⌘C on a Mac).`,
      );
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.manual textarea');
      area?.focus();
      area?.select();
    }
  }

  private citationsLabel(): string {
    const sel = this.selection;
    const name = sel?.kind === 'actor' ? this.index?.actorById.get(sel.id)?.name : undefined;
    return name ? `Copy citations: ${name}` : 'Copy citations';
  }

  protected override render() {
    const disabled = !this.index;
    return html`
      <button
        id="export-button"
        part="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="export-menu"
        ?disabled=${disabled}
        @click=${() => (this.open ? this.close(true) : void this.show('first'))}
        @keydown=${this.onButtonKeydown}
      >
        Export
      </button>
      <div
        id="export-menu"
        role="menu"
        aria-label="Export the current view"
        ?hidden=${!this.open}
        @keydown=${this.onMenuKeydown}
      >
        ${
          this.open
            ? html`
                ${FILE_ITEMS.map(
                  (item) =>
                    html`<button
                      role="menuitem"
                      tabindex="-1"
                      data-label=${item.label}
                      data-format=${item.id}
                      @click=${() => void this.exportFile(item.id)}
                    >
                      <span>${item.label}</span><span class="hint">${item.hint}</span>
                    </button>`,
                )}
                <div role="separator"></div>
                <div role="group" aria-labelledby="group-label">
                  <div id="group-label" class="group-label">Reports group relations by</div>
                  ${(['type', 'actor'] as const).map(
                    (g) =>
                      html`<button
                        role="menuitemradio"
                        tabindex="-1"
                        aria-checked=${this.groupBy === g ? 'true' : 'false'}
                        data-label=${g === 'type' ? 'Relation type' : 'Actor'}
                        @click=${() => (this.groupBy = g)}
                      >
                        <span class="check" aria-hidden="true"
                          >${this.groupBy === g ? '✓' : ''}</span
                        >
                        ${g === 'type' ? 'Relation type' : 'Actor'}
                      </button>`,
                  )}
                </div>
                <div role="separator"></div>
                <button
                  role="menuitem"
                  tabindex="-1"
                  data-label="Copy citations"
                  @click=${() => void this.copyCitations()}
                >
                  <span>${this.citationsLabel()}</span>
                  <span class="hint">A bibliography in the evidence panel's citation format</span>
                </button>
              `
            : nothing
        }
      </div>
      <p class="status" role="status" aria-live="polite">${this.message}</p>
      ${
        this.manual !== null
          ? html`<label class="manual">
              <span>Citations to copy</span>
              <textarea readonly rows="6" .value=${this.manual}></textarea>
              <button @click=${() => (this.manual = null)}>Close</button>
            </label>`
          : nothing
      }
    `;
  }

  static override styles = [sharedStyles, copyBufferStyles, exportMenuStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-export-menu': MgExportMenu;
  }
}
