import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { Dataset } from '../../src/model/contract/types.ts';
import { parseCsv } from '../../src/model/export/csv.ts';
import { validateDataset } from '../../src/model/dataset/dataset-check.ts';
import { all, parseXml } from '../fixtures/xml-reader.ts';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * The Export menu, through the production build: every format of the current view downloads,
 * and each file holds what the view shows (counts, a known quote). Expected values come from
 * the dataset the page serves.
 */

async function servedDataset(page: Page): Promise<Dataset> {
  const response = await page.request.get('data/peru-hostages-1996.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Dataset;
}

const menuButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

/** Opens the menu, chooses an item, and returns the file the browser saved. */
async function exportVia(page: Page, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await menuButton(page).click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const download: Download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test.describe('Export menu', () => {
  test('exports the whole view in every format', async ({ page }, testInfo) => {
    const dataset = await servedDataset(page);
    const total = dataset.relations.length;
    const quote = dataset.relations[0]!.quote;
    await page.goto('./');
    await waitForGraph(page);

    await menuButton(page).click();
    await expect(page.getByRole('menu', { name: 'Export the current view' })).toBeVisible();
    await checkState(page, testInfo, 'export-menu-open');
    await page.keyboard.press('Escape');

    const gexf = await exportVia(page, /^GEXF/);
    expect(gexf.name).toBe('memograph-inr-1996-12-28-peru-hostages.gexf');
    const gexfDoc = parseXml(gexf.bytes.toString('utf8'));
    expect(all(gexfDoc, 'edge')).toHaveLength(total);
    expect(all(gexfDoc, 'viz:position').length).toBe(all(gexfDoc, 'node').length);

    const graphml = await exportVia(page, /^GraphML/);
    expect(all(parseXml(graphml.bytes.toString('utf8')), 'edge')).toHaveLength(total);

    const csv = await exportVia(page, /^CSV/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    expect(rows).toHaveLength(total);
    expect(rows[0]![6]).toBe(quote);

    const json = await exportVia(page, /^Dataset JSON/);
    const subset = JSON.parse(json.bytes.toString('utf8')) as Dataset;
    expect(validateDataset(subset, json.name).diagnostics).toEqual([]);
    expect(subset.relations).toHaveLength(total);

    const csl = await exportVia(page, /^CSL-JSON/);
    const items = JSON.parse(csl.bytes.toString('utf8')) as { id: string; type: string }[];
    expect(items.map((i) => i.type)).toEqual(items.map(() => 'report'));
    expect(items.map((i) => i.id)).toContain('inr1996peru-p10');

    const bib = (await exportVia(page, /^BibTeX/)).bytes.toString('utf8');
    expect(bib.match(/^@techreport\{/gm)).toHaveLength(items.length);

    const md = (await exportVia(page, /^Evidence report \(Markdown\)/)).bytes.toString('utf8');
    expect(md).toContain(`> ${quote}`);
    expect(md).toContain('Released with redactions under FOIA exemption (b)(1)');

    const report = await exportVia(page, /^Evidence report \(HTML\)/);
    const html = report.bytes.toString('utf8');
    expect(html).toContain('@media print');
    expect((html.match(/<article /g) ?? []).length).toBe(total);

    const png = await exportVia(page, /^PNG image/);
    expect(png.name.endsWith('.png')).toBe(true);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.bytes.readUInt32BE(16);
    const viewportWidth = await page
      .locator('mg-graph')
      .evaluate((el) => el.getBoundingClientRect().width);
    // The whole graph at twice the size: wider than the canvas on screen.
    expect(width).toBeGreaterThan(viewportWidth);

    const svg = (await exportVia(page, /^SVG image/)).bytes.toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('MRTA');
  });

  test('exports only what the filters show', async ({ page }) => {
    const dataset = await servedDataset(page);
    const mediates = dataset.relations.filter((r) => r.type === 'mediates');
    await page.goto('./?types=mediates');
    await waitForGraph(page);
    const csv = await exportVia(page, /^CSV/);
    const [head, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    expect(rows.map((r) => r[0])).toEqual(mediates.map((r) => r.id));
    expect(new Set(rows.map((r) => r[head!.indexOf('relation')]))).toEqual(
      new Set(['mediates with']),
    );
    const md = (await exportVia(page, /^Evidence report \(Markdown\)/)).bytes.toString('utf8');
    expect(md).toContain(`Showing ${mediates.length} of ${dataset.relations.length} relations`);
  });

  test('works by keyboard: opens on the first item, moves with arrows, Esc returns focus', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: /^GraphML/ })).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: /^GEXF/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.getByRole('menuitem', { name: /^Copy citations/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: /^GraphML/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');

    // ↑ opens on the last item; Enter on an item saves its file.
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: /^Copy citations/ })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const downloaded = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await downloaded).suggestedFilename()).toMatch(/\.gexf$/);
    await expect(menuButton(page)).toBeFocused();
  });

  test('Copy citations gives the selected actor’s bibliography in the chosen format', async ({
    page,
  }) => {
    const dataset = await servedDataset(page);
    const cuba = dataset.relations.filter((r) => r.source === 'cuba' || r.target === 'cuba');
    const paragraphs = new Set(cuba.map((r) => r.paragraph));
    await page.goto('./?relation=' + cuba[0]!.id);
    await waitForGraph(page);
    await page.getByRole('radio', { name: 'BibTeX' }).check();
    await page.goto('./?actor=cuba');
    await waitForGraph(page);
    await menuButton(page).click();
    await page.getByRole('menuitem', { name: /^Copy citations: Cuba/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'citations copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.match(/^@techreport\{inr1996peru-p\d+,$/gm)).toHaveLength(paragraphs.size);
  });
});
