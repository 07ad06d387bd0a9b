import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ViteDevServer } from 'vite';
import { INLINE_DATASET_ID } from '../model/dataset/inline-dataset.ts';
import { validateDataset } from '../model/dataset/dataset-check.ts';
import { formatDiagnostic } from '../model/json/diagnostics.ts';
import { BUILD_STEPS, type BuildStep } from './build-steps.ts';
import { buildFromFolders } from './compile.ts';

export interface EmbeddedDataset {
  /** Bundle folders, relative to the project root, merged into one dataset. */
  readonly bundles: readonly string[];
  /** Where the dataset is served and emitted, relative to the page: "data/peru-hostages-1996.json". */
  readonly path: string;
  /** Build steps to run, by flag: ["--layout"] stores positions so the first paint needs no layout. */
  readonly steps?: readonly string[];
  /**
   * Also write it into the built index.html, where the page reads it without a request: the
   * default document's graph can be drawn as soon as the script runs.
   */
  readonly inline?: boolean;
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
  let building = false;
  /** One compile per dataset and build: the emitted file and the inlined copy are the same. */
  const built = new Map<EmbeddedDataset, Promise<{ json: string } | { errors: string }>>();

  async function compileNow(ds: EmbeddedDataset): Promise<{ json: string } | { errors: string }> {
    const { dataset, diagnostics } = await buildFromFolders(
      ds.bundles,
      root,
      stepsFor(ds.steps),
      ds.path,
    );
    if (!dataset) return { errors: diagnostics.map(formatDiagnostic).join('\n') };
    // The page shows an inlined dataset before its own check has run (it checks it after the
    // first paint), so the build checks exactly what it writes with the page's validator.
    const json = JSON.stringify(dataset);
    const { diagnostics: found } = validateDataset(JSON.parse(json), ds.path);
    const errors = found.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { errors: errors.map(formatDiagnostic).join('\n') };
    return { json };
  }

  function compile(ds: EmbeddedDataset): Promise<{ json: string } | { errors: string }> {
    if (!building) return compileNow(ds);
    let result = built.get(ds);
    if (!result) built.set(ds, (result = compileNow(ds)));
    return result;
  }

  return {
    name: 'memograph-data',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    buildStart() {
      built.clear();
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, context) {
        // In development the page fetches the dataset, compiled afresh on every request.
        if (context.server) return [];
        const tags: HtmlTagDescriptor[] = [];
        for (const ds of datasets.filter((d) => d.inline)) {
          const result = await compile(ds);
          if ('errors' in result) {
            throw new Error(`the embedded dataset ${ds.path} has errors:\n${result.errors}`);
          }
          tags.push({
            tag: 'script',
            attrs: { type: 'application/json', id: INLINE_DATASET_ID },
            // Data, never run: "<" is escaped so that no "</script>" in a quote can end it.
            children: result.json.replace(/</g, '\\u003c'),
            injectTo: 'body',
          });
        }
        return tags;
      },
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

/** Keywords that document a schema for people and editors; none of them validates anything. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment']);
/** Keywords whose value is a map of sub-schemas, or one sub-schema, or a list of them. */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties']);
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else']);
const SCHEMA_LIST = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);

function stripAnnotations(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]),
      );
    } else if (SCHEMA_ONE.has(key)) out[key] = stripAnnotations(value);
    else if (SCHEMA_LIST.has(key) && Array.isArray(value)) out[key] = value.map(stripAnnotations);
    else out[key] = value;
  }
  return out;
}

/**
 * The schema files carry a title and a description on every property for editors; the browser
 * only validates with them, so the production bundle ships them without those annotations. The
 * validating keywords are untouched (test/unit/vite-plugins.test.ts checks that the stripped
 * schema accepts and refuses exactly what the full one does).
 */
export function schemaAnnotationsStripped(): Plugin {
  return {
    name: 'memograph-schema-annotations',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/graph-data[\\/]schema[\\/][\w.-]+\.schema\.json$/.test(id)) return null;
      return { code: JSON.stringify(stripAnnotations(JSON.parse(code))), map: null };
    },
  };
}

export { stripAnnotations };

/**
 * Minifies the CSS inside Lit's css`…` templates of our own elements: comments go and runs of
 * white space shrink to one space, or to none next to braces and semicolons. Quoted strings are
 * left exactly as written, and no space is removed around ':' or ',' (in a selector it can be a
 * descendant combinator), so the rules mean exactly what they say in the source.
 */
export function minifyCssTemplate(css: string): string {
  return minifyCssPart(css).trim();
}

/** The same, for a piece between interpolations: a space at either end stays one space. */
function minifyCssPart(css: string): string {
  return css
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};])\s*/g, '$1'),
    )
    .join('');
}

/** A simple interpolation: `${name}` or `${a.b(c)}`, with no braces or backquotes inside. */
const INTERPOLATION = /(\$\{[^{}`]*\})/;

/**
 * Minifies a css`…` template body that has interpolations, piece by piece between them; null
 * when it cannot be done safely (an interpolation of its own templates, or a quoted string that
 * an interpolation splits).
 */
export function minifyCssWithInterpolations(body: string): string | null {
  const pieces = body.split(INTERPOLATION);
  const statics = pieces.filter((_, i) => i % 2 === 0);
  if (statics.some((p) => p.includes('${') || p.includes('`'))) return null;
  // A quote opened in one piece and closed in another would have its inside squeezed.
  const quotes = (p: string): number => p.replace(/\\./g, '').replace(/[^"']/g, '').length;
  if (statics.some((p) => quotes(p) % 2 === 1)) return null;
  const out = pieces.map((p, i) => (i % 2 === 1 ? p : minifyCssPart(p))).join('');
  return out.trim();
}

export function litCssMinified(): Plugin {
  return {
    name: 'memograph-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/]ui[\\/].+\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (whole, body: string) => {
        const min = body.includes('${')
          ? minifyCssWithInterpolations(body)
          : minifyCssTemplate(body);
        return min === null ? whole : `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}
