import type { ReactiveController, ReactiveElement } from 'lit';
import type { WordSelection } from '../../model/edit/selection.ts';
import type { OffsetRange } from '../../model/memo/segments.ts';
import type { MemoDocument, Paragraph } from '../../model/contract/types.ts';
import { annotateSelectEvent, type AnnotateSelectDetail } from '../events.ts';
import {
  keyboardStep,
  offsetOf,
  rangeOver,
  selectedRange,
  selectionDetail,
} from './text-selection.ts';

/** The words waiting for a relation: painted in the reader while the form is open. */
export interface PendingQuote {
  readonly document: string;
  readonly paragraph: string;
  readonly start: number;
  readonly end: number;
}

const HIGHLIGHT = 'mg-pending-quote';
const STEP_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']);

type Registry = Map<string, unknown>;
/** The CSS Custom Highlight registry, where the browser has it. */
function highlights(): Registry | null {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  return css?.highlights ?? null;
}
const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;

/**
 * Selecting words in the reader to annotate them. With the mouse: a drag inside one paragraph
 * sends `mg-annotate-select` with the words it touches; one across two paragraphs or over a
 * redaction sends the refusal. From the keyboard, on a focused paragraph or name:
 * Shift+Alt+Right/Left move the end of the selection a word later/earlier (the first press
 * takes the focused name or the first word), Shift+Alt+Up/Down move its start a word
 * earlier/later, Enter makes the relation from it, Escape drops it. The selection is painted
 * with a CSS highlight, which stays while focus moves into the form.
 */
export class AnnotateSelection implements ReactiveController {
  /** The keyboard's selection in progress. */
  private keyed: WordSelection | null = null;
  /** What the live region says: the words selected from the keyboard. */
  said = '';
  /** When the last drag ended in a selection: the click that follows it is not a click. */
  private draggedAt = -Infinity;

  /** Whether a click is the end of a drag that selected words (and selects no paragraph). */
  get justDragged(): boolean {
    return performance.now() - this.draggedAt < 500;
  }

  constructor(
    private readonly host: ReactiveElement,
    private readonly shown: () => MemoDocument | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    highlights()?.delete(HIGHLIGHT);
  }

  private textOf(paragraphId: string): HTMLElement | null {
    return (
      [...this.host.renderRoot.querySelectorAll<HTMLElement>('.para')]
        .find((el) => el.dataset['paragraph'] === paragraphId)
        ?.querySelector<HTMLElement>('.text') ?? null
    );
  }

  /** Paints `quote` (or the keyboard's selection), or nothing. */
  paint(quote: PendingQuote | null): void {
    const registry = highlights();
    if (!registry || !HighlightCtor) return;
    const doc = this.shown();
    const what = this.keyed ?? (quote && doc && quote.document === doc.id ? quote : null);
    const textEl = what ? this.textOf(what.paragraph) : null;
    if (!what || !textEl) {
      registry.delete(HIGHLIGHT);
      return;
    }
    registry.set(HIGHLIGHT, new HighlightCtor(rangeOver(textEl, what)));
  }

  private send(detail: AnnotateSelectDetail): void {
    this.host.dispatchEvent(annotateSelectEvent(detail));
  }

  private rectOf(range: StaticRange | Range): AnnotateSelectDetail['rect'] {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const r = live.getBoundingClientRect();
    return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
  }

  /** After a drag in the reader: the words selected, or why they cannot be a quote. */
  readonly onPointerUp = (): void => {
    const doc = this.shown();
    const root = this.host.shadowRoot;
    if (!doc || !root) return;
    const range = selectedRange(root);
    if (!range) return;
    const at = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('.para');
    const from = at(range.startContainer);
    const to = at(range.endContainer);
    if (!from && !to) return;
    this.keyed = null;
    this.draggedAt = performance.now();
    const rect = this.rectOf(range);
    if (!from || !to) {
      this.send({
        document: null,
        paragraph: null,
        via: 'mouse',
        rect,
        refusal:
          'The selection reaches outside the paragraphs (a heading or a page footer): select words inside one paragraph.',
      });
      return;
    }
    const point = (para: Element, node: Node, offset: number) => {
      const textEl = para.querySelector('.text');
      return {
        paragraph: (para as HTMLElement).dataset['paragraph'] ?? '',
        offset: textEl && textEl.contains(node) ? offsetOf(textEl, node, offset) : 0,
      };
    };
    const anchor = point(from, range.startContainer, range.startOffset);
    const focus = point(to, range.endContainer, range.endOffset);
    this.send({ ...selectionDetail(doc, anchor, focus, 'mouse'), rect });
  };

  /**
   * For a paragraph's keydown, before the name navigation; true when the key was a selection
   * key and is handled.
   */
  onKeydown(e: KeyboardEvent, p: Paragraph): boolean {
    const doc = this.shown();
    if (!doc) return false;
    if (e.shiftKey && e.altKey && STEP_KEYS.has(e.key)) {
      e.preventDefault();
      const name = (e.target as Element).closest<HTMLElement>('.mention');
      const textEl = this.textOf(p.id);
      let from: OffsetRange | null = null;
      if (name && textEl) {
        const start = offsetOf(textEl, name, 0);
        from = { start, end: start + (name.textContent ?? '').length };
      }
      const current = this.keyed?.paragraph === p.id ? this.keyed : null;
      const key = e.key as 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';
      this.keyed = keyboardStep(doc, p, current, key, from);
      this.said = this.keyed ? `Selected: ${this.keyed.quote}` : '';
      this.host.requestUpdate();
      return true;
    }
    if (!this.keyed || this.keyed.paragraph !== p.id) return false;
    if (e.key === 'Enter') {
      e.preventDefault();
      const { start, end } = this.keyed;
      const textEl = this.textOf(p.id);
      const rect = textEl ? this.rectOf(rangeOver(textEl, this.keyed)) : undefined;
      this.keyed = null;
      this.said = '';
      const anchor = { paragraph: p.id, offset: start };
      const focus = { paragraph: p.id, offset: end };
      this.send({ ...selectionDetail(doc, anchor, focus, 'keyboard'), rect });
      this.host.requestUpdate();
      return true;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      this.keyed = null;
      this.said = 'Selection cleared.';
      this.host.requestUpdate();
      return true;
    }
    return false;
  }

  /** Drops the keyboard's selection (annotating was switched off). */
  clear(): void {
    this.keyed = null;
    this.said = '';
  }
}
