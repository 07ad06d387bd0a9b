import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/ui/mg-reader.ts';
import type { MgReader } from '../../src/ui/mg-reader.ts';
import { embeddedBundle } from '../../src/ui/annotate/embedded-bundle.ts';
import { stateFromBundle } from '../../src/model/edit/annotation-state.ts';
import { compileView } from '../../src/model/edit/compiled-view.ts';
import type { AnnotateSelectDetail } from '../../src/ui/events.ts';

/**
 * Selecting words in the reader while annotating: a drag inside a paragraph gives its words'
 * offsets, snapped to whole words; one across two paragraphs or over a redaction is refused;
 * and from the keyboard, Shift+Alt+arrows select word by word and Enter makes the relation.
 */

const opened = stateFromBundle(embeddedBundle);
if (!('state' in opened)) throw new Error('the embedded bundle does not open');
const compiled = compileView(opened.state);
if (!('view' in compiled)) throw new Error('the embedded bundle does not compile');
const index = compiled.view.index;
const doc = index.dataset.documents[0]!;
const paragraphWith = (words: string) => doc.paragraphs.find((p) => p.text.includes(words))!;

let reader: MgReader;
let sent: AnnotateSelectDetail[];

beforeEach(async () => {
  sent = [];
  reader = document.createElement('mg-reader');
  reader.style.cssText = 'display: block; height: 700px; width: 800px';
  reader.index = index;
  reader.annotating = true;
  reader.addEventListener('mg-annotate-select', (e) => sent.push(e.detail));
  document.body.append(reader);
  await reader.updateComplete;
});

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  reader.remove();
});

function textOf(paragraphId: string): HTMLElement {
  return reader.shadowRoot!.querySelector<HTMLElement>(`#para-${paragraphId} .text`)!;
}

/** The DOM point of a character offset in a paragraph's text. */
function pointAt(paragraphId: string, offset: number): [Node, number] {
  const walker = document.createTreeWalker(textOf(paragraphId), NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (offset <= at + t.data.length) return [t, offset - at];
    at += t.data.length;
  }
  throw new Error('offset past the paragraph');
}

/** Selects from one point to another as a drag would, and lets go of the mouse. */
function drag(from: [string, number], to: [string, number]): void {
  const [a, ao] = pointAt(...from);
  const [b, bo] = pointAt(...to);
  document.getSelection()!.setBaseAndExtent(a, ao, b, bo);
  reader
    .shadowRoot!.querySelector('.scroller')!
    .dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
}

describe('<mg-reader annotating>', () => {
  it('turns a drag into the whole words it touches, with their offsets', () => {
    const words = 'Havana probably remains best positioned to mediate';
    const p = paragraphWith(words);
    const start = p.text.indexOf(words);
    // From inside "Havana" to inside "mediate": the words are taken whole.
    drag([p.id, start + 2], [p.id, start + words.length - 3]);
    expect(sent).toHaveLength(1);
    const d = sent[0]!;
    expect(d).toMatchObject({ document: doc.id, paragraph: p.id, via: 'mouse' });
    expect(p.text.slice(d.start!, d.end!)).toBe(words);
    expect(d.rect!.bottom).toBeGreaterThan(d.rect!.top);
  });

  it('refuses a drag over two paragraphs, naming them', () => {
    const [first, second] = doc.paragraphs;
    drag([first!.id, 3], [second!.id, 5]);
    expect(sent[0]!.refusal).toMatch(/spans two paragraphs \(¶1 and ¶2\)/);
  });

  it('refuses a drag across a redaction', () => {
    const p = paragraphWith('[redacted]');
    const at = p.text.indexOf('[redacted]');
    drag([p.id, at - 10], [p.id, at + 16]);
    expect(sent[0]!.refusal).toMatch(/crosses a redaction/);
  });

  it('selects word by word from the keyboard, and Enter makes the relation from the words', async () => {
    const p = doc.paragraphs[0]!;
    const para = reader.shadowRoot!.querySelector<HTMLElement>(`#para-${p.id}`)!;
    para.focus();
    await userEvent.keyboard('{Shift>}{Alt>}{ArrowRight}{ArrowRight}{ArrowRight}{/Alt}{/Shift}');
    await reader.updateComplete;
    const status = reader.shadowRoot!.querySelector('[role="status"]')!;
    const three = p.text.split(/\s+/).slice(0, 3).join(' ');
    expect(status.textContent).toContain(`Selected: ${three.replace(/[,.]$/, '')}`);
    await userEvent.keyboard('{Shift>}{Alt>}{ArrowLeft}{/Alt}{/Shift}');
    await userEvent.keyboard('{Enter}');
    expect(sent).toHaveLength(1);
    const d = sent[0]!;
    expect(d.via).toBe('keyboard');
    expect(p.text.slice(d.start!, d.end!)).toBe(p.text.split(/\s+/).slice(0, 2).join(' '));
  });

  it('paints the words waiting for a relation', async () => {
    const p = doc.paragraphs[1]!;
    reader.pendingQuote = { document: doc.id, paragraph: p.id, start: 0, end: 8 };
    await reader.updateComplete;
    const highlight = CSS.highlights.get('mg-pending-quote');
    expect(highlight?.size).toBe(1);
    const range = [...highlight!][0] as Range;
    expect(range.toString()).toBe(p.text.slice(0, 8));
    reader.pendingQuote = null;
    await reader.updateComplete;
    expect(CSS.highlights.has('mg-pending-quote')).toBe(false);
  });
});
