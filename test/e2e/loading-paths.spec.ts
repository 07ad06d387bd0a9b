import type { Page } from '@playwright/test';
import { expect, test, waitForGraph } from './support.ts';

/**
 * The app served under a path that starts with `//`, as a static host that answers every path
 * with the app would serve it. Such a path, used bare as a link or a history entry, names
 * another site (`//evil.example/index.html` is protocol-relative); every address the app makes
 * must stay on the page's own origin.
 */

const PREFIX = '//evil.example';

/** Serves the built app and its data under PREFIX, as such a host would. */
async function serveUnderPrefix(page: Page, origin: string): Promise<void> {
  await page.route(
    (url) => url.origin === origin && url.pathname.startsWith(`${PREFIX}/`),
    async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch({
        url: `${origin}${url.pathname.slice(PREFIX.length)}${url.search}`,
      });
      await route.fulfill({ response });
    },
  );
}

test('the error panel links to the default dataset on this site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await serveUnderPrefix(page, origin);
  await page.route('**/datasets/broken.json', (route) =>
    route.fulfill({ body: '[1, 2', contentType: 'application/json' }),
  );
  await page.goto(`${origin}${PREFIX}/index.html?data=datasets/broken.json`);
  const link = page
    .locator('memograph-app')
    .getByRole('link', { name: 'Open the default dataset' });
  await expect(link).toBeVisible();
  const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(new URL(href).hostname).toBe('127.0.0.1');
  expect(href).toBe(`${origin}${PREFIX}/index.html`);
});

test('history entries stay on this site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await serveUnderPrefix(page, origin);
  await page.goto(`${origin}${PREFIX}/index.html`);
  await waitForGraph(page);
  const app = page.locator('memograph-app');
  // A filter replaces the history entry; a selection pushes one. Either would throw a
  // SecurityError (reported by the fixture as a console error) if written as a bare path.
  await app.getByRole('combobox', { name: 'Layout' }).selectOption('grid');
  await expect(page).toHaveURL(`${origin}${PREFIX}/index.html?layout=grid`);
  await page.keyboard.press('/');
  await page.keyboard.type('Cuba');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${origin}${PREFIX}/index.html?actor=cuba&layout=grid`);
  await expect(app.locator('mg-actor-panel')).toContainText('Cuba');
  await page.goBack();
  await expect(page).toHaveURL(`${origin}${PREFIX}/index.html?layout=grid`);
});
