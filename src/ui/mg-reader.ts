import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatIsoDate } from '../model/memo/dates.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { createMentionMatcher, type Mention, type MentionMatcher } from '../model/memo/mentions.ts';
import { paragraphKey, type DatasetIndex } from '../model/dataset/query.ts';
import type {
  FurnitureLine,
  MemoDocument,
  Paragraph,
  Redaction,
  Relation,
} from '../model/contract/types.ts';
import type { Selection } from '../model/explorer/view-state.ts';
import { selectEvent } from './events.ts';
import { markingLevel, sharedStyles } from './theme.ts';

// ---------------------------------------------------------------------------------------------
// Wording

const MARKING_WORDS: Readonly<Record<string, string>> = {
  U: 'UNCLASSIFIED',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
  NF: 'NOFORN',
  OC: 'ORCON',
  PR: 'PROPIN',
  WN: 'WNINTEL',
  SI: 'SPECIAL INTELLIGENCE',
  TK: 'TALENT KEYHOLE',
  LOU: 'LIMITED OFFICIAL USE',
  FOUO: 'FOR OFFICIAL USE ONLY',
};

/**
 * A portion marking spelled out for a screen reader: "S/NF" → "SECRET/NOFORN". Parts it does
 * not know are kept as printed.
 */
export function spellMarking(marking: string): string {
  return marking
    .split(/(\/+|,\s*|\s+)/)
    .map((part) => MARKING_WORDS[part.toUpperCase()] ?? part)
    .join('');
}

const EXEMPTIONS: Readonly<Record<string, string>> = {
  '1': 'classified national defense or foreign policy information',
  '2': 'internal personnel rules and practices',
  '3': 'exempted from disclosure by another statute',
  '4': 'trade secrets or confidential commercial information',
  '5': 'privileged inter-agency or intra-agency communication',
  '6': 'personal privacy',
  '7': 'law enforcement records',
  '8': 'financial institution supervision',
  '9': 'geological information on wells',
};

/** What a FOIA exemption code such as "B1" or "(b)(1)" withholds, or null when unknown. */
export function exemptionMeaning(code: string): string | null {
  const m = /^\(?b\)?\s*\(?([1-9])\)?/i.exec(code.trim());
  return m ? (EXEMPTIONS[m[1]!] ?? null) : null;
}

function relationCount(n: number): string {
  if (n === 0) return 'no relations';
  return n === 1 ? '1 relation' : `${n} relations`;
}

// ---------------------------------------------------------------------------------------------
// Segments: how one paragraph's text is cut for rendering

interface Range {
  readonly start: number;
  readonly end: number;
}

/** The layers drawn over a paragraph's text. Offsets are the paragraph's own (UTF-16). */
export interface SegmentLayers {
  /** The quote of the highlighted relation: outermost, so it stays one `<mark>`. */
  readonly mark: Range | null;
  /** Never overlapping; split only where the mark begins or ends inside one. */
  readonly mentions: readonly Range[];
  /** Innermost. */
  readonly redactions: readonly Range[];
  /** Page breaks inside the text (0 < offset); drawn between characters, taking none. */
  readonly breaks: readonly { readonly offset: number; readonly page: number }[];
}

/** A piece of the rendering: text by offsets, a page break, or a layer element around pieces. */
export type Segment =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'break'; readonly offset: number; readonly page: number }
  | {
      readonly kind: 'mark' | 'mention' | 'redaction';
      /** Index into the layer's list (for the mark: 0). */
      readonly ref: number;
      readonly children: readonly Segment[];
    };

const LEVELS = ['mark', 'mention', 'redaction'] as const;

interface Atom {
  readonly leaf: Segment;
  /** Per level, the index of the range covering this atom, or -1. */
  readonly refs: readonly [number, number, number];
}

/**
 * Cuts `[0, length)` into a tree of segments so that every layer can be drawn as nested
 * elements without ever changing an offset: the leaves, read in order, are exactly the text.
 * The mark is outermost (one element even across a page break), mentions inside it and
 * redactions innermost; where ranges of different layers cross, the inner one is split.
 */
export function buildSegments(length: number, layers: SegmentLayers): readonly Segment[] {
  const clampRange = (r: Range): Range | null => {
    const start = Math.max(0, Math.min(length, r.start));
    const end = Math.max(start, Math.min(length, r.end));
    return end > start ? { start, end } : null;
  };
  const levels: (Range | null)[][] = [
    layers.mark ? [clampRange(layers.mark)] : [],
    layers.mentions.map(clampRange),
    layers.redactions.map(clampRange),
  ];
  const covering = (level: number, at: number, strict: boolean): number =>
    levels[level]!.findIndex(
      (r) => r !== null && (strict ? r.start < at : r.start <= at) && at < r.end,
    );

  const cuts = new Set<number>([0, length]);
  for (const level of levels) {
    for (const r of level) {
      if (r) {
        cuts.add(r.start);
        cuts.add(r.end);
      }
    }
  }
  const breaks = layers.breaks
    .map((b) => ({ offset: Math.max(1, Math.min(length, b.offset)), page: b.page }))
    .sort((a, b) => a.offset - b.offset);
  for (const b of breaks) cuts.add(b.offset);
  const points = [...cuts].sort((a, b) => a - b);

  const atoms: Atom[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    for (const b of breaks) {
      if (b.offset !== at) continue;
      atoms.push({
        leaf: { kind: 'break', offset: b.offset, page: b.page },
        refs: [covering(0, at, true), covering(1, at, true), covering(2, at, true)],
      });
    }
    const next = points[i + 1];
    if (next !== undefined && next > at) {
      atoms.push({
        leaf: { kind: 'text', start: at, end: next },
        refs: [covering(0, at, false), covering(1, at, false), covering(2, at, false)],
      });
    }
  }
  return group(atoms, 0);
}

function group(atoms: readonly Atom[], level: number): Segment[] {
  if (level === LEVELS.length) return atoms.map((a) => a.leaf);
  const out: Segment[] = [];
  for (let i = 0; i < atoms.length;) {
    const ref = atoms[i]!.refs[level as 0 | 1 | 2];
    let j = i + 1;
    while (j < atoms.length && atoms[j]!.refs[level as 0 | 1 | 2] === ref) j++;
    const run = atoms.slice(i, j);
    if (ref === -1) out.push(...group(run, level + 1));
    else out.push({ kind: LEVELS[level]!, ref, children: group(run, level + 1) });
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The element

/** Everything one paragraph needs to be drawn, worked out once per render. */
interface ParagraphView {
  readonly paragraph: Paragraph;
  readonly mentions: readonly Mention[];
  readonly segments: readonly Segment[];
  readonly mark: Relation | null;
}

const HELP =
  'Enter selects the paragraph and shows its relations. Left and Right arrow keys move through ' +
  'the actors it names; Enter on a name selects that actor, Escape returns to the paragraph.';

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

  /** The name that has keyboard focus ("p3#2"), the only one exposed as a button. */
  @state() private activeMention: string | null = null;

  @query('.scroller') private scroller!: HTMLElement;

  private matcher: MentionMatcher | null = null;
  private lastShown: string | null = null;
  private mentionsByParagraph = new WeakMap<Paragraph, readonly Mention[]>();

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
    this.scrollIntoViewWithin(el);
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index')) {
      this.matcher = this.index ? createMentionMatcher(this.index.dataset.actors) : null;
      this.mentionsByParagraph = new WeakMap();
      this.activeMention = null;
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
      const para = this.paragraphElement(r.paragraph);
      if (para) this.scrollIntoViewWithin(para, para.querySelector('mark'));
    }
  }

  private paragraphElement(paragraphId: string): HTMLElement | null {
    return (
      [...this.renderRoot.querySelectorAll<HTMLElement>('.para')].find(
        (el) => el.dataset['paragraph'] === paragraphId,
      ) ?? null
    );
  }

  /**
   * The element that scrolls the text: the reader's own container, or, when the page around it
   * gave the reader no height of its own and it grew to its content, the nearest scrolling
   * ancestor (across shadow roots).
   */
  private scrollContainer(): HTMLElement | null {
    const own = this.scroller;
    if (own.scrollHeight > own.clientHeight + 1) return own;
    const parentOf = (el: Element): Element | null =>
      el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
    for (let el = parentOf(this); el; el = parentOf(el)) {
      if (!(el instanceof HTMLElement)) continue;
      const overflow = getComputedStyle(el).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
        return el;
      }
    }
    return null;
  }

  /**
   * Scroll only the container that holds the text: Element.scrollIntoView would also scroll the
   * page and every other ancestor. The paragraph is shown whole when it fits, else its quote.
   */
  private scrollIntoViewWithin(para: HTMLElement, mark: HTMLElement | null = null): void {
    const scroller = this.scrollContainer();
    if (!scroller) return;
    const view = scroller.getBoundingClientRect();
    if (view.height === 0) return;
    const margin = Math.min(24, view.height / 8);
    const p = para.getBoundingClientRect();
    const target = mark && p.height > view.height - 2 * margin ? mark.getBoundingClientRect() : p;
    if (target.top >= view.top && target.bottom <= view.bottom) return;
    const top = scroller.scrollTop + (target.top - view.top) - margin;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    scroller.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
  }

  /** Inline redactions of a paragraph, by offsets. */
  private redactionsIn(doc: MemoDocument, p: Paragraph): Range[] {
    return doc.redactions
      .filter(
        (r) => r.kind === 'redaction' && r.paragraph === p.id && r.start !== null && r.end !== null,
      )
      .map((r) => ({ start: r.start!, end: r.end! }));
  }

  private mentionsOf(doc: MemoDocument, p: Paragraph): readonly Mention[] {
    let found = this.mentionsByParagraph.get(p);
    if (!found) {
      const redactions = this.redactionsIn(doc, p);
      // A name can never stand inside a redaction: whatever was there is withheld.
      found = (this.matcher?.find(p.text) ?? []).filter(
        (m) => !redactions.some((r) => m.start < r.end && r.start < m.end),
      );
      this.mentionsByParagraph.set(p, found);
    }
    return found;
  }

  private viewOf(doc: MemoDocument, p: Paragraph): ParagraphView {
    const redactions = this.redactionsIn(doc, p);
    const mentions = this.mentionsOf(doc, p);
    const h = this.highlightRelation;
    const mark = h && h.document === doc.id && h.paragraph === p.id ? h : null;
    const breaks = doc.pageBreaks
      .filter((b) => b.paragraph === p.id && b.offset > 0)
      .map((b) => ({ offset: b.offset, page: b.page }));
    const segments = buildSegments(p.text.length, { mark, mentions, redactions, breaks });
    return { paragraph: p, mentions, segments, mark };
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
    // Dragging to copy a quote is not a click on the paragraph.
    if (window.getSelection()?.type === 'Range') return;
    this.selectParagraph(doc, p);
  }

  /** The first element of each name in a paragraph, in reading order. */
  private mentionElements(para: HTMLElement): HTMLElement[] {
    const seen = new Set<string>();
    const out: HTMLElement[] = [];
    for (const el of para.querySelectorAll<HTMLElement>('.mention')) {
      const key = el.dataset['key'] ?? '';
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(el);
    }
    return out;
  }

  private async focusMention(el: HTMLElement | undefined): Promise<void> {
    if (!el) return;
    const key = el.dataset['key'] ?? null;
    this.activeMention = key;
    await this.updateComplete;
    // The segments may have been redrawn meanwhile: find the name again by its key.
    const again = [...this.renderRoot.querySelectorAll<HTMLElement>('.mention')].find(
      (m) => m.dataset['key'] === key,
    );
    again?.focus();
  }

  private onParagraphKeydown(e: KeyboardEvent, doc: MemoDocument, p: Paragraph): void {
    const para = e.currentTarget as HTMLElement;
    const target = e.target as HTMLElement;
    const names = this.mentionElements(para);
    if (target === para) {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.selectParagraph(doc, p);
      } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && names.length > 0) {
        e.preventDefault();
        void this.focusMention(e.key === 'ArrowRight' ? names[0] : names[names.length - 1]);
      }
      return;
    }
    const mention = target.closest<HTMLElement>('.mention');
    if (!mention) return;
    const at = names.findIndex((n) => n.dataset['key'] === mention.dataset['key']);
    switch (e.key) {
      case 'ArrowRight':
        e.preventDefault();
        void this.focusMention(names[Math.min(names.length - 1, at + 1)]);
        break;
      case 'ArrowLeft':
        e.preventDefault();
        void this.focusMention(names[Math.max(0, at - 1)]);
        break;
      case 'Home':
        e.preventDefault();
        void this.focusMention(names[0]);
        break;
      case 'End':
        e.preventDefault();
        void this.focusMention(names[names.length - 1]);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.selectActor(mention.dataset['actor'] ?? '');
        break;
      case 'Escape':
        e.preventDefault();
        para.focus();
        break;
    }
  }

  private onFocusIn(e: FocusEvent): void {
    const mention = (e.target as Element).closest?.<HTMLElement>('.mention');
    this.activeMention = mention?.dataset['key'] ?? null;
  }

  private onFocusOut(e: FocusEvent): void {
    const next = e.relatedTarget as Element | null;
    if (!next?.closest?.('.mention')) this.activeMention = null;
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
    return html`<div class="scroller" part="scroller">${body}</div>`;
  }

  private renderMarking(marking: string, title = false): TemplateResult {
    const words = spellMarking(marking);
    return html`<span class="marking" data-level=${markingLevel(marking)} title=${words}
      ><span aria-hidden="true">(${marking})</span
      ><span class="visually-hidden"
        >${title ? `(title marking: ${words})` : `Portion marking: ${words}`}</span
      ></span
    >`;
  }

  private renderBanner(classification: string, where: 'top' | 'bottom'): TemplateResult {
    return html`<p class="banner ${where}">
      <span class="visually-hidden">Classification: </span>${classification}
    </p>`;
  }

  private renderDocument(index: DatasetIndex, doc: MemoDocument): TemplateResult {
    const c = doc.citation;
    const details: [string, string][] = [['Document type', c.documentType]];
    if (c.office) details.push(['Office', c.office]);
    if (c.archive) details.push(['Archive', c.archive]);
    if (c.identifier) details.push(['Identifier', c.identifier]);
    if (c.url) details.push(['Location', c.url]);
    if (c.release) details.push(['Release', c.release]);

    const lastPage = Math.max(
      1,
      ...doc.paragraphs.map((p) => p.page),
      ...doc.pageBreaks.map((b) => b.page),
    );
    const parts: unknown[] = [];
    const tagsBefore = doc.redactions.filter((r) => r.kind === 'exemption' && r.paragraph === null);
    if (tagsBefore.length > 0) {
      parts.push(
        html`<div class="tags-before">${tagsBefore.map((t) => this.renderExemption(t))}</div>`,
      );
    }
    const sel = this.selection;
    const selectedActor = sel?.kind === 'actor' ? sel.id : null;
    const highlight = this.highlightRelation;
    let heading: string | null = null;
    for (const p of doc.paragraphs) {
      for (const b of doc.pageBreaks) {
        if (b.paragraph === p.id && b.offset === 0) {
          parts.push(this.renderPageBreak(doc, b.page, 'div'));
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
      const active = this.activeMention?.startsWith(`${p.id}#`) ? this.activeMention : null;
      const actorHere =
        selectedActor !== null && this.mentionsOf(doc, p).some((m) => m.actorId === selectedActor)
          ? selectedActor
          : null;
      parts.push(
        guard([index, doc, p, mark ? highlight : null, current, actorHere, active], () =>
          this.renderParagraph(index, doc, this.viewOf(doc, p), current),
        ),
      );
      for (const r of this.blockRedactionsAfter(doc, p)) {
        parts.push(
          html`<p class="redaction block" title="Withheld in the released copy">${r.text}</p>`,
        );
      }
    }
    const lastFooter = doc.furniture.filter((f) => f.page === lastPage);

    return html`<article class="page" part="page" aria-labelledby="doc-title">
      ${doc.classification ? this.renderBanner(doc.classification, 'top') : nothing}
      <header>
        <h2 id="doc-title">
          ${doc.title}${doc.titleMarking ? html` ${this.renderMarking(doc.titleMarking, true)}` : nothing}
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
          <span class="visually-hidden">${HELP}</span>
          <span aria-hidden="true"
            >Click a paragraph to see the relations it supports, or an underlined name to select
            that actor.</span
          >
        </p>
      </header>
      ${parts}
      ${
        lastFooter.length > 0
          ? html`<footer class="page-end">
              <p class="furniture">
                <span class="visually-hidden">Footer of page ${lastPage}: </span
                >${this.furnitureText(lastFooter)}
              </p>
              <p class="page-end-label">End of page ${lastPage}</p>
            </footer>`
          : nothing
      }
      ${doc.classification ? this.renderBanner(doc.classification, 'bottom') : nothing}
    </article>`;
  }

  private furnitureText(lines: readonly FurnitureLine[]): string {
    return lines.map((l) => l.text).join('  ·  ');
  }

  /**
   * Redactions between paragraphs. One that the page furniture already prints ("[redacted]
   * December 28, 1996") is shown there, in the footer, and not a second time.
   */
  private blockRedactionsAfter(doc: MemoDocument, p: Paragraph): Redaction[] {
    return doc.redactions.filter(
      (r) =>
        r.kind === 'redaction' &&
        r.paragraph === p.id &&
        r.start === null &&
        !doc.furniture.some((f) => f.page === r.page && f.text.includes(r.text)),
    );
  }

  /**
   * A page break. Its words ("Page 2" and the footer of the page that ends) are drawn from data
   * attributes by CSS, so that the paragraph's text, and any quote copied from it, stays
   * exactly the document's; a screen reader hears its label. (DPUB's doc-pagebreak would say
   * more, but ARIA allows it only on <hr>, which cannot stand inside a paragraph.)
   */
  private renderPageBreak(doc: MemoDocument, page: number, tag: 'div' | 'span'): TemplateResult {
    const footer = this.furnitureText(doc.furniture.filter((f) => f.page === page - 1));
    const label = footer
      ? `End of page ${page - 1}: ${footer.replaceAll('  ·  ', ', ')}. Page ${page}`
      : `Page ${page}`;
    return tag === 'div'
      ? html`<div
          class="page-break"
          role="separator"
          aria-label=${label}
          data-page=${page}
          data-footer=${footer}
          data-label="Page ${page}"
        ></div>`
      : html`<span
          class="page-break"
          role="separator"
          aria-label=${label}
          data-page=${page}
          data-footer=${footer}
          data-label="Page ${page}"
        ></span>`;
  }

  private renderExemption(r: Redaction): TemplateResult {
    const meaning = exemptionMeaning(r.text);
    return html`<span class="exemption" title=${meaning ? `Withheld: ${meaning}` : nothing}
      >FOIA exemption ${r.text}</span
    >`;
  }

  private renderParagraph(
    index: DatasetIndex,
    doc: MemoDocument,
    v: ParagraphView,
    current: boolean,
  ): TemplateResult {
    const p = v.paragraph;
    const count = index.relationsByParagraph.get(paragraphKey(doc.id, p.id))?.length ?? 0;
    const name = [
      `Paragraph ${p.n}`,
      p.marking ? spellMarking(p.marking) : null,
      relationCount(count),
    ]
      .filter((s) => s !== null)
      .join(', ');
    const tags = doc.redactions.filter((r) => r.kind === 'exemption' && r.paragraph === p.id);
    return html`<div
      class="para ${current ? 'current' : ''} ${v.mark ? 'has-mark' : ''}"
      id="para-${p.id}"
      data-paragraph=${p.id}
      role="group"
      tabindex="0"
      aria-label=${name}
      aria-describedby="reader-help"
      aria-current=${current ? 'true' : nothing}
      @click=${(e: MouseEvent) => this.onParagraphClick(e, doc, p)}
      @keydown=${(e: KeyboardEvent) => this.onParagraphKeydown(e, doc, p)}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
    >
      <div class="gutter">
        <span class="number" aria-hidden="true">¶${p.n}</span>
        ${p.marking ? this.renderMarking(p.marking) : nothing}
      </div>
      <p class="text">${this.renderSegments(v.segments, doc, v)}</p>
      <div class="aside">
        ${count > 0 ? html`<span class="count" aria-hidden="true">${relationCount(count)}</span>` : nothing}
        ${tags.map((t) => this.renderExemption(t))}
      </div>
    </div>`;
  }

  private renderSegments(
    segments: readonly Segment[],
    doc: MemoDocument,
    v: ParagraphView,
  ): (TemplateResult | string)[] {
    return segments.map((s) => this.renderSegment(s, doc, v));
  }

  private renderSegment(s: Segment, doc: MemoDocument, v: ParagraphView): TemplateResult | string {
    const p = v.paragraph;
    switch (s.kind) {
      case 'text':
        return p.text.slice(s.start, s.end);
      case 'break':
        return this.renderPageBreak(doc, s.page, 'span');
      case 'mark':
        return html`<mark class="quote" data-relation=${v.mark?.id ?? ''}
          >${this.renderSegments(s.children, doc, v)}</mark
        >`;
      case 'redaction':
        return html`<span class="redaction" title="Withheld in the released copy"
          >${this.renderSegments(s.children, doc, v)}</span
        >`;
      case 'mention': {
        const m = v.mentions[s.ref]!;
        const key = `${p.id}#${s.ref}`;
        const actor = this.index?.actorById.get(m.actorId);
        const sel = this.selection;
        const selected = sel?.kind === 'actor' && sel.id === m.actorId;
        return html`<span
          class="mention ${selected ? 'selected' : ''}"
          data-actor=${m.actorId}
          data-key=${key}
          tabindex="-1"
          role=${this.activeMention === key ? 'button' : nothing}
          title=${actor ? `Actor: ${actor.name}` : nothing}
          >${this.renderSegments(s.children, doc, v)}</span
        >`;
      }
    }
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        height: 100%;
        overflow: hidden;
        background: var(--mg-surface);
      }
      .scroller {
        flex: 1 1 auto;
        min-height: 0;
        overflow: auto;
        overscroll-behavior: contain;
        container-type: inline-size;
        padding: 0 clamp(0.75rem, 3cqi, 2rem);
      }
      .empty {
        color: var(--mg-muted);
        padding: 1rem 0;
      }
      .page {
        font-family: var(--mg-font-serif);
        font-size: 1.0625rem;
        line-height: 1.55;
        max-width: calc(65ch + 16rem);
        margin: 0 auto;
        padding-bottom: 1.5rem;
      }
      .banner {
        font: 700 0.8125rem/1.4 var(--mg-font-mono);
        letter-spacing: 0.08em;
        text-align: center;
        margin: 0;
        padding: 0.6rem 0;
        color: var(--mg-text);
      }
      .banner.bottom {
        margin-top: 1rem;
        border-top: 1px solid var(--mg-border-soft);
      }
      header {
        border-bottom: 1px solid var(--mg-border-soft);
        padding: 0 0 0.75rem calc(4.5rem + var(--mg-gap) + 4px);
        margin-bottom: 1rem;
      }
      header > * {
        max-width: 65ch;
      }
      h2 {
        font-size: 1.5rem;
        line-height: 1.25;
        margin: 0.5rem 0 0.75rem;
        text-wrap: balance;
      }
      h2 .marking {
        vertical-align: 0.2em;
      }
      .meta {
        font-family: var(--mg-font);
        font-size: 0.875rem;
        line-height: 1.4;
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 0.15rem 0.75rem;
        margin: 0;
      }
      .meta div {
        display: contents;
      }
      .meta dt {
        color: var(--mg-muted);
      }
      .meta dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .hint {
        font-family: var(--mg-font);
        font-size: 0.8125rem;
        color: var(--mg-muted);
        margin: 0.75rem 0 0;
      }
      h3 {
        font-size: 1.125rem;
        line-height: 1.3;
        font-style: italic;
        font-weight: 700;
        margin: 1.5rem 0 0.5rem calc(4.5rem + var(--mg-gap) + 4px);
      }

      /* A paragraph: number and marking in the gutter, text at reading measure, notes beside. */
      .para {
        display: grid;
        grid-template-columns: 4.5rem minmax(0, 65ch) minmax(0, 10rem);
        grid-template-areas: 'gutter text aside';
        column-gap: var(--mg-gap);
        padding: 0.5rem 0.5rem 0.5rem 0;
        margin: 0 0 0.25rem;
        border-left: 4px solid transparent;
        border-radius: 0 var(--mg-radius) var(--mg-radius) 0;
        cursor: pointer;
        transition: background-color var(--mg-motion);
      }
      .para:hover {
        background: var(--mg-surface-2);
      }
      .para.current {
        border-left-color: var(--mg-accent);
        background: var(--mg-surface-2);
      }
      .para:focus-visible {
        outline-offset: 0;
      }
      .gutter {
        grid-area: gutter;
        display: flex;
        flex-direction: column;
        align-items: flex-end;
        gap: 0.25rem;
        padding-top: 0.2rem;
      }
      .number {
        font: 600 0.875rem/1.2 var(--mg-font);
        color: var(--mg-muted);
      }
      .text {
        grid-area: text;
        margin: 0;
        hyphens: manual;
        overflow-wrap: break-word;
      }
      .aside {
        grid-area: aside;
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 0.35rem;
        font: 0.8125rem/1.3 var(--mg-font);
        color: var(--mg-muted);
        padding-top: 0.25rem;
      }
      .count {
        white-space: nowrap;
      }
      .exemption,
      .tags-before {
        font: 600 0.75rem/1.3 var(--mg-font-mono);
      }
      .exemption {
        display: inline-block;
        color: var(--mg-text);
        border: 1px dashed var(--mg-border);
        border-radius: 3px;
        padding: 0.05rem 0.35rem;
      }
      .tags-before {
        margin: 0 0 0.5rem calc(4.5rem + var(--mg-gap) + 4px);
      }

      /* Names: an underline, not only a colour; the selected actor's names are solid and tinted. */
      .mention {
        cursor: pointer;
        text-decoration-line: underline;
        text-decoration-style: dotted;
        text-decoration-color: var(--mg-mention);
        text-decoration-thickness: 0.09em;
        text-underline-offset: 0.2em;
        border-radius: 2px;
      }
      .mention:hover {
        text-decoration-style: solid;
        color: var(--mg-mention);
      }
      .mention.selected {
        text-decoration-style: solid;
        text-decoration-thickness: 0.14em;
        background: color-mix(in srgb, var(--mg-mention) 16%, transparent);
      }
      .mention:focus-visible {
        outline-offset: 1px;
      }
      mark.quote {
        background: var(--mg-mark-bg);
        color: var(--mg-mark-text);
        box-shadow: 0 2px 0 var(--mg-mark-text);
        border-radius: 2px;
        padding: 0.05em 0;
        box-decoration-break: clone;
        -webkit-box-decoration-break: clone;
      }
      mark.quote .mention:hover {
        color: inherit;
      }
      .redaction {
        background: var(--mg-redaction);
        color: #ffffff;
        font: 600 0.8em/1 var(--mg-font-mono);
        padding: 0.15em 0.45em;
        border-radius: 2px;
        outline: 1px solid var(--mg-border);
        outline-offset: -1px;
        white-space: nowrap;
        box-decoration-break: clone;
        -webkit-box-decoration-break: clone;
      }
      .redaction.block {
        display: block;
        width: min(100%, 65ch);
        margin: 0.25rem 0 0.75rem calc(4.5rem + var(--mg-gap) + 4px);
        padding: 0.5em;
        text-align: center;
      }

      /* Page breaks: the printed footer, discreet, above a rule labelled with the new page. */
      .page-break {
        display: block;
        margin: 0.9rem 0;
        font: 0.75rem/1.4 var(--mg-font-mono);
        color: var(--mg-muted);
        user-select: none;
        cursor: default;
      }
      div.page-break {
        margin-left: calc(4.5rem + var(--mg-gap) + 4px);
        max-width: 65ch;
      }
      .page-break::before {
        content: attr(data-footer);
        display: block;
        text-align: right;
        white-space: pre-wrap;
      }
      .page-break::after {
        content: attr(data-label);
        display: block;
        text-align: center;
        border-top: 1px dashed var(--mg-border);
        padding-top: 0.15rem;
        margin-top: 0.2rem;
        letter-spacing: 0.04em;
      }
      mark.quote .page-break {
        background: var(--mg-surface);
      }
      .page-end {
        margin: 1.25rem 0 0 calc(4.5rem + var(--mg-gap) + 4px);
        max-width: 65ch;
        font: 0.75rem/1.4 var(--mg-font-mono);
        color: var(--mg-muted);
      }
      .page-end p {
        margin: 0;
      }
      .furniture {
        text-align: right;
        white-space: pre-wrap;
      }
      .page-end-label {
        text-align: center;
        border-top: 1px dashed var(--mg-border);
        padding-top: 0.15rem;
        margin-top: 0.2rem;
      }

      /* Narrow: number, marking and notes on one line above the text. */
      @container (max-width: 40rem) {
        .page {
          font-size: 1rem;
        }
        .para {
          grid-template-columns: auto minmax(0, 1fr);
          grid-template-areas:
            'gutter aside'
            'text text';
          row-gap: 0.25rem;
          padding-left: 0.5rem;
        }
        .gutter {
          flex-direction: row;
          align-items: center;
          gap: 0.5rem;
          padding-top: 0;
        }
        .aside {
          flex-direction: row;
          flex-wrap: wrap;
          align-items: center;
          justify-content: flex-end;
          padding-top: 0;
        }
        h3,
        .tags-before,
        div.page-break,
        .page-end,
        .redaction.block {
          margin-left: calc(0.5rem + 4px);
        }
        header {
          padding-left: calc(0.5rem + 4px);
        }
        .meta {
          display: block;
        }
        .meta div {
          display: block;
          margin-bottom: 0.2rem;
        }
        .meta dt,
        .meta dd {
          display: inline;
        }
        .meta dt {
          margin-right: 0.4em;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-reader': MgReader;
  }
}
