import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { BUNDLE_FILES, type BundleSource } from '../annotation/bundle-source.ts';
import type { Diagnostic } from '../contract/types.ts';
import { decodeText } from '../json/decode-text.ts';

/**
 * A bundle as one .zip: what "Export bundle" downloads, what the page opens to go on annotating,
 * and what `memograph check` and `build` accept in place of a folder. The files sit in a folder
 * named after the bundle, so unzipping gives the folder the checker takes; a zip with the files
 * at its top level is read as well.
 */

/** No file of a bundle comes near this; a larger one in a zip is refused before it is inflated. */
export const MAX_ZIPPED_FILE_BYTES = 64 * 1024 * 1024;

/** What unzip tools and file managers add, which no one means as part of the bundle. */
function isClutter(path: string): boolean {
  return (
    path.startsWith('__MACOSX/') ||
    /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/i.test(path) ||
    path.endsWith('/')
  );
}

/**
 * Zips a bundle's files (name → text, as bundleFiles gives them) into `<folder>/…`. `modified`
 * is the time stamped on every file; the bytes depend on nothing else.
 */
export function zipBundle(
  folder: string,
  files: ReadonlyMap<string, string>,
  modified: Date = new Date(),
): Uint8Array<ArrayBuffer> {
  const tree: Zippable = {};
  for (const [name, text] of files) tree[`${folder}/${name}`] = strToU8(text);
  return zipSync(tree, { level: 6, mtime: modified });
}

export type ZipReadResult =
  | {
      readonly bundle: BundleSource;
      /** Files in the zip that are not part of the bundle, ignored, each with a warning. */
      readonly warnings: readonly Diagnostic[];
    }
  | { readonly diagnostics: readonly Diagnostic[] };

function problem(
  file: string,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return { severity, file, line: 0, column: 0, message };
}

function list(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

const HOLDS = `a bundle holds ${list([...BUNDLE_FILES, 'its source text (.txt)'])}`;

/**
 * Reads a bundle from a zip named `zipName`. A zip that is not a bundle is refused saying which
 * file is missing or what it holds instead; the bundle's own files are then the checker's to
 * judge, each named `<zipName>/<path in the zip>` in its file:line:col messages.
 */
export function readBundleZip(bytes: Uint8Array, zipName: string): ZipReadResult {
  let tooLarge: string | undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_ZIPPED_FILE_BYTES) tooLarge ??= file.name;
        return !isClutter(file.name) && file.originalSize <= MAX_ZIPPED_FILE_BYTES;
      },
    });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { diagnostics: [problem(zipName, `not a readable zip file (${why}); ${HOLDS}`)] };
  }
  if (tooLarge !== undefined) {
    return {
      diagnostics: [
        problem(
          `${zipName}/${tooLarge}`,
          `is over ${MAX_ZIPPED_FILE_BYTES / 1024 / 1024} MB unzipped, far more than any bundle file; it was not opened`,
        ),
      ],
    };
  }
  const paths = Object.keys(entries);
  if (paths.length === 0) return { diagnostics: [problem(zipName, `the zip is empty; ${HOLDS}`)] };

  // The bundle's folder: the one folder every file is in, or the top of the zip.
  const tops = new Set(paths.map((p) => (p.includes('/') ? p.slice(0, p.indexOf('/')) : '')));
  const [onlyTop] = tops;
  const prefix = tops.size === 1 && onlyTop !== '' ? `${onlyTop}/` : '';
  const files = new Map(paths.map((p) => [p.slice(prefix.length), entries[p]!]));
  return bundleFromFiles(files, `${zipName}/${prefix}`.replace(/\/$/, ''), {
    whole: zipName,
    missing: 'missing from the zip',
  });
}

/**
 * A bundle from its files' bytes by name (several files picked or dropped at once, or a zip's
 * contents), named `name` in messages; `whole` names them all together when none is a bundle
 * file. Refused, saying which file is missing, unless it has every JSON file of a bundle; files
 * that are not part of a bundle are ignored with a warning. `missing` words the refusal.
 */
export function bundleFromFiles(
  files: ReadonlyMap<string, Uint8Array>,
  name: string,
  { whole = name, missing: missingWords = 'missing; open it together with the others' } = {},
): ZipReadResult {
  const paths = [...files.keys()];
  const missing = BUNDLE_FILES.filter((f) => !files.has(f));
  if (missing.length === BUNDLE_FILES.length) {
    const shown =
      paths.slice(0, 5).join(', ') + (paths.length > 5 ? `, and ${paths.length - 5} more` : '');
    return { diagnostics: [problem(whole, `is not a bundle: it holds ${shown}; ${HOLDS}`)] };
  }
  const diagnostics: Diagnostic[] = missing.map((f) =>
    problem(`${name}/${f}`, `${missingWords}; ${HOLDS}`),
  );
  const texts = new Map<string, string>();
  for (const [file, bytes] of files) {
    if (file.includes('/')) continue;
    const decoded = decodeText(bytes, `${name}/${file}`);
    if ('diagnostic' in decoded) diagnostics.push(decoded.diagnostic);
    else texts.set(file, decoded.text);
  }
  if (diagnostics.length > 0) return { diagnostics };

  // The source text is whichever .txt document.json names; the checker reports it if absent.
  let source: string | undefined;
  try {
    const doc = JSON.parse(texts.get('document.json') ?? '') as { source?: unknown };
    if (typeof doc.source === 'string') source = doc.source;
  } catch {
    // document.json's own problems are the checker's to report, at their line.
  }
  const expected = new Set<string>([...BUNDLE_FILES, ...(source !== undefined ? [source] : [])]);
  const warnings = paths
    .filter((file) => !expected.has(file) && !(source === undefined && /^[^/]+\.txt$/.test(file)))
    .map((file) =>
      problem(`${name}/${file}`, 'is not part of a bundle and was ignored', 'warning'),
    );

  return {
    bundle: {
      name,
      exists: true,
      readFile: (file) =>
        expected.has(file) || source === undefined ? texts.get(file) : undefined,
    },
    warnings,
  };
}
