import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../../src/model/contract/types.ts';

/**
 * Every end-to-end test gets these checks for free: no console errors, no uncaught exceptions and
 * no request outside the page's origin. `checkState` adds a kept screenshot (checked not blank)
 * and an axe audit for each page state a test reaches.
 */
interface Watch {
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
  /** Expect a console error (the browser's own "Failed to load resource" for a 404 under test). */
  allowConsole(pattern: RegExp): void;
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const allowed: RegExp[] = [];
      const watch: Watch = {
        consoleErrors: [],
        foreignRequests: [],
        allowConsole: (pattern) => allowed.push(pattern),
      };
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      await use(watch);
      const unexpected = watch.consoleErrors.filter((m) => !allowed.some((p) => p.test(m)));
      expect(unexpected, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests outside the origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const SCREENSHOT_DIR = join('test-results', 'screenshots');

/**
 * Screenshot (kept under test-results/screenshots and attached to the report), a check that it
 * is not blank, and axe with no serious or critical violation.
 */
export async function checkState(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const png = await page.screenshot({ fullPage: false });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  writeFileSync(file, png);
  await testInfo.attach(name, { body: png, contentType: 'image/png' });

  const stats = await imageStats(page, png);
  expect(
    stats.distinctColours,
    `${name}: screenshot has too few colours to be a rendered app`,
  ).toBeGreaterThan(40);
  expect(stats.nonBackgroundShare, `${name}: screenshot is mostly background`).toBeGreaterThan(
    0.05,
  );

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
    `${name}: axe violations`,
  ).toEqual([]);
}

/** Decodes the PNG in the page itself (no image library needed) and measures it. */
async function imageStats(
  page: Page,
  png: Buffer,
): Promise<{ distinctColours: number; nonBackgroundShare: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { distinctColours: 0, nonBackgroundShare: 0 };
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 16) {
      const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let background = 0;
    let total = 0;
    for (const n of counts.values()) {
      total += n;
      background = Math.max(background, n);
    }
    return { distinctColours: counts.size, nonBackgroundShare: 1 - background / total };
  }, png.toString('base64'));
}

/** The app's shadow-rooted elements, reached the way a script on the page would. */
export function appHandle(page: Page) {
  return page.locator('memograph-app');
}

/** Waits until the graph has been laid out and painted (the root marks itself then). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.locator('memograph-app[data-graph-ready]').waitFor({ state: 'attached' });
}

export interface BuiltCorpus {
  /** The compiled dataset file's text, as the page would fetch it. */
  readonly text: string;
  readonly dataset: Dataset;
  /** Removes the working folder. */
  remove(): void;
}

/**
 * A synthetic corpus made by the real CLI, as a user would: `memograph synth`, then
 * `memograph build` (with `--layout` when asked), in a temporary folder.
 */
export function buildCorpus(options: {
  documents: number;
  actors: number;
  relations: number;
  seed: number;
  layout: boolean;
}): BuiltCorpus {
  const work = mkdtempSync(join(tmpdir(), 'memograph-e2e-corpus-'));
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ['bin/memograph.js', ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  const folder = join(work, 'corpus');
  const out = join(work, 'corpus.json');
  cli(
    'synth',
    ...['--documents', String(options.documents), '--actors', String(options.actors)],
    ...['--relations', String(options.relations), '--seed', String(options.seed), '--out', folder],
  );
  cli('build', folder, '--out', out, ...(options.layout ? ['--layout'] : []));
  const text = readFileSync(out, 'utf8');
  return {
    text,
    dataset: JSON.parse(text) as Dataset,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
