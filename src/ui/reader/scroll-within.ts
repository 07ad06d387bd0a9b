/**
 * The element that scrolls the text: the reader's own container, or, when the page around it
 * gave the reader no height of its own and it grew to its content, the nearest scrolling
 * ancestor of `host` (across shadow roots).
 */
function scrollContainer(host: HTMLElement, own: HTMLElement): HTMLElement | null {
  if (own.scrollHeight > own.clientHeight + 1) return own;
  const parentOf = (el: Element): Element | null =>
    el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
  for (let el = parentOf(host); el; el = parentOf(el)) {
    if (!(el instanceof HTMLElement)) continue;
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
      return el;
    }
  }
  return null;
}

/**
 * Brings a paragraph of `host` into view when it is not fully in view, smoothly unless the
 * reader prefers reduced motion, without moving focus. Scrolls only the container that holds
 * the text (`own`, or the ancestor that scrolls for it): Element.scrollIntoView would also
 * scroll the page and every other ancestor. The paragraph is shown whole when it fits, else
 * its quote `mark`.
 */
export function scrollIntoViewWithin(
  host: HTMLElement,
  own: HTMLElement,
  para: HTMLElement,
  mark: HTMLElement | null = null,
): void {
  const scroller = scrollContainer(host, own);
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
