import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CITATION_FORMATS, type CitationFormatId } from '../model/words/citation.ts';
import { BASIS_LABELS, actorName, certainty, likelihoodText } from '../model/words/describe.ts';
import { paragraphKey, type DatasetIndex } from '../model/dataset/query.ts';
import type { Paragraph, Relation } from '../model/contract/types.ts';
import { markingLevel } from '../model/explorer/marking.ts';
import { revealParagraphEvent, selectEvent } from './events.ts';
import { copyBufferStyles, copyText } from './clipboard.ts';
import { loadCitationFormat, saveCitationFormat } from './citation-setting.ts';
import { claimDate } from './evidence/claim-date.ts';
import { paragraphText, paragraphTextStyles, quotePages } from './evidence/paragraph-text.ts';
import { evidencePrintStyles } from './evidence/print.styles.ts';
import { centreQuote } from './evidence/quote-in-view.ts';
import { annotatorReasoning } from './evidence/reasoning.ts';
import { scrollShadows } from './scroll-shadow.styles.ts';
import { annotateActionStyles, renderAnnotateActions } from './evidence/annotate-actions.ts';
import type { LintFinding } from '../model/lint/lint.ts';
import { sharedStyles } from './theme.ts';
import { typeColor } from './type-colors.ts';

/** Where the quote sits in the paragraph: the stored offsets, or where the text is found. */
function locateQuote(p: Paragraph, r: Relation): { start: number; end: number } | null {
  if (p.text.slice(r.start, r.end) === r.quote) return { start: r.start, end: r.end };
  const at = p.text.indexOf(r.quote);
  return at >= 0 ? { start: at, end: at + r.quote.length } : null;
}

/**
 * The evidence for one relation: who does what to whom, the paragraph that says so with the
 * quote marked in it, how sure the document is, whether it says the opposite or declines to
 * say, on whose word, when, and the annotator's reasoning where a linter rule was reviewed; and
 * buttons to copy a citation or a link and to show the paragraph in the memo.
 *
 * Everything from the dataset is rendered as text.
 *
 * @fires mg-select - detail `{ selection: { kind: 'actor', id }, origin: 'panel' }` when an
 *   actor name is pressed.
 * @fires mg-reveal-paragraph - detail `{ document, paragraph, relation }` on "Show in memo".
 * @fires mg-annotate-relation - detail `{ action: 'edit' | 'delete', relation }` while annotating.
 * @csspart quote - the paragraph text with the quote marked.
 * @csspart actions - the copy and reveal buttons.
 */
@customElement('mg-evidence-panel')
export class MgEvidencePanel extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;

  /** The relation to show, or null for the hint on how to pick one. */
  @property({ attribute: false }) relation: Relation | null = null;

  /** Link to the current view, computed by the root; "Copy link" copies it. */
  @property() permalink = '';

  /** Annotating: the relation can be edited or deleted, and its linter warnings are shown. */
  @property({ type: Boolean }) annotating = false;

  /** The linter's findings about the relation, shown while annotating. */
  @property({ attribute: false }) findings: readonly LintFinding[] = [];

  /** Kept in the user's settings across reloads. */
  @state() private format: CitationFormatId = loadCitationFormat();
  /** What the last copy did, said in the live region; `manual` holds text the browser would not copy. */
  @state() private outcome: { message: string; manual: string | null } | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('relation') || changed.has('index')) this.outcome = null;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('relation') || changed.has('index')) {
      centreQuote(this.renderRoot.querySelector<HTMLElement>('blockquote'));
    }
  }

  private citation(r: Relation): string {
    const index = this.index;
    if (!index) return '';
    const format = CITATION_FORMATS.find((f) => f.id === this.format) ?? CITATION_FORMATS[0]!;
    return format.format(index, r);
  }

  private async copy(what: 'citation' | 'link'): Promise<void> {
    const r = this.relation;
    if (!r) return;
    const text = what === 'citation' ? this.citation(r) : this.permalink || location.href;
    const label = what === 'citation' ? 'Citation' : 'Link';
    const result = await copyText(text, this.shadowRoot ?? document.body);
    this.outcome = result.ok
      ? { message: `${label} copied.`, manual: null }
      : {
          message: `${label} not copied: this browser did not allow it. Select the text below and copy it with Ctrl+C (⌘C on a Mac).`,
          manual: result.text,
        };
    if (!result.ok) {
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.manual textarea');
      area?.focus();
      area?.select();
    }
  }

  private selectActor(id: string): void {
    this.dispatchEvent(selectEvent({ selection: { kind: 'actor', id }, origin: 'panel' }));
  }

  private reveal(r: Relation): void {
    this.dispatchEvent(
      revealParagraphEvent({ document: r.document, paragraph: r.paragraph, relation: r.id }),
    );
  }

  protected override render() {
    const index = this.index;
    const r = this.relation;
    if (!index || !r) {
      return html`<section class="empty" aria-labelledby="empty-title">
        <h2 id="empty-title">No relation selected</h2>
        <p>
          Pick a relation to see the memo's words for it: click a line in the graph, choose a row in
          the relations table (Tab to it, move with the arrow keys, press Enter), or pick an actor
          and then one of its relations.
        </p>
      </section>`;
    }
    const type = index.typeById.get(r.type);
    const directed = type?.directed !== false;
    const joint = directed ? '→' : '—';
    const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph)) ?? null;
    const kind = certainty(r);
    return html`
      <article aria-labelledby="headline">
        <h2 id="headline" class="headline">
          ${this.actorButton(index, r.source)}
          <span class="joint" aria-hidden="true">${joint}</span>
          <span class="type">
            <span class="swatch" style="background:${typeColor(type)}"></span>
            ${type?.label ?? r.type}</span
          >
          <span class="joint" aria-hidden="true">${joint}</span>
          ${this.actorButton(index, r.target)}
        </h2>
        ${type ? html`<p class="definition">${type.definition}</p>` : nothing}
        ${this.annotating ? renderAnnotateActions(this, r, this.findings) : nothing}
        ${
          r.polarity === 'indeterminate'
            ? html`<p class="polarity indeterminate">
                <span class="icon" aria-hidden="true">?</span>
                <span
                  ><strong>Indeterminate:</strong> the memo declines to say whether this is
                  so.</span
                >
              </p>`
            : kind === 'negated'
              ? html`<p class="polarity negated">
                  <span class="icon" aria-hidden="true">✕</span>
                  <span><strong>Negated:</strong> the document says this is not so.</span>
                </p>`
              : kind === 'hedged'
                ? html`<p class="polarity hedged">
                    <span class="icon" aria-hidden="true">~</span>
                    <span><strong>Hedged:</strong> the document holds this less than likely.</span>
                  </p>`
                : nothing
        }
        ${p ? this.renderParagraph(p, r) : html`<p class="problem">Paragraph ${r.paragraph} is missing from the dataset.</p>`}
        <dl class="facts">
          <dt>Likelihood</dt>
          <dd>${likelihoodText(r)}</dd>
          <dt>Polarity</dt>
          <dd>${POLARITY_WORDS[r.polarity]}</dd>
          <dt>Basis</dt>
          <dd>${BASIS_LABELS[r.basis]}</dd>
          ${
            r.attributedTo
              ? html`<dt>Attributed to</dt>
                  <dd>${r.attributedTo}</dd>`
              : nothing
          }
          ${
            r.date
              ? html`<dt>Date</dt>
                  <dd>${claimDate(r.date)}</dd>`
              : nothing
          }
          ${
            r.note
              ? html`<dt>Note</dt>
                  <dd>${r.note}</dd>`
              : nothing
          }
        </dl>
        ${annotatorReasoning(r.reviewed)} ${this.renderActions(r)}
      </article>
    `;
  }

  private actorButton(index: DatasetIndex, id: string) {
    const name = actorName(index, id);
    return html`<button class="actor" title="Show ${name}" @click=${() => this.selectActor(id)}>
      ${name}
    </button>`;
  }

  private renderParagraph(p: Paragraph, r: Relation) {
    const at = locateQuote(p, r);
    const level = markingLevel(p.marking);
    const doc = this.index?.documentById.get(r.document) ?? null;
    return html`
      <section class="evidence" aria-labelledby="paragraph-title">
        <h3 id="paragraph-title">
          <span class="pilcrow">¶${p.n}</span>
          ${p.heading ? html`<span class="heading">${p.heading}</span>` : nothing}
          ${
            p.marking
              ? html`<span class="marking" data-level=${level} title="Portion marking"
                  ><span class="visually-hidden">marked </span>${p.marking}</span
                >`
              : nothing
          }
          <span class="page">${quotePages(doc, p, at)}</span>
        </h3>
        <button class="reveal" @click=${() => this.reveal(r)}>Show in memo</button>
        <blockquote part="quote" tabindex="0">${paragraphText(doc, p, at)}</blockquote>
        ${
          at
            ? nothing
            : html`<p class="problem">The quote “${r.quote}” is not in this paragraph's text.</p>`
        }
      </section>
    `;
  }

  private renderActions(r: Relation) {
    const preview = this.citation(r);
    return html`
      <div class="actions" part="actions">
        <fieldset class="formats">
          <legend>Citation format</legend>
          ${CITATION_FORMATS.map(
            (f) =>
              html`<label title=${f.description}>
                <input
                  type="radio"
                  name="format"
                  value=${f.id}
                  .checked=${f.id === this.format}
                  @change=${() => {
                    this.format = f.id;
                    saveCitationFormat(f.id);
                  }}
                />
                ${f.label}
              </label>`,
          )}
        </fieldset>
        <pre class="preview">${preview}</pre>
        <div class="buttons">
          <button class="primary" @click=${() => this.copy('citation')}>Copy citation</button>
          <button @click=${() => this.copy('link')}>Copy link</button>
        </div>
        <p class="status" role="status" aria-live="polite">${this.outcome?.message ?? ''}</p>
        ${
          this.outcome?.manual != null
            ? html`<label class="manual">
                <span>Text to copy</span>
                <textarea readonly rows="4" .value=${this.outcome.manual}></textarea>
              </label>`
            : nothing
        }
      </div>
    `;
  }

  static override styles = [
    sharedStyles,
    annotateActionStyles,
    copyBufferStyles,
    css`
      :host {
        display: block;
        padding: 0.75rem 1rem 1rem;
        font-size: 0.95rem;
        line-height: 1.45;
      }
      h2 {
        margin: 0;
        font-size: 1.05rem;
        line-height: 1.6;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem;
      }
      h3 {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem;
        margin: 0 0 0.35rem;
        font-size: 0.9rem;
        font-weight: 600;
      }
      .empty h2 {
        display: block;
      }
      .empty p {
        color: var(--mg-muted);
        margin: 0.4rem 0 0;
      }
      button.actor {
        font-weight: 600;
        padding: 0.1rem 0.45rem;
        overflow-wrap: anywhere;
        text-align: left;
      }
      .type {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
        font-weight: 400;
      }
      .swatch {
        display: inline-block;
        width: 0.75rem;
        height: 0.75rem;
        border-radius: 2px;
        border: 1px solid var(--mg-border);
      }
      .joint {
        color: var(--mg-muted);
      }
      .definition {
        margin: 0.2rem 0 0.6rem;
        color: var(--mg-muted);
        font-size: 0.85rem;
      }
      .polarity {
        display: flex;
        align-items: flex-start;
        gap: 0.5rem;
        margin: 0.5rem 0;
        padding: 0.45rem 0.6rem;
        border-radius: var(--mg-radius);
        border: 2px solid var(--mg-border);
      }
      .polarity.negated {
        border-color: var(--mg-danger);
        background: var(--mg-danger-bg);
      }
      .polarity.hedged {
        border-style: dashed;
        background: var(--mg-surface-2);
      }
      .icon {
        font-weight: 700;
        line-height: 1.45;
      }
      .negated .icon {
        color: var(--mg-danger);
      }
      .polarity.indeterminate {
        border-style: dotted;
        background: var(--mg-surface-2);
      }
      .reasoning {
        margin: 0.75rem 0;
      }
      .reasoning ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.4rem;
      }
      .reasoning li {
        padding: 0.35rem 0.6rem;
        border-left: 3px solid var(--mg-border);
        background: var(--mg-surface-2);
        border-radius: 0 var(--mg-radius) var(--mg-radius) 0;
      }
      .reasoning p {
        margin: 0;
      }
      .reasoning code {
        font: 0.8rem var(--mg-font-mono);
      }
      .reasoning .summary {
        color: var(--mg-muted);
        font-size: 0.85rem;
      }
      .evidence {
        margin: 0.75rem 0;
        display: grid;
        grid-template-columns: 1fr auto;
        align-items: center;
        gap: 0 0.5rem;
      }
      .evidence > blockquote,
      .evidence > .problem {
        grid-column: 1 / -1;
      }
      .reveal {
        margin-bottom: 0.35rem;
        padding: 0.1rem 0.5rem;
        font-size: 0.85rem;
      }
      .pilcrow {
        font-variant-numeric: tabular-nums;
      }
      .heading {
        font-style: italic;
        font-weight: 400;
      }
      .page {
        margin-left: auto;
        font-weight: 400;
        color: var(--mg-muted);
        font-size: 0.8rem;
      }
      /* The quote in context: a few lines around it, the rest a scroll away (and in the memo). */
      blockquote {
        --mg-shadow-cover: var(--mg-surface-2);
        max-height: 11.6em;
        overflow: auto;
        overscroll-behavior: contain;
        margin: 0;
        padding: 0.5rem 0.75rem;
        border-left: 3px solid var(--mg-border);
        background: var(--mg-surface-2);
        font-family: var(--mg-font-serif);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      mark {
        background: var(--mg-mark-bg);
        color: var(--mg-mark-text);
        padding: 0 0.1em;
        border-radius: 2px;
        box-shadow: 0 2px 0 var(--mg-mark-text);
      }
      .problem {
        color: var(--mg-danger);
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2rem 0.75rem;
        margin: 0.75rem 0;
      }
      dt {
        color: var(--mg-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      /* The buttons stick to the foot of the panel's scroll box, so Copy citation is in view
         however long the evidence above it: their box is the article's, not the actions'. */
      .actions {
        display: contents;
      }
      .formats {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        border: 0;
        border-top: 1px solid var(--mg-border-soft);
        margin: 0;
        padding: 0.6rem 0 0;
      }
      .formats legend {
        float: left;
        margin-right: 0.5rem;
        color: var(--mg-muted);
        padding: 0;
      }
      .formats label {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        cursor: pointer;
      }
      .formats input {
        accent-color: var(--mg-accent);
        margin: 0;
      }
      .preview {
        margin: 0.5rem 0;
        padding: 0.45rem 0.6rem;
        max-height: 10rem;
        overflow: auto;
        font: 0.8rem/1.45 var(--mg-font-mono);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        background: var(--mg-surface-2);
        border-radius: var(--mg-radius);
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        position: sticky;
        bottom: 0;
        z-index: 1;
        padding: 0.4rem 0;
        background: var(--mg-surface);
        box-shadow: 0 -0.6rem 0.6rem -0.6rem color-mix(in srgb, var(--mg-text) 30%, transparent);
      }
      .status {
        min-height: 1.45em;
        margin: 0.4rem 0 0;
      }
      .manual {
        display: grid;
        gap: 0.25rem;
      }
      .manual textarea {
        width: 100%;
        font: 0.8rem/1.45 var(--mg-font-mono);
        color: var(--mg-text);
        background: var(--mg-surface);
        border: 1px solid var(--mg-border);
        border-radius: var(--mg-radius);
      }
    `,
    scrollShadows('blockquote'),
    paragraphTextStyles,
    evidencePrintStyles,
  ];
}

/** The Polarity line: the document's stance in words. */
const POLARITY_WORDS: Readonly<Record<Relation['polarity'], string>> = {
  affirmed: 'Affirmed',
  negated: 'Negated',
  indeterminate: 'Indeterminate: the memo declines to say',
};

declare global {
  interface HTMLElementTagNameMap {
    'mg-evidence-panel': MgEvidencePanel;
  }
}
