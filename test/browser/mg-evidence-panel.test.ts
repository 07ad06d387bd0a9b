import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/mg-evidence-panel.ts';
import type { MgEvidencePanel } from '../../src/ui/mg-evidence-panel.ts';
import type { RevealParagraphDetail } from '../../src/ui/events.ts';
import { bibtexEntry, chicagoNote, markdownCitation } from '../../src/model/words/citation.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import type { SelectDetail } from '../../src/ui/events.ts';
import { LINT_RULES } from '../../src/model/lint/rules.ts';
import { spanParts } from '../../src/ui/evidence/claim-date.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);
const relation = (id: string) => index.relationById.get(id)!;
const PERMALINK = 'http://192.168.1.20:5173/?relation=r3';

let host: HTMLElement;
let panel: MgEvidencePanel;
let selected: SelectDetail[];
let revealed: RevealParagraphDetail[];

async function show(id: string | null): Promise<void> {
  panel.relation = id === null ? null : relation(id);
  await panel.updateComplete;
}

beforeEach(async () => {
  // Each test starts from the default format; the choice is a user setting kept across reloads.
  localStorage.removeItem('memograph.citationFormat');
  host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  document.body.append(host);
  panel = document.createElement('mg-evidence-panel');
  panel.index = index;
  panel.permalink = PERMALINK;
  selected = [];
  revealed = [];
  panel.addEventListener('mg-select', (e) => selected.push(e.detail));
  panel.addEventListener('mg-reveal-paragraph', (e) => revealed.push(e.detail));
  root.append(panel);
  await panel.updateComplete;
});

afterEach(() => {
  host.remove();
  delete (navigator as { clipboard?: unknown }).clipboard;
});

const $ = <E extends Element = HTMLElement>(sel: string) => panel.shadowRoot!.querySelector<E>(sel);
const text = (sel: string) => $(sel)?.textContent?.replace(/\s+/g, ' ').trim();

/** Replaces the Clipboard API for one test; `undefined` removes it as on an insecure origin. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

describe('<mg-evidence-panel>', () => {
  it('says how to pick a relation when none is selected', async () => {
    await show(null);
    await expect
      .element(page.getByRole('heading', { name: 'No relation selected' }))
      .toBeInTheDocument();
    expect(text('.empty p')).toContain('click a line in the graph');
    expect(text('.empty p')).toContain('relations table');
    expect(text('.empty p')).toContain('press Enter');
  });

  it('heads the evidence "Source → relation → Target" with actor buttons', async () => {
    await show('r2');
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent(/^The Front\s*→\s*makes demands of\s*→\s*The Crown$/);
    await userEvent.click(page.getByRole('button', { name: 'The Crown', exact: true }));
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'crown' }, origin: 'panel' }]);
    await userEvent.click(page.getByRole('button', { name: 'The Front', exact: true }));
    expect(selected[1]).toEqual({ selection: { kind: 'actor', id: 'front' }, origin: 'panel' });
  });

  it('uses a dash, not an arrow, for undirected types', async () => {
    await show('r3');
    expect(text('h2')).toBe('The Crown — negotiates with — The Front');
  });

  it('marks exactly the quote inside the whole paragraph, as three text nodes', async () => {
    await show('r2');
    const r = relation('r2');
    const p = miniDataset.documents[0]!.paragraphs[0]!;
    const quote = $('blockquote')!;
    const marks = quote.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(r.quote);
    expect(quote.textContent).toBe(p.text);
    const texts = [...quote.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    expect(texts.map((n) => n.textContent)).toEqual([
      p.text.slice(0, r.start),
      p.text.slice(r.end),
    ]);
    const inMark = [...marks[0]!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    expect(inMark.map((n) => n.textContent)).toEqual([r.quote]);
    expect(quote.querySelectorAll('*')).toHaveLength(1);
    // The text before the mark ends where the quote starts.
    expect(texts[0]!.textContent).toBe('The Front holds the envoys in the old embassy. ');
    expect(texts[1]!.textContent).toBe('.');
  });

  it('finds the quote by its text when the stored offsets are off', async () => {
    panel.relation = { ...relation('r4'), start: 0, end: 5 };
    await panel.updateComplete;
    expect($('mark')!.textContent).toBe('The League may mediate');
  });

  it('shows the paragraph number, heading and a marking badge', async () => {
    await show('r3');
    expect(text('h3 .pilcrow')).toBe('¶2');
    expect(text('h3 .heading')).toBe('Talks');
    const badge = $('.marking')!;
    expect(badge.dataset['level']).toBe('S');
    expect(text('.marking')).toBe('marked S/NF');
    await show('r1');
    expect($('.marking')!.dataset['level']).toBe('C');
  });

  it('says unmistakably that a negated relation is denied, with basis and source', async () => {
    await show('r3');
    expect(text('.polarity.negated')).toBe('✕ Negated: the document says this is not so.');
    const facts = [...panel.shadowRoot!.querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim(),
    ]);
    expect(Object.fromEntries(facts)).toEqual({
      Likelihood: 'stated without hedge',
      Polarity: 'Negated',
      Basis: 'Reported by a source',
      'Attributed to': 'the Mission',
    });
    await show('r1');
    expect($('.polarity')).toBeNull();
  });

  it('gives the likelihood term with its ICD 203 band, and flags hedges', async () => {
    await show('r2');
    expect(text('dd')).toBe('“probably” — likely / probable (55–80%)');
    expect($('.polarity')).toBeNull();
    await show('r4');
    expect(text('dd')).toBe('“may” — unquantified hedge (not on the ICD 203 scale)');
    expect(text('.polarity.hedged')).toBe('~ Hedged: the document holds this less than likely.');
  });

  it("shows the claim's date as ISO and in the memo's words", async () => {
    await show('r6');
    const time = $<HTMLTimeElement>('time')!;
    expect(time.dateTime).toBe('1996-12-25');
    expect(time.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '1996-12-25 (the memo: “Christmas Day”)',
    );
  });

  it('says an indeterminate relation is one: the memo declines to say', async () => {
    await show('r5');
    expect(text('.polarity.indeterminate')).toBe(
      '? Indeterminate: the memo declines to say whether this is so.',
    );
    expect($('.polarity.hedged')).toBeNull();
    const polarity = [...panel.shadowRoot!.querySelectorAll('dt')].find(
      (dt) => dt.textContent === 'Polarity',
    )!;
    expect(polarity.nextElementSibling!.textContent).toBe(
      'Indeterminate: the memo declines to say',
    );
  });

  it("shows the annotator's reasoning for each rule reviewed, and nothing without any", async () => {
    await show('r5');
    await expect
      .element(page.getByRole('heading', { name: "Annotator's reasoning" }))
      .toBeInTheDocument();
    const items = [...panel.shadowRoot!.querySelectorAll('.reasoning li')];
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('code')!.textContent).toBe('unnamed-counterpart');
    // The rule in the linter's words.
    expect(items[0]!.querySelector('.summary')!.textContent).toBe(
      LINT_RULES.find((r) => r.id === 'unnamed-counterpart')!.summary,
    );
    expect(items[0]!.querySelector('.why')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Does not apply: The Front is the only other party to the talks this paragraph names.',
    );
    await show('r4');
    expect($('.reasoning')).toBeNull();
    // Copy citation is still there.
    await expect.element(page.getByRole('button', { name: 'Copy citation' })).toBeInTheDocument();
  });

  it("shows a date span in words, with the memo's phrase", async () => {
    const spans = indexDataset({
      ...miniDataset,
      relations: miniDataset.relations.map((r) =>
        r.id === 'r6'
          ? {
              ...r,
              date: {
                iso: '1996-12-22',
                phrase: 'Since the December 22 hostage release',
                until: '1996-12-28',
              },
            }
          : r,
      ),
    });
    panel.index = spans;
    panel.relation = spans.relationById.get('r6')!;
    await panel.updateComplete;
    const times = [...panel.shadowRoot!.querySelectorAll('time')];
    expect(times.map((t) => t.dateTime)).toEqual(['1996-12-22', '1996-12-28']);
    expect(times[0]!.closest('dd')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'December 22–28, 1996 (“Since the December 22 hostage release”)',
    );
  });

  it('names a month or a year once when both ends of a span share it', () => {
    const words = (a: string, b: string) => spanParts(a, b).join('');
    expect(words('1996-12-22', '1996-12-28')).toBe('December 22–28, 1996');
    expect(words('1996-11-22', '1996-12-03')).toBe('November 22 – December 3, 1996');
    expect(words('1996-12-30', '1997-01-02')).toBe('December 30, 1996 – January 2, 1997');
  });

  it('Copy citation writes the Chicago note to the clipboard and says so', async () => {
    const written: string[] = [];
    stubClipboard(async (t) => void written.push(t));
    await show('r3');
    await userEvent.click(page.getByRole('button', { name: 'Copy citation' }));
    expect(written).toEqual([chicagoNote(index, relation('r3'))]);
    expect(written[0]).toBe(
      'Test Office of Analysis, “Ruritania: Envoys Held,” intelligence memorandum, December 28, 1996, ¶2 (S/NF), SECRET/NOFORN.',
    );
    await expect.element(page.getByRole('status')).toHaveTextContent('Citation copied.');
  });

  it('offers Markdown and BibTeX from a keyboard-operable format choice', async () => {
    const written: string[] = [];
    stubClipboard(async (t) => void written.push(t));
    await show('r7');
    const chicago = page.getByRole('radio', { name: 'Chicago' });
    await expect.element(chicago).toBeChecked();
    (chicago.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.element(page.getByRole('radio', { name: 'Markdown' })).toBeChecked();
    expect($('.preview')!.textContent).toBe(markdownCitation(index, relation('r7')));
    await userEvent.click(page.getByRole('button', { name: 'Copy citation' }));
    expect(written).toEqual([markdownCitation(index, relation('r7'))]);
    await userEvent.click(page.getByRole('radio', { name: 'BibTeX' }));
    await userEvent.click(page.getByRole('button', { name: 'Copy citation' }));
    expect(written[1]).toBe(bibtexEntry(index, relation('r7')));
  });

  it('keeps the chosen citation format across reloads, in the user settings', async () => {
    await show('r3');
    await userEvent.click(page.getByRole('radio', { name: 'BibTeX' }));
    expect(localStorage.getItem('memograph.citationFormat')).toBe('bibtex');
    // A new panel, as after a reload, opens with the same choice.
    host.remove();
    const again = document.createElement('mg-evidence-panel');
    again.index = index;
    again.relation = relation('r3');
    document.body.append(again);
    await again.updateComplete;
    const bib = again.shadowRoot!.querySelector<HTMLInputElement>('input[value="bibtex"]')!;
    expect(bib.checked).toBe(true);
    expect(again.shadowRoot!.querySelector('.preview')!.textContent).toBe(
      bibtexEntry(index, relation('r3')),
    );
    again.remove();
  });

  it('Copy link copies the permalink the root gave', async () => {
    const written: string[] = [];
    stubClipboard(async (t) => void written.push(t));
    await show('r3');
    await userEvent.click(page.getByRole('button', { name: 'Copy link' }));
    expect(written).toEqual([PERMALINK]);
    await expect.element(page.getByRole('status')).toHaveTextContent('Link copied.');
  });

  for (const [why, api] of [
    ['the Clipboard API refuses', async () => Promise.reject(new DOMException('denied'))],
    ['there is no Clipboard API (http on a LAN)', undefined],
  ] as const) {
    it(`falls back to a hidden textarea when ${why}`, async () => {
      stubClipboard(api);
      await show('r1');
      const copied: string[] = [];
      const onCopy = (e: Event) => {
        const source = e.composedPath()[0];
        if (source instanceof HTMLTextAreaElement) copied.push(source.value);
      };
      document.addEventListener('copy', onCopy);
      try {
        await userEvent.click(page.getByRole('button', { name: 'Copy citation' }));
      } finally {
        document.removeEventListener('copy', onCopy);
      }
      expect(copied).toEqual([chicagoNote(index, relation('r1'))]);
      await expect.element(page.getByRole('status')).toHaveTextContent('Citation copied.');
      // The buffer is gone and focus is back on the button.
      expect($('.copy-buffer')).toBeNull();
      expect(panel.shadowRoot!.activeElement!.textContent!.trim()).toBe('Copy citation');
    });
  }

  it('when nothing can copy, says so and offers the text selected for manual copying', async () => {
    stubClipboard(async () => Promise.reject(new DOMException('denied')));
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      await show('r1');
      await userEvent.click(page.getByRole('button', { name: 'Copy citation' }));
    } finally {
      document.execCommand = execCommand;
    }
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(/^Citation not copied: this browser did not allow it\./);
    const area = page.getByRole('textbox', { name: 'Text to copy' });
    await expect.element(area).toHaveValue(chicagoNote(index, relation('r1')));
    const el = area.element() as HTMLTextAreaElement;
    expect(panel.shadowRoot!.activeElement).toBe(el);
    expect([el.selectionStart, el.selectionEnd]).toEqual([0, el.value.length]);
    // A new relation clears the old message.
    await show('r2');
    await expect.element(page.getByRole('status')).toHaveTextContent('');
    expect($('.manual')).toBeNull();
  });

  it('Show in memo asks the root to reveal the paragraph', async () => {
    await show('r6');
    await userEvent.click(page.getByRole('button', { name: 'Show in memo' }));
    expect(revealed).toEqual([{ document: 'mini-doc', paragraph: 'p3', relation: 'r6' }]);
    expect(selected).toEqual([]);
  });

  it('renders markup in actor names, quotes and notes as text only', async () => {
    await show('r7');
    await expect
      .element(page.getByRole('button', { name: '<img src=x onerror=alert(1)>', exact: true }))
      .toBeInTheDocument();
    expect($('mark')!.textContent).toBe('<img src=x onerror=alert(1)> backs the Front');
    const note = [...panel.shadowRoot!.querySelectorAll('dt')].find(
      (dt) => dt.textContent === 'Note',
    )!;
    expect(note.nextElementSibling!.textContent).toBe('<script>alert(2)</script>');
    expect(panel.shadowRoot!.querySelector('img, script, b')).toBeNull();
    expect(text('dl')).toContain('A [redacted] report');
  });
});
