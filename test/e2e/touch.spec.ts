import type { CDPSession, Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expect, test, waitForGraph } from './support.ts';
import { smallTargets } from './layout-checks.ts';

/**
 * The explorer on a phone, with real touch input through the browser's own input pipeline: a
 * vertical swipe over the graph scrolls the page, two fingers move the graph, and every
 * control is a touch target of at least 44 × 44 CSS px (WCAG 2.5.5).
 */

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function graphPan(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const graph = document.querySelector('memograph-app')?.shadowRoot?.querySelector('mg-graph') as
      (HTMLElement & { cy: Core }) | null;
    return graph?.cy.pan() ?? { x: NaN, y: NaN };
  });
}

async function swipe(
  cdp: CDPSession,
  fingers: { x: number; y: number }[],
  dy: number,
): Promise<void> {
  const at = (step: number) => fingers.map((f, id) => ({ x: f.x, y: f.y + (dy * step) / 10, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('one finger over the graph scrolls the page; two fingers zoom and move the graph', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const box = await page.locator('mg-graph').boundingBox();
  if (!box) throw new Error('no graph');
  const cdp = await page.context().newCDPSession(page);
  const before = await graphPan(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height * 0.75;
  await swipe(cdp, [{ x: cx, y: cy }], -250);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  expect(await graphPan(page)).toEqual(before);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  // Two fingers spreading apart zoom the graph, and the page stays put.
  const zoom = () =>
    page.evaluate(() => {
      const graph = document
        .querySelector('memograph-app')
        ?.shadowRoot?.querySelector('mg-graph') as (HTMLElement & { cy: Core }) | null;
      return graph?.cy.zoom() ?? NaN;
    });
  const zoomBefore = await zoom();
  const y = box.y + box.height / 2;
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [
      { x: cx - 30, y, id: 0 },
      { x: cx + 30, y, id: 1 },
    ],
  });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        { x: cx - 30 - step * 8, y: y + step * 5, id: 0 },
        { x: cx + 30 + step * 8, y: y + step * 5, id: 1 },
      ],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(zoom).toBeGreaterThan(zoomBefore * 1.5);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

for (const [state, url] of [
  ['nothing selected, filters open', './'],
  ['a relation selected', './?relation=p10-r6'],
] as const) {
  test(`every control is at least 44 × 44 CSS px on a phone: ${state}`, async ({ page }) => {
    await page.goto(url);
    await waitForGraph(page);
    if (url === './') await page.getByRole('button', { name: 'Show filters' }).click();
    else await expect(page.getByRole('button', { name: 'Copy citation' })).toBeVisible();
    await expect(page.locator('mg-relations-table tr.row').first()).toBeAttached();
    expect(await smallTargets(page)).toEqual([]);
  });
}

test('on a phone the relations table is a list of cards that fits the screen’s width', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const table = page.locator('mg-relations-table');
  const row = table.locator('tr.row').first();
  await row.scrollIntoViewIfNeeded();
  await expect(row).toBeVisible();
  const widths = await table.evaluate((el) => {
    const scroller = el.shadowRoot?.querySelector('.scroller');
    return { scroll: scroller?.scrollWidth ?? 0, client: scroller?.clientWidth ?? 0 };
  });
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Each card shows who does what to whom and the start of its quote.
  const box = await row.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  await expect(row.locator('td.quote')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('phone-table.png') });
  await page.screenshot({ path: 'test-results/screenshots/phone-table.png' });
});
