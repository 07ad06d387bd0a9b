import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../../src/model/contract/types.ts';

/**
 * `dist/memograph-offline.html` (written by `vite build`, which the e2e run starts with) opened
 * from disk as an analyst on a closed network would: by its file:// address, with every network
 * request refused. It must show the memo, answer a click with the evidence, make no request but
 * for itself, and keep a policy that allows its one script by hash.
 */

const FILE = resolve('dist/memograph-offline.html');

function inlined(html: string, pattern: RegExp): string {
  const found = pattern.exec(html);
  if (!found?.[1]) throw new Error(`not in the offline page: ${String(pattern)}`);
  return found[1];
}

test('the offline page works from file:// with the network blocked, and its policy allows only its own script', async ({
  page,
  context,
}) => {
  const html = readFileSync(FILE, 'utf8');
  const dataset = JSON.parse(
    inlined(html, /<script type="application\/json" id="memograph-dataset">([\s\S]*?)<\/script>/),
  ) as Dataset;
  const script = inlined(html, /<script type="module">([\s\S]*?)<\/script>/);
  const policy = inlined(html, /http-equiv="Content-Security-Policy" content="([^"]+)"/);
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  expect(policy).toContain(`script-src 'sha256-${hash}'`);
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(policy).toContain("connect-src 'none'");
  expect(html).not.toMatch(/<script[^>]+\bsrc=/);
  expect(html).not.toMatch(/<link[^>]+rel="(?:stylesheet|modulepreload)"/);

  const requests: string[] = [];
  const problems: string[] = [];
  await context.setOffline(true);
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:')
      ? route.continue()
      : route.abort('internetdisconnected'),
  );
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP refused ${event.violatedDirective}: ${event.blockedURI}`);
    });
  });

  const address = pathToFileURL(FILE).href;
  await page.goto(address);
  const app = page.locator('memograph-app');
  await page.locator('memograph-app[data-graph-ready]').waitFor({ state: 'attached' });
  const total = dataset.relations.length;
  await expect(app.locator('mg-relations-table caption .count')).toHaveText(
    `${total} relations shown of ${total}`,
  );
  await expect(page).toHaveTitle(/Peru\/Hostages/);

  // A relation chosen in the table shows its evidence, and the choice goes into the address.
  const first = dataset.relations[0]!;
  await page.goto(`${address}?relation=${first.id}`);
  await expect(app.locator('mg-evidence-panel mark').first()).toHaveText(first.quote);

  // A layout that is not stored must still be computed: the worker is refused here, so the page
  // lays the graph out itself.
  await page.goto(`${address}?layout=concentric`);
  await page.locator('memograph-app[data-graph-ready]').waitFor({ state: 'attached' });
  await expect(app.locator('mg-relations-table caption .count')).toHaveText(
    `${total} relations shown of ${total}`,
  );

  const elsewhere = requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && url.split('?')[0] !== address,
  );
  expect(elsewhere, 'requests other than the page itself').toEqual([]);
  expect(problems, 'console errors and policy violations').toEqual([]);
});
