/**
 * Scrolls the evidence panel's paragraph box so that the marked quote sits in its middle, with
 * the words before and after it around it: the box is kept short so that the likelihood, the
 * basis and the citation stay in view beside it. Only the box scrolls, never the page.
 */
export function centreQuote(box: HTMLElement | null): void {
  const mark = box?.querySelector('mark');
  if (!box || !mark || box.scrollHeight <= box.clientHeight) return;
  const outer = box.getBoundingClientRect();
  const inner = mark.getBoundingClientRect();
  const offset = inner.top - outer.top + box.scrollTop;
  box.scrollTop = Math.max(0, offset - Math.max(0, (box.clientHeight - inner.height) / 2));
}
