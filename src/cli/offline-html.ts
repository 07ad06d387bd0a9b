import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Dataset } from '../model/contract/types.ts';
import { INLINE_DATASET_ID } from '../model/dataset/inline-dataset.ts';
import { litCssMinified, schemaAnnotationsStripped } from './vite-data-plugin.ts';

/**
 * The explorer as one self-contained HTML file: the app's code, its page style and a dataset are
 * inlined, so that the file works when opened from a disk on an air-gapped machine (`file://`)
 * and asks nothing of any server. Its Content-Security-Policy allows exactly the inlined script
 * and style by their SHA-256 hashes and no connection at all, so a copy that someone tampered with
 * runs no added script, and nothing in the page can send data anywhere.
 */

/** The app compiled as one script and one style sheet, with no chunk loaded later. */
export interface OfflineApp {
  readonly script: string;
  readonly style: string;
  /** The page's favicon as a data: address, so that even the tab's icon is not fetched. */
  readonly icon: string;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * `</script` (or `<!--`) inside an inlined script would end it early or change how the HTML
 * parser reads it. In JavaScript source, `<\/` and `<\!` mean the same as `</` and `<!` inside
 * strings, template literals and regular expressions, the only places where they can occur.
 */
function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON inside a script element: `<` as its escape keeps `</script>` and `<!--` out. */
function jsonSafe(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Builds the app with Vite as one script (dynamic imports inlined) in memory, writing nothing.
 * The layout worker is the one part that cannot come along: a page opened from a file may not
 * start workers, and the policy forbids them, so layouts run on the page itself (the graph
 * element falls back to that when the worker is refused).
 */
export async function buildOfflineApp(root: string): Promise<OfflineApp> {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    plugins: [schemaAnnotationsStripped(), litCssMinified()],
    build: {
      target: 'es2022',
      write: false,
      sourcemap: false,
      modulePreload: false,
      cssCodeSplit: false,
      // One script is the point here, so its size is no warning.
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { output: { codeSplitting: false }, checks: { pluginTimings: false } },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const result of results) {
    if (!('output' in result)) throw new Error('the offline build returned no output');
    for (const item of result.output) {
      if (item.type === 'chunk' && item.isEntry) scripts.push(item.code);
      else if (item.type === 'asset' && item.fileName.endsWith('.css')) {
        styles.push(
          typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source),
        );
      }
    }
  }
  if (scripts.length !== 1) {
    throw new Error(`the offline build made ${scripts.length} entry scripts, expected exactly one`);
  }
  const svg = readFileSync(resolve(root, 'public/favicon.svg'));
  return {
    script: scripts[0]!,
    style: styles.join('\n'),
    icon: `data:image/svg+xml;base64,${svg.toString('base64')}`,
  };
}

export interface OfflinePage {
  readonly app: OfflineApp;
  /** The compiled dataset, as `memograph build` writes it. */
  readonly datasetJson: string;
  /** The page's title until the app names it after the document. */
  readonly title: string;
}

/**
 * The single HTML file. Scripts are allowed by hash only; the inlined JSON is data, which the
 * browser never runs. Images may be data: or blob: addresses (the graph's PNG export) and
 * nothing may be fetched, framed, posted or started as a worker.
 */
export function offlineHtml(page: OfflinePage): string {
  const script = scriptSafe(page.app.script);
  const style = page.app.style;
  // Cytoscape adds this sheet to the head unless an element with its id is already there; the
  // policy would refuse it as an unhashed inline style, so it is written here, hashed, instead.
  const cytoscapeStyle = '.__________cytoscape_container { position: relative; }';
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    // Lit's element styles are constructed style sheets, which the policy does not govern; the
    // page's own sheet is allowed by hash. Style attributes stay allowed: Cytoscape and Lit set
    // positions through them, and a style attribute cannot run code.
    `style-src ${sha256(style)} ${sha256(cytoscapeStyle)}`,
    "style-src-attr 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    '    <meta name="color-scheme" content="light dark" />',
    '    <meta name="generator" content="Memograph (offline single file)" />',
    `    <title>${htmlText(page.title)}</title>`,
    `    <link rel="icon" href="${page.app.icon}" type="image/svg+xml" />`,
    `    <style id="__________cytoscape_stylesheet">${cytoscapeStyle}</style>`,
    `    <style>${style}</style>`,
    `    <script type="application/json" id="${INLINE_DATASET_ID}">${jsonSafe(page.datasetJson)}</script>`,
    `    <script type="module">${script}</script>`,
    '  </head>',
    '  <body>',
    '    <memograph-app></memograph-app>',
    '    <noscript>Memograph needs JavaScript to show the graph.</noscript>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * `vite build` also writes the explorer as one file, with the embedded dataset that the build
 * emitted at `dataset` inlined, so that `dist/` always holds a copy to carry to a closed network.
 */
export function offlinePage(options: { dataset: string; file: string; title: string }): Plugin {
  let root = process.cwd();
  return {
    name: 'memograph-offline-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(output, bundle) {
      const asset = bundle[options.dataset];
      if (asset?.type !== 'asset') {
        this.error(
          `the offline page needs the dataset ${options.dataset}, which the build did not emit`,
        );
      }
      const datasetJson =
        typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
      const app = await buildOfflineApp(root);
      const html = offlineHtml({ app, datasetJson, title: options.title });
      writeFileSync(join(output.dir ?? resolve(root, 'dist'), options.file), html);
    },
  };
}

/** The app's own folder (index.html, src/, public/), wherever the command is run from. */
const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `memograph build --offline-html`: the explorer in one file, carrying a freshly built dataset. */
export async function offlinePageFor(dataset: Dataset): Promise<string> {
  const app = await buildOfflineApp(APP_ROOT);
  const title = dataset.documents[0]?.title;
  return offlineHtml({
    app,
    datasetJson: JSON.stringify(dataset),
    title: title === undefined ? 'Memograph (offline)' : `${title} — Memograph (offline)`,
  });
}
