import type { Page } from '@playwright/test';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * Finding things in the memo at the sizes analysts use: the relations table at 1280 px, the
 * skip link to it, and what Back does after filters and layouts change.
 */

/** The table's own shadow root, as a Playwright locator. */
function table(page: Page) {
  return page.locator('memograph-app mg-relations-table');
}

test.describe('the relations table at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('fits its pane, shows likelihood whole and keeps headers clear of their arrows', async ({
    page,
  }, testInfo) => {
    await page.goto('./?relation=p10-r6');
    await waitForGraph(page);
    const rows = table(page).locator('tr.row');
    await expect(rows.first()).toBeVisible();
    await checkState(page, testInfo, 'finding-table-1280');

    const fit = await table(page).evaluate((el) => {
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      return { scroll: scroller.scrollWidth, client: scroller.clientWidth };
    });
    expect(fit.scroll, 'the table is wider than its pane').toBeLessThanOrEqual(fit.client);

    const clipped = await table(page).evaluate((el) =>
      [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>(
          'td.likelihood, td.likelihood *:not(.visually-hidden), th button, th .label',
        ),
      ]
        .filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1)
        .map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(clipped, 'cells whose text is cut').toEqual([]);

    const overlaps = await table(page).evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('th')].flatMap((th) => {
        const label = th.querySelector('.label')!.getBoundingClientRect();
        const arrow = th.querySelector('.arrow')!.getBoundingClientRect();
        const button = th.querySelector('button')!.getBoundingClientRect();
        const out = label.right > arrow.left + 0.5 || arrow.right > button.right + 0.5;
        return out ? [th.textContent!.trim()] : [];
      }),
    );
    expect(overlaps, 'headers over their sort arrows').toEqual([]);

    const headers = await table(page).locator('th').allTextContents();
    expect(headers.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(
      expect.arrayContaining(['Basis', 'Date']),
    );
  });
});

test('the skip link to the table lands on its current row', async ({ page }) => {
  await page.goto('./?relation=p10-r6');
  await waitForGraph(page);
  await expect(table(page).locator('tr.row[aria-selected="true"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.locator('memograph-app a.skip').first()).toBeFocused();
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName, selected: el?.getAttribute('aria-selected') };
  });
  expect(focused).toEqual({ tag: 'TR', selected: 'true' });
});

test.describe('history and the URL', () => {
  test('Back after filtering returns to the unfiltered view, never leaving the app', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    const legend = page.locator('memograph-app mg-legend');
    await legend.getByRole('checkbox', { name: 'releases', exact: true }).uncheck();
    await legend.getByRole('checkbox', { name: 'threatens', exact: true }).uncheck();
    await expect(page).toHaveURL(/types=/);
    await page.goBack();
    await expect(page).not.toHaveURL(/types=/);
    expect(page.url()).not.toBe('about:blank');
    await expect(legend.getByRole('checkbox', { name: 'releases', exact: true })).toBeChecked();
    await expect(legend.getByRole('checkbox', { name: 'threatens', exact: true })).toBeChecked();
    // Forward brings the whole filtering back in one step.
    await page.goForward();
    await expect(legend.getByRole('checkbox', { name: 'releases', exact: true })).not.toBeChecked();
    await expect(
      legend.getByRole('checkbox', { name: 'threatens', exact: true }),
    ).not.toBeChecked();
  });

  test('Back after a layout change returns to the previous layout', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    const layout = page.locator('memograph-app').getByRole('combobox', { name: 'Layout' });
    await layout.selectOption('grid');
    await layout.selectOption('circle');
    await expect(page).toHaveURL(/layout=circle/);
    await page.goBack();
    await expect(page).not.toHaveURL(/layout=/);
    await expect(layout).toHaveValue('force');
  });

  test('the sort and the zoom go in the URL and come back on reload', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    const t = table(page);
    await t.getByRole('button', { name: 'Likelihood' }).click();
    await t.getByRole('button', { name: 'Likelihood' }).click();
    await expect(page).toHaveURL(/sort=-likelihood/);
    const controls = page.locator('memograph-app mg-graph .controls');
    // Buttons only: nothing of the element's code shows over the graph.
    expect((await controls.textContent())!.replace(/\s+/g, '')).toBe('+−');
    await controls.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/zoom=[\d.]+%2C-?\d+%2C-?\d+/);
    const zoomed = await page.evaluate(() =>
      (
        document
          .querySelector('memograph-app')!
          .shadowRoot!.querySelector('mg-graph') as unknown as {
          cy: { zoom(): number };
        }
      ).cy.zoom(),
    );
    await page.reload();
    await waitForGraph(page);
    await expect(t.locator('th[aria-sort="descending"]')).toContainText('Likelihood');
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            document
              .querySelector('memograph-app')!
              .shadowRoot!.querySelector('mg-graph') as unknown as {
              cy: { zoom(): number };
            }
          ).cy.zoom(),
        ),
      )
      .toBeCloseTo(zoomed, 1);
  });
});

test('search groups actors, relations and paragraphs, and a result is chosen by keyboard', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.keyboard.press('/');
  await page.keyboard.type('mediat');
  const search = page.locator('memograph-app mg-search');
  await expect(search.locator('.group-head').first()).toContainText('Relations');
  await checkState(page, testInfo, 'finding-search-mediat');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.type('December 22');
  await expect(search.locator('[data-group="paragraphs"]')).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('Cuba');
  await expect(search.getByRole('combobox')).toHaveValue('Cuba');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/actor=cuba/);
  const panel = page.locator('memograph-app mg-actor-panel');
  await expect(panel.locator('[part="member-relations"]')).toContainText('Fidel Castro');
  await expect(panel.locator('[part="member-relations"]')).toContainText('MRTA');
  await checkState(page, testInfo, 'finding-actor-cuba');
});

test('the ¶10 list tells its relations apart', async ({ page }, testInfo) => {
  await page.goto('./?paragraph=p10');
  await waitForGraph(page);
  const names = await page
    .locator('memograph-app mg-paragraph-panel button.link')
    .allTextContents();
  const squashed = names.map((n) => n.replace(/\s+/g, ' ').trim());
  expect(squashed.length).toBeGreaterThan(2);
  expect(new Set(squashed).size).toBe(squashed.length);
  await checkState(page, testInfo, 'finding-paragraph-10');
});
