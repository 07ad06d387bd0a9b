import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/model/contract/types.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import {
  INITIAL_FILTERS,
  filterRelations,
  type Filters,
} from '../../src/model/explorer/filters.ts';
import { pathRelations, shortestPaths } from '../../src/model/explorer/paths.ts';
import { datedSpan, daysBetween } from '../../src/model/explorer/timeline.ts';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * The analyst's questions, through the production build: what could be shared at CONFIDENTIAL,
 * what happened on which days, and how Cuba is connected to Fujimori. Expected counts come from
 * the dataset the page serves, through the same model the CLI uses.
 */

async function served(page: Page): Promise<Dataset> {
  const response = await page.request.get('data/peru-hostages-1996.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Dataset;
}

function count(dataset: Dataset, filters: Filters): number {
  const index = indexDataset(dataset);
  return filterRelations(index, dataset.relations, filters).length;
}

const caption = (page: Page) => page.locator('memograph-app mg-relations-table caption .count');
const rowCount = (page: Page) => page.locator('memograph-app mg-relations-table table');

test('Highest marking: CONFIDENTIAL shows exactly what the model counts, and Reset brings all back', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const dataset = await served(page);
  const total = dataset.relations.length;
  const atC = count(dataset, { ...INITIAL_FILTERS, maxMarking: 'C' });
  // Independently of the model: relations cited from paragraphs marked C or U.
  const markings = new Map(dataset.documents[0]!.paragraphs.map((p) => [p.id, p.marking ?? '']));
  const byHand = dataset.relations.filter((r) => /^(C|U)\b/.test(markings.get(r.paragraph) ?? ''));
  expect(atC).toBe(byHand.length);
  expect(atC).toBeGreaterThan(0);
  expect(atC).toBeLessThan(total);

  const select = page.getByRole('combobox', { name: 'Highest marking', exact: true });
  await select.focus();
  await select.selectOption('C');
  await expect(caption(page)).toHaveText(`${atC} relations shown of ${total}`);
  await expect(rowCount(page)).toHaveAttribute('aria-rowcount', String(atC + 1));
  await expect(page).toHaveURL(/[?&]marking=C\b/);
  await expect(page.locator('memograph-app mg-filter-summary')).toHaveText(
    `Showing ${atC} of ${total} relations; hidden: above CONFIDENTIAL.`,
  );
  // No row of the table is above CONFIDENTIAL.
  const marks = await page
    .locator('memograph-app mg-relations-table tbody tr:not(.spacer) .marking')
    .allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.every((m) => /^(C|U)\b/.test(m.trim()))).toBe(true);
  await checkState(page, testInfo, 'filters-01-marking-c');

  // Composes with polarity, and survives a reload.
  await page.locator('memograph-app mg-filter-panel summary', { hasText: 'Polarity' }).click();
  await page.getByRole('checkbox', { name: /^negated/ }).click();
  const atCAffirmed = count(dataset, {
    ...INITIAL_FILTERS,
    maxMarking: 'C',
    hiddenPolarities: ['negated'],
  });
  await expect(caption(page)).toHaveText(`${atCAffirmed} relations shown of ${total}`);
  await page.reload();
  await waitForGraph(page);
  await expect(caption(page)).toHaveText(`${atCAffirmed} relations shown of ${total}`);
  await expect(page.getByRole('combobox', { name: 'Highest marking' })).toHaveValue('C');

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(caption(page)).toHaveText(`${total} relations shown of ${total}`);
  await expect(page).not.toHaveURL(/marking=|polarity=/);
});

test('the timeline brushes a date range by keyboard; Esc clears it', async ({ page }, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const dataset = await served(page);
  const total = dataset.relations.length;
  const days = daysBetween(datedSpan(indexDataset(dataset))!);
  const undated = dataset.relations.filter((r) => !r.date).length;
  const timeline = page.locator('memograph-app mg-timeline');
  await expect(timeline).toContainText(`${undated} undated relations, not on the timeline`);

  const brush = page.getByRole('group', { name: 'Timeline' });
  await brush.focus();
  await page.keyboard.press('ArrowRight'); // a one-day brush on the first day
  await page.keyboard.press('Shift+ArrowRight'); // extended to the second
  await expect(timeline.getByRole('status')).toContainText('Enter applies');
  await page.keyboard.press('Enter');
  const expected = count(dataset, { ...INITIAL_FILTERS, from: days[0]!, until: days[1]! });
  expect(expected).toBeGreaterThan(0);
  await expect(page).toHaveURL(new RegExp(`from=${days[0]}&until=${days[1]}`));
  await expect(caption(page)).toHaveText(`${expected} relations shown of ${total}`);
  await expect(page.locator('memograph-app mg-filter-summary')).toContainText('undated');
  await checkState(page, testInfo, 'filters-02-timeline-brushed');

  // Moving the range keeps its length; Esc clears the dates and keeps focus on the strip.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`from=${days[1]}&until=${days[2]}`));
  await page.keyboard.press('Escape');
  await expect(caption(page)).toHaveText(`${total} relations shown of ${total}`);
  await expect(page).not.toHaveURL(/from=/);

  // The text alternative: the same relations by date.
  await page.getByText('Timeline as a table, by date').click();
  const rows = timeline.locator('tbody tr');
  await expect(rows).toHaveCount(total - undated);
  const dates = await timeline
    .locator('tbody time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort());
});

test('Path to… finds Cuba to Fujimori as a chain of evidence, copies it, and Esc clears it', async ({
  page,
}, testInfo) => {
  await page.goto('./?actor=cuba');
  await waitForGraph(page);
  const dataset = await served(page);
  const total = dataset.relations.length;
  const expected = shortestPaths('cuba', 'fujimori', dataset.relations);
  expect(expected.length).toBeGreaterThan(0);
  const onPath = pathRelations(expected, dataset.relations).length;

  const to = page.getByRole('combobox', { name: 'Path to…' });
  await to.fill('Alberto Fujimori');
  await to.press('Enter');
  await expect(page).toHaveURL(/[?&]path=cuba\.\.fujimori\b/);
  const bar = page.locator('memograph-app mg-focus-bar');
  await expect(
    bar.getByRole('heading', { name: 'Path from Cuba to Alberto Fujimori' }),
  ).toBeVisible();
  await expect(caption(page)).toHaveText(`${onPath} relations shown of ${total}`);
  // Each relation of the chain with its ¶ and its quote.
  const first = expected.routes[0]!.hops[0]!.relations[0]!;
  await expect(bar.locator('q').first()).toHaveText(first.quote);
  await checkState(page, testInfo, 'filters-03-path');

  await bar.getByRole('button', { name: 'Copy chain' }).click();
  await expect(bar.getByRole('status')).toHaveText('Chain copied, with a citation per step.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('How Cuba connects to Alberto Fujimori');
  expect(copied).toContain(first.quote);
  expect(copied).toContain('Peru/Hostages: What Next?');

  // Through affirmed relations only, in the URL too.
  await page.getByRole('checkbox', { name: 'affirmed relations only' }).check();
  await page.getByRole('button', { name: 'Find paths' }).click();
  await expect(page).toHaveURL(/affirmed=1/);

  // Focus is on "Find paths": Esc leaves the path and keeps Cuba selected.
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(page).not.toHaveURL(/path=/);
  await expect(caption(page)).toHaveText(`${total} relations shown of ${total}`);

  // Show neighbourhood, 2 steps.
  await page.getByRole('combobox', { name: 'Steps' }).selectOption('2');
  await page.getByRole('button', { name: 'Show neighbourhood' }).click();
  await expect(page).toHaveURL(/near=cuba&steps=2/);
  await expect(page.locator('memograph-app mg-filter-summary')).toContainText(
    'within 2 steps of Cuba',
  );
  await page.getByRole('button', { name: 'Show the whole graph' }).click();
  await expect(page).not.toHaveURL(/near=/);
});
