import { html, nothing, type TemplateResult } from 'lit';
import { exemptionMeaning } from '../../model/memo/exemptions.ts';
import type {
  FurnitureLine,
  MemoDocument,
  Paragraph,
  Redaction,
} from '../../model/contract/types.ts';

/** The printed lines at the foot of a page, on one line. */
export function furnitureText(lines: readonly FurnitureLine[]): string {
  return lines.map((l) => l.text).join('  ·  ');
}

/**
 * Redactions between paragraphs. One that the page furniture already prints ("[redacted]
 * December 28, 1996") is shown there, in the footer, and not a second time.
 */
export function blockRedactionsAfter(doc: MemoDocument, p: Paragraph): Redaction[] {
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
export function renderPageBreak(
  doc: MemoDocument,
  page: number,
  tag: 'div' | 'span',
): TemplateResult {
  const footer = furnitureText(doc.furniture.filter((f) => f.page === page - 1));
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

/** A FOIA exemption code as a margin tag, its meaning in the tooltip when known. */
export function renderExemption(r: Redaction): TemplateResult {
  const meaning = exemptionMeaning(r.text);
  return html`<span class="exemption" title=${meaning ? `Withheld: ${meaning}` : nothing}
    >FOIA exemption ${r.text}</span
  >`;
}

/** A redaction standing between paragraphs, as a bar of its own. */
export function renderBlockRedaction(r: Redaction): TemplateResult {
  return html`<p class="redaction block" title="Withheld in the released copy">${r.text}</p>`;
}

/** The footer of the last page, which no page break closes. */
export function renderPageEnd(
  doc: MemoDocument,
  lastPage: number,
): TemplateResult | typeof nothing {
  const lastFooter = doc.furniture.filter((f) => f.page === lastPage);
  return lastFooter.length > 0
    ? html`<footer class="page-end">
        <p class="furniture">
          <span class="visually-hidden">Footer of page ${lastPage}: </span
          >${furnitureText(lastFooter)}
        </p>
        <p class="page-end-label">End of page ${lastPage}</p>
      </footer>`
    : nothing;
}
