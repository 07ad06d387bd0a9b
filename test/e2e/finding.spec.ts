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
