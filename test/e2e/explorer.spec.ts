import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import type { Dataset, Relation } from '../../src/model/contract/types.ts';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * The whole flow a user takes through the production build, on the embedded memo dataset.
 * Expected values come from the dataset the page itself serves, so the test follows the data.
 */

async function servedDataset(page: Page): Promise<Dataset> {
  const response = await page.request.get('data/peru-hostages-1996.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Dataset;
}

function relation(dataset: Dataset, id: string): Relation {
  const r = dataset.relations.find((x) => x.id === id);
  if (!r) throw new Error(`the memo dataset has no relation ${id}`);
  return r;
}

/** The element that has focus, looking through shadow roots. */
async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, pattern: RegExp, maxPresses = 80): Promise<string> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const text = await focusedText(page);
    if (pattern.test(text)) return text;
  }
  throw new Error(`no focusable element matching ${pattern} within ${maxPresses} Tab presses`);
}

/**
 * Clicks an edge where it is drawn. Fanned parallel edges and edges that share an end cross one
 * another, so the point is chosen along the edge where Cytoscape's own hit test finds this edge
 * and no other; then a real mouse click lands there. A relation drawn inside its pair's bundle
 * ("×2") is reached as a reader would: a click on the bundle fans the pair out, then a click on
 * the relation.
 */
async function clickEdge(page: Page, relationId: string): Promise<void> {
  const bundle = await page.evaluate((id) => {
    const graph = document.querySelector('memograph-app')?.shadowRoot?.querySelector('mg-graph') as
      (HTMLElement & { cy: Core }) | null;
    const edge = graph?.cy.getElementById(id);
    if (!graph || !edge || edge.empty() || edge.visible()) return null;
    const ends = edge.connectedNodes();
    const b = graph.cy.edges('.bundle').filter((e) => e.connectedNodes().same(ends));
    return b.empty() ? null : b.id();
  }, relationId);
  if (bundle !== null) {
    await clickDrawnEdge(page, bundle);
    await page.waitForFunction((id) => {
      const graph = document
        .querySelector('memograph-app')
        ?.shadowRoot?.querySelector('mg-graph') as (HTMLElement & { cy: Core }) | null;
      return graph?.cy.getElementById(id).visible() === true;
    }, relationId);
  }
  await clickDrawnEdge(page, relationId);
}

async function clickDrawnEdge(page: Page, relationId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const graph = document.querySelector('memograph-app')?.shadowRoot?.querySelector('mg-graph') as
      (HTMLElement & { cy: Core }) | null;
    if (!graph) throw new Error('no graph');
    const cy = graph.cy;
    const edge = cy.getElementById(id);
    const a = edge.renderedSourceEndpoint();
    const b = edge.renderedTargetEndpoint();
    // Cytoscape 3.35 throws for an edge drawn straight (no control points) instead of answering.
    let c: { x: number; y: number } = edge.renderedMidpoint();
    try {
      c = edge.renderedControlPoints()?.[0] ?? c;
    } catch {
      // straight: the midpoint it is
    }
    const renderer = (
      cy as unknown as {
        renderer(): {
          findNearestElement(
            x: number,
            y: number,
            interactive: boolean,
            touch: boolean,
          ): { id(): string } | null;
        };
      }
    ).renderer();
    const pan = cy.pan();
    const zoom = cy.zoom();
    const box = cy.container()!.getBoundingClientRect();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {
      // A quadratic Bézier through the control point approximates a bundled edge well enough.
      const x = (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t ** 2 * b.x;
      const y = (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t ** 2 * b.y;
      const hit = renderer.findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
      if (hit?.id() === id) return { x: box.left + x, y: box.top + y };
    }
    throw new Error(`no point along ${id} where it is the edge under the pointer`);
  }, relationId);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
}

test('load, filter by a type, click an edge, read and cite its evidence, reload, go back', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const dataset = await servedDataset(page);
  const total = dataset.relations.length;
  const app = page.locator('memograph-app');
  const caption = app.locator('mg-relations-table caption .count');
  await expect(caption).toHaveText(`${total} relations shown of ${total}`);
  await expect(app.locator('mg-relations-table table')).toHaveAttribute(
    'aria-rowcount',
    String(total + 1),
  );
  await checkState(page, testInfo, '01-memo-loaded');

  // Filter: only "is a candidate to mediate with". The table shrinks to exactly those relations.
  const mediates = dataset.relationTypes.find((t) => t.id === 'candidate-to-mediate');
  expect(mediates).toBeDefined();
  const nMediates = dataset.relations.filter((r) => r.type === 'candidate-to-mediate').length;
  await app.getByRole('button', { name: `Show only ${mediates!.label}` }).click();
  await expect(caption).toHaveText(`${nMediates} relations shown of ${total}`);
  await expect(app.locator('mg-relations-table table')).toHaveAttribute(
    'aria-rowcount',
    String(nMediates + 1),
  );
  await expect(app.getByRole('checkbox', { name: mediates!.label })).toBeChecked();
  await expect(app.getByRole('checkbox', { name: 'holds hostage' })).not.toBeChecked();
  await checkState(page, testInfo, '02-filtered-mediates');

  // Select an edge by clicking where it is drawn on the canvas.
  const target = relation(dataset, 'p10-r11'); // no evidence that Cuba has … been offered a mediation role
  await clickEdge(page, target.id);
  await expect(page).toHaveURL(new RegExp(`relation=${target.id}`));
  const evidence = app.locator('mg-evidence-panel');
  await expect(evidence.locator('mark')).toHaveText(target.quote);
  await expect(evidence).toContainText('¶10');
  await expect(evidence).toContainText(target.likelihood!.term);
  await checkState(page, testInfo, '03-evidence');

  // Copy the citation and read it back from the clipboard.
  await evidence.getByRole('button', { name: 'Copy citation' }).click();
  await expect(evidence.getByRole('status')).toContainText(/copied/i);
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('Bureau of Intelligence and Research');
  expect(citation).toContain('“Peru/Hostages: What Next?,”');
  expect(citation).toContain('December 28, 1996');
  expect(citation).toContain('¶10 (S)');

  // Reload: the same evidence and the same filter come back from the URL.
  await page.reload();
  await waitForGraph(page);
  await expect(evidence.locator('mark')).toHaveText(target.quote);
  await expect(caption).toHaveText(`${nMediates} relations shown of ${total}`);

  // Back and forward walk through selections.
  const other = relation(dataset, 'p1-r6');
  await clickEdge(page, other.id);
  await expect(evidence.locator('mark')).toHaveText(other.quote);
  await page.goBack();
  await expect(evidence.locator('mark')).toHaveText(target.quote);
  await page.goForward();
  await expect(evidence.locator('mark')).toHaveText(other.quote);
  await checkState(page, testInfo, '04-after-history');
});

test('keyboard only: select a relation through the table', async ({ page }, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const dataset = await servedDataset(page);
  // The first Tab stop is the skip link to the table.
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).toBe('Skip to relations table');
  await page.keyboard.press('Enter');
  // The skip link lands on the table's current row (the first, with nothing selected).
  expect(await focusedText(page)).toMatch(/¶1\b/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // Default order is document order, so the third row is the third relation of ¶1.
  const sorted = [...dataset.relations].sort((a, b) => {
    const pa = Number(a.paragraph.slice(1));
    const pb = Number(b.paragraph.slice(1));
    return pa - pb || a.start - b.start;
  });
  const third = sorted[2]!;
  await expect(page).toHaveURL(new RegExp(`relation=${third.id}`));
  await expect(page.locator('memograph-app mg-evidence-panel mark')).toHaveText(third.quote);
  await expect(
    page.locator('memograph-app mg-relations-table tr[aria-selected="true"]'),
  ).toHaveCount(1);
  await checkState(page, testInfo, '05-keyboard-table');
});

test('keyboard only: why Cuba is linked to the MRTA, Fujimori has not launched negotiations, and a citation', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const dataset = await servedDataset(page);
  const app = page.locator('memograph-app');
  const evidence = app.locator('mg-evidence-panel');

  // Why does the memo link Cuba to the MRTA?
  await page.keyboard.press('/');
  await page.keyboard.type('Cuba');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/actor=cuba/);
  await expect(app.locator('mg-actor-panel')).toContainText('Cuba');
  const ties = relation(dataset, 'p10-r4');
  // Undirected "has ideological ties to" reads "— with MRTA" in Cuba's panel.
  await tabTo(page, /^—\s*with MRTA.*¶10/);
  await page.keyboard.press('Enter');
  await expect(evidence.locator('mark')).toHaveText(ties.quote);
  await expect(evidence).toContainText('¶10');
  await checkState(page, testInfo, '06-keyboard-cuba');

  // The memo says Fujimori has not launched genuine negotiations.
  const negotiations = relation(dataset, 'p7-r2');
  expect(negotiations.polarity).toBe('negated');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.type('Fujimori');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/actor=fujimori/);
  await tabTo(page, /negated.*¶7/);
  await page.keyboard.press('Enter');
  await expect(evidence.locator('mark')).toHaveText(negotiations.quote);
  await expect(evidence).toContainText(/negated/i);

  // And cite it, still without a mouse.
  await tabTo(page, /^Copy citation$/);
  await page.keyboard.press('Enter');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('¶7 (C)');
  expect(citation).toContain('Peru/Hostages: What Next?');
  await checkState(page, testInfo, '07-keyboard-fujimori-cited');
});

test('layouts switch without losing the selection, and the memo reader links back to the graph', async ({
  page,
}, testInfo) => {
  await page.goto('./?relation=p7-r2');
  await waitForGraph(page);
  const app = page.locator('memograph-app');
  await app.getByLabel('Layout').selectOption('circle');
  await expect(page).toHaveURL(/layout=circle/);
  await expect(page).toHaveURL(/relation=p7-r2/);
  // The reader marks the quote of the selected relation.
  await expect(app.locator('mg-reader mark')).toContainText('does not appear to have launched');
  // Choosing a paragraph in the reader narrows the graph to the relations it supports.
  const p10 = app.locator('mg-reader').getByRole('group', { name: /^Paragraph 10,/ });
  await p10.locator('.gutter').click();
  await expect(page).toHaveURL(/paragraph=p10/);
  await expect(app.locator('.narrowing')).toContainText('¶10');
  await checkState(page, testInfo, '08-paragraph-narrowing');
});
