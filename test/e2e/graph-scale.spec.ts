import type { Page } from '@playwright/test';
import { computeLayout, draftLayout } from '../../src/layout/layout.ts';
import {
  buildCorpus,
  checkState,
  expect,
  test,
  waitForGraph,
  type BuiltCorpus,
} from './support.ts';

/**
 * A corpus without stored positions, in the production build under the page's
 * Content-Security-Policy: the layout runs in the bundled module worker (same origin, no blob:,
 * no eval), the graph shows a draft, and "Refine layout" moves the actors to the very positions
 * `memograph build --layout` would store.
 */

let built: BuiltCorpus | null = null;

test.beforeAll(() => {
  built = buildCorpus({ documents: 10, actors: 1500, relations: 4000, seed: 3, layout: false });
});

test.afterAll(() => built?.remove());

async function drawnPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const graph = document.querySelector('memograph-app')?.shadowRoot?.querySelector('mg-graph') as
      | (HTMLElement & {
          cy: {
            nodes(): {
              map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[];
            };
          };
        })
      | null;
    return Object.fromEntries(graph?.cy.nodes().map((n) => [n.id(), { ...n.position() }]) ?? []);
  });
}

test('a corpus without positions gets a draft from the worker, then the refined layout', async ({
  page,
}, testInfo) => {
  const { text: corpus, dataset } = built!;
  test.setTimeout(120_000);
  expect(dataset.actors.some((a) => a.position)).toBe(false);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route('**/corpora/unplaced.json', (route) =>
    route.fulfill({ body: corpus, contentType: 'application/json' }),
  );
  await page.goto('./?data=corpora/unplaced.json');
  await waitForGraph(page);
  expect(workers.some((url) => /layout\.worker-[\w-]+\.js$/.test(url))).toBe(true);

  const app = page.locator('memograph-app');
  const graph = app.locator('mg-graph');
  const status = graph.getByRole('status');
  await expect(status).toHaveText('Draft layout: actors are placed roughly.');
  const draft = draftLayout(dataset);
  const shown = await drawnPositions(page);
  // An overview of the most connected actors (no GPU here), every one at its draft place.
  await expect(app.locator('.overview-note')).toContainText('most connected actors');
  expect(Object.keys(shown).length).toBeGreaterThan(50);
  for (const [id, p] of Object.entries(shown)) expect(p, id).toEqual(draft.get(id));
  await checkState(page, testInfo, '30-unplaced-draft');

  await graph.getByRole('button', { name: 'Refine layout' }).click();
  await expect(status).toHaveText('Layout refined.', { timeout: 30_000 });
  await expect(graph.getByRole('button', { name: 'Refine layout' })).toHaveCount(0);
  const refined = await computeLayout(dataset);
  await expect
    .poll(async () => {
      const now = await drawnPositions(page);
      return Object.entries(now).every(([id, p]) => {
        const q = refined.get(id)!;
        return p.x === q.x && p.y === q.y;
      });
    })
    .toBe(true);
  await checkState(page, testInfo, '31-unplaced-refined');
});
