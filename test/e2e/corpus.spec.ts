import {
  buildCorpus,
  checkState,
  expect,
  test,
  waitForGraph,
  type BuiltCorpus,
} from './support.ts';

/**
 * A 5,000-relation synthetic corpus, made by the real CLI (`memograph synth`, then
 * `memograph build --layout`), loaded through `?data=` and explored: filter and selection.
 */

let built: BuiltCorpus | null = null;

test.beforeAll(() => {
  built = buildCorpus({ documents: 20, actors: 1000, relations: 5000, seed: 7, layout: true });
});

test.afterAll(() => built?.remove());

test('a 5,000-relation corpus loads through ?data=, filters and selects', async ({
  page,
}, testInfo) => {
  const { text: corpus, dataset } = built!;
  test.setTimeout(120_000);
  expect(dataset.relations).toHaveLength(5000);
  expect(dataset.actors.every((a) => a.position)).toBe(true);
  await page.route('**/corpora/synth-5000.json', (route) =>
    route.fulfill({ body: corpus, contentType: 'application/json' }),
  );
  await page.goto('./?data=corpora/synth-5000.json');
  await waitForGraph(page);
  const app = page.locator('memograph-app');
  const caption = app.locator('mg-relations-table caption .count');
  await expect(caption).toHaveText('5,000 relations shown of 5,000');
  const drawn = await page.evaluate(() => {
    const graph = document.querySelector('memograph-app')?.shadowRoot?.querySelector('mg-graph') as
      (HTMLElement & { cy: { edges(): { length: number }; nodes(): { length: number } } }) | null;
    return { edges: graph?.cy.edges().length ?? 0, nodes: graph?.cy.nodes().length ?? 0 };
  });
  // Without a GPU the graph draws an overview, at most 1,000 lines, and says so; the table
  // lists every relation.
  await expect(app.locator('.overview-note')).toContainText(
    /^The graph shows the [\d,]+ relations among the \d+ most connected actors of 5,000 visible relations\./,
  );
  expect(drawn.edges).toBeGreaterThan(100);
  expect(drawn.edges).toBeLessThanOrEqual(1000);
  await checkState(page, testInfo, '20-corpus-5000-loaded');

  // Filter: hide the most frequent type; the table shrinks by exactly its count.
  const counts = new Map<string, number>();
  for (const r of dataset.relations) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  const [typeId, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const type = dataset.relationTypes.find((t) => t.id === typeId)!;
  await app.getByRole('checkbox', { name: type.label, exact: true }).uncheck();
  const rest = (5000 - n).toLocaleString('en-US');
  await expect(caption).toHaveText(`${rest} relations shown of 5,000`);
  await expect(page).toHaveURL(/types=/);

  // Select through the table by keyboard: the evidence panel shows that relation's quote.
  await app.locator('mg-relations-table tbody tr.row').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/relation=/);
  const id = new URL(page.url()).searchParams.get('relation')!;
  const chosen = dataset.relations.find((r) => r.id === id)!;
  expect(chosen.type).not.toBe(typeId);
  await expect(app.locator('mg-evidence-panel mark')).toHaveText(chosen.quote);

  // Search for the biggest hub and select it: its neighbourhood is highlighted in the panel.
  const degree = new Map<string, number>();
  for (const r of dataset.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const hubId = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const hub = dataset.actors.find((a) => a.id === hubId)!;
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.type(hub.name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`actor=${hubId}`));
  await expect(app.locator('mg-actor-panel h2')).toHaveText(hub.name);
  await checkState(page, testInfo, '21-corpus-5000-hub');
});
