import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileBundle } from '../model/annotation/compile-bundle.ts';
import { BUNDLE_FILES } from '../model/annotation/bundle-source.ts';
import { MAX_ZIPPED_FILE_BYTES, readBundleZip } from '../model/bundle-zip/bundle-zip.ts';
import {
  bundleNameProblem,
  SAVE_BUNDLE_PATH,
  SAVED_DATASET_PATH,
  type SaveResponse,
} from '../model/bundle-zip/save-request.ts';
import { formatDiagnostic } from '../model/json/diagnostics.ts';
import { buildFromFolders } from './compile.ts';

/**
 * "Save to graph-data" under `npm start`: the dev server writes a bundle the page sends into
 * `graph-data/<bundle>/`. It accepts a request only from a page of its own origin (a page of any
 * other site the user visits could otherwise write into the repository), writes only inside
 * graph-data and only a bundle that compiles, and swaps the folder in whole, so the bundle on
 * disk is always the old one or the new one. Files of the user's in the folder that are not part
 * of the bundle are carried over. Every bundle of graph-data is then served compiled, as
 * `memograph build` compiles it, at SAVED_DATASET_PATH, so the page can reload with `?data=`;
 * the embedded dataset is recompiled on every request anyway.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Why the request is not from the page this server serves, or null when it is. */
export function foreignRequestProblem(
  headers: IncomingMessage['headers'],
  allowedHosts: readonly string[] = [],
): string | null {
  const host = headers.host;
  const origin = headers.origin;
  if (typeof host !== 'string' || host === '') return 'the request names no host';
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  if (!LOOPBACK.has(hostname) && !allowedHosts.includes(hostname)) {
    return `the dev server saves only for pages served from this machine, not from ${host}`;
  }
  if (typeof origin !== 'string') return 'the request has no Origin: only the page itself may save';
  if (origin !== `http://${host}` && origin !== `https://${host}`) {
    return `only the page served by this dev server may save, not ${origin}`;
  }
  return null;
}

function answer(res: ServerResponse, status: number, body: SaveResponse): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  problems: string[] = [],
): void {
  answer(res, status, { saved: false, message, problems });
}

/** The request body, or null once it is longer than `limit` bytes. */
async function body(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The document id a bundle folder on disk holds, or undefined when it holds none readable. */
function documentIdIn(folder: string): string | undefined {
  try {
    const doc = JSON.parse(readFileSync(join(folder, 'document.json'), 'utf8')) as { id?: unknown };
    return typeof doc.id === 'string' ? doc.id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `files` as the folder `target`, atomically: into a new folder beside it first, with the
 * user's other files of the old folder carried over, then swapped in by two renames. Should the
 * second fail, the old folder is put back.
 */
export function replaceFolder(target: string, files: ReadonlyMap<string, string>): void {
  const parent = resolve(target, '..');
  const name = target.slice(parent.length + 1);
  const tag = `${process.pid}.${Math.random().toString(36).slice(2)}`;
  const incoming = join(parent, `.${name}.saving.${tag}`);
  const outgoing = join(parent, `.${name}.old.${tag}`);
  mkdirSync(incoming);
  try {
    for (const [file, text] of files) writeFileSync(join(incoming, file), text, { flag: 'wx' });
    if (existsSync(target)) {
      for (const entry of readdirSync(target)) {
        if (files.has(entry)) continue;
        const from = join(target, entry);
        if (!statSync(from).isFile()) continue;
        try {
          linkSync(from, join(incoming, entry));
        } catch {
          copyFileSync(from, join(incoming, entry));
        }
      }
      renameSync(target, outgoing);
      try {
        renameSync(incoming, target);
      } catch (e) {
        renameSync(outgoing, target);
        throw e;
      }
      rmSync(outgoing, { recursive: true, force: true });
    } else {
      renameSync(incoming, target);
    }
  } finally {
    rmSync(incoming, { recursive: true, force: true });
  }
}

/**
 * The middleware: answers POST SAVE_BUNDLE_PATH?bundle=<name> with a bundle .zip in the body,
 * and passes every other request on.
 */
export function saveBundleHandler(
  graphData: string,
  allowedHosts: readonly string[] = [],
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://dev.invalid');
    if (url.pathname.startsWith(SAVED_DATASET_PATH) && req.method === 'GET') {
      serveSaved(res, graphData, url.pathname.slice(SAVED_DATASET_PATH.length)).catch(
        (e: unknown) => {
          res.statusCode = 500;
          res.end(e instanceof Error ? e.message : String(e));
        },
      );
      return;
    }
    if (url.pathname !== SAVE_BUNDLE_PATH) return next();
    handle(req, res, url, graphData, allowedHosts).catch((e: unknown) =>
      refuse(res, 500, `nothing was saved: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
}

/** A graph-data bundle compiled as `memograph build` compiles it, or its errors as text. */
async function serveSaved(res: ServerResponse, graphData: string, file: string): Promise<void> {
  const name = decodeURIComponent(file).replace(/\.json$/, '');
  const problem = bundleNameProblem(name);
  const text = (status: number, body: string) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(body);
  };
  if (problem !== null || !file.endsWith('.json')) return text(404, problem ?? 'not a dataset');
  if (!existsSync(join(graphData, name))) return text(404, `graph-data/${name} does not exist`);
  const { dataset, diagnostics } = await buildFromFolders([name], graphData, [], `${name}.json`);
  if (!dataset) return text(500, diagnostics.map(formatDiagnostic).join('\n'));
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(dataset));
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  graphData: string,
  allowedHosts: readonly string[],
): Promise<void> {
  const foreign = foreignRequestProblem(req.headers, allowedHosts);
  if (foreign !== null) return refuse(res, 403, `Not saved: ${foreign}.`);
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuse(res, 405, 'Not saved: send the bundle with POST.');
  }
  const name = url.searchParams.get('bundle') ?? '';
  const nameProblem = bundleNameProblem(name);
  if (nameProblem !== null) return refuse(res, 400, `Not saved: ${nameProblem}.`);
  const bytes = await body(req, MAX_ZIPPED_FILE_BYTES);
  if (bytes === null)
    return refuse(res, 413, 'Not saved: the bundle is larger than any bundle should be.');

  const folder = `graph-data/${name}`;
  const read = readBundleZip(bytes, `${name}.zip`);
  if ('diagnostics' in read) {
    return refuse(
      res,
      422,
      'Not saved: what was sent is not a bundle.',
      read.diagnostics.map(formatDiagnostic),
    );
  }
  const files = new Map<string, string>();
  const source = JSON.parse(read.bundle.readFile('document.json') ?? '{}') as { source?: unknown };
  for (const file of [...BUNDLE_FILES, typeof source.source === 'string' ? source.source : '']) {
    const text = file === '' ? undefined : read.bundle.readFile(file);
    if (text !== undefined) files.set(file, text);
  }
  // The bundle as it would be on disk, checked before anything is written.
  const compiled = compileBundle({ name: folder, exists: true, readFile: (f) => files.get(f) });
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !compiled.document) {
    return refuse(
      res,
      422,
      `Not saved: the bundle has errors; ${folder} is unchanged.`,
      errors.map(formatDiagnostic),
    );
  }
  // One document, one bundle: a second folder with the same document would break every build of
  // graph-data with a duplicate id.
  const elsewhere = readdirSync(graphData).find(
    (other) =>
      other !== name &&
      !other.startsWith('.') &&
      documentIdIn(join(graphData, other)) === compiled.document?.id,
  );
  if (elsewhere !== undefined) {
    return refuse(
      res,
      409,
      `Not saved: graph-data/${elsewhere} already holds the document "${compiled.document.id}"; save it as "${elsewhere}".`,
    );
  }
  const target = join(graphData, name);
  if (existsSync(target)) {
    const existing = documentIdIn(target);
    if (existing !== undefined && existing !== compiled.document.id) {
      return refuse(
        res,
        409,
        `Not saved: ${folder} holds another document, "${existing}"; choose another bundle name.`,
      );
    }
  }
  replaceFolder(target, files);
  answer(res, 200, {
    saved: true,
    folder,
    files: [...files.keys()],
    dataset: `${SAVED_DATASET_PATH}${name}.json`,
    warnings: compiled.diagnostics.map(formatDiagnostic),
  });
}

/** The dev-server plugin: "Save to graph-data" under `npm start`, never in a build. */
export function memographSave(): Plugin {
  return {
    name: 'memograph-save',
    apply: 'serve',
    configureServer(server) {
      const hosts = server.config.server.allowedHosts;
      const allowed = Array.isArray(hosts) ? hosts.map((h) => h.toLowerCase()) : [];
      server.middlewares.use(saveBundleHandler(resolve(server.config.root, 'graph-data'), allowed));
    },
  };
}
