import type { MemoDocument, PageBreak, Paragraph } from '../contract/types.ts';

/** The page breaks that fall inside a paragraph's text (not before it), in text order. */
export function breaksWithin(doc: MemoDocument, p: Paragraph): PageBreak[] {
  return doc.pageBreaks
    .filter((b) => b.paragraph === p.id && b.offset > 0 && b.offset < p.text.length)
    .sort((a, b) => a.offset - b.offset);
}

/**
 * The page on which a stretch of a paragraph is printed, from its own offsets: a paragraph that
 * runs over a page break is on two pages, and a quote after the break is on the second. Returns
 * the first and the last page the stretch touches (equal unless it spans a break).
 */
export function pagesOf(
  doc: MemoDocument,
  p: Paragraph,
  start: number,
  end: number = start,
): { first: number; last: number } {
  let first = p.page;
  let last = p.page;
  for (const b of breaksWithin(doc, p)) {
    if (b.offset <= start) first = b.page;
    if (b.offset < end) last = b.page;
  }
  return { first, last: Math.max(first, last) };
}
