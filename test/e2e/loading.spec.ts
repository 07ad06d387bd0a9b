import type { Page } from '@playwright/test';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * Loads that never finish by themselves: a server that trickles or goes silent, a body with no
 * end, an address that redirects to another site. Each ends in a message or a Cancel, never in
 * "Loading dataset…" forever or a bare "Failed to fetch", and whatever was open stays open.
 */

function app(page: Page) {
  return page.locator('memograph-app');
}

function alertOf(page: Page) {
  return app(page).getByRole('alert');
}

/**
 * A server that sends its headers (announcing `announced` bytes) and then a byte every 0.1 s of
 * a dataset that never ends. A route cannot stream a body, so the page's fetch stands in for it.
 */
async function trickleAt(page: Page, path: string, announced: number): Promise<void> {
  await page.addInitScript(
    ({ path, announced }) => {
      const real = window.fetch.bind(window);
      window.fetch = (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (!new URL(url).pathname.endsWith(path)) return real(input, init);
        const bytes = new TextEncoder().encode('{"schemaVersion": 1, "documents": [{"id": "');
        let sent = 0;
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (sent >= bytes.length) return new Promise<void>(() => {});
            await new Promise((resolve) => setTimeout(resolve, 100));
            controller.enqueue(bytes.subarray(sent, sent + 1));
            sent++;
          },
        });
        const headers = { 'content-type': 'application/json', 'content-length': String(announced) };
        return Promise.resolve(new Response(body, { headers }));
      };
    },
    { path, announced },
  );
}

async function openSrc(page: Page, src: string, attributes: Record<string, string> = {}) {
  await page.evaluate(
    ({ src, attributes }) => {
      const el = document.querySelector('memograph-app')!;
      for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
      el.setAttribute('src', src);
    },
    { src, attributes },
  );
}

test('a trickling load shows its progress and a Cancel that keeps the open dataset', async ({
  page,
}, testInfo) => {
  await trickleAt(page, '/datasets/slow.json', 2_400_000);
  await page.goto('./');
  await waitForGraph(page);
  const caption = app(page).locator('mg-relations-table caption .count');
  const before = await caption.textContent();
  await openSrc(page, 'datasets/slow.json');
  const status = app(page).locator('.loading');
  await expect(status.getByRole('status')).toHaveText('Loading dataset…');
  await expect(status).toContainText(/\b([5-9]|\d\d) bytes of 2.3 MB received/);
  await expect(status.getByRole('progressbar', { name: 'Dataset received' })).toBeVisible();
  const cancel = app(page).getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  await expect(app(page).locator('mg-graph')).toBeVisible();
  await checkState(page, testInfo, '20-loading-progress');

  await cancel.click();
  await expect(alertOf(page)).toContainText(
    'Loading the dataset /datasets/slow.json was cancelled.',
  );
  await expect(alertOf(page)).toContainText(
    'The dataset that was already open is still shown below.',
  );
  await expect(status).toHaveCount(0);
  await expect(caption).toHaveText(before!);
  await checkState(page, testInfo, '21-loading-cancelled');
});

test('a first load that trickles can be cancelled too', async ({ page }) => {
  await trickleAt(page, '/datasets/slow.json', 2_400_000);
  await page.goto('./?data=datasets/slow.json');
  await expect(app(page).locator('.loading')).toContainText(/bytes of 2.3 MB received/);
  await page.screenshot({ path: 'test-results/screenshots/22-first-load-progress.png' });
  await app(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(alertOf(page)).toContainText(
    'Loading the dataset /datasets/slow.json was cancelled.',
  );
  await expect(app(page).getByRole('link', { name: 'Open the default dataset' })).toBeVisible();
});

test('a server that stops sending is given up on, with the open dataset kept', async ({
  page,
}, testInfo) => {
  await trickleAt(page, '/datasets/slow.json', 2_400_000);
  await page.goto('./');
  await waitForGraph(page);
  await openSrc(page, 'datasets/slow.json', { 'stall-timeout': '150' });
  await expect(alertOf(page)).toContainText(
    /could not be loaded: the server stopped sending: nothing arrived for 0.2 seconds, after \d+ bytes? of 2.3 MB/,
  );
  await expect(alertOf(page)).toContainText(
    'The dataset that was already open is still shown below.',
  );
  await expect(app(page).locator('mg-graph')).toBeVisible();
  await expect(app(page).locator('mg-overview-panel')).toContainText(
    'Dataset: /data/peru-hostages-1996.json',
  );
  await checkState(page, testInfo, '23-loading-stalled');
});

test('a server that never answers is given up on', async ({ page }) => {
  // The route never answers: the request stays open with no headers, as a hung server's would.
  await page.route('**/datasets/hung.json', () => {});
  await page.goto('./');
  await waitForGraph(page);
  await openSrc(page, 'datasets/hung.json', { 'stall-timeout': '1000' });
  await expect(app(page).locator('.loading')).toContainText('Waiting for the server…');
  await expect(alertOf(page)).toContainText(
    'The dataset /datasets/hung.json could not be loaded: the server did not answer for 1 second.',
  );
  await expect(app(page).locator('mg-graph')).toBeVisible();
});

test('a response over the size limit is refused with the limit named', async ({ page }) => {
  await page.route('**/datasets/big.json', (route) =>
    route.fulfill({ body: Buffer.alloc(3 * 1024 * 1024, 0x20), contentType: 'application/json' }),
  );
  await page.goto('./');
  await waitForGraph(page);
  await openSrc(page, 'datasets/big.json', { 'max-bytes': String(2 * 1024 * 1024) });
  await expect(alertOf(page)).toContainText(
    'The dataset /datasets/big.json could not be loaded: the response was larger than 2 MB, the most Memograph loads.',
  );
  await expect(app(page).locator('mg-graph')).toBeVisible();
});

test('an address that redirects to another site says so, and nothing leaves the site', async ({
  page,
  watch,
}, testInfo) => {
  watch.allowConsole(/Content Security Policy|Failed to load resource/);
  await page.route('**/datasets/moved.json', (route) =>
    route.fulfill({ status: 302, headers: { location: 'http://example.org/evil.json' } }),
  );
  // Anything that reached the other site would pass through here.
  const reached: string[] = [];
  await page.route('http://example.org/**', (route) => {
    reached.push(route.request().url());
    return route.abort();
  });
  await page.goto('./?data=datasets/moved.json');
  await expect(alertOf(page)).toContainText(
    "The dataset /datasets/moved.json could not be loaded: the address redirected off this site, and Memograph loads data only from the page's own origin.",
  );
  await checkState(page, testInfo, '24-loading-redirect');
  expect(reached).toEqual([]);
  // The browser announces the redirect's target before its policy refuses it; that request
  // never went out (nothing reached the route above), so it is not one the fixture is for.
  expect(watch.foreignRequests).toEqual(['http://example.org/evil.json']);
  watch.foreignRequests.splice(0);
});
