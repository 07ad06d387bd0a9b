import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { checkState, expect, test, waitForGraph } from './support.ts';

/**
 * Annotating as a user would: open a memo of one's own, turn on Annotate, drag over a phrase,
 * choose Source, Relation and Target, add the relation, see it at once, reload and find it
 * still there, export the bundle and have `memograph check` and `build` accept it.
 */

const FIXTURE = readFileSync(new URL('../fixtures/open/tiny-note.txt', import.meta.url));
const PHRASE = 'Elphberg is under pressure from the Zendan Liberation Front';

function app(page: Page) {
  return page.locator('memograph-app');
}

async function openMemo(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await app(page).getByRole('button', { name: 'Open document…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'tiny-note.txt', mimeType: 'text/plain', buffer: FIXTURE });
  await expect(app(page).getByRole('heading', { level: 1 })).toContainText('Ruritania');
}

/** Presses the mouse at the first character of `phrase` in the reader and lets go after its last. */
async function dragOver(page: Page, phrase: string): Promise<void> {
  const at = await page.evaluate((phrase) => {
    const reader = document.querySelector('memograph-app')!.shadowRoot!.querySelector('mg-reader')!;
    for (const text of reader.shadowRoot!.querySelectorAll('.para .text')) {
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const start = whole.indexOf(phrase);
      if (start < 0) continue;
      // Into view inside the reader's own scroller, as a user scrolls the memo.
      const scroller = reader.shadowRoot!.querySelector('.scroller')!;
      scroller.scrollTop +=
        text.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 80;
      const point = (offset: number, edge: 'left' | 'right') => {
        let at = 0;
        for (const n of nodes) {
          if (offset < at + n.data.length) {
            const r = document.createRange();
            r.setStart(n, offset - at);
            r.setEnd(n, offset - at + 1);
            const box = r.getClientRects()[0]!;
            return {
              x: edge === 'left' ? box.left + 1 : box.right - 1,
              y: box.top + box.height / 2,
            };
          }
          at += n.data.length;
        }
        throw new Error('offset outside the paragraph');
      };
      return { from: point(start, 'left'), to: point(start + phrase.length - 1, 'right') };
    }
    throw new Error(`"${phrase}" is not in the reader`);
  }, phrase);
  await page.mouse.move(at.from.x, at.from.y);
  await page.mouse.down();
  await page.mouse.move((at.from.x + at.to.x) / 2, at.to.y, { steps: 4 });
  await page.mouse.move(at.to.x, at.to.y, { steps: 4 });
  await page.mouse.up();
}

async function choose(form: Locator, name: string, typed: string, option: string): Promise<void> {
  const box = form.getByRole('combobox', { name, exact: true });
  await box.fill(typed);
  await form.getByRole('option', { name: option }).first().click();
  await expect(box).toHaveValue(option);
}

async function rowsWith(page: Page, text: string): Promise<Locator> {
  return app(page).locator('mg-relations-table').getByRole('row').filter({ hasText: text });
}

test('a relation made by selecting words is shown at once, kept across a reload, and exported as a bundle the checker accepts', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  await openMemo(page);

  const toggle = app(page).getByRole('button', { name: 'Annotate' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(app(page).getByRole('toolbar', { name: 'Annotation' })).toBeVisible();

  await dragOver(page, PHRASE);
  const form = app(page).getByRole('dialog', { name: 'New relation' });
  await expect(form).toBeVisible();
  await expect(form.locator('blockquote mark')).toHaveText(PHRASE);
  await expect(form.getByRole('combobox', { name: 'Source', exact: true })).toBeFocused();

  await choose(form, 'Source', 'Zendan', 'Zendan Liberation Front');
  await choose(form, 'Relation', 'constr', 'constrains');
  await choose(form, 'Target', 'Elph', 'Rudolf Elphberg');
  await expect(form.getByText('stated without hedge or attribution')).toBeVisible();
  await checkState(page, testInfo, 'annotate-form');
  await page.screenshot({ path: join('test-results', 'screenshots', 'annotate-form-full.png') });

  await form.getByRole('button', { name: 'Add relation' }).click();
  await expect(form).toHaveCount(0);
  await expect(app(page).getByRole('status').filter({ hasText: 'Relation added' })).toContainText(
    'Zendan Liberation Front constrains Rudolf Elphberg',
  );
  // Focus goes back to the paragraph the words came from.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const reader = document
          .querySelector('memograph-app')!
          .shadowRoot!.querySelector('mg-reader')!;
        return reader.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '';
      }),
    )
    .toMatch(/^Paragraph 2, /);
  await expect(await rowsWith(page, PHRASE)).toHaveCount(1);
  await expect(app(page).locator('mg-reader')).toContainText('1 relation');
  await expect(
    app(page).getByRole('status').filter({ hasText: 'Saved in this browser' }),
  ).toBeVisible();

  // Undo takes it away, redo brings it back.
  await app(page).getByRole('button', { name: 'Undo' }).click();
  await expect(await rowsWith(page, PHRASE)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(await rowsWith(page, PHRASE)).toHaveCount(1);
  await expect(
    app(page).getByRole('status').filter({ hasText: 'Saved in this browser' }),
  ).toBeVisible();

  await page.reload();
  await waitForGraph(page);
  const menu = app(page).locator('details.documents');
  await menu.locator('summary').click();
  await menu.getByRole('button', { name: 'tiny-note.txt', exact: true }).click();
  await expect(app(page).getByRole('heading', { level: 1 })).toContainText('Ruritania');
  await expect(await rowsWith(page, PHRASE)).toHaveCount(1);

  await app(page).getByRole('button', { name: 'Annotate' }).click();
  const download = page.waitForEvent('download');
  await app(page).getByRole('button', { name: 'Export bundle' }).click();
  const zipPath = await (await download).path();
  const dir = mkdtempSync(join(tmpdir(), 'memograph-annotate-'));
  try {
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const names = Object.keys(entries);
    const folder = names[0]!.split('/')[0]!;
    for (const [name, bytes] of Object.entries(entries)) {
      const file = join(dir, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    const bundle = join(dir, folder);
    const relations = JSON.parse(readFileSync(join(bundle, 'relations.json'), 'utf8')) as {
      relations: { quote: string; start: number; end: number; paragraph: string }[];
    };
    expect(relations.relations).toHaveLength(1);
    const [r] = relations.relations;
    expect(r!.quote).toBe(PHRASE);
    // The quote and its offsets are the selected words of the source, exactly.
    const source = readFileSync(join(bundle, 'tiny-note.txt'), 'utf8');
    const paragraph = source
      .split('\n')
      .find((l) => l.includes(PHRASE))!
      .replace(/^2\. \(C\) /, '');
    expect(paragraph.slice(r!.start, r!.end)).toBe(PHRASE);

    const bin = join(process.cwd(), 'bin', 'memograph.js');
    const check = execFileSync('node', [bin, 'check', '--strict', bundle], { encoding: 'utf8' });
    expect(check).not.toMatch(/error/i);
    const out = join(dir, 'built.json');
    execFileSync('node', [bin, 'build', bundle, '--out', out], { encoding: 'utf8' });
    const built = JSON.parse(readFileSync(out, 'utf8')) as { relations: { quote: string }[] };
    expect(built.relations.map((x) => x.quote)).toEqual([PHRASE]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Discard asks first; the exported bundle, imported, brings the work back.
  const discard = app(page).getByRole('button', { name: 'Discard changes…' });
  const confirm = app(page).getByRole('dialog', { name: 'Discard changes?' });
  await discard.click();
  await confirm.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(await rowsWith(page, PHRASE)).toHaveCount(1);
  await discard.click();
  await confirm.getByRole('button', { name: 'Discard changes', exact: true }).click();
  await expect(await rowsWith(page, PHRASE)).toHaveCount(0);
  const chooser = page.waitForEvent('filechooser');
  await app(page).getByRole('button', { name: 'Import bundle…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'tiny-note.zip', mimeType: 'application/zip', buffer: readFileSync(zipPath) });
  await expect(await rowsWith(page, PHRASE)).toHaveCount(1);
});

/** The text of the element that has focus, through shadow roots. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, pattern: RegExp, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focusedText(page))) return;
  }
  throw new Error(`no focusable element matching ${pattern} within ${maxPresses} Tab presses`);
}

test('on the embedded memo, by keyboard: words selected word by word become a relation; the evidence panel edits and deletes it, and Undo brings it back', async ({
  page,
}, testInfo) => {
  const words =
    'The MRTA probably was making a virtue of necessity when it released a reported 225 hostages';
  await page.goto('./');
  await waitForGraph(page);
  const toggle = app(page).getByRole('button', { name: 'Annotate' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(app(page).getByRole('button', { name: 'Export bundle' })).toBeVisible();

  const label = await page.evaluate((start) => {
    const reader = document.querySelector('memograph-app')!.shadowRoot!.querySelector('mg-reader')!;
    const para = [...reader.shadowRoot!.querySelectorAll('.para')].find((p) =>
      p.querySelector('.text')!.textContent!.startsWith(start),
    );
    return para!.getAttribute('aria-label')!;
  }, 'The MRTA probably was making');
  await app(page).getByRole('group', { name: label }).focus();
  for (let i = 0; i < words.split(' ').length; i++)
    await page.keyboard.press('Shift+Alt+ArrowRight');
  await expect(app(page).locator('mg-reader').getByRole('status')).toHaveText(`Selected: ${words}`);
  await page.keyboard.press('Enter');

  const form = app(page).getByRole('dialog', { name: 'New relation' });
  await expect(form.locator('blockquote mark')).toHaveText(words);
  await expect(form.getByRole('combobox', { name: 'Source', exact: true })).toBeFocused();
  await page.keyboard.type('MRTA');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('releases');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hostages');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Target', exact: true })).toHaveValue('Hostages');
  await expect(form.getByLabel('Likelihood', { exact: true })).toHaveValue('likely');
  await expect(form.getByText("from 'probably'").first()).toBeVisible();
  // "a reported 225 hostages" reads as attribution, and a reported claim needs its source: the
  // form says so, and the annotator, who reads it as the memo's own judgment, says so instead.
  await expect(form.getByLabel('Basis', { exact: true })).toHaveValue('reported');
  await expect(form.getByText('a reported claim needs "attributedTo"')).toBeVisible();
  await form.getByLabel('Basis', { exact: true }).selectOption('judgment');
  await expect(form.getByText('attribution-cue', { exact: true })).toBeVisible();
  await page.screenshot({ path: join('test-results', 'screenshots', 'annotate-form-memo.png') });
  await form.getByLabel('Basis', { exact: true }).focus();
  await tabTo(page, /^Add relation$/);
  await page.keyboard.press('Enter');

  await expect(form).toHaveCount(0);
  await expect(app(page).getByRole('status').filter({ hasText: 'Relation added' })).toContainText(
    'MRTA releases Hostages',
  );
  await expect(
    app(page)
      .getByRole('group', { name: label.replace(/\d+ relations?$/, '') })
      .first(),
  ).toBeFocused();

  // The new relation, picked in the table, can be deleted from the evidence panel and undone.
  const row = app(page).locator('mg-relations-table').getByRole('row').filter({ hasText: words });
  await expect(row).toHaveCount(1);
  await row.click();
  const panel = app(page).locator('mg-evidence-panel');
  await expect(panel.getByRole('button', { name: 'Edit relation' })).toBeVisible();
  await checkState(page, testInfo, 'annotate-evidence');

  await panel.getByRole('button', { name: 'Edit relation' }).click();
  const edit = app(page).getByRole('dialog', { name: 'Edit relation' });
  await expect(edit.getByRole('combobox', { name: 'Source', exact: true })).toHaveValue('MRTA');
  await edit
    .getByLabel('Note', { exact: true })
    .fill('Made under the estimated 20 captors’ strain.');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toHaveCount(0);
  await expect(panel).toContainText('Made under the estimated 20 captors’ strain.');

  await panel.getByRole('button', { name: 'Delete relation' }).click();
  await expect(row).toHaveCount(0);
  await expect(app(page).getByRole('status').filter({ hasText: 'deleted' })).toContainText(
    'Undo with Ctrl+Z',
  );
  await page.keyboard.press('Control+z');
  await expect(row).toHaveCount(1);
});

test('two tabs annotating one document: the second learns of the first’s change and can take it instead of overwriting it', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  for (const p of [page, other]) {
    await p.goto('./');
    await waitForGraph(p);
    await app(p).getByRole('button', { name: 'Annotate' }).click();
    await expect(app(p).getByRole('button', { name: 'Export bundle' })).toBeVisible();
  }
  // The first relation of the table, found again by its quote in either tab.
  const first = app(page).locator('mg-relations-table').getByRole('row').nth(1);
  const quote = (await first.locator('td.quote').getAttribute('title'))!;
  const rows = (p: Page) =>
    app(p).locator('mg-relations-table').getByRole('row').filter({ hasText: quote });
  const before = await rows(page).count();
  await expect(rows(other)).toHaveCount(before);

  await first.click();
  await app(page)
    .locator('mg-evidence-panel')
    .getByRole('button', { name: 'Delete relation' })
    .click();
  await expect(rows(page)).toHaveCount(before - 1);
  await expect(
    app(page).getByRole('status').filter({ hasText: 'Saved in this browser' }),
  ).toBeVisible();

  const alert = app(other)
    .getByRole('alert')
    .filter({ hasText: 'Another tab changed this document' });
  await expect(alert).toBeVisible();
  await expect(rows(other)).toHaveCount(before);
  await alert.getByRole('button', { name: 'Show the other tab’s work' }).click();
  await expect(rows(other)).toHaveCount(before - 1);
  await expect(alert).toHaveCount(0);
  await other.close();
});
