import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/mg-relations-table.ts';
import type { MgRelationsTable } from '../../src/ui/mg-relations-table.ts';
import { indexDataset, type DatasetIndex } from '../../src/model/dataset/query.ts';
import type { Dataset, Relation } from '../../src/model/contract/types.ts';
import type { Selection } from '../../src/model/explorer/view-state.ts';
import type { SelectDetail } from '../../src/ui/events.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const mini = indexDataset(miniDataset);

let host: HTMLElement | null = null;
let table: MgRelationsTable;
let selected: SelectDetail[];

async function mount(
  index: DatasetIndex = mini,
  relations: readonly Relation[] = index.dataset.relations,
  height = 420,
): Promise<void> {
  host = document.createElement('div');
  host.style.height = `${height}px`;
  host.style.width = '1100px';
  host.style.display = 'flex';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  document.body.append(host);
  table = document.createElement('mg-relations-table');
  table.index = index;
  table.relations = relations;
  table.style.flex = '1';
  selected = [];
  table.addEventListener('mg-select', (e) => selected.push(e.detail));
  root.append(table);
  await settle();
}

/** Lets the element render, measure and move its window (which happens on the next frame). */
async function settle(): Promise<void> {
  await table.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await table.updateComplete;
}

afterEach(() => {
  host?.remove();
  host = null;
});

const sr = () => table.shadowRoot!;
const rows = () => [...sr().querySelectorAll<HTMLTableRowElement>('tr.row')];
const rowIds = () => rows().map((tr) => relationIdOf(tr));
const focusedRow = () => sr().activeElement as HTMLTableRowElement | null;

/** One of the relation cell's three lines: source, type or target. */
function line(tr: HTMLTableRowElement, which: 'source' | 'type' | 'target'): string {
  return tr.cells[0]!.querySelector(`.line.${which}`)!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Which relation a row shows, read from its quote cell and source cell. */
function relationIdOf(tr: HTMLTableRowElement): string {
  const r = table.relations.find(
    (x) =>
      x.quote === tr.cells[3]!.textContent!.trim() &&
      table.index!.actorById.get(x.source)!.name === line(tr, 'source') &&
      table.index!.actorById.get(x.target)!.name === line(tr, 'target'),
  );
  return r?.id ?? '?';
}

function sortState(): Record<string, string> {
  return Object.fromEntries(
    [...sr().querySelectorAll('th[aria-sort] button[aria-pressed="true"]')].map((b) => [
      b.textContent!.replace(/[▲▼\s]+/g, ' ').trim(),
      b.closest('th')!.getAttribute('aria-sort')!,
    ]),
  );
}

describe('<mg-relations-table>', () => {
  it('is a captioned grid with its columns and every relation', async () => {
    await mount();
    const grid = page.getByRole('grid');
    await expect.element(grid).toBeInTheDocument();
    expect(sr().querySelector('caption .count')!.textContent).toBe('7 relations shown of 7');
    expect(sr().querySelector('caption')!.textContent).toContain(
      'Enter on a row shows its full quote in the evidence panel.',
    );
    const headers = [...sr().querySelectorAll('th')].map((th) =>
      th.textContent!.replace(/[▲▼\s]+/g, ' ').trim(),
    );
    expect(headers).toEqual([
      'Source Relation Target',
      '¶Paragraph',
      'Marking',
      'Quote',
      'Likelihood',
      'Basis',
      'Date',
    ]);
    expect(sr().querySelector('table')!.getAttribute('aria-rowcount')).toBe('8');
    expect(rows().map((tr) => tr.getAttribute('aria-rowindex'))).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    const first = rows()[0]!;
    expect([...first.cells].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'The Front holds hostage → The envoys',
      '¶1',
      'C',
      'The Front holds the envoys',
      '',
      'Fact',
      '',
    ]);
    expect(first.cells[0]!.title).toBe('The Front — holds hostage → The envoys');
    expect(first.querySelector('.marking')!.getAttribute('data-level')).toBe('C');
  });

  it('counts only the relations it is given', async () => {
    await mount(mini, mini.dataset.relations.slice(0, 3));
    expect(sr().querySelector('caption .count')!.textContent).toBe('3 relations shown of 7');
    expect(rows()).toHaveLength(3);
    table.relations = [];
    await settle();
    expect(sr().querySelector('caption .count')!.textContent).toBe('0 relations shown of 7');
    expect(sr().querySelector('.none')!.textContent!.trim()).toBe(
      'No relation passes the current filters.',
    );
  });

  it('says negated and hedged in words, not colour alone', async () => {
    await mount();
    const cell = (id: string) =>
      rows()
        .find((tr) => relationIdOf(tr) === id)!
        .cells[4]!.textContent!.replace(/\s+/g, ' ')
        .trim();
    expect(cell('r3')).toBe('✕ Negated');
    expect(cell('r4')).toBe('Hedged “may”');
    expect(cell('r2')).toBe('“probably”');
    expect(cell('r6')).toBe('“almost certainly”');
    expect(cell('r1')).toBe('');
  });

  it('says indeterminate in words and shows each type with its family colour', async () => {
    await mount();
    const row = (id: string) => rows().find((tr) => relationIdOf(tr) === id)!;
    expect(row('r5').cells[4]!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '? Indeterminate: the memo declines to say “may”',
    );
    expect(row('r5').dataset['certainty']).toBe('indeterminate');
    // "negotiates with" is in the negotiation family, whose colour is its first type's.
    const swatch = row('r3').querySelector<HTMLElement>('.swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(179, 89, 0)');
    expect(swatch.title).toBe('Negotiation and mediation');
  });

  it('sorts by type stably: relations of one type stay in document order', async () => {
    await mount();
    table.sortBy('type', 'ascending');
    await table.updateComplete;
    const first = rowIds();
    expect(first.indexOf('r4')).toBeLessThan(first.indexOf('r5'));
    table.sortBy('paragraph', 'ascending');
    await table.updateComplete;
    table.sortBy('type', 'ascending');
    await table.updateComplete;
    expect(rowIds()).toEqual(first);
  });

  it('starts in document order and sorts by each column with aria-sort', async () => {
    await mount();
    expect(rowIds()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(sortState()).toEqual({ '¶Paragraph': 'ascending' });

    await userEvent.click(page.getByRole('button', { name: 'Source' }));
    expect(sortState()).toEqual({ Source: 'ascending' });
    // Symbols before letters; ties in document order.
    expect(rowIds()).toEqual(['r7', 'r3', 'r6', 'r1', 'r2', 'r4', 'r5']);
    await userEvent.click(page.getByRole('button', { name: 'Source' }));
    expect(sortState()).toEqual({ Source: 'descending' });
    expect(rowIds()).toEqual(['r4', 'r5', 'r1', 'r2', 'r3', 'r6', 'r7']);

    await userEvent.click(page.getByRole('button', { name: 'Likelihood' }));
    expect(sortState()).toEqual({ Likelihood: 'ascending' });
    // Unquantified hedges, then probable, almost certain, then unhedged statements.
    expect(rowIds()).toEqual(['r4', 'r5', 'r2', 'r6', 'r1', 'r3', 'r7']);

    await userEvent.click(page.getByRole('button', { name: 'Marking' }));
    expect(rowIds()).toEqual(['r1', 'r2', 'r6', 'r7', 'r3', 'r4', 'r5']);

    await userEvent.click(page.getByRole('button', { name: 'Relation' }));
    expect(rowIds()).toEqual(['r7', 'r6', 'r1', 'r2', 'r4', 'r5', 'r3']);

    await userEvent.click(page.getByRole('button', { name: 'Target' }));
    expect(rowIds()).toEqual(['r2', 'r4', 'r1', 'r3', 'r5', 'r7', 'r6']);

    await userEvent.click(page.getByRole('button', { name: 'Quote' }));
    expect(rowIds()).toEqual(['r7', 'r6', 'r3', 'r1', 'r2', 'r4', 'r5']);

    await userEvent.click(page.getByRole('button', { name: 'Paragraph' }));
    expect(sortState()).toEqual({ '¶Paragraph': 'ascending' });
    expect(rowIds()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    await userEvent.click(page.getByRole('button', { name: 'Paragraph' }));
    expect(rowIds()).toEqual(['r7', 'r6', 'r5', 'r4', 'r3', 'r2', 'r1']);
  });

  it('moves between rows with a roving tabindex and selects with Enter or Space', async () => {
    await mount(mini, mini.dataset.relations, 600);
    expect(rows().filter((tr) => tr.tabIndex === 0)).toHaveLength(1);
    rows()[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r2');
    expect(focusedRow()!.tabIndex).toBe(0);
    expect(rows().filter((tr) => tr.tabIndex === 0)).toHaveLength(1);
    await userEvent.keyboard('{End}');
    await table.updateComplete;
    expect(focusedRow()!.getAttribute('aria-rowindex')).toBe('8');
    await userEvent.keyboard('{ArrowDown}');
    await table.updateComplete;
    expect(focusedRow()!.getAttribute('aria-rowindex')).toBe('8');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r5');
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([{ selection: { kind: 'relation', id: 'r5' }, origin: 'table' }]);
    await userEvent.keyboard('{Home}');
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r1');
    await userEvent.keyboard(' ');
    expect(selected[1]).toEqual({ selection: { kind: 'relation', id: 'r1' }, origin: 'table' });
    await userEvent.keyboard('{PageDown}');
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r7');
  });

  it('selects a row on click', async () => {
    await mount();
    await userEvent.click(rows()[5]!.cells[0]!);
    expect(selected).toEqual([{ selection: { kind: 'relation', id: 'r6' }, origin: 'table' }]);
  });

  it('marks the selected row and keeps focus where it is when the selection comes from elsewhere', async () => {
    await mount();
    const outside = document.createElement('button');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    try {
      outside.focus();
      table.selection = { kind: 'relation', id: 'r4' } satisfies Selection;
      await settle();
      const marked = rows().filter((tr) => tr.getAttribute('aria-selected') === 'true');
      expect(marked.map(relationIdOf)).toEqual(['r4']);
      expect(rows().filter((tr) => tr.getAttribute('aria-selected') === 'false')).toHaveLength(6);
      expect(document.activeElement).toBe(outside);
      // The selected row is where Tab enters the table.
      expect(marked[0]!.tabIndex).toBe(0);
      table.selection = { kind: 'actor', id: 'front' };
      await settle();
      expect(sr().querySelector('[aria-selected="true"]')).toBeNull();
    } finally {
      outside.remove();
    }
  });

  it('shows markup in names and quotes as text', async () => {
    await mount();
    const row = rows().find((tr) => relationIdOf(tr) === 'r7')!;
    expect(line(row, 'source')).toBe('<img src=x onerror=alert(1)>');
    expect(row.cells[3]!.textContent!.trim()).toBe('<img src=x onerror=alert(1)> backs the Front');
    expect(row.cells[3]!.title).toBe('<img src=x onerror=alert(1)> backs the Front');
    expect(sr().querySelector('img, script')).toBeNull();
  });

  describe('with 25,000 relations', () => {
    const N = 25_000;
    const templates = miniDataset.relations;
    const big: Dataset = {
      ...miniDataset,
      relations: Array.from({ length: N }, (_, i) => ({
        ...templates[i % templates.length]!,
        id: `g${i}`,
      })),
    };
    const bigIndex = indexDataset(big);

    it('renders a bounded window with true row positions', async () => {
      await mount(bigIndex);
      expect(sr().querySelector('caption .count')!.textContent).toBe(
        '25,000 relations shown of 25,000',
      );
      expect(sr().querySelector('table')!.getAttribute('aria-rowcount')).toBe(String(N + 1));
      const count = sr().querySelectorAll('tr').length;
      expect(count).toBeGreaterThan(10);
      expect(count).toBeLessThan(100);
      expect(rows()[0]!.getAttribute('aria-rowindex')).toBe('2');
      // The spacer keeps the full scroll height.
      const scroller = sr().querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollHeight).toBeGreaterThan(N * 20);
    });

    it('reaches the last row with End and the first with Home, from the keyboard', async () => {
      await mount(bigIndex);
      rows()[0]!.focus();
      await userEvent.keyboard('{End}');
      await settle();
      expect(focusedRow()!.getAttribute('aria-rowindex')).toBe(String(N + 1));
      expect(sr().querySelectorAll('tr').length).toBeLessThan(100);
      await userEvent.keyboard('{ArrowUp}');
      await table.updateComplete;
      expect(focusedRow()!.getAttribute('aria-rowindex')).toBe(String(N));
      await userEvent.keyboard('{Enter}');
      // Document order: the last rows are the p3 relations, g24998 is an r7 copy... whichever
      // it is, it is the one whose row was focused.
      const focusedId = focusedRow()!.dataset['index'];
      expect(focusedId).toBe(String(N - 2));
      expect(selected).toHaveLength(1);
      expect(selected[0]!.origin).toBe('table');
      await userEvent.keyboard('{Home}');
      await settle();
      expect(focusedRow()!.getAttribute('aria-rowindex')).toBe('2');
      await userEvent.keyboard('{PageDown}');
      await settle();
      const after = Number(focusedRow()!.getAttribute('aria-rowindex'));
      expect(after).toBeGreaterThan(5);
      expect(after).toBeLessThan(20);
    });

    it('renders the rows in view after a scroll, with spacers around them', async () => {
      await mount(bigIndex);
      const scroller = sr().querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = scroller.scrollHeight / 2;
      await settle();
      const indices = rows().map((tr) => Number(tr.getAttribute('aria-rowindex')));
      expect(indices.length).toBeLessThan(100);
      const middle = N / 2;
      expect(Math.min(...indices)).toBeLessThan(middle);
      expect(Math.max(...indices)).toBeGreaterThan(middle);
      // Rows are consecutive.
      expect(indices.every((v, i) => i === 0 || v === indices[i - 1]! + 1)).toBe(true);
      // And really in view.
      const box = scroller.getBoundingClientRect();
      const inView = rows().filter((tr) => {
        const r = tr.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      });
      expect(inView.length).toBeGreaterThan(5);
    });

    it('scrolls a relation selected elsewhere into view without taking focus', async () => {
      await mount(bigIndex);
      const target = 'g20000';
      table.selection = { kind: 'relation', id: target };
      await settle();
      const row = sr().querySelector<HTMLTableRowElement>('tr[aria-selected="true"]')!;
      expect(row).not.toBeNull();
      const scroller = sr().querySelector<HTMLElement>('.scroller')!;
      const box = scroller.getBoundingClientRect();
      const r = row.getBoundingClientRect();
      expect(r.top).toBeGreaterThanOrEqual(box.top);
      expect(r.bottom).toBeLessThanOrEqual(box.bottom + 1);
      expect(sr().activeElement).toBeNull();
      // It is the right relation: the one the selection names.
      const idx = Number(row.dataset['index']);
      expect(idx).toBeGreaterThan(0);
      expect(row.cells[3]!.textContent!.trim()).toBe(bigIndex.relationById.get(target)!.quote);
    });

    it('sorts 25,000 rows and keeps the window bounded', async () => {
      await mount(bigIndex);
      await userEvent.click(page.getByRole('button', { name: 'Source' }));
      await settle();
      expect(line(rows()[0]!, 'source')).toBe('<img src=x onerror=alert(1)>');
      expect(sr().querySelectorAll('tr').length).toBeLessThan(100);
    });
  });

  it('shows basis and date as columns, sorts by them, and titles them in full', async () => {
    await mount();
    const r6 = rows().find((tr) => relationIdOf(tr) === 'r6')!;
    expect(r6.cells[5]!.textContent!.trim()).toBe('Judgment');
    expect(r6.cells[5]!.title).toBe("Issuer's judgment");
    expect(r6.cells[6]!.textContent!.trim()).toBe('Dec 25');
    expect(r6.cells[6]!.title).toBe('1996-12-25: “Christmas Day”');
    await userEvent.click(page.getByRole('button', { name: 'Date' }));
    expect(rowIds()[0]).toBe('r6');
    await userEvent.click(page.getByRole('button', { name: 'Basis' }));
    expect(sortState()).toEqual({ Basis: 'ascending' });
    expect(rowIds()).toEqual(['r1', 'r2', 'r4', 'r5', 'r6', 'r3', 'r7']);
  });

  it('narrows to one actor and back', async () => {
    await mount();
    const select = page.getByRole('combobox', { name: 'Actor' });
    await userEvent.selectOptions(select, 'The League');
    await settle();
    expect(rowIds()).toEqual(['r4', 'r5', 'r6']);
    expect(sr().querySelector('caption .count')!.textContent!.replace(/\s+/g, ' ')).toBe(
      '3 relations of The League shown of 7',
    );
    await userEvent.selectOptions(select, 'All actors');
    await settle();
    expect(rowIds()).toHaveLength(7);
  });

  it('makes a corpus’s long actor list when it is first used, not with every render', async () => {
    const actors = Array.from({ length: 800 }, (_, i) => ({
      ...miniDataset.actors[0]!,
      id: `x${i}`,
      name: `Actor ${String(i).padStart(3, '0')}`,
    }));
    const relations = actors.slice(1).map((a, i) => ({
      ...miniDataset.relations[0]!,
      id: `q${i}`,
      source: 'x0',
      target: a.id,
    }));
    await mount(indexDataset({ ...miniDataset, actors, relations }));
    const select = sr().querySelector<HTMLSelectElement>('.actor-filter select')!;
    // Until it is used, the list holds only "All actors".
    expect(select.options).toHaveLength(1);
    select.focus();
    await table.updateComplete;
    expect(select.options).toHaveLength(801);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Actor' }), 'Actor 005');
    await settle();
    expect(rowIds()).toEqual(['q4']);
  });

  it('jumps to the row whose source starts with the letters typed', async () => {
    await mount();
    rows()[0]!.focus();
    await userEvent.keyboard('c');
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r3');
    await userEvent.keyboard('c');
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r6');
    await userEvent.keyboard('l');
    await table.updateComplete;
    // "cl" matches nothing: the focus stays.
    expect(relationIdOf(focusedRow()!)).toBe('r6');
    await new Promise((r) => setTimeout(r, 900));
    await userEvent.keyboard('lea');
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r4');
    expect(selected).toEqual([]);
  });

  it('focusCurrentRow puts the keyboard on the selected row', async () => {
    await mount();
    table.selection = { kind: 'relation', id: 'r5' };
    await settle();
    expect(table.focusCurrentRow()).toBe(true);
    await table.updateComplete;
    expect(relationIdOf(focusedRow()!)).toBe('r5');
  });
});
