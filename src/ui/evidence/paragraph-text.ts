import { css, html, type TemplateResult } from 'lit';
import type { MemoDocument, Paragraph } from '../../model/contract/types.ts';
import { breaksWithin, pagesOf } from '../../model/memo/page-of.ts';
import { buildSegments, type Segment } from '../../model/memo/segments.ts';

/** Where the quote sits in the paragraph, as offsets. */
export type QuoteAt = { readonly start: number; readonly end: number } | null;

/**
 * The paragraph's text with the quote marked and the memo's page breaks where they fall, as the
 * reader draws them: the break's words come from CSS, so the text, and any quote copied from
 * it, stays exactly the document's.
 */
export function paragraphText(doc: MemoDocument | null, p: Paragraph, at: QuoteAt): TemplateResult {
  const breaks = doc ? breaksWithin(doc, p).map((b) => ({ offset: b.offset, page: b.page })) : [];
  const segments = buildSegments(p.text.length, { mark: at, mentions: [], redactions: [], breaks });
  const draw = (s: Segment): unknown => {
    if (s.kind === 'text') return p.text.slice(s.start, s.end);
    if (s.kind === 'break') {
      return html`<span
        class="page-break"
        role="separator"
        aria-label="Page ${s.page}"
        data-label="Page ${s.page}"
      ></span>`;
    }
    const inner = s.children.map(draw);
    return s.kind === 'mark' ? html`<mark>${inner}</mark>` : inner;
  };
  return html`${segments.map(draw)}`;
}

/** "page 2", or "pages 1–2" for a quote that runs over a break; of the whole paragraph without one. */
export function quotePages(doc: MemoDocument | null, p: Paragraph, at: QuoteAt): string {
  if (!doc) return `page ${p.page}`;
  const { first, last } = at
    ? pagesOf(doc, p, at.start, at.end)
    : pagesOf(doc, p, 0, p.text.length);
  return first === last ? `page ${first}` : `pages ${first}–${last}`;
}

/** A page break in the panel's paragraph: a dashed rule with the new page's number. */
export const paragraphTextStyles = css`
  .page-break {
    display: block;
    margin: 0.35rem 0;
    font: 0.75rem/1.4 var(--mg-font-mono);
    color: var(--mg-muted);
    text-align: center;
    border-top: 1px dashed var(--mg-border);
    user-select: none;
    white-space: normal;
  }
  .page-break::after {
    content: attr(data-label);
    letter-spacing: 0.04em;
  }
`;
