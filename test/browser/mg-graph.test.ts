import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type cytoscape from 'cytoscape';
import '../../src/ui/mg-graph.ts';
import type { MgGraph } from '../../src/ui/mg-graph.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { relationTooltip } from '../../src/model/words/describe.ts';
import { layoutPositions } from '../../src/layout/layout.ts';
import { bundleId } from '../../src/model/explorer/parallel-bundles.ts';
import type { Dataset } from '../../src/model/contract/types.ts';
import type { Selection } from '../../src/model/explorer/view-state.ts';
import type { GraphReadyDetail, SelectEvent } from '../../src/ui/events.ts';
import {
  buildStylesheet,
  contrastRatio,
  readableEdgeColor,
  sizeTier,
} from '../../src/ui/graph-style.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);

interface Mounted {
  host: HTMLElement;
  el: MgGraph;
  cy: cytoscape.Core;
  ready: GraphReadyDetail;
  selections: (Selection | null)[];
}

const mounted: HTMLElement[] = [];

function whenReady(el: MgGraph): Promise<GraphReadyDetail> {
  return new Promise((resolve) =>
    el.addEventListener('mg-graph-ready', (e) => resolve(e.detail), { once: true }),
  );
}

async function mount(
  props: Partial<Pick<MgGraph, 'layout' | 'selection' | 'visibleRelationIds' | 'index'>> = {},
  extraCss = '',
): Promise<Mounted> {
  const host = document.createElement('div');
  host.style.cssText = 'width: 800px; height: 520px;';
  const root = host.attachShadow({ mode: 'open' });
  const sheets = [themeTokens.styleSheet!];
  if (extraCss) {
    const extra = new CSSStyleSheet();
    extra.replaceSync(extraCss);
    sheets.push(extra);
  }
  root.adoptedStyleSheets = sheets;
  document.body.append(host);
  mounted.push(host);
  const el = document.createElement('mg-graph');
  el.style.cssText = 'display: block; width: 100%; height: 100%;';
  el.index = index;
  Object.assign(el, props);
  const selections: (Selection | null)[] = [];
  el.addEventListener('mg-select', (e: SelectEvent) => {
    expect(e.detail.origin).toBe('graph');
    selections.push(e.detail.selection);
  });
  const ready = whenReady(el);
  root.append(el);
  const detail = await ready;
  // Detours and label places follow the first frame.
  await el.detailSettled;
  return { host, el, cy: el.cy!, ready: detail, selections };
}

beforeAll(async () => {
  await page.viewport(1000, 700);
});

afterEach(() => {
  for (const host of mounted.splice(0)) host.remove();
});

function container(el: MgGraph): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.canvas')!;
}

function at(p: cytoscape.Position): { position: { x: number; y: number } } {
  return { position: { x: Math.round(p.x), y: Math.round(p.y) } };
}

function positions(cy: cytoscape.Core): Record<string, cytoscape.Position> {
  const result: Record<string, cytoscape.Position> = {};
  cy.nodes().forEach((n) => {
    result[n.id()] = { ...n.position() };
  });
  return result;
}

function classed(cy: cytoscape.Core, cls: string): string[] {
  return cy
    .elements(`.${cls}`)
    .map((e) => e.id())
    .sort();
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('<mg-graph> drawing', () => {
  it('draws one node per actor and one edge per relation, then reports ready', async () => {
    const { cy, ready, el } = await mount();
    expect(cy.nodes().map((n) => n.id())).toEqual(miniDataset.actors.map((a) => a.id));
    expect(cy.edges().map((e) => e.id())).toEqual(miniDataset.relations.map((r) => r.id));
    expect(ready).toMatchObject({ nodes: 5, edges: 7 });
    expect(Number.isFinite(ready.ms)).toBe(true);
    expect(container(el).getAttribute('aria-label')).toBe(
      'Actor graph: 5 actors, 7 relations. Use the relations table for a text alternative.',
    );
  });

  it('paints something on the canvas', async () => {
    const { el } = await mount();
    await frame();
    const canvases = [...container(el).querySelectorAll('canvas')];
    expect(canvases.length).toBeGreaterThan(0);
    let painted = 0;
    for (const canvas of canvases) {
      if (canvas.width === 0) continue;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    }
    expect(painted).toBeGreaterThan(2000);
  });

  it('draws negated relations dashed with a ✕, hedged ones thinner and fainter', async () => {
    const { cy } = await mount();
    const plain = cy.getElementById('r1');
    const negated = cy.getElementById('r3');
    const hedged = cy.getElementById('r4');
    expect(negated.style('line-style')).toBe('dashed');
    expect(negated.style('label')).toBe('✕');
    expect(plain.style('line-style')).toBe('solid');
    expect(plain.style('label')).toBe('');
    expect(Number(hedged.style('opacity'))).toBeLessThan(Number(plain.style('opacity')));
    expect(parseFloat(hedged.style('width'))).toBeLessThan(parseFloat(plain.style('width')));
    // "probably" is likely, not hedged: drawn like a plain fact.
    expect(cy.getElementById('r2').style('opacity')).toBe(plain.style('opacity'));
  });

  it('draws a hedged negated relation both ways', async () => {
    const dataset: Dataset = {
      ...miniDataset,
      relations: miniDataset.relations.map((r) =>
        r.id === 'r3' ? { ...r, likelihood: { term: 'may', band: 'unquantified' } } : r,
      ),
    };
    const { cy } = await mount({ index: indexDataset(dataset) });
    const r3 = cy.getElementById('r3');
    expect(r3.style('line-style')).toBe('dashed');
    expect(r3.style('label')).toBe('✕');
    expect(Number(r3.style('opacity'))).toBeLessThan(1);
  });

  it('draws an indeterminate relation dotted with a "?", fainter, never as a plain fact', async () => {
    const { cy } = await mount();
    const plain = cy.getElementById('r1');
    const undecided = cy.getElementById('r5');
    expect(undecided.hasClass('indeterminate')).toBe(true);
    expect(undecided.style('line-style')).toBe('dotted');
    expect(undecided.style('label')).toBe('?');
    expect(Number(undecided.style('opacity'))).toBeLessThan(Number(plain.style('opacity')));
    // r4 says the same with the same hedge, but affirmed: hedged, not dotted.
    expect(cy.getElementById('r4').style('line-style')).toBe('solid');
    expect(cy.getElementById('r4').style('label')).toBe('');
  });

  it('gives the directed types of one family different arrowheads', async () => {
    const { cy } = await mount();
    // "makes demands of" and "may mediate for" are both negotiation.
    const demands = cy.getElementById('r2').style('target-arrow-shape');
    const mediates = cy.getElementById('r4').style('target-arrow-shape');
    expect(demands).toBe('triangle');
    expect(mediates).toBe('tee');
    // Types alone in their family keep the triangle; dashes are left to negation.
    expect(cy.getElementById('r6').style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('r4').style('line-style')).toBe('solid');
  });

  it('says an indeterminate relation is one in its tooltip', async () => {
    const { el, cy } = await mount();
    await userEvent.hover(container(el), at(cy.getElementById('r5').renderedMidpoint()));
    await expect
      .element(page.getByRole('tooltip'))
      .toHaveTextContent('indeterminate: the memo declines to say');
  });

  it('puts arrows on directed relation types only', async () => {
    const { cy } = await mount();
    expect(cy.getElementById('r1').style('target-arrow-shape')).toBe('triangle');
    // "negotiates with" is undirected.
    expect(cy.getElementById('r3').style('target-arrow-shape')).toBe('none');
  });

  it('colours each relation by its type', async () => {
    const { cy } = await mount();
    // #0072b2 keeps 3:1 on the light background, so it is used as it is.
    expect(cy.getElementById('r1').style('line-color')).toBe('rgb(0,114,178)');
  });

  it('gives actor kinds different shapes', async () => {
    const { cy } = await mount();
    const shapes = new Set(cy.nodes().map((n) => n.style('shape')));
    expect(shapes.size).toBe(5);
    expect(cy.getElementById('front').style('shape')).toBe('diamond');
  });

  it('keeps actor labels at 11 CSS px or more on screen, and hides them rather than shrink them', async () => {
    const { cy, el } = await mount();
    const front = cy.getElementById('front');
    const onScreen = () => parseFloat(front.style('font-size')) * cy.zoom();
    cy.zoom(1.5);
    expect(front.style('font-size')).toBe('12px');
    cy.zoom(0.8);
    expect(front.style('font-size')).toBe('14px');
    for (const zoom of [0.9, 0.5, 0.31, 0.2, 0.12]) {
      cy.zoom(zoom);
      expect(onScreen()).toBeGreaterThanOrEqual(11);
    }
    // The ✕ keeps pace.
    expect(parseFloat(cy.getElementById('r3').style('font-size'))).toBeGreaterThan(
      parseFloat(front.style('font-size')),
    );
    // Zoomed out beyond any readable size: no label at all, rather than noise.
    cy.zoom(0.1);
    expect(cy.zoom()).toBe(0.1);
    expect(onScreen()).toBeLessThan(11);
    expect(cy.nodes('.label-hidden')).toHaveLength(cy.nodes().length);
    cy.zoom(1);
    expect(cy.nodes('.label-hidden')).toHaveLength(0);
    expect(el.cy).toBe(cy);
  });

  it('draws its first frame before measuring or placing labels, and places them right after', async () => {
    const host = document.createElement('div');
    host.style.cssText = 'width: 800px; height: 520px;';
    document.body.append(host);
    mounted.push(host);
    const el = document.createElement('mg-graph');
    el.style.cssText = 'display: block; width: 100%; height: 100%;';
    el.index = index;
    let atFirstFrame: string[] = [];
    el.addEventListener('mg-graph-ready', () => {
      // The frame that reports ready is the first one drawn: no label in it yet.
      atFirstFrame = el.cy!.nodes().map((n) => String(n.style('label')));
    });
    host.append(el);
    await el.detailSettled;
    expect(atFirstFrame).toHaveLength(index.dataset.actors.length);
    expect(atFirstFrame.every((label) => label === '')).toBe(true);
    const cy = el.cy!;
    expect(cy.nodes('.unplaced')).toHaveLength(0);
    expect(cy.getElementById('front').style('label')).toBe('The Front');
  });

  it('shows markup in an actor name as text', async () => {
    const { cy, el } = await mount();
    expect(cy.getElementById('xss').style('label')).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(el.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('<mg-graph> patching', () => {
  it('hides filtered relations and actors left without any, without moving anyone', async () => {
    const { el, cy } = await mount();
    const before = positions(cy);
    el.visibleRelationIds = new Set(['r1', 'r2']);
    await el.updateComplete;
    expect(
      cy
        .edges(':visible')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['r1', 'r2']);
    expect(
      cy
        .nodes(':visible')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['crown', 'envoys', 'front']);
    expect(cy.getElementById('league').style('display')).toBe('none');
    expect(positions(cy)).toEqual(before);

    el.visibleRelationIds = new Set(['r7']);
    await el.updateComplete;
    expect(
      cy
        .elements(':visible')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['front', 'r7', 'xss']);

    el.visibleRelationIds = null;
    await el.updateComplete;
    expect(cy.elements(':visible')).toHaveLength(12);
    expect(positions(cy)).toEqual(before);
    expect(el.cy).toBe(cy);
  });

  it('shows actors without relations only while no filter is active', async () => {
    const dataset: Dataset = {
      ...miniDataset,
      actors: [
        ...miniDataset.actors,
        { id: 'loner', name: 'Loner', kind: 'person', aliases: [], description: '' },
      ],
    };
    const { el, cy } = await mount({ index: indexDataset(dataset) });
    expect(cy.getElementById('loner').visible()).toBe(true);
    el.visibleRelationIds = new Set(dataset.relations.map((r) => r.id));
    await el.updateComplete;
    expect(cy.getElementById('loner').visible()).toBe(false);
    expect(cy.nodes(':visible')).toHaveLength(5);
    el.visibleRelationIds = null;
    await el.updateComplete;
    expect(cy.getElementById('loner').visible()).toBe(true);
  });

  it('emphasises a selected relation and its two actors', async () => {
    const { el, cy } = await mount();
    el.selection = { kind: 'relation', id: 'r3' };
    await el.updateComplete;
    expect(classed(cy, 'selected')).toEqual(['r3']);
    expect(classed(cy, 'endpoint')).toEqual(['crown', 'front']);
    expect(parseFloat(cy.getElementById('r3').style('width'))).toBeGreaterThan(
      parseFloat(cy.getElementById('r1').style('width')),
    );
    expect(Number(cy.getElementById('r3').style('underlay-opacity'))).toBeGreaterThan(0);
    expect(classed(cy, 'faded')).toEqual([]);
    expect(el.cy).toBe(cy);
  });

  it('highlights a selected actor’s visible neighbourhood and fades the rest', async () => {
    const { el, cy } = await mount();
    el.selection = { kind: 'actor', id: 'crown' };
    await el.updateComplete;
    expect(classed(cy, 'selected')).toEqual(['crown']);
    expect(classed(cy, 'neighbour')).toEqual(['front', 'league']);
    expect(classed(cy, 'faded')).toEqual(['envoys', 'r1', 'r5', 'r7', 'xss']);

    // The neighbourhood follows the filter.
    el.visibleRelationIds = new Set(['r2', 'r3', 'r1']);
    await el.updateComplete;
    expect(classed(cy, 'neighbour')).toEqual(['front']);
    expect(classed(cy, 'faded')).toContain('league');

    el.selection = null;
    await el.updateComplete;
    expect(classed(cy, 'faded')).toEqual([]);
    expect(classed(cy, 'selected')).toEqual([]);
    expect(classed(cy, 'neighbour')).toEqual([]);
    expect(el.cy).toBe(cy);
  });

  it('keeps one Cytoscape instance across property changes, and makes a new one after reconnecting', async () => {
    const { el, cy, host } = await mount();
    el.visibleRelationIds = new Set(['r1']);
    el.selection = { kind: 'actor', id: 'front' };
    el.layout = 'grid';
    await el.updateComplete;
    expect(el.cy).toBe(cy);

    el.remove();
    expect(el.cy).toBeNull();
    expect(cy.destroyed()).toBe(true);
    const ready = whenReady(el);
    host.shadowRoot!.append(el);
    await ready;
    expect(el.cy).not.toBeNull();
    expect(el.cy).not.toBe(cy);
    expect(el.cy!.edges(':visible').map((e) => e.id())).toEqual(['r1']);
    expect(classed(el.cy!, 'selected')).toEqual(['front']);
  });

  it('reports ready once per dataset, never for patches or for a dataset replaced before it was drawn', async () => {
    const { el } = await mount();
    const reports: GraphReadyDetail[] = [];
    el.addEventListener('mg-graph-ready', (e) => reports.push(e.detail));
    // Filtering, selecting and laying out again patch the graph: nothing to report.
    el.visibleRelationIds = new Set(['r1']);
    el.selection = { kind: 'actor', id: 'front' };
    el.layout = 'grid';
    await el.updateComplete;
    await el.relayout();
    await frame();
    expect(reports).toEqual([]);

    el.visibleRelationIds = null;
    el.selection = null;
    el.index = indexDataset({ ...miniDataset, relations: miniDataset.relations.slice(0, 3) });
    await el.updateComplete;
    // Replaced while its layout is being computed: only the second one is drawn and reported.
    el.index = indexDataset({ ...miniDataset, relations: miniDataset.relations.slice(0, 5) });
    await expect.poll(() => reports.length).toBe(1);
    await frame();
    await frame();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ nodes: 5, edges: 5 });
    expect(Number.isFinite(reports[0]!.ms)).toBe(true);
  });

  it('rebuilds for a new dataset and reports ready again', async () => {
    const { el, cy } = await mount();
    const smaller: Dataset = {
      ...miniDataset,
      relations: miniDataset.relations.slice(0, 3),
    };
    const ready = whenReady(el);
    el.index = indexDataset(smaller);
    expect(await ready).toMatchObject({ nodes: 5, edges: 3 });
    expect(el.cy).toBe(cy);
    expect(cy.edges()).toHaveLength(3);
  });
});

describe('<mg-graph> an edited dataset (annotating)', () => {
  it('keeps every actor and the view where they were, and puts a new actor beside its relation', async () => {
    const { el, cy } = await mount({ layout: 'circle' });
    cy.zoom(1.3);
    cy.pan({ x: 40, y: -25 });
    const before = positions(cy);
    const view = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const added = {
      ...miniDataset.relations[0]!,
      id: 'r-added',
      source: 'newcomer',
      target: 'front',
    };
    const ready = whenReady(el);
    el.index = indexDataset({
      ...miniDataset,
      actors: [
        ...miniDataset.actors,
        { id: 'newcomer', name: 'A newcomer', kind: 'person', aliases: [], description: '' },
      ],
      relations: [...miniDataset.relations, added],
    });
    await ready;
    const after = positions(cy);
    for (const [id, p] of Object.entries(before)) expect(after[id], id).toEqual(p);
    expect(cy.zoom()).toBeCloseTo(view.zoom, 5);
    expect(cy.pan()).toEqual(view.pan);
    expect(cy.getElementById('r-added').length).toBe(1);
    const front = cy.getElementById('front').position();
    const newcomer = cy.getElementById('newcomer').position();
    const others = Object.values(before).map((p) => Math.hypot(p.x - newcomer.x, p.y - newcomer.y));
    expect(Math.min(...others)).toBeGreaterThan(1);
    expect(Math.hypot(front.x - newcomer.x, front.y - newcomer.y)).toBeLessThan(400);
  });

  it('lays out and fits afresh when another document replaces the one shown', async () => {
    const { el, cy } = await mount();
    cy.zoom(3);
    const ready = whenReady(el);
    el.index = indexDataset({
      ...miniDataset,
      documents: miniDataset.documents.map((d) => ({ ...d, id: `${d.id}-other` })),
      relations: miniDataset.relations.map((r) => ({ ...r, document: `${r.document}-other` })),
    });
    await ready;
    expect(cy.zoom()).not.toBeCloseTo(3, 1);
  });
});

describe('<mg-graph> layouts', () => {
  it('places actors the same way on every mount', async () => {
    const a = await mount();
    const first = positions(a.cy);
    const b = await mount();
    expect(positions(b.cy)).toEqual(first);
    const expected = await layoutPositions(miniDataset, 'force');
    expect(first['crown']).toEqual(expected.get('crown'));
  });

  it('switches layout by moving the actors, and fits them', async () => {
    const { el, cy } = await mount();
    const circle = await layoutPositions(miniDataset, 'circle');
    el.layout = 'circle';
    await el.updateComplete;
    await expect.poll(() => positions(cy)['front'], { timeout: 3000 }).toEqual(circle.get('front'));
    await expect.poll(() => positions(cy)['crown']).toEqual(circle.get('crown'));
    // Everything visible lies inside the view.
    await expect
      .poll(() => {
        const bb = cy.elements().renderedBoundingBox();
        return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
      })
      .toBe(true);
    const b = await mount({ layout: 'circle' });
    expect(positions(b.cy)).toEqual(positions(cy));
    expect(el.cy).toBe(cy);
  });

  it('relayout() puts everyone back where the layout says', async () => {
    const { el, cy } = await mount();
    const before = positions(cy);
    cy.getElementById('front').position({ x: 9999, y: 9999 });
    await el.relayout();
    await expect.poll(() => positions(cy), { timeout: 3000 }).toEqual(before);
  });
});

describe('<mg-graph> pointer', () => {
  it('fires mg-select for a clicked relation, actor and background', async () => {
    const { el, cy, selections } = await mount();
    await userEvent.click(container(el), at(cy.getElementById('r1').renderedMidpoint()));
    expect(selections).toEqual([{ kind: 'relation', id: 'r1' }]);
    await userEvent.click(container(el), at(cy.getElementById('envoys').renderedPosition()));
    expect(selections.at(-1)).toEqual({ kind: 'actor', id: 'envoys' });
    await userEvent.click(container(el), at({ x: 5, y: 5 }));
    expect(selections.at(-1)).toBeNull();
    expect(selections).toHaveLength(3);
  });

  it('shows the relation’s words in a tooltip on hover, as text', async () => {
    const { el, cy } = await mount();
    const r1 = index.relationById.get('r1')!;
    await userEvent.hover(container(el), at(cy.getElementById('r1').renderedMidpoint()));
    const tooltip = page.getByRole('tooltip');
    await expect.element(tooltip).toHaveTextContent(relationTooltip(index, r1));
    expect(relationTooltip(index, r1)).toBe('The Front — holds hostage → The envoys · ¶1 (C)');
    expect(getComputedStyle(tooltip.element()).pointerEvents).toBe('none');

    await userEvent.hover(container(el), at(cy.getElementById('xss').renderedPosition()));
    await expect.element(tooltip).toHaveTextContent('<img src=x onerror=alert(1)> · Other');
    expect(el.shadowRoot!.querySelectorAll('img')).toHaveLength(0);

    await userEvent.hover(container(el), at({ x: 5, y: 5 }));
    await expect.element(tooltip).not.toBeInTheDocument();
  });

  it('hides the tooltip when the view moves', async () => {
    const { el, cy } = await mount();
    await userEvent.hover(container(el), at(cy.getElementById('r1').renderedMidpoint()));
    await expect.element(page.getByRole('tooltip')).toBeInTheDocument();
    cy.panBy({ x: 10, y: 0 });
    await expect.element(page.getByRole('tooltip')).not.toBeInTheDocument();
  });

  it('zooms and fits with the overlay buttons', async () => {
    const { el, cy } = await mount();
    const zoom = cy.zoom();
    await userEvent.click(page.getByRole('button', { name: 'Zoom in' }));
    expect(cy.zoom()).toBeCloseTo(zoom * 1.25, 5);
    await userEvent.click(page.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(page.getByRole('button', { name: 'Zoom out' }));
    expect(cy.zoom()).toBeCloseTo(zoom / 1.25, 5);
    await userEvent.click(page.getByRole('button', { name: 'Fit graph to view' }));
    expect(cy.zoom()).toBeCloseTo(zoom, 5);
    expect(el.cy).toBe(cy);
  });

  it('focusActor() fits the actor with its drawn neighbours and flashes it', async () => {
    const { el, cy } = await mount();
    expect(el.focusActor('nobody')).toBe(false);
    // Zoomed far in on a corner: the Crown's neighbours are all out of view.
    cy.viewport({ zoom: 4, pan: { x: -2000, y: -2000 } });
    expect(el.focusActor('crown')).toBe(true);
    expect(classed(cy, 'flash')).toEqual(['crown']);
    const around = cy.getElementById('crown').closedNeighborhood().nodes();
    expect(around.length).toBeGreaterThan(2);
    const inView = () =>
      around.every((n) => {
        const b = n.renderedBoundingBox();
        return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
      });
    await expect.poll(inView).toBe(true);
    el.visibleRelationIds = new Set(['r1']);
    await el.updateComplete;
    expect(el.focusActor('league')).toBe(false);
  });
});

describe('<mg-graph> keyboard', () => {
  it('is a labelled, described, focusable application', async () => {
    const { el } = await mount();
    const area = container(el);
    expect(area.tabIndex).toBe(0);
    expect(area.getAttribute('role')).toBe('application');
    const help = el.shadowRoot!.getElementById(area.getAttribute('aria-describedby')!);
    expect(help?.textContent).toContain('square brackets');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('pans with the arrow keys and zooms with + - 0', async () => {
    const { el, cy } = await mount();
    container(el).focus();
    const pan = { ...cy.pan() };
    await userEvent.keyboard('{ArrowLeft}');
    expect(cy.pan().x).toBe(pan.x + 60);
    await userEvent.keyboard('{ArrowUp}');
    expect(cy.pan().y).toBe(pan.y + 60);
    const zoom = cy.zoom();
    await userEvent.keyboard('+');
    expect(cy.zoom()).toBeGreaterThan(zoom);
    await userEvent.keyboard('-');
    await userEvent.keyboard('-');
    expect(cy.zoom()).toBeLessThan(zoom);
    await userEvent.keyboard('0');
    expect(cy.zoom()).toBeCloseTo(zoom, 5);
    expect(cy.pan().x).toBeCloseTo(pan.x, 5);
  });

  it('moves a visible cursor through actors, announces it, and selects with Enter', async () => {
    const { el, cy, selections } = await mount();
    container(el).focus();
    const live = el.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
    await userEvent.keyboard(']');
    // Most connected first: The Front takes part in five relations.
    expect(classed(cy, 'cursor')).toEqual(['front']);
    expect(cy.getElementById('front').style('outline-width')).not.toBe('0px');
    await expect.element(live).toHaveTextContent('The Front, armed group, 5 relations');
    await userEvent.keyboard(']');
    expect(classed(cy, 'cursor')).toEqual(['crown']);
    await expect.element(live).toHaveTextContent('The Crown, government, 4 relations');
    await userEvent.keyboard('[[');
    expect(classed(cy, 'cursor')).toEqual(['front']);
    await userEvent.keyboard('{Enter}');
    expect(selections).toEqual([{ kind: 'actor', id: 'front' }]);

    // Hidden actors are skipped.
    el.visibleRelationIds = new Set(['r1']);
    await el.updateComplete;
    await userEvent.keyboard(']');
    expect(classed(cy, 'cursor')).toEqual(['envoys']);
    await expect.element(live).toHaveTextContent('The envoys, group of people, 1 relation');
  });

  it('steps through the selected actor’s relations and selects one with Enter', async () => {
    const { el, cy, selections } = await mount({ selection: { kind: 'actor', id: 'crown' } });
    container(el).focus();
    const live = el.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
    await userEvent.keyboard('.');
    expect(classed(cy, 'cursor')).toEqual(['r2']);
    await expect
      .element(live)
      .toHaveTextContent(`${relationTooltip(index, index.relationById.get('r2')!)}, 1 of 4`);
    await userEvent.keyboard('.');
    expect(classed(cy, 'cursor')).toEqual(['r3']);
    await userEvent.keyboard(',,');
    expect(classed(cy, 'cursor')).toEqual(['r6']);
    await expect.element(live).toHaveTextContent(/, 4 of 4$/);
    await userEvent.keyboard('{Enter}');
    expect(selections).toEqual([{ kind: 'relation', id: 'r6' }]);
    await userEvent.keyboard('{Escape}');
    expect(selections.at(-1)).toBeNull();
  });
});

describe('<mg-graph> parallel relations', () => {
  const FRONT_CROWN = bundleId('front', 'crown');

  it('draws a pair’s relations as one edge marked ×n when zoomed out, apart when zoomed in', async () => {
    const { el, cy } = await mount();
    cy.zoom(0.6);
    const bundle = cy.getElementById(FRONT_CROWN);
    expect(bundle.visible()).toBe(true);
    expect(bundle.style('label')).toBe('×2');
    expect(cy.getElementById('r2').visible()).toBe(false);
    expect(cy.getElementById('r3').visible()).toBe(false);
    // Wider than a single relation, and no arrow: the directions inside may differ.
    expect(parseFloat(bundle.style('width'))).toBeGreaterThan(
      parseFloat(cy.getElementById('r1').style('width')),
    );
    expect(bundle.style('target-arrow-shape')).toBe('none');
    // Every relation is still shown: the bundle only draws them together.
    expect(el.cy!.edges().filter((e) => e.visible() && !e.hasClass('bundle'))).toHaveLength(3);
    cy.zoom(1.2);
    expect(cy.getElementById(FRONT_CROWN).empty()).toBe(true);
    expect(cy.getElementById('r2').visible()).toBe(true);
    expect(cy.getElementById('r3').visible()).toBe(true);
  });

  it('fans out when either actor or one of its relations is selected', async () => {
    const { el, cy } = await mount();
    cy.zoom(0.6);
    expect(cy.getElementById(FRONT_CROWN).visible()).toBe(true);
    el.selection = { kind: 'actor', id: 'crown' };
    await el.updateComplete;
    expect(cy.getElementById(FRONT_CROWN).empty()).toBe(true);
    expect(cy.getElementById('r2').visible()).toBe(true);
    expect(cy.getElementById('r2').hasClass('faded')).toBe(false);
    el.selection = null;
    await el.updateComplete;
    expect(cy.getElementById(FRONT_CROWN).visible()).toBe(true);
    el.selection = { kind: 'relation', id: 'r3' };
    await el.updateComplete;
    expect(cy.getElementById('r3').hasClass('selected')).toBe(true);
    expect(cy.getElementById('r3').visible()).toBe(true);
  });

  it('selects the first relation of a clicked bundle, and says what it holds on hover', async () => {
    const { el, cy, selections } = await mount();
    cy.zoom(0.6);
    cy.center();
    await frame();
    const bundle = cy.getElementById(FRONT_CROWN);
    const mid = (bundle as cytoscape.EdgeSingular).renderedMidpoint();
    await userEvent.hover(container(el), { position: { x: mid.x, y: mid.y } });
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.tooltip');
    await expect
      .element(tip)
      .toHaveTextContent(/^2 relations between The (Front|Crown) and The (Front|Crown)/);
    await userEvent.click(container(el), { position: { x: mid.x, y: mid.y } });
    expect(selections.at(-1)).toEqual({ kind: 'relation', id: 'r2' });
  });
});

describe('<mg-graph> keyboard, on screen', () => {
  it('shows on screen the same description of the cursor that it announces', async () => {
    const { el } = await mount({ selection: { kind: 'actor', id: 'crown' } });
    container(el).focus();
    const live = el.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
    const note = el.shadowRoot!.querySelector<HTMLElement>('.cursor-note')!;
    expect(note.checkVisibility()).toBe(false);
    await userEvent.keyboard('.');
    const said = `${relationTooltip(index, index.relationById.get('r2')!)}, 1 of 4`;
    await expect.element(live).toHaveTextContent(said);
    await expect.element(note).toHaveTextContent(said);
    // On screen, inside the graph, and not hidden from sight.
    expect(note.checkVisibility()).toBe(true);
    const box = note.getBoundingClientRect();
    const graph = el.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(50);
    expect(box.left).toBeGreaterThanOrEqual(graph.left);
    expect(box.bottom).toBeLessThanOrEqual(graph.bottom);
    await userEvent.keyboard(']');
    await expect.element(note).toHaveTextContent(live.textContent!.trim());
  });
});

describe('<mg-graph> at scale', () => {
  it('switches to cheap drawing above 2,000 relations, arrows only when zoomed in', async () => {
    const n = 300;
    const actors = Array.from({ length: n }, (_, i) => ({
      ...miniDataset.actors[0]!,
      id: `a${i}`,
      name: `Actor ${i}`,
      position: { x: (i % 20) * 60, y: Math.floor(i / 20) * 60 },
    }));
    const relations = Array.from({ length: 2100 }, (_, i) => ({
      ...miniDataset.relations[0]!,
      id: `r${i}`,
      // One relation per pair, so that each is an edge of its own even while bundling.
      source: `a${i % n}`,
      target: `a${(i + 1 + Math.floor(i / n)) % n}`,
    }));
    const big = indexDataset({ ...miniDataset, actors, relations });
    const { el, cy, ready } = await mount({ index: big });
    expect(ready).toMatchObject({ nodes: n, edges: 2100 });
    // Stored positions are used as they are.
    expect(cy.getElementById('a21').position()).toEqual({ x: 60, y: 60 });
    const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    expect(renderer['hideEdgesOnViewport']).toBe(true);
    expect(renderer['textureOnViewport']).toBe(true);
    expect(renderer['forcedPixelRatio']).toBe(1);
    const edge = cy.getElementById('r5');
    const node = cy.getElementById('a7');
    cy.zoom(0.5);
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(node.style('label')).toBe('');
    cy.zoom(2);
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    expect(node.style('label')).toBe('Actor 7');
    cy.zoom(0.5);
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(node.style('label')).toBe('');

    // Filtering at this size touches only what changes, and moves nobody.
    const before = positions(cy);
    el.visibleRelationIds = new Set(relations.slice(0, 1000).map((r) => r.id));
    await el.updateComplete;
    expect(cy.edges(':visible')).toHaveLength(1000);
    expect(positions(cy)).toEqual(before);
    expect(el.cy).toBe(cy);
  });
});

describe('<mg-graph> theme', () => {
  it('keeps every relation colour at 3:1 or more against both backgrounds', () => {
    for (const bg of ['#f6f7f9', '#121417']) {
      for (const t of miniDataset.relationTypes) {
        expect(
          contrastRatio(readableEdgeColor(t.color, bg), bg),
          `${t.id} on ${bg}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
    // A colour that passes is left alone; one that fails is lightened on dark, darkened on light.
    expect(readableEdgeColor('#0072B2', '#f6f7f9')).toBe('#0072b2');
    const onDark = readableEdgeColor('#555555', '#121417');
    expect(onDark).not.toBe('#555555');
    expect(parseInt(onDark.slice(1, 3), 16)).toBeGreaterThan(0x55);
    const onLight = readableEdgeColor('#f0e442', '#ffffff');
    expect(parseInt(onLight.slice(1, 3), 16)).toBeLessThan(0xf0);
    expect(contrastRatio(onLight, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('reads the colour tokens and restyles when they change', async () => {
    const dark =
      ':host { --mg-bg: #121417; --mg-text: #e8eaed; --mg-surface: #1b1e23; --mg-muted: #a9b0b9; --mg-accent: #7db3f0; --mg-focus: #9cc8ff; }';
    const { el, cy, host } = await mount({}, dark);
    // "distrusts" is #555555, too dark on #121417: drawn lighter, with at least 3:1.
    const rgb = cy.getElementById('r6').style('line-color') as string;
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    const hex = `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
    expect(hex).toBe(readableEdgeColor('#555555', '#121417'));
    expect(contrastRatio(hex, '#121417')).toBeGreaterThanOrEqual(3);

    host.shadowRoot!.adoptedStyleSheets = [themeTokens.styleSheet!];
    el.refreshTheme();
    expect(cy.getElementById('r6').style('line-color')).toBe('rgb(85,85,85)');
    expect(el.cy).toBe(cy);
  });

  it('switches to the large-graph style above the size threshold', () => {
    expect(sizeTier(30, 90)).toBe('detailed');
    expect(sizeTier(800, 2500)).toBe('large');
    const theme = {
      text: '#000000',
      bg: '#ffffff',
      surface: '#ffffff',
      muted: '#555555',
      accent: '#0b5cad',
      focus: '#0b5cad',
      font: 'system-ui',
    };
    const large = buildStylesheet({ types: miniDataset.relationTypes, theme, tier: 'large' });
    const edge = large.find((b) => b.selector === 'edge')!;
    expect(edge.style['curve-style']).toBe('haystack');
    expect(edge.style['target-arrow-shape']).toBe('none');
    const node = large.find((b) => b.selector === 'node')!;
    expect(node.style['min-zoomed-font-size']).toBeGreaterThan(0);
    const detailed = buildStylesheet({ types: miniDataset.relationTypes, theme, tier: 'detailed' });
    expect(detailed.find((b) => b.selector === 'edge')!.style['curve-style']).toBe('bezier');
  });
});
