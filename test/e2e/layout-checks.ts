import type { Page } from '@playwright/test';

/**
 * Layout facts measured in the page itself, through every shadow root: what scrolls, what is in
 * view, and what text is cut off. Shared by the layout and screenshot specs.
 */

/** How far the document itself can scroll, in CSS px (0 when the app shell fits the window). */
export async function documentOverflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return {
      x: Math.max(0, el.scrollWidth - window.innerWidth),
      y: Math.max(0, el.scrollHeight - window.innerHeight),
    };
  });
}

/** One element whose text is cut off by its own box. */
export interface ClippedText {
  readonly element: string;
  readonly text: string;
  readonly scroll: string;
  readonly client: string;
}

/**
 * Elements holding text of their own that their box cuts off: `overflow` hidden or clip (or
 * `text-overflow: ellipsis`) with more content than room (`scrollWidth > clientWidth` or
 * `scrollHeight > clientHeight`). Screen-reader-only text (a 1 px clipped box) is not shown and
 * does not count, nor are elements that are not rendered, nor text whose whole is in a tooltip
 * (`title`) on the element or its ancestor.
 */
export async function clippedText(page: Page): Promise<ClippedText[]> {
  return page.evaluate(() => {
    const found: {
      element: string;
      text: string;
      scroll: string;
      client: string;
    }[] = [];
    const describe = (el: Element): string => {
      const host = (el.getRootNode() as ShadowRoot).host;
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.split(/\s+/).join('.')}`
          : '';
      return `${host ? `${host.localName} ` : ''}${el.localName}${cls}`;
    };
    const ownText = (el: Element): string =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    const visit = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!(el instanceof HTMLElement)) continue;
        const style = getComputedStyle(el);
        const hides =
          ['hidden', 'clip'].includes(style.overflowX) ||
          ['hidden', 'clip'].includes(style.overflowY) ||
          style.textOverflow === 'ellipsis';
        if (!hides) continue;
        const text = ownText(el) || (el.children.length === 0 ? (el.textContent ?? '').trim() : '');
        if (!text) continue;
        // Screen-reader-only text is a 1 px box by design, and what is not rendered cannot clip.
        if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
        if (el.getClientRects().length === 0) continue;
        // A tooltip with the whole text (the element's or its cell's title) shows what is cut.
        const whole = el.closest<HTMLElement>('[title]')?.title.replace(/\s+/g, ' ').trim() ?? '';
        if (whole && whole.includes(text.replace(/…$/, ''))) continue;
        const wide = el.scrollWidth > el.clientWidth + 1;
        const tall = el.scrollHeight > el.clientHeight + 1;
        if (wide || tall) {
          found.push({
            element: describe(el),
            text: text.slice(0, 60),
            scroll: `${el.scrollWidth}×${el.scrollHeight}`,
            client: `${el.clientWidth}×${el.clientHeight}`,
          });
        }
      }
    };
    visit(document);
    return found;
  });
}

/**
 * Whether an element is wholly visible: inside the window and inside the visible box of every
 * scrolling or clipping ancestor (crossing shadow roots), and not covered at its centre.
 */
export async function inView(
  page: Page,
  selector: string,
  text?: string,
): Promise<{ visible: boolean; why: string }> {
  return page.evaluate(
    ([sel, label]) => {
      const find = (root: Document | ShadowRoot): HTMLElement | null => {
        const here = [...root.querySelectorAll<HTMLElement>(sel)].find(
          (el) => label === undefined || (el.textContent ?? '').trim() === label,
        );
        if (here) return here;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            const inner = find(el.shadowRoot);
            if (inner) return inner;
          }
        }
        return null;
      };
      const el = find(document);
      if (!el) return { visible: false, why: `no element matches ${sel}` };
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return { visible: false, why: 'not rendered' };
      if (
        r.top < -0.5 ||
        r.left < -0.5 ||
        r.bottom > window.innerHeight + 0.5 ||
        r.right > window.innerWidth + 0.5
      ) {
        return {
          visible: false,
          why: `outside the window at ${Math.round(r.left)},${Math.round(r.top)}`,
        };
      }
      let node: Node | null = el;
      while (node) {
        const parent: Node | null = (node as HTMLElement).assignedSlot ?? node.parentNode ?? null;
        node = parent instanceof ShadowRoot ? parent.host : parent;
        if (!(node instanceof HTMLElement)) continue;
        const s = getComputedStyle(node);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const box = node.getBoundingClientRect();
        if (
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5 ||
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5
        ) {
          return {
            visible: false,
            why: `cut by ${node.localName}.${node.className} (${Math.round(r.top)}–${Math.round(r.bottom)} in ${Math.round(box.top)}–${Math.round(box.bottom)})`,
          };
        }
      }
      let hit: Element | null = document.elementFromPoint(
        r.left + r.width / 2,
        r.top + r.height / 2,
      );
      while (hit?.shadowRoot) {
        const inner: Element | null = hit.shadowRoot.elementFromPoint(
          r.left + r.width / 2,
          r.top + r.height / 2,
        );
        if (!inner || inner === hit) break;
        hit = inner;
      }
      if (hit !== el && !el.contains(hit)) {
        return { visible: false, why: `covered by ${hit?.localName}.${hit?.className}` };
      }
      return { visible: true, why: '' };
    },
    [selector, text] as const,
  );
}

/** A control smaller than a fingertip. */
export interface SmallTarget {
  readonly element: string;
  readonly name: string;
  readonly size: string;
}

/**
 * Controls (buttons, links, form fields, focusable widgets) rendered smaller than `min` × `min`
 * CSS px. A checkbox or radio button counts with its label, which activates it too.
 */
export async function smallTargets(page: Page, min = 44): Promise<SmallTarget[]> {
  return page.evaluate((least) => {
    const found: { element: string; name: string; size: string }[] = [];
    const selector =
      'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=separator][tabindex], [role=tab]';
    const visit = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!(el instanceof HTMLElement) || !el.matches(selector)) continue;
        if (el.getClientRects().length === 0) continue;
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;
        if (getComputedStyle(el).visibility === 'hidden') continue;
        // Parked off the page until focused (skip links): not a target until then.
        if (box.right + window.scrollX <= 0) continue;
        let { left, top, right, bottom } = box;
        if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type)) {
          for (const label of el.labels ?? []) {
            const l = label.getBoundingClientRect();
            left = Math.min(left, l.left);
            top = Math.min(top, l.top);
            right = Math.max(right, l.right);
            bottom = Math.max(bottom, l.bottom);
          }
        }
        const w = right - left;
        const h = bottom - top;
        if (w + 0.5 < least || h + 0.5 < least) {
          const host = (el.getRootNode() as ShadowRoot).host;
          found.push({
            element: `${host ? `${host.localName} ` : ''}${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''}`,
            name: (el.getAttribute('aria-label') ?? el.textContent ?? '')
              .replace(/\s+/g, ' ')
              .trim()
              .slice(0, 40),
            size: `${Math.round(w)}×${Math.round(h)}`,
          });
        }
      }
    };
    visit(document);
    return found;
  }, min);
}
