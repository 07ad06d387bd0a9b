import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Relation } from '../../model/contract/types.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { paragraphSupport } from '../../model/explorer/paragraph-support.ts';
import { textStart } from '../../model/explorer/search.ts';
import { relationHeadline } from '../../model/words/describe.ts';
import { selectEvent } from '../events.ts';
import { panelStyles } from './panel.styles.ts';

/**
 * What the side panel shows for a selected paragraph: the relations it supports, each a link
 * that selects it, and which of them the filters hide. Each names the start of its quote and
 * its likelihood word, so that two relations with the same ends and type are told apart.
 *
 * @fires mg-select - a relation chosen in the list (origin `panel`).
 */
@customElement('mg-paragraph-panel')
export class MgParagraphPanel extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;
  /** The selected paragraph's document id. */
  @property({ attribute: false }) document = '';
  /** The selected paragraph's id ("p7"). */
  @property({ attribute: false }) paragraph = '';
  /** The relations the view shows. */
  @property({ attribute: false }) visible: readonly Relation[] = [];

  static override styles = [
    panelStyles,
    css`
      .relation-list {
        padding-left: 1.1rem;
      }
      .relation-list li + li {
        margin-top: 0.3rem;
      }
      .gist {
        /* An inline block, so the link's underline stays on the headline. */
        display: inline-block;
        width: 100%;
        font-size: 0.85rem;
        color: var(--mg-muted);
        text-decoration: none;
      }
      .gist .term {
        font-style: italic;
      }
    `,
  ];

  private choose(relation: Relation): void {
    this.dispatchEvent(
      selectEvent({ selection: { kind: 'relation', id: relation.id }, origin: 'panel' }),
    );
  }

  protected override render() {
    const index = this.index;
    if (!index) return nothing;
    const { paragraph, label, relations, shown } = paragraphSupport(
      index,
      this.document,
      this.paragraph,
      this.visible,
    );
    const n = relations.length;
    return html`
      <section class="paragraph-panel" aria-labelledby="pp-title">
        <h2 id="pp-title">
          ¶${label}${paragraph?.heading ? html` · ${paragraph.heading}` : nothing}
        </h2>
        <p>
          This paragraph supports ${n}
          relation${n === 1 ? '' : 's'}${
            n !== shown.size ? html`, ${shown.size} shown with the current filters` : nothing
          }.
        </p>
        <ul class="relation-list">
          ${relations.map(
            (r) =>
              html`<li>
                <button class="link" @click=${() => this.choose(r)}>
                  ${relationHeadline(index, r)}${r.polarity === 'affirmed' ? '' : ` (${r.polarity})`}
                  <span class="gist"
                    >“${textStart(r.quote, 48)}” ·
                    <span class="term">${r.likelihood ? r.likelihood.term : 'unhedged'}</span></span
                  >
                </button>
                ${shown.has(r.id) ? nothing : html`<span class="muted">hidden by filters</span>`}
              </li>`,
          )}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-paragraph-panel': MgParagraphPanel;
  }
}
