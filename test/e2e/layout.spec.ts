import type { Page } from '@playwright/test';
import { expect, test, waitForGraph } from './support.ts';
import { documentOverflow, inView } from './layout-checks.ts';

/**
 * The explorer's layout as an analyst meets it: the page never slides, the evidence and the
 * memo share the side column, a permalink opens with its quote in view, and narrow screens
 * show the evidence at once.
 */

/** The reader's marked quote, measured against the reader's own visible box. */
async function quoteInReader(
  page: Page,
): Promise<{ top: number; bottom: number; viewTop: number; viewBottom: number }> {
  return page.evaluate(() => {
    const reader = document.querySelector('memograph-app')?.shadowRoot?.querySelector('mg-reader');
    const scroller = reader?.shadowRoot?.querySelector('.scroller');
    const mark = reader?.shadowRoot?.querySelector('mark');
    if (!scroller || !mark) throw new Error('no reader or no marked quote');
    const view = scroller.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    return { top: m.top, bottom: m.bottom, viewTop: view.top, viewBottom: view.bottom };
  });
}

for (const id of ['p10-r6', 'p1-r6', 'p5-r5']) {
  test(`a permalink to ${id} opens with its quote in view in the reader, the page unmoved`, async ({
    page,
  }) => {
    await page.goto(`./?relation=${id}`);
    await waitForGraph(page);
    await expect(page.getByRole('button', { name: 'Copy citation' })).toBeVisible();
    await expect
      .poll(async () => {
        const q = await quoteInReader(page);
        return q.top >= q.viewTop - 1 && q.bottom <= q.viewBottom + 1;
      })
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await documentOverflow(page)).toEqual({ x: 0, y: 0 });
  });
}

test('a wheel over the header or the graph does not slide the page', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?relation=p10-r6');
  await waitForGraph(page);
  await expect(page.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  await page.mouse.move(700, 30);
  await page.mouse.wheel(0, 800);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await documentOverflow(page)).toEqual({ x: 0, y: 0 });
});

test('the separator between the panel and the memo is a keyboard-operable window splitter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?relation=p10-r6');
  await waitForGraph(page);
  await expect(page.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  const splitter = page.getByRole('separator', { name: /Resize the panel and the memo/ });
  const panelHeight = () =>
    page.evaluate(
      () =>
        document
          .querySelector('memograph-app')
          ?.shadowRoot?.querySelector('.panel')
          ?.getBoundingClientRect().height ?? 0,
    );
  const before = await panelHeight();
  await splitter.focus();
  await page.keyboard.press('Home');
  await expect(splitter).toHaveAttribute('aria-valuenow', '15');
  expect(await panelHeight()).toBeLessThan(before - 100);
  await page.keyboard.press('ArrowDown');
  await expect(splitter).toHaveAttribute('aria-valuenow', '20');
  // Enter gives the panel back the height its content needs, and Copy citation is in view.
  await page.keyboard.press('Enter');
  await expect.poll(panelHeight).toBeCloseTo(before, 0);
  expect(await inView(page, 'button', 'Copy citation')).toEqual({ visible: true, why: '' });
});

test('at 768 px a row chosen in the table shows its evidence at once, in a sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('./');
  await waitForGraph(page);
  const row = page.locator('mg-relations-table tr.row').first();
  await row.scrollIntoViewIfNeeded();
  await row.click();
  await expect(page.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await inView(page, 'button', 'Copy citation')).toEqual({ visible: true, why: '' });
  expect(await inView(page, 'h2#headline')).toEqual({ visible: true, why: '' });
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Copy citation' })).toHaveCount(0);
});

test('at 768 px the filters open as a drawer over the graph, which stays where it was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('./');
  await waitForGraph(page);
  const graphTop = () =>
    page.evaluate(
      () =>
        document
          .querySelector('memograph-app')
          ?.shadowRoot?.querySelector('mg-graph')
          ?.getBoundingClientRect().top ?? 0,
    );
  const before = await graphTop();
  await page.getByRole('button', { name: 'Show filters' }).click();
  await expect(page.getByRole('button', { name: 'Hide filters' })).toBeVisible();
  expect(await graphTop()).toBe(before);
  expect(await inView(page, 'button', 'All')).toEqual({ visible: true, why: '' });
});

test('a quote after the page break inside its paragraph is cited on the later page, and the panel shows the break', async ({
  page,
}) => {
  await page.goto('./?relation=p5-r5');
  await waitForGraph(page);
  const panel = page.locator('mg-evidence-panel');
  await expect(panel.locator('h3 .page')).toHaveText('page 2');
  const quote = panel.locator('blockquote');
  await expect(quote.locator('.page-break')).toHaveAttribute('data-label', 'Page 2');
  // The break is drawn, not written: the paragraph's text is still exactly the memo's.
  const response = await page.request.get('data/peru-hostages-1996.json');
  const dataset = (await response.json()) as {
    documents: { paragraphs: { id: string; text: string }[] }[];
  };
  const p5 = dataset.documents[0]!.paragraphs.find((p) => p.id === 'p5')!;
  expect(await quote.textContent()).toBe(p5.text);
});

test('the error page’s header names no document instead of repeating “Memograph”', async ({
  page,
  watch,
}) => {
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  await page.route('**/datasets/missing.json', (route) =>
    route.fulfill({ status: 404, body: 'Not Found', contentType: 'text/plain' }),
  );
  await page.goto('./?data=datasets/missing.json');
  await expect(page.locator('memograph-app').getByRole('alert')).toBeVisible();
  const header = page.locator('memograph-app header');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('No document open');
  expect((await header.innerText()).replace(/\s+/g, ' ')).not.toMatch(/Memograph Memograph/);
});

/** Pages in a PDF the browser printed. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

test('printing a selected relation prints its evidence and citation, not the interface', async ({
  page,
}) => {
  await page.goto('./?relation=p10-r6');
  await waitForGraph(page);
  await expect(page.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('mg-evidence-panel h2#headline')).toBeVisible();
  await expect(page.locator('mg-evidence-panel .preview')).toContainText('Peru/Hostages');
  await expect(page.locator('mg-evidence-panel blockquote mark')).toBeVisible();
  for (const hidden of ['mg-graph', 'mg-legend', 'mg-reader', 'mg-relations-table', 'mg-search']) {
    await expect(page.locator(hidden), `${hidden} is not printed`).toBeHidden();
  }
  await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
});

test('printing with nothing selected prints the whole relations table', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const rows = page.locator('mg-relations-table tr.row');
  await expect(rows.first()).toBeVisible();
  const response = await page.request.get('data/peru-hostages-1996.json');
  const total = ((await response.json()) as { relations: unknown[] }).relations.length;
  await page.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(total);
  await expect(page.locator('mg-graph')).toBeHidden();
  await expect(page.locator('mg-reader')).toBeHidden();
  await expect(page.locator('mg-legend')).toBeHidden();
  // Every row whole: no cell is cut to two lines on paper.
  const quote = page.locator('mg-relations-table td.quote .cell').first();
  expect(await quote.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
});
