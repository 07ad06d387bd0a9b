import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/filters/mg-filter-panel.ts';
import '../../src/ui/timeline/mg-timeline.ts';
import type { MgFilterPanel } from '../../src/ui/filters/mg-filter-panel.ts';
import type { MgTimeline } from '../../src/ui/timeline/mg-timeline.ts';
import type { Relation } from '../../src/model/contract/types.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { INITIAL_FILTERS, type Filters } from '../../src/model/explorer/filters.ts';
import type { FiltersChangeEvent, SelectEvent } from '../../src/ui/events.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/** The mini dataset with r1 dated a day, r2 a span and r6 (already) Christmas Day. */
const index = indexDataset({
  ...miniDataset,
  relations: miniDataset.relations.map((r): Relation => {
    if (r.id === 'r1') return { ...r, date: { iso: '1996-12-23', phrase: 'December 23' } };
    if (r.id === 'r2') {
      return {
        ...r,
        date: { iso: '1996-12-22', phrase: 'since December 22', until: '1996-12-28' },
      };
    }
    return r;
  }),
});

let host: HTMLElement;
let sent: Filters[];

/** Mounts an element and plays the root: takes its filters and hands them back down. */
async function mount<T extends MgFilterPanel | MgTimeline>(tag: 'mg-filter-panel' | 'mg-timeline') {
  host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  document.body.append(host);
  const el = document.createElement(tag) as T;
  el.index = index;
  el.filters = INITIAL_FILTERS;
  sent = [];
  el.addEventListener('mg-filters-change', (e: FiltersChangeEvent) => {
    sent.push(e.detail.filters);
    el.filters = e.detail.filters;
  });
  root.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => host.remove());

describe('<mg-filter-panel>', () => {
  beforeEach(() => mount<MgFilterPanel>('mg-filter-panel'));

  it('"Highest marking" hides paragraphs above the level, and its options count what remains', async () => {
    const select = page.getByRole('combobox', { name: 'Highest marking', exact: true });
    await expect.element(select).toHaveValue('');
    await expect
      .element(page.getByRole('option', { name: 'CONFIDENTIAL (2)' }))
      .toBeInTheDocument();
    await userEvent.selectOptions(select, 'C');
    expect(sent.at(-1)).toEqual({ ...INITIAL_FILTERS, maxMarking: 'C' });
    // With the ceiling set, the other counts follow: only r1 and r2 (¶1, C) remain.
    await page.getByText('Polarity', { exact: true }).first().click();
    await expect
      .element(page.getByRole('checkbox', { name: /^negated/ }))
      .toHaveAccessibleDescription('0 relations');
    await expect
      .element(page.getByRole('checkbox', { name: 'affirmed', exact: true }))
      .toHaveAccessibleDescription('2 relations');
  });

  it('likelihood, polarity and basis checkboxes are keyboard operable and count under the others', async () => {
    await page.getByText('Likelihood', { exact: true }).first().click();
    const may = page.getByRole('checkbox', { name: 'unquantified', exact: true });
    await expect.element(may).toHaveAccessibleDescription('2 relations, not on the ICD 203 scale');
    (may.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    expect(sent.at(-1)!.hiddenLikelihoods).toEqual(['unquantified']);
    await expect.element(may).not.toBeChecked();
    // Its count stays, so the reader knows what ticking it again would bring back.
    await expect.element(may).toHaveAccessibleDescription('2 relations, not on the ICD 203 scale');
    await page.getByText('Basis and source', { exact: true }).first().click();
    await expect
      .element(page.getByRole('checkbox', { name: "Issuer's judgment" }))
      .toHaveAccessibleDescription('2 relations');
    await userEvent.click(page.getByRole('checkbox', { name: 'by the Mission' }));
    expect(sent.at(-1)!.hiddenReporters).toEqual(['the Mission']);
    const summaries = [
      ...host.shadowRoot!.querySelector('mg-filter-panel')!.shadowRoot!.querySelectorAll('summary'),
    ];
    expect(summaries.map((x) => x.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Likelihood · 1 hidden',
      'Polarity',
      'Basis and source · 1 hidden',
      'Dates',
    ]);
  });

  it('dates come from the date inputs, and Reset filters clears everything', async () => {
    await page.getByText('Dates', { exact: true }).first().click();
    await expect
      .element(
        page.getByText('3 dated relations; 4 undated, shown only when no date range is set.'),
      )
      .toBeInTheDocument();
    await userEvent.fill(page.getByLabelText('From'), '1996-12-24');
    expect(sent.at(-1)).toMatchObject({ from: '1996-12-24', until: null });
    await expect
      .element(page.getByText('2 dated relations in range;', { exact: false }))
      .toBeInTheDocument();
    const reset = page.getByRole('button', { name: 'Reset filters' });
    await userEvent.click(reset);
    expect(sent.at(-1)).toEqual(INITIAL_FILTERS);
    await expect.element(reset).toBeDisabled();
  });
});

describe('<mg-timeline>', () => {
  let timeline: MgTimeline;
  beforeEach(async () => {
    timeline = await mount<MgTimeline>('mg-timeline');
  });

  it('draws a bar per dated relation, a span across its days, and counts the undated', async () => {
    const bars = [...timeline.shadowRoot!.querySelectorAll<SVGRectElement>('rect.bar')];
    expect(bars).toHaveLength(3);
    const width = (r: SVGRectElement) => r.getBoundingClientRect().width;
    const span = bars.find((b) => b.textContent?.includes('December 22–28, 1996'))!;
    const day = bars.find((b) => b.textContent?.includes('December 23, 1996'))!;
    expect(width(span)).toBeGreaterThan(5 * width(day));
    await expect
      .element(page.getByText('4 undated relations, not on the timeline'))
      .toBeInTheDocument();
  });

  it('brushes by keyboard: arrows move, Shift extends, Enter applies, Esc clears', async () => {
    const brush = page.getByRole('group', { name: 'Timeline' });
    (brush.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(sent).toEqual([]);
    await expect
      .element(
        page.getByText('December 23–24, 1996: 2 dated relations. Enter applies, Esc clears.'),
      )
      .toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(sent.at(-1)).toMatchObject({ from: '1996-12-23', until: '1996-12-24' });
    let escaped = false;
    window.addEventListener('keydown', () => (escaped = true), { once: true });
    await userEvent.keyboard('{Escape}');
    expect(sent.at(-1)).toMatchObject({ from: null, until: null });
    // The page's own Esc (clear the selection) does not also fire.
    expect(escaped).toBe(false);
  });

  it('brushes by dragging across days', async () => {
    const strip = timeline.shadowRoot!.querySelector<HTMLElement>('.brush')!;
    const r = strip.getBoundingClientRect();
    const dayWidth = r.width / 7; // December 22 to 28
    const y = r.top + 4;
    const fire = (type: string, day: number) =>
      strip.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          button: 0,
          pointerId: 1,
          clientX: r.left + dayWidth * (day + 0.5),
          clientY: y,
        }),
      );
    fire('pointerdown', 3);
    fire('pointermove', 5);
    fire('pointerup', 5);
    expect(sent.at(-1)).toMatchObject({ from: '1996-12-25', until: '1996-12-27' });
  });

  it('offers the same relations as a table sorted by date, each selectable', async () => {
    const chosen: string[] = [];
    timeline.addEventListener('mg-select', (e: SelectEvent) => {
      const s = e.detail.selection;
      if (s?.kind === 'relation') chosen.push(s.id);
    });
    const toggle = page.getByRole('button', { name: 'Timeline as a table, by date' });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await timeline.updateComplete;
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    const times = [...timeline.shadowRoot!.querySelectorAll('tbody time')].map((t) =>
      t.getAttribute('datetime'),
    );
    expect(times).toEqual(['1996-12-22', '1996-12-23', '1996-12-25']);
    await userEvent.click(page.getByRole('button', { name: /The Crown — distrusts/ }));
    expect(chosen).toEqual(['r6']);
  });
});
