import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4317);

/**
 * End-to-end tests against the production build (`vite build` runs first, see package.json),
 * served by `vite preview` on loopback, in Debian's Chromium.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // The longest flows (two loads and four accessibility scans with screenshots, or a whole
  // annotation by keyboard) take 40-50 s on the 2-core CI machine with a second test beside them;
  // 60 s left too little room. A step that hangs still fails at its own 10 s expectation.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
