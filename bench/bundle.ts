import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the explorer ships, split into what the first view loads (index.html, the entry chunk and
 * everything it imports statically, their CSS) and what loads only on demand (chunks reached
 * through a dynamic import()). Read from the build's Vite manifest, cross-checked with the
 * tags in index.html.
 */

/** One chunk of `.vite/manifest.json`, as Vite writes it. */
export interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly name?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

export type Manifest = Readonly<Record<string, ManifestChunk>>;

/** Output files (paths relative to the build folder) by when the browser fetches them. */
export interface BundleClasses {
  /** Loaded with the page: the entry chunks, their static imports, their CSS, index.html's tags. */
  readonly initial: readonly string[];
  /** Reached only through dynamic import(), and not also part of the initial load. */
  readonly lazy: readonly string[];
}

/**
 * Script and stylesheet files index.html loads itself: module scripts, modulepreloads and
 * stylesheets, as paths relative to the page (a leading "./" or "/" removed).
 */
export function htmlAssets(html: string): string[] {
  const found = new Set<string>();
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (const m of html.matchAll(tag)) {
    const name = m[1]!.toLowerCase();
    const attrs = m[2]!;
    const attr = (key: string): string | null => {
      const a = new RegExp(`\\b${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
      return a ? (a[1] ?? a[2] ?? a[3] ?? null) : null;
    };
    let url: string | null = null;
    if (name === 'script') url = attr('src');
    else {
      const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet') || rel.includes('modulepreload')) url = attr('href');
    }
    if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url)) found.add(url.replace(/^\.?\//, ''));
  }
  return [...found];
}

/**
 * Splits a build into initial and lazy files. Initial: every entry chunk (`isEntry`), the chunks
 * they import statically, transitively, with their CSS, plus whatever index.html references
 * directly. Lazy: every other chunk reachable through `dynamicImports`, with its CSS. A chunk
 * that is imported both ways is initial: the browser has it before anything asks for it.
 */
export function classifyBundle(manifest: Manifest, html = ''): BundleClasses {
  const initial = new Set<string>(htmlAssets(html));
  const initialKeys = new Set<string>();
  const queue = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (initialKeys.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) continue;
    initialKeys.add(key);
    initial.add(chunk.file);
    for (const css of chunk.css ?? []) initial.add(css);
    queue.push(...(chunk.imports ?? []));
  }
  const lazy = new Set<string>();
  const seen = new Set<string>(initialKeys);
  const lazyQueue = [...initialKeys].flatMap((k) => manifest[k]!.dynamicImports ?? []);
  while (lazyQueue.length > 0) {
    const key = lazyQueue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) continue;
    for (const file of [chunk.file, ...(chunk.css ?? [])]) if (!initial.has(file)) lazy.add(file);
    lazyQueue.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
  }
  return { initial: [...initial].sort(), lazy: [...lazy].sort() };
}

/** Bytes of one kind of file, as stored and as sent gzip-compressed. */
export interface ByteCount {
  readonly raw: number;
  readonly gzip: number;
}

export interface FileSize extends ByteCount {
  readonly file: string;
}

export interface BundleReport {
  readonly html: ByteCount;
  readonly initial: { readonly js: ByteCount; readonly css: ByteCount };
  readonly lazy: { readonly js: ByteCount; readonly css: ByteCount };
  readonly files: { readonly initial: readonly FileSize[]; readonly lazy: readonly FileSize[] };
}

/** Sums the sizes of the files whose names end with `ext`. */
export function sumSizes(files: readonly FileSize[], ext: string): ByteCount {
  let raw = 0;
  let gzip = 0;
  for (const f of files)
    if (f.file.endsWith(ext)) {
      raw += f.raw;
      gzip += f.gzip;
    }
  return { raw, gzip };
}

/**
 * gzip at zlib's default level (6), the level Vite's own build report and most servers that
 * compress on the fly use.
 */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).length;
}

/** Reads a build folder built with `--manifest` and measures what it ships. */
export function measureBundle(distDir: string): BundleReport {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const htmlBytes = readFileSync(join(distDir, 'index.html'));
  const classes = classifyBundle(manifest, htmlBytes.toString('utf8'));
  const size = (file: string): FileSize => {
    const bytes = readFileSync(join(distDir, file));
    return { file, raw: bytes.length, gzip: gzipSize(bytes) };
  };
  const initial = classes.initial.map(size);
  const lazy = classes.lazy.map(size);
  return {
    html: { raw: htmlBytes.length, gzip: gzipSize(htmlBytes) },
    initial: { js: sumSizes(initial, '.js'), css: sumSizes(initial, '.css') },
    lazy: { js: sumSizes(lazy, '.js'), css: sumSizes(lazy, '.css') },
    files: { initial, lazy },
  };
}
