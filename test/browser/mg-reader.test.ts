import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import memoText from '../../graph-data/peru-hostages-1996/inr-1996-12-28-peru-hostages-what-next.txt?raw';
import '../../src/ui/mg-reader.ts';
import type { MgReader } from '../../src/ui/mg-reader.ts';
import { formatIsoDate } from '../../src/model/memo/dates.ts';
import { indexDataset, type DatasetIndex } from '../../src/model/dataset/query.ts';
import type { Dataset, Relation } from '../../src/model/contract/types.ts';
import type { Selection } from '../../src/model/explorer/view-state.ts';
import type { SelectDetail, SelectEvent } from '../../src/ui/events.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const mini = indexDataset(miniDataset);
const miniDoc = miniDataset.documents[0]!;

// --- A two-paragraph dataset cut from the real memo, where ¶5 runs over onto page 2 -----------

const blocks = memoText
  .replace(/\r\n?/g, '\n')
  .split(/\n\s*\n/)
  .map((b) => b.trim());
const p5Head = blocks.find((b) => b.startsWith('Those in charge'))!;
const p5Tail = blocks.find((b) => b.startsWith('embarrassed Fujimori'))!.replace(/\s*\(C\)$/, '');
const p6Text = blocks.find((b) => b.startsWith('Since the December 22'))!.replace(/\s*\(C\)$/, '');
const p5Text = `${p5Head} ${p5Tail}`;
const splitOffset = p5Head.length + 1;

function quoted(id: string, paragraph: string, text: string, quote: string): Relation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not found: ${quote}`);
  return {
    id,
    source: 'mrta',
    target: 'fujimori',
    type: 'embarrasses',
    document: 'inr',
    paragraph,
    quote,
    start,
    end: start + quote.length,
    polarity: 'affirmed',
    likelihood: null,
    basis: 'judgment',
  };
}

const acrossBreak = quoted(
  'across',
  'p5',
  p5Text,
  'reestablished their credentials as a force to be reckoned with, and embarrassed Fujimori',
);

const memoDataset: Dataset = {
  schemaVersion: 2,
  documents: [
    {
      id: 'inr',
      title: 'Peru/Hostages: What Next?',
      titleMarking: 'U',
      classification: 'SECRET/NOFORN',
      issuer: 'U.S. Department of State, Bureau of Intelligence and Research',
      date: '1996-12-28',
      citation: { documentType: 'Intelligence memorandum', office: 'INR' },
      paragraphs: [
        { id: 'p5', n: 5, heading: 'View from the inside', marking: 'C', text: p5Text, page: 1 },
        { id: 'p6', n: 6, heading: "Fujimori's strategy", marking: 'C', text: p6Text, page: 2 },
      ],
      redactions: [],
      pageBreaks: [{ page: 2, paragraph: 'p5', offset: splitOffset }],
      furniture: [
        { kind: 'date', text: 'December 28, 1996', page: 1 },
        { kind: 'office', text: 'INR', page: 1 },
        { kind: 'date', text: 'December 28, 1996', page: 2 },
      ],
    },
  ],
  actors: [
    { id: 'mrta', name: 'MRTA', kind: 'armed-group', aliases: [], description: '' },
    { id: 'fujimori', name: 'Fujimori', kind: 'person', aliases: [], description: '' },
  ],
  relationTypes: [
    {
      id: 'embarrasses',
      label: 'embarrasses',
      directed: true,
      definition: '',
      color: '#0072b2',
      family: 'other',
    },
  ],
  relations: [acrossBreak],
};
const memo = indexDataset(memoDataset);

// --- Mounting ---------------------------------------------------------------------------------

let host: HTMLElement;
let before: HTMLButtonElement;
let reader: MgReader;
let selected: SelectDetail[];

interface MountOptions {
  index?: DatasetIndex | null;
  height?: number;
  selection?: Selection | null;
  highlight?: Relation | null;
  documentId?: string | null;
  /** false: the page gives the reader no height, so it grows and the host scrolls instead. */
  contained?: boolean;
}

async function mount(options: MountOptions = {}): Promise<MgReader> {
  host = document.createElement('div');
  host.style.height = `${options.height ?? 2000}px`;
  host.style.width = '900px';
  host.style.display = 'flex';
  host.style.flexDirection = 'column';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  before = document.createElement('button');
  before.textContent = 'Before the reader';
  document.body.append(before, host);
  reader = document.createElement('mg-reader');
  reader.index = options.index === undefined ? mini : options.index;
  reader.selection = options.selection ?? null;
  reader.highlightRelation = options.highlight ?? null;
  reader.documentId = options.documentId ?? null;
  selected = [];
  reader.addEventListener('mg-select', (e: SelectEvent) => selected.push(e.detail));
  if (options.contained === false) {
    host.style.display = 'block';
    host.style.overflow = 'auto';
    const growing = document.createElement('div');
    growing.append(reader);
    root.append(growing);
  } else {
    root.append(reader);
  }
  await reader.updateComplete;
  return reader;
}

afterEach(() => {
  host?.remove();
  before?.remove();
});

const $ = <T extends Element = HTMLElement>(sel: string): T | null =>
  reader.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(sel: string): T[] => [
  ...reader.shadowRoot!.querySelectorAll<T>(sel),
];
const para = (id: string) => $(`.para[data-paragraph="${id}"]`)!;
const textOf = (id: string) => para(id).querySelector<HTMLElement>('.text')!;
const mentionsIn = (id: string) =>
  [...para(id).querySelectorAll<HTMLElement>('.mention')].map((m) => [
    m.textContent,
    m.dataset['actor'],
  ]);
const scroller = () => $('.scroller')!;

/** The text of a paragraph from its start up to (not including) `node`. */
function textBefore(container: HTMLElement, node: Node): string {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEndBefore(node);
  return range.toString();
}
function textAfter(container: HTMLElement, node: Node): string {
  const range = document.createRange();
  range.setStartAfter(node);
  range.setEnd(container, container.childNodes.length);
  return range.toString();
}

function inView(el: Element): boolean {
  const view = scroller().getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.top >= view.top - 1 && r.bottom <= view.bottom + 1;
}

// --- Wording ----------------------------------------------------------------------------------

describe('reader wording', () => {
  it('formats ISO dates without a time zone moving the day', () => {
    expect(formatIsoDate('1996-12-28')).toBe('December 28, 1996');
    expect(formatIsoDate('1997-01-01')).toBe('January 1, 1997');
    expect(formatIsoDate('1996-13-01')).toBe('1996-13-01');
    expect(formatIsoDate('late 1996')).toBe('late 1996');
  });
});

// --- The element ------------------------------------------------------------------------------

describe('<mg-reader> document as issued', () => {
  it('shows the header: banners, title with its marking, issuer, date and citation', async () => {
    await mount();
    const banners = $$('.banner').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(banners).toEqual(['Classification: SECRET/NOFORN', 'Classification: SECRET/NOFORN']);
    // Top and bottom of the page, like the printed banner.
    const article = $('article')!;
    expect(article.firstElementChild!.classList.contains('banner')).toBe(true);
    expect(article.lastElementChild!.classList.contains('banner')).toBe(true);

    const h2 = $('h2')!;
    expect(h2.querySelector('[aria-hidden="true"]')!.textContent).toBe('(U)');
    // Screen readers hear the marking spelled out instead of "(U)".
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveAccessibleName('Ruritania: Envoys Held (title marking: UNCLASSIFIED)');

    const time = $<HTMLTimeElement>('time')!;
    expect(time.dateTime).toBe('1996-12-28');
    expect(time.textContent).toBe('December 28, 1996');
    const details = Object.fromEntries(
      $$('.meta div').map((d) => [
        d.querySelector('dt')!.textContent,
        d.querySelector('dd')!.textContent!.trim(),
      ]),
    );
    expect(details).toEqual({
      'Issued by': 'Test Office of Analysis',
      Date: 'December 28, 1996',
      'Document type': 'Intelligence memorandum',
      Office: 'TOA',
    });
  });

  it('shows headings as h3 under the h2, once per section, before their paragraphs', async () => {
    await mount();
    const h3s = $$('h3');
    expect(h3s.map((h) => h.textContent)).toEqual(['Talks']);
    const order = $$('h3, .para').map((el) =>
      el.tagName === 'H3' ? `h3:${el.textContent}` : el.dataset['paragraph'],
    );
    expect(order).toEqual(['p1', 'h3:Talks', 'p2', 'p3']);
  });

  it('renders every paragraph text exactly, with ¶n and its portion marking', async () => {
    await mount();
    for (const p of miniDoc.paragraphs) {
      expect(textOf(p.id).textContent).toBe(p.text);
      expect(para(p.id).querySelector('.number')!.textContent).toBe(`¶${p.n}`);
    }
    const markings = miniDoc.paragraphs.map((p) => {
      const m = para(p.id).querySelector<HTMLElement>('.marking')!;
      return [
        m.dataset['level'],
        m.querySelector('[aria-hidden="true"]')!.textContent,
        m.querySelector('.visually-hidden')!.textContent,
      ];
    });
    expect(markings).toEqual([
      ['C', '(C)', 'Portion marking: CONFIDENTIAL'],
      ['S', '(S/NF)', 'Portion marking: SECRET/NOFORN'],
      ['S', '(S)', 'Portion marking: SECRET'],
    ]);
  });

  it('names each paragraph for assistive technology and shows its relation count', async () => {
    await mount();
    expect(miniDoc.paragraphs.map((p) => para(p.id).getAttribute('aria-label'))).toEqual([
      'Paragraph 1, CONFIDENTIAL, 2 relations',
      'Paragraph 2, SECRET/NOFORN, 3 relations',
      'Paragraph 3, SECRET, 2 relations',
    ]);
    await expect
      .element(page.getByRole('group', { name: 'Paragraph 2, SECRET/NOFORN, 3 relations' }))
      .toBeVisible();
    expect(para('p2').querySelector('.count')!.textContent).toBe('3 relations');
  });

  it('marks a page break before a paragraph with the footer of the page that ends', async () => {
    await mount();
    const breaks = $$('.page-break');
    expect(breaks).toHaveLength(1);
    const br = breaks[0]!;
    expect(br.getAttribute('role')).toBe('separator');
    await expect
      .element(
        page.getByRole('separator', { name: 'End of page 1: December 28, 1996, TOA. Page 2' }),
      )
      .toBeInTheDocument();
    expect(br.getAttribute('aria-label')).toBe('End of page 1: December 28, 1996, TOA. Page 2');
    expect(br.dataset['footer']).toBe('December 28, 1996  ·  TOA');
    expect(getComputedStyle(br, '::after').content).toBe('"Page 2"');
    expect(getComputedStyle(br, '::before').content).toBe('"December 28, 1996  ·  TOA"');
    // Between ¶2 and ¶3, outside both.
    expect(br.previousElementSibling).toBe(para('p2'));
    expect(br.nextElementSibling).toBe(para('p3'));
    expect(br.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it('marks a page break inside a paragraph at its offset, leaving the text intact', async () => {
    await mount({ index: memo });
    const text = textOf('p5');
    const br = text.querySelector<HTMLElement>('.page-break')!;
    expect(br).not.toBeNull();
    expect(textBefore(text, br)).toBe(p5Text.slice(0, splitOffset));
    expect(textBefore(text, br)).toMatch(/a force to be reckoned with, and $/);
    expect(textAfter(text, br)).toBe(p5Text.slice(splitOffset));
    expect(textAfter(text, br)).toMatch(/^embarrassed Fujimori\. They could take the line/);
    expect(text.textContent).toBe(p5Text);
    expect(br.getAttribute('aria-label')).toBe('End of page 1: December 28, 1996, INR. Page 2');
    expect(getComputedStyle(br).display).toBe('block');
    // The last page's footer closes the document.
    expect($('.page-end')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Footer of page 2: December 28, 1996 End of page 2',
    );
  });

  it('draws an inline redaction as a black bar reading [redacted], at its offsets', async () => {
    await mount();
    const bars = $$('.redaction');
    expect(bars).toHaveLength(1);
    const bar = bars[0]!;
    expect(bar.textContent).toBe('[redacted]');
    expect(bar.closest('.para')).toBe(para('p3'));
    expect(textBefore(textOf('p3'), bar)).toBe(
      'The Crown almost certainly distrusts the League. A ',
    );
    expect(getComputedStyle(bar).backgroundColor).toBe('rgb(27, 31, 36)');
    await expect.element(page.getByText('[redacted]', { exact: true })).toBeVisible();
  });

  it('shows a FOIA exemption code as a marginal tag beside the paragraph it follows', async () => {
    await mount();
    const tags = $$('.exemption');
    expect(tags.map((t) => t.textContent)).toEqual(['FOIA exemption B1']);
    expect(tags[0]!.closest('.para')).toBe(para('p3'));
    expect(tags[0]!.closest('.aside')).not.toBeNull();
    expect(tags[0]!.title).toMatch(/classified national defense/);
  });

  it('says what is missing instead of a blank reader', async () => {
    await mount({ index: null });
    expect($('.empty')!.textContent!.trim()).toBe('No dataset is loaded.');
    reader.index = mini;
    reader.documentId = 'nope';
    await reader.updateComplete;
    expect($('.empty')!.textContent!.trim()).toBe('There is no document “nope” in this dataset.');
    reader.documentId = 'mini-doc';
    await reader.updateComplete;
    expect($$('.para')).toHaveLength(3);
  });
});

describe('<mg-reader> mentions', () => {
  it('marks actor mentions with their actor ids', async () => {
    await mount();
    expect(mentionsIn('p1')).toEqual([
      ['The Front', 'front'],
      ['the envoys', 'envoys'],
      ['The Front', 'front'],
      ['the Crown', 'crown'],
    ]);
    expect(mentionsIn('p3')).toEqual([
      ['The Crown', 'crown'],
      ['the League', 'league'],
      ['<img src=x onerror=alert(1)>', 'xss'],
      ['the Front', 'front'],
    ]);
  });

  it('shows markup in the data as text and never creates elements from it', async () => {
    const alerts: unknown[] = [];
    const realAlert = window.alert;
    window.alert = (message?: unknown) => void alerts.push(message);
    try {
      await mount({ highlight: mini.relationById.get('r7')! });
      // An injected <img onerror> would have fired by now.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.alert = realAlert;
    }
    expect(alerts).toEqual([]);
    expect(reader.shadowRoot!.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    const xss = $('.mention[data-actor="xss"]')!;
    expect(xss.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(xss.title).toBe('Actor: <img src=x onerror=alert(1)>');
    expect($('mark')!.textContent).toBe('<img src=x onerror=alert(1)> backs the Front');
  });

  it('keeps names out of the tab order and says "button" only for the focused one', async () => {
    await mount();
    const mentions = $$('.mention');
    expect(mentions.length).toBeGreaterThan(5);
    expect(mentions.every((m) => m.tabIndex === -1)).toBe(true);
    expect($$('[role="button"]')).toHaveLength(0);
    expect($$('[tabindex="0"]').map((el) => el.dataset['paragraph'])).toEqual(['p1', 'p2', 'p3']);
  });

  it('marks the names of the selected actor', async () => {
    await mount({ selection: { kind: 'actor', id: 'front' } });
    const marked = $$('.mention.selected').map((m) => m.dataset['actor']);
    expect(marked).toEqual(['front', 'front', 'front', 'front']);
    const style = getComputedStyle($('.mention.selected')!);
    expect(style.textDecorationStyle).toBe('solid');
    expect(getComputedStyle($('.mention:not(.selected)')!).textDecorationStyle).toBe('dotted');

    reader.selection = { kind: 'actor', id: 'crown' };
    await reader.updateComplete;
    expect($$('.mention.selected').map((m) => m.textContent)).toEqual([
      'the Crown',
      'The Crown',
      'The Crown',
    ]);
    reader.selection = null;
    await reader.updateComplete;
    expect($$('.mention.selected')).toHaveLength(0);
  });

  it('finds the names again when the dataset changes', async () => {
    await mount();
    expect(mentionsIn('p1').map(([, id]) => id)).toContain('envoys');
    // The same paragraph objects, fewer actors: nothing may be served from a stale cache.
    reader.index = indexDataset({
      ...miniDataset,
      actors: miniDataset.actors.filter((a) => a.id !== 'envoys'),
      relations: miniDataset.relations.filter(
        (r) => r.source !== 'envoys' && r.target !== 'envoys',
      ),
    });
    await reader.updateComplete;
    expect(mentionsIn('p1')).toEqual([
      ['The Front', 'front'],
      ['The Front', 'front'],
      ['the Crown', 'crown'],
    ]);
    expect(para('p1').getAttribute('aria-label')).toBe('Paragraph 1, CONFIDENTIAL, 1 relation');
  });
});

describe('<mg-reader> highlighted relation', () => {
  it('marks exactly the quote of the highlighted relation, and moves with it', async () => {
    await mount({ highlight: mini.relationById.get('r2')! });
    let marks = $$('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(mini.relationById.get('r2')!.quote);
    expect(marks[0]!.closest('.para')).toBe(para('p1'));
    expect(marks[0]!.dataset['relation']).toBe('r2');

    reader.highlightRelation = mini.relationById.get('r4')!;
    await reader.updateComplete;
    marks = $$('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('The League may mediate');
    expect(marks[0]!.closest('.para')).toBe(para('p2'));
    // The mentions inside the quote are still there, inside the mark.
    expect([...marks[0]!.querySelectorAll('.mention')].map((m) => m.textContent)).toEqual([
      'The League',
    ]);

    reader.highlightRelation = null;
    await reader.updateComplete;
    expect($$('mark')).toHaveLength(0);
    expect(textOf('p2').textContent).toBe(miniDoc.paragraphs[1]!.text);
  });

  it('keeps one mark whole across a page break inside the paragraph', async () => {
    await mount({ index: memo, highlight: acrossBreak });
    const marks = $$('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(acrossBreak.quote);
    expect(marks[0]!.querySelector('.page-break')).not.toBeNull();
    expect(textOf('p5').textContent).toBe(p5Text);
  });

  it('keeps offsets where the quote crosses a name and covers a redaction', async () => {
    const p1 = miniDoc.paragraphs[0]!.text;
    const p3 = miniDoc.paragraphs[2]!.text;
    // Starts inside "The Front": the name is split in two pieces, the quote stays one mark.
    const partial: Relation = {
      ...mini.relationById.get('r1')!,
      id: 'partial',
      quote: 'Front holds the envoys',
      start: p1.indexOf('Front holds'),
      end: p1.indexOf('Front holds') + 'Front holds the envoys'.length,
    };
    await mount({ highlight: partial });
    expect($('mark')!.textContent).toBe('Front holds the envoys');
    const pieces = [...para('p1').querySelectorAll<HTMLElement>('.mention[data-key="p1#0"]')];
    expect(pieces.map((m) => m.textContent)).toEqual(['The ', 'Front']);
    expect(pieces[1]!.parentElement!.tagName).toBe('MARK');
    expect(textOf('p1').textContent).toBe(p1);

    const withRedaction: Relation = {
      ...mini.relationById.get('r7')!,
      id: 'with-redaction',
      quote: '[redacted] report says <img src=x onerror=alert(1)>',
      start: p3.indexOf('[redacted]'),
      end: p3.indexOf('[redacted]') + '[redacted] report says <img src=x onerror=alert(1)>'.length,
    };
    reader.highlightRelation = withRedaction;
    await reader.updateComplete;
    const mark = $('mark')!;
    expect(mark.textContent).toBe(withRedaction.quote);
    expect(mark.querySelector('.redaction')!.textContent).toBe('[redacted]');
    expect(mark.querySelector<HTMLElement>('.mention')!.dataset['actor']).toBe('xss');
    expect(textOf('p3').textContent).toBe(p3);
  });

  it('ignores a relation from another document', async () => {
    await mount({ highlight: { ...mini.relationById.get('r2')!, document: 'other' } });
    expect($$('mark')).toHaveLength(0);
  });

  it('scrolls the quoted paragraph into the reader without taking focus', async () => {
    await mount({ index: memo, height: 180 });
    before.focus();
    expect(scroller().scrollTop).toBe(0);
    expect(inView(para('p6'))).toBe(false);
    const inP6 = quoted(
      'in-p6',
      'p6',
      p6Text,
      'accompanied the ICRC into the Japanese embassy compound',
    );
    reader.highlightRelation = inP6;
    await reader.updateComplete;
    // Smooth scrolling takes a moment (none when the reader prefers reduced motion).
    await expect.poll(() => inView($('mark')!), { timeout: 3000 }).toBe(true);
    expect(scroller().scrollTop).toBeGreaterThan(0);
    expect(document.activeElement).toBe(before);
    // The page itself did not scroll: only the reader's container did.
    expect(window.scrollY).toBe(0);
  });

  it('scrolls a short paragraph into view whole and leaves focus inside the reader alone', async () => {
    await mount({ height: 160 });
    para('p1').focus();
    reader.highlightRelation = mini.relationById.get('r6')!;
    await reader.updateComplete;
    await expect.poll(() => inView(para('p3')), { timeout: 3000 }).toBe(true);
    expect(reader.shadowRoot!.activeElement).toBe(para('p1'));
  });

  it('scrolls the container around it when the reader was given no height of its own', async () => {
    await mount({ height: 160, contained: false });
    expect(scroller().scrollHeight).toBe(scroller().clientHeight);
    const visible = (el: Element) => {
      const view = host.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= view.top - 1 && r.bottom <= view.bottom + 1;
    };
    expect(visible(para('p3'))).toBe(false);
    reader.highlightRelation = mini.relationById.get('r6')!;
    await reader.updateComplete;
    await expect.poll(() => visible(para('p3')), { timeout: 3000 }).toBe(true);
    expect(host.scrollTop).toBeGreaterThan(0);
    expect(window.scrollY).toBe(0);
  });

  it('shows another document from its top', async () => {
    const twoDocs = indexDataset({
      ...miniDataset,
      documents: [...miniDataset.documents, { ...miniDoc, id: 'second', title: 'Second memo' }],
    });
    await mount({ index: twoDocs, height: 160 });
    expect(await reader.revealParagraph('mini-doc', 'p3')).toBe(true);
    await expect.poll(() => scroller().scrollTop).toBeGreaterThan(0);
    expect(await reader.revealParagraph('second', 'p3')).toBe(false);
    reader.documentId = 'second';
    await reader.updateComplete;
    expect($('h2')!.textContent).toContain('Second memo');
    await expect.poll(() => scroller().scrollTop).toBe(0);
  });

  it('reveals a paragraph on request, and says when it cannot', async () => {
    await mount({ height: 160 });
    expect(inView(para('p3'))).toBe(false);
    expect(await reader.revealParagraph('mini-doc', 'p3')).toBe(true);
    await expect.poll(() => inView(para('p3')), { timeout: 3000 }).toBe(true);
    expect(await reader.revealParagraph('mini-doc', 'p99')).toBe(false);
    expect(await reader.revealParagraph('other-doc', 'p1')).toBe(false);
  });
});

describe('<mg-reader> selection', () => {
  it('selects a paragraph on click, and an actor on a click on its name', async () => {
    await mount();
    await userEvent.click(para('p2').querySelector('.number')!);
    expect(selected).toEqual([
      { selection: { kind: 'paragraph', document: 'mini-doc', id: 'p2' }, origin: 'reader' },
    ]);
    selected.length = 0;
    await userEvent.click($('.mention[data-actor="league"]')!);
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'league' }, origin: 'reader' }]);
  });

  it('marks the selected paragraph with aria-current', async () => {
    await mount({ selection: { kind: 'paragraph', document: 'mini-doc', id: 'p2' } });
    expect($$('[aria-current]').map((el) => el.dataset['paragraph'])).toEqual(['p2']);
    expect(para('p2').getAttribute('aria-current')).toBe('true');
    expect(para('p2').classList.contains('current')).toBe(true);
    expect(getComputedStyle(para('p2')).borderLeftColor).not.toBe(
      getComputedStyle(para('p1')).borderLeftColor,
    );
    reader.selection = { kind: 'paragraph', document: 'other-doc', id: 'p2' };
    await reader.updateComplete;
    expect($$('[aria-current]')).toHaveLength(0);
  });

  it('works by keyboard: Tab to a paragraph, Enter, arrows through names, Escape, Tab on', async () => {
    await mount();
    before.focus();
    await userEvent.tab();
    expect(reader.shadowRoot!.activeElement).toBe(para('p1'));
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([
      { selection: { kind: 'paragraph', document: 'mini-doc', id: 'p1' }, origin: 'reader' },
    ]);

    await userEvent.keyboard('{ArrowRight}');
    await reader.updateComplete;
    let active = reader.shadowRoot!.activeElement as HTMLElement;
    expect(active.textContent).toBe('The Front');
    expect(active.getAttribute('role')).toBe('button');
    expect($$('[role="button"]')).toHaveLength(1);

    await userEvent.keyboard('{ArrowRight}');
    await reader.updateComplete;
    active = reader.shadowRoot!.activeElement as HTMLElement;
    expect(active.textContent).toBe('the envoys');
    expect($$('[role="button"]')).toEqual([active]);

    await userEvent.keyboard('{End}');
    await reader.updateComplete;
    expect(reader.shadowRoot!.activeElement!.textContent).toBe('the Crown');
    await userEvent.keyboard('{ArrowRight}');
    await reader.updateComplete;
    expect(reader.shadowRoot!.activeElement!.textContent).toBe('the Crown');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await reader.updateComplete;
    expect(reader.shadowRoot!.activeElement!.textContent).toBe('the envoys');

    selected.length = 0;
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(selected).toEqual([
      { selection: { kind: 'actor', id: 'envoys' }, origin: 'reader' },
      { selection: { kind: 'actor', id: 'envoys' }, origin: 'reader' },
    ]);

    await userEvent.keyboard('{Escape}');
    await reader.updateComplete;
    expect(reader.shadowRoot!.activeElement).toBe(para('p1'));
    expect($$('[role="button"]')).toHaveLength(0);

    await userEvent.keyboard('{ArrowLeft}');
    await reader.updateComplete;
    expect(reader.shadowRoot!.activeElement!.textContent).toBe('the Crown');
    await userEvent.tab();
    await reader.updateComplete;
    expect(reader.shadowRoot!.activeElement).toBe(para('p2'));
    expect($$('[role="button"]')).toHaveLength(0);
  });
});
