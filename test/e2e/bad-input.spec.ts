import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/model/contract/types.ts';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * Bad datasets through `?data=` and the `src` attribute: each gets a message naming the problem
 * and where it is, from the same validator as the CLI. Never a blank screen, never an uncaught
 * exception, never markup from the data. Datasets are served by route handlers on the page's
 * own origin, exactly as a static server would serve them.
 */

async function memo(page: Page): Promise<Dataset> {
  const response = await page.request.get('data/peru-hostages-1996.json');
  return (await response.json()) as Dataset;
}

async function serve(page: Page, path: string, body: string, status = 200): Promise<void> {
  await page.route(`**/${path}`, (route) =>
    route.fulfill({
      status,
      body,
      contentType: status === 200 ? 'application/json' : 'text/plain',
    }),
  );
}

function alertOf(page: Page) {
  return page.locator('memograph-app').getByRole('alert');
}

test('a missing dataset names the address and the server’s answer', async ({
  page,
  watch,
}, testInfo) => {
  watch.allowConsole(/Failed to load resource: the server responded with a status of 404/);
  await serve(page, 'datasets/missing.json', 'Not Found', 404);
  await page.goto('./?data=datasets/missing.json');
  await expect(alertOf(page)).toContainText(
    'The dataset /datasets/missing.json could not be loaded',
  );
  await expect(alertOf(page)).toContainText('404');
  await expect(
    page.locator('memograph-app').getByRole('link', { name: 'Open the default dataset' }),
  ).toBeVisible();
  await checkState(page, testInfo, '10-bad-missing');
});

test('malformed JSON is reported at its line and column', async ({ page }, testInfo) => {
  await serve(page, 'datasets/malformed.json', '{\n  "schemaVersion": 1,\n  "documents": [\n}');
  await page.goto('./?data=datasets/malformed.json');
  await expect(alertOf(page)).toContainText('is not a valid Memograph dataset');
  await expect(alertOf(page).locator('code').first()).toHaveText(
    /^\/datasets\/malformed\.json:4:1: /,
  );
  await checkState(page, testInfo, '11-bad-malformed');
});

test('an invalid dataset lists each problem with its place, as memograph check does', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  const good = await memo(page);
  const broken: Dataset = {
    ...good,
    relations: good.relations.map((r, i) =>
      i === 0
        ? { ...r, source: 'nobody' }
        : i === 1
          ? { ...r, quote: 'words the memo never says' }
          : r,
    ),
  };
  await serve(page, 'datasets/invalid.json', JSON.stringify(broken, null, 2));
  await page.goto('./?data=datasets/invalid.json');
  const alert = alertOf(page);
  await expect(alert).toContainText('(2 problems)');
  await expect(alert).toContainText(
    /\/datasets\/invalid\.json:\d+:\d+: relations\[0\]\.source: unknown actor "nobody"/,
  );
  await expect(alert).toContainText(/\/datasets\/invalid\.json:\d+:\d+: relations\[1\]\.quote/);
  await checkState(page, testInfo, '12-bad-invalid');
});

test('a dataset on another origin is refused without any request to it', async ({
  page,
  watch,
}, testInfo) => {
  await page.goto('./?data=http://example.org/evil.json');
  await expect(alertOf(page)).toContainText('only loads datasets from this site');
  expect(watch.foreignRequests).toEqual([]);
  await checkState(page, testInfo, '13-bad-foreign-origin');
});

test('dataset text is never interpreted as HTML', async ({ page }, testInfo) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('./');
  const good = await memo(page);
  const evil = '<img src=x onerror=alert(1)>';
  const hostile: Dataset = {
    ...good,
    actors: good.actors.map((a) =>
      a.id === 'cuba' ? { ...a, name: evil, description: '<script>alert(2)</script>' } : a,
    ),
  };
  await serve(page, 'datasets/hostile.json', JSON.stringify(hostile));
  await page.goto('./?data=datasets/hostile.json&actor=cuba');
  await waitForGraph(page);
  const panel = page.locator('memograph-app mg-actor-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(evil);
  await expect(panel).toContainText('<script>alert(2)</script>');
  const created = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      root.querySelectorAll('img, script').forEach((el) => {
        // The page's own embedded memo is a data block, never run, and not from this dataset.
        if (el.id === 'memograph-dataset' && (el as HTMLScriptElement).type === 'application/json')
          return;
        if (el.tagName === 'IMG' || !(el as HTMLScriptElement).src) found.push(el.outerHTML);
      });
      root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
    };
    walk(document);
    return found;
  });
  expect(created).toEqual([]);
  expect(dialogs).toBe(0);
  await checkState(page, testInfo, '14-hostile-text');
});

test('the src attribute embeds another dataset, and a bad one never takes the open one away', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const good = await memo(page);
  const small: Dataset = {
    ...good,
    relations: good.relations.filter((r) => r.type === 'mediates'),
  };
  await serve(page, 'datasets/small.json', JSON.stringify(small));
  await serve(page, 'datasets/broken.json', '[1, 2');
  const caption = page.locator('memograph-app mg-relations-table caption .count');
  await page.evaluate(() =>
    document.querySelector('memograph-app')!.setAttribute('src', 'datasets/small.json'),
  );
  await expect(caption).toHaveText(
    `${small.relations.length} relations shown of ${small.relations.length}`,
  );
  await page.evaluate(() =>
    document.querySelector('memograph-app')!.setAttribute('src', 'datasets/broken.json'),
  );
  await expect(alertOf(page)).toContainText('is not a valid Memograph dataset');
  await expect(alertOf(page)).toContainText(
    'The dataset that was already open is still shown below.',
  );
  await expect(caption).toHaveText(
    `${small.relations.length} relations shown of ${small.relations.length}`,
  );
  await checkState(page, testInfo, '15-embedded-bad-after-good');
});

test('a link naming things the dataset lacks opens anyway and says what it ignored', async ({
  page,
}, testInfo) => {
  await page.goto('./?relation=nope&types=mediates,bogus&layout=spiral');
  await waitForGraph(page);
  const notices = page.locator('memograph-app .notices');
  await expect(notices).toContainText(
    'The link names a relation "nope" that this dataset does not have.',
  );
  await expect(notices).toContainText('relation type "bogus"');
  await expect(notices).toContainText('Unknown layout "spiral"; using force.');
  await checkState(page, testInfo, '16-link-problems');
});

test('an empty ?data= asks for an address instead of loading the page itself', async ({ page }) => {
  await page.goto('./?data=');
  await expect(alertOf(page)).toContainText('?data= is empty: give the address of a dataset.');
  await expect(alertOf(page)).not.toContainText('expected a value');
});

test('a javascript: address is refused as not http(s)', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('./?data=javascript:alert(1)');
  await expect(alertOf(page)).toContainText(
    '“javascript:alert(1)” cannot be loaded: only http(s) addresses on this site can be loaded.',
  );
  await expect(alertOf(page)).not.toContainText('points to null');
  expect(dialogs).toBe(0);
});

test('a dataset that is not UTF-8 is refused at the bad byte, as memograph check does', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  const text = JSON.stringify(await memo(page), null, 2);
  const at = text.indexOf('"text": "') + '"text": "'.length;
  const body = Buffer.concat([
    Buffer.from(text.slice(0, at), 'utf8'),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(text.slice(at), 'utf8'),
  ]);
  const line = text.slice(0, at).split('\n').length;
  const column = at - text.lastIndexOf('\n', at - 1);
  await page.route('**/datasets/latin1.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('./?data=datasets/latin1.json');
  await expect(alertOf(page)).toContainText('is not a valid Memograph dataset (1 problem)');
  await expect(alertOf(page).locator('code').first()).toHaveText(
    `/datasets/latin1.json:${line}:${column}: the file is not UTF-8 text: byte 0xFF at line ${line}, column ${column} cannot start a character`,
  );
  await checkState(page, testInfo, '17-bad-not-utf8');
});

test('a link naming an unknown document blames the document', async ({ page }) => {
  await page.goto('./?paragraph=p1&doc=constructor');
  await waitForGraph(page);
  const notices = page.locator('memograph-app .notices');
  await expect(notices).toContainText(
    'The link names a document "constructor" that this dataset does not have.',
  );
  await expect(notices).not.toContainText('paragraph "p1"');
});
