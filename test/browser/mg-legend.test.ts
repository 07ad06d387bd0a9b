import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/mg-legend.ts';
import type { MgLegend } from '../../src/ui/mg-legend.ts';
import { render } from 'lit';
import { LEGEND_ARROWS, LEGEND_SHAPES, lineSample } from '../../src/ui/legend/samples.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import {
  countsByType,
  INITIAL_FILTERS,
  type Filters,
} from '../../src/model/explorer/view-state.ts';
import { hideHedged, hideNegated, hidesHedged } from '../../src/model/explorer/filters.ts';
import type { FiltersChangeEvent } from '../../src/ui/events.ts';
import { KIND_SHAPES, readableEdgeColor, typeArrowShapes } from '../../src/ui/graph-style.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);

let host: HTMLElement;
let legend: MgLegend;
let sent: Filters[];

async function mount(filters: Filters = INITIAL_FILTERS): Promise<void> {
  host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  document.body.append(host);
  legend = document.createElement('mg-legend');
  legend.index = index;
  legend.filters = filters;
  legend.counts = countsByType(index, filters);
  sent = [];
  legend.addEventListener('mg-filters-change', (e: FiltersChangeEvent) => {
    sent.push(e.detail.filters);
    // Play the root: take the intent and hand the new filters back down.
    legend.filters = e.detail.filters;
    legend.counts = countsByType(index, e.detail.filters);
  });
  root.append(legend);
  await legend.updateComplete;
}

function shadow(): ShadowRoot {
  return legend.shadowRoot!;
}

beforeEach(() => mount());
afterEach(() => host.remove());

describe('<mg-legend>', () => {
  it('lists every relation type with a checkbox named exactly by its label', async () => {
    for (const t of miniDataset.relationTypes) {
      const box = page.getByRole('checkbox', { name: t.label, exact: true });
      await expect.element(box).toBeInTheDocument();
      await expect.element(box).toBeChecked();
    }
    const boxes = [...shadow().querySelectorAll<HTMLInputElement>('.types input')];
    expect(boxes).toHaveLength(miniDataset.relationTypes.length);
  });

  it('describes each checkbox with its count and definition, and shows the count', async () => {
    const box = page.getByRole('checkbox', { name: 'may mediate for', exact: true });
    await expect.element(box).toHaveAccessibleDescription('2 relations Offers to go between.');
    const holds = page.getByRole('checkbox', { name: 'holds hostage', exact: true });
    await expect.element(holds).toHaveAccessibleDescription('1 relation Keeps someone captive.');
    const row = shadow().querySelectorAll('.type')[3]!;
    expect(row.querySelector('.count')!.textContent!.trim()).toBe('2 relations');
  });

  it('draws an arrowhead only for directed types', () => {
    const rows = [...shadow().querySelectorAll('.type')];
    const arrow = (i: number) => rows[i]!.querySelectorAll('svg path').length;
    expect(arrow(0)).toBe(1); // holds hostage: directed
    expect(arrow(2)).toBe(0); // negotiates with: undirected
    const swatch = rows[0]!.querySelector('rect.swatch')!;
    expect(swatch.getAttribute('fill')).toBe('#0072b2');
  });

  it('unticking a type sends filters hiding it; ticking it again shows it', async () => {
    const box = page.getByRole('checkbox', { name: 'makes demands of', exact: true });
    await userEvent.click(box);
    expect(sent.at(-1)).toEqual({ ...INITIAL_FILTERS, hiddenTypes: ['demands'] });
    await expect.element(box).not.toBeChecked();
    await expect.element(page.getByText('5 of 6 types shown')).toBeInTheDocument();
    await userEvent.click(page.getByRole('checkbox', { name: 'backs', exact: true }));
    expect(sent.at(-1)!.hiddenTypes).toEqual(['demands', 'supports']);
    await userEvent.click(box);
    expect(sent.at(-1)!.hiddenTypes).toEqual(['supports']);
  });

  it('toggles a type from the keyboard with Space', async () => {
    const box = page.getByRole('checkbox', { name: 'distrusts', exact: true });
    (box.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    expect(sent).toEqual([{ ...INITIAL_FILTERS, hiddenTypes: ['opposes'] }]);
  });

  it('None hides every type, All shows them again', async () => {
    await userEvent.click(page.getByRole('button', { name: 'None', exact: true }));
    expect(sent.at(-1)!.hiddenTypes).toEqual(
      ['demands', 'holds', 'mediates', 'negotiates', 'opposes', 'supports'].sort(),
    );
    await expect.element(page.getByText('0 of 6 types shown')).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'None', exact: true })).toBeDisabled();
    for (const box of shadow().querySelectorAll<HTMLInputElement>('.types input')) {
      expect(box.checked).toBe(false);
    }
    await userEvent.click(page.getByRole('button', { name: 'All', exact: true }));
    expect(sent.at(-1)!.hiddenTypes).toEqual([]);
    await expect.element(page.getByRole('button', { name: 'All', exact: true })).toBeDisabled();
  });

  it('"Show only <label>" keeps that type alone and keeps the other filters', async () => {
    await userEvent.click(page.getByRole('checkbox', { name: 'Hide negated', exact: true }));
    expect(sent.at(-1)).toEqual(hideNegated(INITIAL_FILTERS, true));
    await userEvent.click(page.getByRole('button', { name: 'Show only negotiates with' }));
    expect(sent.at(-1)).toEqual({
      ...hideNegated(INITIAL_FILTERS, true),
      hiddenTypes: ['demands', 'holds', 'mediates', 'opposes', 'supports'],
    });
    const only = page.getByRole('checkbox', { name: 'negotiates with', exact: true });
    await expect.element(only).toBeChecked();
    // The only negotiates-with relation is negated, so with negated hidden its count is 0.
    await expect.element(only).toHaveAccessibleDescription('0 relations Talks to settle.');
  });

  it('Hide hedged sends hideHedged and the counts follow', async () => {
    await userEvent.click(page.getByRole('checkbox', { name: 'Hide hedged', exact: true }));
    expect(sent.at(-1)).toEqual(hideHedged(INITIAL_FILTERS, true));
    await expect
      .element(page.getByRole('checkbox', { name: 'may mediate for', exact: true }))
      .toHaveAccessibleDescription('0 relations Offers to go between.');
    await userEvent.click(page.getByRole('checkbox', { name: 'Hide hedged', exact: true }));
    expect(hidesHedged(sent.at(-1)!)).toBe(false);
  });

  it('reflects filters handed down without sending anything', async () => {
    host.remove();
    await mount({ ...hideHedged(INITIAL_FILTERS, true), hiddenTypes: ['holds'] });
    await expect
      .element(page.getByRole('checkbox', { name: 'holds hostage', exact: true }))
      .not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Hide hedged' })).toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Hide negated' })).not.toBeChecked();
    expect(sent).toEqual([]);
  });

  it('explains negated, hedged, directed and undirected drawing in words', () => {
    const key = shadow().querySelector('.key')!;
    expect(key.textContent).toContain('Negated (dashed, ✕): the document says it is not so');
    expect(key.textContent).toContain('Hedged (lighter): held less than likely');
    expect(key.textContent).toContain('Directed: source → target');
    expect(key.textContent).toContain('Undirected: either way');
    const samples = key.querySelectorAll('.encodings svg');
    expect(samples[2]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(samples[2]!.querySelector('.cross')).not.toBeNull();
    expect(samples[3]!.querySelector('g')!.getAttribute('opacity')).toBe('0.5');
    expect(samples[3]!.querySelector('line')!.getAttribute('stroke-width')).toBe('1.5');
    expect(samples[0]!.querySelector('line')!.getAttribute('stroke-width')).toBe('2.5');
  });

  it('groups the types under their family, with the family colour, in dataset order', () => {
    const families = [...shadow().querySelectorAll('.family')];
    expect(families.map((f) => f.querySelector('h3 .label')!.textContent!.trim())).toEqual([
      'Custody',
      'Negotiation and mediation',
      'Stance',
      'Support',
    ]);
    expect(
      families.map((f) => [...f.querySelectorAll('.type .label')].map((l) => l.textContent)),
    ).toEqual([
      ['holds hostage'],
      ['makes demands of', 'negotiates with', 'may mediate for'],
      ['distrusts'],
      ['backs'],
    ]);
    // The family's colour is its first type's.
    const swatch = families[1]!.querySelector<HTMLElement>('.family-swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(179, 89, 0)');
    expect(families[1]!.getAttribute('role')).toBe('group');
  });

  it('a family checkbox shows or hides all its types in one filter change', async () => {
    const family = page.getByRole('checkbox', { name: 'Negotiation and mediation', exact: true });
    await expect.element(family).toBeChecked();
    await expect.element(family).toHaveAccessibleDescription('4 relations, 3 of 3 types shown');
    await userEvent.click(family);
    expect(sent).toEqual([
      { ...INITIAL_FILTERS, hiddenTypes: ['demands', 'mediates', 'negotiates'] },
    ]);
    await expect.element(family).not.toBeChecked();
    await expect.element(page.getByText('3 of 6 types shown')).toBeInTheDocument();
    for (const label of ['makes demands of', 'negotiates with', 'may mediate for']) {
      await expect
        .element(page.getByRole('checkbox', { name: label, exact: true }))
        .not.toBeChecked();
    }
    await userEvent.click(family);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.hiddenTypes).toEqual([]);
    await expect.element(family).toBeChecked();
  });

  it('a family partly shown is mixed, and its checkbox then shows it all', async () => {
    await userEvent.click(page.getByRole('checkbox', { name: 'may mediate for', exact: true }));
    const family = page.getByRole('checkbox', { name: 'Negotiation and mediation', exact: true });
    await expect.element(family).toBePartiallyChecked();
    expect((family.element() as HTMLInputElement).indeterminate).toBe(true);
    // The other families are not touched.
    await expect
      .element(page.getByRole('checkbox', { name: 'Custody', exact: true }))
      .toBeChecked();
    (family.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.hiddenTypes).toEqual([]);
    await expect.element(family).toBeChecked();
    expect((family.element() as HTMLInputElement).indeterminate).toBe(false);
  });

  it('shows a flat list without a family heading when every type is in one family', async () => {
    host.remove();
    await mount();
    legend.index = indexDataset({
      ...miniDataset,
      relationTypes: miniDataset.relationTypes.map((t) => ({ ...t, family: 'other' as const })),
    });
    await legend.updateComplete;
    expect(shadow().querySelector('.family')).toBeNull();
    expect(shadow().querySelectorAll('ul.types')).toHaveLength(1);
    expect(shadow().querySelectorAll('.types input')).toHaveLength(6);
    await expect
      .element(page.getByRole('checkbox', { name: 'Other', exact: true }))
      .not.toBeInTheDocument();
  });

  it('gives each directed type of a family its own arrowhead, as the graph does', () => {
    const arrowOf = (label: string) =>
      [...shadow().querySelectorAll('.type')]
        .find((li) => li.querySelector('.label')!.textContent === label)!
        .querySelector<SVGPathElement>('path.arrow')?.dataset['arrow'];
    const shapes = typeArrowShapes(miniDataset.relationTypes);
    expect(arrowOf('makes demands of')).toBe('triangle');
    expect(arrowOf('may mediate for')).toBe('tee');
    expect(arrowOf('negotiates with')).toBeUndefined();
    expect(shapes).toEqual(['triangle', 'triangle', 'none', 'tee', 'triangle', 'triangle']);
    // Every arrowhead the graph can give can be drawn here.
    for (const shape of shapes.filter((a) => a !== 'none')) expect(LEGEND_ARROWS).toContain(shape);
    // …and distinct arrowheads are drawn distinctly.
    const drawn = new Set(
      LEGEND_ARROWS.map((a) => {
        const box = document.createElement('div');
        render(lineSample('#000000', 'directed', false, a), box);
        return box.querySelector('path.arrow')!.getAttribute('d');
      }),
    );
    expect(drawn.size).toBe(LEGEND_ARROWS.length);
  });

  it('keys indeterminate relations: dotted, lighter, with a "?"', () => {
    const key = shadow().querySelector('.key')!;
    expect(key.textContent!.replace(/\s+/g, ' ')).toContain(
      'Indeterminate (dotted, lighter, ?): the memo declines to say either way',
    );
    const sample = key.querySelectorAll('.encodings svg')[4]!;
    expect(sample.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('0.1 3.4');
    expect(sample.querySelector('g')!.getAttribute('opacity')).toBe('0.5');
    expect(sample.querySelector('.query')!.textContent).toBe('?');
  });

  it('keys the node shapes the graph uses, for the kinds of actor present', () => {
    const items = [...shadow().querySelectorAll('.kinds li')];
    expect(items.map((li) => li.textContent!.trim())).toEqual([
      'Armed group',
      'Government',
      'International organisation',
      'Group of people',
      'Other',
    ]);
    const kinds = ['armed-group', 'government', 'international-organisation', 'people', 'other'];
    expect(items.map((li) => li.querySelector('svg')!.dataset['shape'])).toEqual(
      kinds.map((k) => KIND_SHAPES[k as keyof typeof KIND_SHAPES]),
    );
    // Every shape the graph uses can be drawn here (no silent fallback to a circle)…
    for (const shape of Object.values(KIND_SHAPES)) expect(LEGEND_SHAPES).toContain(shape);
    // …and distinct shapes are drawn distinctly.
    const drawn = items.map((li) => li.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
    expect(new Set(drawn).size).toBe(items.length);
  });

  it('draws type colours as the graph does, adjusted for contrast on a dark background', async () => {
    const line = (label: string) =>
      [...shadow().querySelectorAll('.type')]
        .find((li) => li.textContent!.includes(label))!
        .querySelector('line')!
        .getAttribute('stroke');
    expect(line('distrusts')).toBe('#555555');
    host.remove();
    await mount();
    host.style.setProperty('--mg-bg', '#121417');
    legend.remove();
    host.shadowRoot!.append(legend);
    await legend.updateComplete;
    expect(line('distrusts')).toBe(readableEdgeColor('#555555', '#121417'));
    expect(line('distrusts')).not.toBe('#555555');
  });

  it('folds away on a narrow screen and unfolds again', async () => {
    await page.viewport(500, 800);
    try {
      const fold = page.getByRole('button', { name: 'Hide filters' });
      await expect.element(fold).toHaveAttribute('aria-expanded', 'true');
      await userEvent.click(fold);
      const unfold = page.getByRole('button', { name: 'Show filters' });
      await expect.element(unfold).toHaveAttribute('aria-expanded', 'false');
      expect(getComputedStyle(shadow().querySelector('#legend-body')!).display).toBe('none');
      await userEvent.click(unfold);
      expect(getComputedStyle(shadow().querySelector('#legend-body')!).display).toBe('block');
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('starts folded on a narrow screen, with the summary still in view', async () => {
    host.remove();
    await page.viewport(500, 800);
    try {
      await mount();
      const unfold = page.getByRole('button', { name: 'Show filters' });
      await expect.element(unfold).toHaveAttribute('aria-expanded', 'false');
      expect(getComputedStyle(shadow().querySelector('#legend-body')!).display).toBe('none');
      expect(shadow().querySelector('.summary')?.textContent).toBe('6 of 6 types shown');
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('shows type labels as text, never markup', async () => {
    host.remove();
    const types = miniDataset.relationTypes.map((t, i) =>
      i === 0 ? { ...t, label: '<img src=x onerror=alert(1)>' } : t,
    );
    const xIndex = indexDataset({ ...miniDataset, relationTypes: types });
    await mount();
    legend.index = xIndex;
    await legend.updateComplete;
    await expect
      .element(page.getByRole('checkbox', { name: '<img src=x onerror=alert(1)>', exact: true }))
      .toBeInTheDocument();
    await expect
      .element(page.getByRole('button', { name: 'Show only <img src=x onerror=alert(1)>' }))
      .toBeInTheDocument();
    expect(shadow().querySelector('img')).toBeNull();
  });

  it('jumps to the type whose label starts with the letters typed', async () => {
    const focused = () => shadow().activeElement as HTMLInputElement | null;
    const labelOf = () => focused()!.closest('li')!.querySelector('.label')!.textContent;
    shadow().querySelector<HTMLInputElement>('.types input')!.focus();
    await userEvent.keyboard('d');
    expect(labelOf()).toBe('distrusts');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await new Promise((r) => setTimeout(r, 900));
    await userEvent.keyboard('neg');
    expect(labelOf()).toBe('negotiates with');
    // Nothing was toggled on the way.
    expect(sent).toEqual([]);
  });
});
