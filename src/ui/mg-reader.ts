import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { formatIsoDate } from '../model/memo/dates.ts';
import { createMentionMatcher } from '../model/memo/mentions.ts';
import type { DatasetIndex } from '../model/dataset/query.ts';
import type { MemoDocument, Paragraph, Relation } from '../model/contract/types.ts';
import type { Selection } from '../model/explorer/view-state.ts';
import { selectEvent } from './events.ts';
import { sharedStyles } from './theme.ts';
import { readerStyles } from './mg-reader.styles.ts';
import { scrollShadows } from './scroll-shadow.styles.ts';
import {
  blockRedactionsAfter,
  renderBlockRedaction,
  renderExemption,
  renderPageBreak,
  renderPageEnd,
} from './reader/furniture.ts';
import { renderBanner, renderMarking } from './reader/marking.ts';
import { AnnotateSelection, type PendingQuote } from './reader/annotate-selection.ts';
import { MentionNavigation } from './reader/mention-navigation.ts';
import { renderParagraph, type ParagraphContext } from './reader/paragraph.ts';
import { ParagraphViews } from './reader/paragraph-views.ts';
import { QuotePinController } from './reader/quote-pin.ts';
import { scrollIntoViewWithin } from './reader/scroll-within.ts';

const HELP =
  'Enter selects the paragraph and shows its relations. Left and Right arrow keys move through ' +
  'the actors it names; Enter on a name selects that actor, Escape returns to the paragraph.';

const ANNOTATE_HELP =
  'Annotating: Shift+Alt+Right and Left move the end of a word selection, Shift+Alt+Up and ' +
  'Down its start; Enter makes a relation from the selected words.';

/**
 * The memo as issued: banner, title with its marking, issuer, date and citation details, the
 * headings and paragraphs with their portion markings, page breaks where they fall (inside a
 * paragraph too) with the footer of the page that ends, redactions and FOIA exemption codes.
 * Actor mentions are underlined and select the actor; the quote of `highlightRelation` is
 * marked and scrolled into view inside the reader's own scroll container, without moving focus.
 *
 * Keyboard: each paragraph is one Tab stop (named "Paragraph 7, CONFIDENTIAL, 3 relations").
 * Enter selects it. Left/Right move focus through the actor names in that paragraph
 * (Home/End: first/last), Enter or Space selects the focused actor, Escape goes back to the
 * paragraph, and Tab moves on to the next paragraph. Only the focused name is exposed as a
 * button, so a screen reader reading the text does not hear "button" at every name.
 *
 * The element fills its box and scrolls inside it: give it a height (a grid cell, a flex item).
 *
 * @fires mg-select - `{ selection: { kind: 'paragraph', document, id }, origin: 'reader' }` on a
 *   click on a paragraph or Enter on it; `{ selection: { kind: 'actor', id }, origin: 'reader' }`
 *   on a click on a name or Enter/Space on it.
 * @csspart scroller - the scroll container.
 * @csspart page - the document itself, centred in the scroller.
 */
@customElement('mg-reader')
export class MgReader extends LitElement {
  /** The dataset. */
  @property({ attribute: false }) index: DatasetIndex | null = null;
  /** Which document to show; null shows the first one. */
  @property({ attribute: false }) documentId: string | null = null;
  /** The explorer's selection: a selected paragraph is marked, a selected actor's names too. */
  @property({ attribute: false }) selection: Selection | null = null;
  /** The relation whose quote is marked and scrolled into view. */
  @property({ attribute: false }) highlightRelation: Relation | null = null;
  /** Annotating: selected words become `mg-annotate-select` (see AnnotateSelection). */
  @property({ type: Boolean, reflect: true }) annotating = false;
  /** The words a relation is being made from, painted while the form is open. */
  @property({ attribute: false }) pendingQuote: PendingQuote | null = null;

  @query('.scroller') private scroller!: HTMLElement;

  private readonly names = new MentionNavigation(this, (actorId) => this.selectActor(actorId));
  private readonly words = new AnnotateSelection(this, () => this.shownDocument);
  private views = new ParagraphViews(null);
  private lastShown: string | null = null;
  private readonly quotePin = new QuotePinController(
    this,
    () => ({
      scroller: this.renderRoot.querySelector<HTMLElement>('.scroller'),
      text: this.renderRoot.querySelector<HTMLElement>('.page'),
    }),
    () => this.revealQuote(),
  );

  /** The document on show, or null when there is none. */
  get shownDocument(): MemoDocument | null {
    const docs = this.index?.dataset.documents ?? [];
    if (this.documentId === null) return docs[0] ?? null;
    return this.index?.documentById.get(this.documentId) ?? null;
  }

  /**
   * Scrolls the paragraph into view (smoothly unless the reader prefers reduced motion) when it
   * is not fully in view, without moving focus. Resolves false when the paragraph is not in the
   * document on show: set `documentId` first to show another document.
   */
  async revealParagraph(documentId: string, paragraphId: string): Promise<boolean> {
    await this.updateComplete;
    if (this.shownDocument?.id !== documentId) return false;
    const el = this.paragraphElement(paragraphId);
    if (!el) return false;
    scrollIntoViewWithin(this, this.scroller, el);
    return true;
  }

  /** Moves focus to a paragraph (back from the annotation form). */
  async focusParagraph(paragraphId: string): Promise<void> {
    await this.updateComplete;
    this.paragraphElement(paragraphId)?.focus({ preventScroll: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('annotating') && !this.annotating) this.words.clear();
    if (changed.has('index')) {
      this.views = new ParagraphViews(
        this.index ? createMentionMatcher(this.index.dataset.actors) : null,
      );
      this.names.active = null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Another document starts at its top, not at the previous one's scroll position.
    const shown = this.shownDocument?.id ?? null;
    if (shown !== this.lastShown) {
      if (this.lastShown !== null) this.scroller.scrollTop = 0;
      this.lastShown = shown;
    }
    const r = this.highlightRelation;
    if (
      r &&
      r.document === this.shownDocument?.id &&
      (changed.has('highlightRelation') || changed.has('documentId') || changed.has('index'))
    ) {
      this.revealQuote();
      this.quotePin.pin();
    }
    this.words.paint(this.annotating ? this.pendingQuote : null);
  }

  /** Scrolls the highlighted relation's quote into view, if it is in the document on show. */
  private revealQuote(): void {
    const r = this.highlightRelation;
    if (!r || r.document !== this.shownDocument?.id) return;
    const para = this.paragraphElement(r.paragraph);
    if (para) scrollIntoViewWithin(this, this.scroller, para, para.querySelector('mark'));
  }

  private paragraphElement(paragraphId: string): HTMLElement | null {
    return (
      [...this.renderRoot.querySelectorAll<HTMLElement>('.para')].find(
        (el) => el.dataset['paragraph'] === paragraphId,
      ) ?? null
    );
  }

  // --- events -------------------------------------------------------------------------------

  private selectParagraph(doc: MemoDocument, p: Paragraph): void {
    this.dispatchEvent(
      selectEvent({
        selection: { kind: 'paragraph', document: doc.id, id: p.id },
        origin: 'reader',
      }),
    );
  }

  private selectActor(actorId: string): void {
    this.dispatchEvent(
      selectEvent({ selection: { kind: 'actor', id: actorId }, origin: 'reader' }),
    );
  }

  private onParagraphClick(e: MouseEvent, doc: MemoDocument, p: Paragraph): void {
    const mention = (e.target as Element).closest<HTMLElement>('.mention');
    if (mention) {
      this.selectActor(mention.dataset['actor'] ?? '');
      return;
    }
    // Dragging to copy a quote, or to annotate words, is not a click on the paragraph.
    if (window.getSelection()?.type === 'Range' || this.words.justDragged) return;
    this.selectParagraph(doc, p);
  }

  // --- rendering ------------------------------------------------------------------------------

  override render(): TemplateResult {
    const index = this.index;
    const doc = this.shownDocument;
    let body: TemplateResult;
    if (!index) body = html`<p class="empty">No dataset is loaded.</p>`;
    else if (!doc)
      body = html`<p class="empty">
        ${
          this.documentId === null
            ? 'This dataset has no documents.'
            : `There is no document “${this.documentId}” in this dataset.`
        }
      </p>`;
    else body = this.renderDocument(index, doc);
    return html`<div
      class="scroller"
      part="scroller"
      @mouseup=${() => this.annotating && this.words.onPointerUp()}
    >
      <!-- First, not last: even hidden, a last element would reach past the end of the text. -->
      <p class="visually-hidden" role="status">${this.annotating ? this.words.said : ''}</p>
      ${body}
    </div>`;
  }

  private renderDocument(index: DatasetIndex, doc: MemoDocument): TemplateResult {
    const c = doc.citation;
    const details: [string, string][] = [['Document type', c.documentType]];
    if (c.office) details.push(['Office', c.office]);
    if (c.archive) details.push(['Archive', c.archive]);
    if (c.identifier) details.push(['Identifier', c.identifier]);
    if (c.url) details.push(['Location', c.url]);
    if (c.release) details.push(['Release', c.release]);
    if (c.notes) details.push(['Notes', c.notes]);

    const lastPage = Math.max(
      1,
      ...doc.paragraphs.map((p) => p.page),
      ...doc.pageBreaks.map((b) => b.page),
    );
    const parts: unknown[] = [];
    const tagsBefore = doc.redactions.filter((r) => r.kind === 'exemption' && r.paragraph === null);
    if (tagsBefore.length > 0) {
      parts.push(html`<div class="tags-before">${tagsBefore.map((t) => renderExemption(t))}</div>`);
    }
    const sel = this.selection;
    const selectedActor = sel?.kind === 'actor' ? sel.id : null;
    const highlight = this.highlightRelation;
    const activeMention = this.names.active;
    const ctx: ParagraphContext = {
      index,
      doc,
      selection: sel,
      activeMention,
      onClick: (e, p) => this.onParagraphClick(e, doc, p),
      onKeydown: (e, p) => {
        if (this.annotating && this.words.onKeydown(e, p)) return;
        this.names.onKeydown(e, () => this.selectParagraph(doc, p));
      },
      onFocusIn: this.names.onFocusIn,
      onFocusOut: this.names.onFocusOut,
    };
    let heading: string | null = null;
    for (const p of doc.paragraphs) {
      for (const b of doc.pageBreaks) {
        if (b.paragraph === p.id && b.offset === 0) {
          parts.push(renderPageBreak(doc, b.page, 'div'));
        }
      }
      if (p.heading !== null && p.heading !== heading) {
        parts.push(html`<h3>${p.heading}</h3>`);
      }
      heading = p.heading;
      // Only the paragraphs whose look depends on what changed are drawn again, so that a click
      // in a long document does not rebuild every paragraph.
      const mark = highlight && highlight.document === doc.id && highlight.paragraph === p.id;
      const current = sel?.kind === 'paragraph' && sel.document === doc.id && sel.id === p.id;
      const active = activeMention?.startsWith(`${p.id}#`) ? activeMention : null;
      const actorHere =
        selectedActor !== null &&
        this.views.mentionsOf(doc, p).some((m) => m.actorId === selectedActor)
          ? selectedActor
          : null;
      parts.push(
        guard([index, doc, p, mark ? highlight : null, current, actorHere, active], () =>
          renderParagraph(ctx, this.views.viewOf(doc, p, highlight), current),
        ),
      );
      for (const r of blockRedactionsAfter(doc, p)) parts.push(renderBlockRedaction(r));
    }

    return html`<article class="page" part="page" aria-labelledby="doc-title">
      ${doc.classification ? renderBanner(doc.classification, 'top') : nothing}
      <header>
        <h2 id="doc-title">
          ${doc.title}${doc.titleMarking ? html` ${renderMarking(doc.titleMarking, true)}` : nothing}
        </h2>
        <dl class="meta">
          <div>
            <dt>Issued by</dt>
            <dd>${doc.issuer}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd><time datetime=${doc.date}>${formatIsoDate(doc.date)}</time></dd>
          </div>
          ${details.map(
            ([k, v]) =>
              html`<div>
                <dt>${k}</dt>
                <dd>${v}</dd>
              </div>`,
          )}
        </dl>
        <p class="hint" id="reader-help">
          <span class="visually-hidden">${HELP}${this.annotating ? ` ${ANNOTATE_HELP}` : ''}</span>
          <span aria-hidden="true"
            >${
              this.annotating
                ? 'Select words in a paragraph to make a relation from them.'
                : 'Click a paragraph to see the relations it supports, or an underlined name to select that actor.'
            }</span
          >
        </p>
      </header>
      ${parts} ${renderPageEnd(doc, lastPage)}
      ${doc.classification ? renderBanner(doc.classification, 'bottom') : nothing}
    </article>`;
  }

  static override styles = [sharedStyles, readerStyles, scrollShadows('.scroller')];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-reader': MgReader;
  }
}
