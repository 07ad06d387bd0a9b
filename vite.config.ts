import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './test/chromium.ts';
import {
  litCssMinified,
  memographData,
  schemaAnnotationsStripped,
} from './src/cli/vite-data-plugin.ts';
import { offlinePage } from './src/cli/offline-html.ts';
import { memographSave } from './src/cli/vite-save-plugin.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any folder of any static server.
  base: './',
  plugins: [
    schemaAnnotationsStripped(),
    litCssMinified(),
    memographData([
      {
        bundles: ['graph-data/peru-hostages-1996'],
        path: 'data/peru-hostages-1996.json',
        steps: ['--layout'],
        inline: true,
      },
    ]),
    offlinePage({
      dataset: 'data/peru-hostages-1996.json',
      file: 'memograph-offline.html',
      title: 'Memograph (offline)',
    }),
    // "Save to graph-data" writes bundles through the dev server; it is never part of a build.
    memographSave(),
  ],
  // fcose is imported lazily; pre-bundling it up front keeps a cold dev or test server from
  // re-optimising mid-run and failing that import.
  optimizeDeps: { include: ['cytoscape', 'cytoscape-fcose', 'lit'] },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // A desktop window, as analysts use it; tests that need a narrow one set it themselves.
            viewport: { width: 1280, height: 800 },
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
