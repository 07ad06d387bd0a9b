import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { BUILD_STEPS, type BuildStep } from './build-steps.ts';
import { buildFromFolders } from './compile.ts';

export interface EmbeddedDataset {
  /** Bundle folders, relative to the project root, merged into one dataset. */
  readonly bundles: readonly string[];
  /** Where the dataset is served and emitted, relative to the page: "data/peru-hostages-1996.json". */
  readonly path: string;
  /** Build steps to run, by flag: ["--layout"] stores positions so the first paint needs no layout. */
  readonly steps?: readonly string[];
}

function stepsFor(flags: readonly string[] = []): BuildStep[] {
  return flags.map((flag) => {
    const step = BUILD_STEPS.find((s) => s.flag === flag);
    if (!step) throw new Error(`memograph data plugin: no build step ${flag}`);
    return step;
  });
}

/**
 * Compiles annotation bundles into the app's embedded datasets with exactly the code
 * `memograph build` runs. In development the dataset is compiled on every request, so edits to
 * graph-data show on reload; in a build it is emitted as a static file next to index.html, and a
 * bundle with errors fails the build with the same `file:line:col: message` lines the CLI prints.
 */
export function memographData(datasets: readonly EmbeddedDataset[]): Plugin {
  let root = process.cwd();

  async function compile(ds: EmbeddedDataset): Promise<{ json: string } | { errors: string }> {
    const { dataset, diagnostics } = await buildFromFolders(
      ds.bundles,
      root,
      stepsFor(ds.steps),
      ds.path,
    );
    if (!dataset) return { errors: diagnostics.map(formatDiagnostic).join('\n') };
    return { json: JSON.stringify(dataset) };
  }

  return {
    name: 'memograph-data',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server: ViteDevServer) {
      for (const ds of datasets) {
        for (const b of ds.bundles) server.watcher.add(resolve(root, b));
      }
      server.watcher.on('change', (file) => {
        if (datasets.some((ds) => ds.bundles.some((b) => file.startsWith(resolve(root, b))))) {
          server.ws.send({ type: 'full-reload' });
        }
      });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]?.replace(/^\//, '');
        const ds = datasets.find((d) => d.path === path);
        if (!ds) return next();
        compile(ds).then(
          (result) => {
            if ('json' in result) {
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.end(result.json);
            } else {
              res.statusCode = 500;
              res.setHeader('Content-Type', 'text/plain; charset=utf-8');
              res.end(result.errors);
            }
          },
          (error: unknown) => next(error),
        );
      });
    },
    async generateBundle() {
      for (const ds of datasets) {
        const result = await compile(ds);
        if ('errors' in result) {
          this.error(`the embedded dataset ${ds.path} has errors:\n${result.errors}`);
        }
        this.emitFile({ type: 'asset', fileName: ds.path, source: result.json });
      }
    },
  };
}
