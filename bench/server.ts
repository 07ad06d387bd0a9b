import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

/**
 * A static file server for the benchmark, on loopback: the built app, the corpora and the
 * baseline page from one origin, so the app's `?data=` (same-origin only) can load the corpora
 * and both pages pay the same network costs. Plain node:http, no dependency. Responses are
 * uncompressed and marked no-store: loopback bandwidth is not what is being measured, and every
 * load is meant to be cold.
 */

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** A folder served under a URL prefix ("/" for the site root). */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
}

/** A response computed in memory (the transpiled baseline script, say). */
export interface Generated {
  readonly type: string;
  body(): string;
}

export interface BenchServer {
  /** Origin, e.g. http://127.0.0.1:40123 */
  readonly origin: string;
  close(): Promise<void>;
}

/** The file a URL path names under the mounts, or null (never outside a mount's folder). */
export function resolveMounted(mounts: readonly Mount[], pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Longest prefix first, so /corpora/ wins over /.
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const m of ordered) {
    if (!decoded.startsWith(m.prefix)) continue;
    const root = resolve(m.dir);
    let rest = decoded.slice(m.prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = resolve(root, `.${sep}${rest}`);
    if (file !== root && !file.startsWith(root + sep)) return null;
    return file;
  }
  return null;
}

export function startServer(
  mounts: readonly Mount[],
  generated: ReadonlyMap<string, Generated> = new Map(),
): Promise<BenchServer> {
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = { 'Cache-Control': 'no-store' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const made = generated.get(url.pathname);
    if (made) {
      const body = made.body();
      res.writeHead(200, {
        ...headers,
        'Content-Type': made.type,
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const file = resolveMounted(mounts, url.pathname);
    let size = -1;
    try {
      if (file) {
        const st = statSync(file);
        if (st.isFile()) size = st.size;
      }
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
  const server = createServer(handle);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
