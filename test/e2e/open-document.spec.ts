import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * Opening the user's own file: a memo (.txt), a compiled dataset (.json) or a bundle (its files
 * together, or a .zip), picked with "Open document…" or dropped onto the page. The file is read in the page, never sent. A bad
 * file gets a message and leaves the open view on screen.
 */

const FIXTURES = new URL('../fixtures/open/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
/** A trailing comma at line 3, column 6. */
const BROKEN_JSON = '{\n  "documents": [\n    1,\n  ]\n}\n';

function app(page: Page) {
  return page.locator('memograph-app');
}

async function pick(page: Page, name: string, buffer: Buffer, mimeType = 'text/plain') {
  const chooser = page.waitForEvent('filechooser');
  await app(page).getByRole('button', { name: 'Open document…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

/** Drags a file made in the page over the explorer and drops it, as a desktop drag would. */
async function drop(
  page: Page,
  name: string,
  content: string | { readonly size: number },
  dropIt = true,
): Promise<void> {
  await page.evaluate(
    ({ name, content, dropIt }) => {
      const target = document.querySelector('memograph-app')!;
      const data = new DataTransfer();
      const part = typeof content === 'string' ? content : new ArrayBuffer(content.size);
      data.items.add(new File([part], name, { type: 'text/plain' }));
      const send = (type: string) =>
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
        );
      send('dragenter');
      send('dragover');
      if (dropIt) send('drop');
    },
    { name, content, dropIt },
  );
}

async function expectMemoShown(page: Page): Promise<void> {
  const reader = app(page).locator('mg-reader');
  await expect(app(page).getByRole('heading', { level: 1 })).toContainText(
    'Ruritania: Talks at the Border',
  );
  await expect(reader).toContainText('The ICRC reports that the Ruritanian army');
  await expect(reader).toContainText('S//NF');
  await expect(reader).toContainText('SECRET//NOFORN');
  await expect(reader.locator('.mention').first()).toBeVisible();
  await expect(app(page).getByRole('status').filter({ hasText: 'No relations yet' })).toBeVisible();
}

test('a memo picked with "Open document…" is shown in the reader, with its suggested actors', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  await expect(app(page).locator('details.documents')).toHaveCount(0);
  await pick(page, 'tiny-note.txt', fixture('tiny-note.txt'));
  await expectMemoShown(page);
  await expect(
    app(page).locator('mg-reader .mention', { hasText: 'Elphberg' }).first(),
  ).toBeVisible();
  await checkState(page, testInfo, 'open-document-memo');
});

test('a memo dropped onto the page is shown, with an overlay while it is dragged', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const text = fixture('tiny-note.txt').toString('utf8');
  await drop(page, 'dropped.txt', text, false);
  await expect(app(page).locator('.drop-overlay')).toHaveText(
    'Drop a memo (.txt), a dataset (.json), or a bundle (its files, or a .zip) to open it',
  );
  await checkState(page, testInfo, 'open-document-overlay');
  await drop(page, 'dropped.txt', text);
  await expect(app(page).locator('.drop-overlay')).toHaveCount(0);
  await expectMemoShown(page);
});

test('a compiled dataset picked with "Open document…" is opened', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const response = await page.request.get('data/peru-hostages-1996.json');
  await pick(page, 'copy.json', await response.body(), 'application/json');
  await expect(app(page).getByRole('alert')).toHaveCount(0);
  await expect(app(page).locator('mg-overview-panel')).toContainText('copy.json');
});

const BAD_FILES: readonly [string, () => Buffer, readonly string[]][] = [
  [
    'binary.txt',
    () => fixture('binary.txt'),
    ['binary.txt is not a text file', 'binary.txt:1:1: the file is not UTF-8 text'],
  ],
  ['empty.txt', () => fixture('empty.txt'), ['empty.txt is empty']],
  [
    'not-a-memo.txt',
    () => fixture('not-a-memo.txt'),
    ['not-a-memo.txt is not a memo: no paragraphs found', 'not-a-memo.txt:1:1:'],
  ],
  [
    'broken.json',
    () => Buffer.from(BROKEN_JSON),
    ['The dataset broken.json is not a valid Memograph dataset', 'broken.json:3:6:'],
  ],
];

test('each bad file gets its message, and the memo that was open stays', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const title = await app(page).getByRole('heading', { level: 1 }).textContent();
  for (const [name, bytes, messages] of BAD_FILES) {
    await pick(page, name, bytes(), name.endsWith('.json') ? 'application/json' : 'text/plain');
    const alert = app(page).getByRole('alert');
    for (const message of messages) await expect(alert).toContainText(message);
    await expect(alert).toContainText('The dataset that was already open is still shown below.');
    await expect(app(page).getByRole('heading', { level: 1 })).toHaveText(title ?? '');
    await expect(app(page).locator('mg-graph')).toBeVisible();
  }
  // Playwright's file chooser takes at most 50 MB, so the file over the limit is dropped.
  await drop(page, 'huge.txt', { size: 50 * 1024 * 1024 + 1 });
  await expect(app(page).getByRole('alert')).toContainText(
    'huge.txt is too large to open (50.1 MB): the limit is 50 MB.',
  );
  await checkState(page, testInfo, 'open-document-bad');
  // A good file afterwards clears the message.
  await pick(page, 'tiny-note.txt', fixture('tiny-note.txt'));
  await expect(app(page).getByRole('alert')).toHaveCount(0);
  await expectMemoShown(page);
});

test('an opened memo is kept across a reload, listed under Documents beside the embedded memo', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  await pick(page, 'tiny-note.txt', fixture('tiny-note.txt'));
  await expectMemoShown(page);
  await expect(page).toHaveURL(/[?&]open=tiny-note\.txt/);

  // The address names the opened memo, so a reload returns to it.
  await page.reload();
  await waitForGraph(page);
  await expectMemoShown(page);
  const heading = app(page).getByRole('heading', { level: 1 });
  const menu = app(page).locator('details.documents');
  await menu.locator('summary').click();
  const list = menu.getByRole('list', { name: 'Documents' });
  await expect(list.getByRole('button', { name: 'tiny-note.txt', exact: true })).toBeVisible();
  await checkState(page, testInfo, 'open-document-menu');
  await list.getByRole('button', { name: 'The embedded memo' }).click();
  await expect(heading).toContainText('Peru/Hostages: What Next?');
  await expect(page).not.toHaveURL(/[?&]open=/);
  await menu.locator('summary').click();
  await list.getByRole('button', { name: 'tiny-note.txt', exact: true }).click();
  await expectMemoShown(page);

  await menu.locator('summary').click();
  await list.getByRole('button', { name: 'The embedded memo' }).click();
  await expect(heading).toContainText('Peru/Hostages: What Next?');

  await menu.locator('summary').click();
  await list.getByRole('button', { name: 'Remove tiny-note.txt' }).click();
  await expect(list.getByRole('button', { name: 'tiny-note.txt', exact: true })).toHaveCount(0);
  // With nothing kept there is nothing to switch to: the menu is left out.
  await expect(menu).toHaveCount(0);
  await page.reload();
  await waitForGraph(page);
  await expect(app(page).getByRole('button', { name: 'Open document…' })).toBeVisible();
  await expect(menu).toHaveCount(0);
});

const CURATED = new URL('../../graph-data/peru-hostages-1996/', import.meta.url);
const CURATED_FILES = [
  'document.json',
  'actors.json',
  'relation-types.json',
  'relations.json',
  'inr-1996-12-28-peru-hostages-what-next.txt',
];

test('the files of a bundle picked together are compiled in the page; a bad bundle zip is explained', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  // Start from a memo of the user's, to see that a bad bundle leaves it on screen.
  await pick(page, 'tiny-note.txt', fixture('tiny-note.txt'));
  await expectMemoShown(page);

  const chooser = page.waitForEvent('filechooser');
  await app(page).getByRole('button', { name: 'Open document…' }).click();
  await (
    await chooser
  ).setFiles(
    CURATED_FILES.map((name) => ({
      name,
      mimeType: name.endsWith('.txt') ? 'text/plain' : 'application/json',
      buffer: readFileSync(new URL(name, CURATED)),
    })),
  );
  await expect(app(page).getByRole('heading', { level: 1 })).toContainText(
    'Peru/Hostages: What Next?',
  );
  await expect(app(page).getByRole('alert')).toHaveCount(0);
  await expect(app(page).locator('mg-graph')).toBeVisible();

  // The same bundle as a zip, with one relation naming an actor it does not have.
  const tree: Record<string, Uint8Array> = {};
  for (const name of CURATED_FILES) {
    const text = readFileSync(new URL(name, CURATED), 'utf8');
    tree[`b/${name}`] = strToU8(
      name === 'relations.json'
        ? text.replace('"target": "peru-gov"', '"target": "peru-govt"')
        : text,
    );
  }
  await page.evaluate(
    (bytes) => {
      const target = document.querySelector('memograph-app')!;
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'bad.zip', { type: 'application/zip' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
        );
      }
    },
    [...zipSync(tree)],
  );
  const alert = app(page).getByRole('alert');
  await expect(alert).toContainText('The bundle bad.zip has errors (1 problem).');
  await expect(alert).toContainText(
    'bad.zip/b/relations.json:7:17: relations[0].target: unknown actor "peru-govt"',
  );
  await expect(app(page).getByRole('heading', { level: 1 })).toContainText(
    'Peru/Hostages: What Next?',
  );
});
