import {
  extendByWord,
  selectWords,
  snapToWords,
  type SelectionPoint,
  type WordSelection,
} from '../../model/edit/selection.ts';
import type { OffsetRange } from '../../model/memo/segments.ts';
import type { MemoDocument, Paragraph } from '../../model/contract/types.ts';
import type { AnnotateSelectDetail } from '../events.ts';

/**
 * Turning what the user selected in the reader into a paragraph's offsets, and back. A
 * paragraph's `.text` element holds its text verbatim as text nodes (names, the quote mark and
 * redactions are elements around them, page breaks are empty elements), so the offset of a
 * point is the length of the text nodes before it.
 */

/** The text nodes of a paragraph's text, in reading order. */
function textNodes(textEl: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The offset in the paragraph's text of a DOM point inside `textEl`. */
export function offsetOf(textEl: Element, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A point between children: count the text of the children before it.
    const range = document.createRange();
    range.setStart(textEl, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  let at = 0;
  for (const t of textNodes(textEl)) {
    if (t === node) return at + offset;
    at += t.data.length;
  }
  return at;
}

/** A DOM range over `[start, end)` of the paragraph's text. */
export function rangeOver(textEl: Element, span: OffsetRange): Range {
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (const t of textNodes(textEl)) {
    const next = at + t.data.length;
    if (!started && span.start <= next) {
      range.setStart(t, span.start - at);
      started = true;
    }
    if (started && span.end <= next) {
      range.setEnd(t, span.end - at);
      return range;
    }
    at = next;
  }
  return range;
}

/**
 * What a selected stretch of a paragraph becomes: the words it touches, or a refusal that says
 * why (nothing but spaces, a redaction crossed, two paragraphs).
 */
export function selectionDetail(
  doc: MemoDocument,
  anchor: SelectionPoint,
  focus: SelectionPoint,
  via: AnnotateSelectDetail['via'],
): AnnotateSelectDetail {
  const result = selectWords(doc, { anchor, focus });
  if ('refusal' in result) {
    const one = anchor.paragraph === focus.paragraph;
    return {
      document: one ? doc.id : null,
      paragraph: one ? anchor.paragraph : null,
      via,
      refusal: result.refusal,
    };
  }
  const { paragraph, start, end } = result.selection;
  return { document: doc.id, paragraph, via, start, end };
}

/** The live selection inside a shadow root, as one range (Chromium's, and the standard one). */
export function selectedRange(root: ShadowRoot): StaticRange | Range | null {
  const sel = document.getSelection();
  // Seen from the document a selection inside shadow roots is collapsed onto their host: ask
  // for the type, and check the composed range itself.
  if (!sel || sel.rangeCount === 0 || sel.type !== 'Range') return null;
  const composed = (
    sel as Selection & {
      getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
    }
  ).getComposedRanges;
  if (composed) {
    // Every shadow root between the document and the reader's, or the range is re-scoped to
    // the outermost host.
    const roots: ShadowRoot[] = [];
    for (let r: Node = root; r instanceof ShadowRoot; r = r.host.getRootNode()) roots.push(r);
    const range = composed.call(sel, { shadowRoots: roots })[0];
    return range && !range.collapsed ? range : null;
  }
  const legacy = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  return legacy && legacy.rangeCount > 0 ? legacy.getRangeAt(0) : sel.getRangeAt(0);
}

const STEPS: Readonly<Record<string, readonly ['start' | 'end', 1 | -1]>> = {
  ArrowRight: ['end', 1],
  ArrowLeft: ['end', -1],
  ArrowUp: ['start', 1],
  ArrowDown: ['start', -1],
};

/**
 * Word-by-word selection from the keyboard, one paragraph at a time: the first step takes the
 * focused name, or the paragraph's first word; then Right/Left move the end a word later or
 * earlier, Up/Down the start a word earlier or later.
 */
export function keyboardStep(
  doc: MemoDocument,
  p: Paragraph,
  current: WordSelection | null,
  key: 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp',
  from: OffsetRange | null,
): WordSelection | null {
  if (!current) {
    const at = from ?? firstWord(p.text);
    if (!at) return null;
    const r = selectWords(doc, {
      anchor: { paragraph: p.id, offset: at.start },
      focus: { paragraph: p.id, offset: at.end },
    });
    return 'selection' in r ? r.selection : null;
  }
  const [edge, by] = STEPS[key]!;
  const r = extendByWord(doc, current, edge, by);
  // A step onto a redaction is refused: the selection stays as it was.
  return 'selection' in r ? r.selection : current;
}

function firstWord(text: string): OffsetRange | null {
  const i = text.search(/[\p{L}\p{N}]/u);
  if (i < 0) return null;
  const { start, end } = snapToWords(text, i, i + 1);
  return { start, end };
}
