import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from './fs-errors.ts';

/**
 * The list of files `memograph synth` wrote, kept inside the corpus. `--force` deletes a folder
 * only when everything in it is on that list and unchanged, so it can never delete a file the
 * user made: hand-made bundles, notes added to a bundle, an edited memo.
 */

export const MANIFEST = '.memograph-synth.json';

interface Manifest {
  readonly writtenBy: 'memograph synth';
  /** Path inside the corpus ("d001/actors.json") → SHA-256 of its bytes, hex. */
  readonly files: Readonly<Record<string, string>>;
}

function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest's text for these files (paths inside the corpus, with their text). */
export function manifestText(files: ReadonlyMap<string, string>): string {
  const listed: Record<string, string> = {};
  for (const path of [...files.keys()].sort()) listed[path] = sha256(files.get(path) ?? '');
  const manifest: Manifest = { writtenBy: 'memograph synth', files: listed };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function readManifest(folder: string): Manifest | null {
  try {
    const parsed = JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')) as Partial<Manifest>;
    const files = parsed.files;
    if (parsed.writtenBy !== 'memograph synth' || typeof files !== 'object' || files === null) {
      return null;
    }
    return { writtenBy: 'memograph synth', files };
  } catch {
    return null;
  }
}

export interface Survey {
  /** Whether the folder has a manifest that synth wrote. */
  readonly manifest: boolean;
  /** Paths inside the folder that replacing it would lose: not written by synth, or changed. */
  readonly lost: readonly string[];
}

/** What replacing `folder` would delete that synth did not write there. */
export function survey(folder: string): Survey {
  const manifest = readManifest(folder);
  const files = manifest?.files ?? {};
  const folders = new Set<string>();
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  const lost: string[] = [];
  const walk = (relative: string, everything: boolean) => {
    let entries;
    try {
      entries = readdirSync(join(folder, relative), { withFileTypes: true });
    } catch (e) {
      lost.push(`${relative}${errorCode(e) === 'ENOTDIR' ? '' : '/'}`);
      return;
    }
    if (everything && entries.length === 0 && relative !== '') lost.push(`${relative}/`);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (path === MANIFEST && manifest !== null) continue;
      if (entry.isDirectory()) {
        walk(path, everything || !folders.has(path));
      } else if (everything || !entry.isFile() || !sameFile(join(folder, path), files[path])) {
        lost.push(path);
      }
    }
  };
  walk('', manifest === null);
  return { manifest: manifest !== null, lost };
}

function sameFile(absolute: string, hash: string | undefined): boolean {
  if (hash === undefined) return false;
  try {
    return sha256(readFileSync(absolute)) === hash;
  } catch {
    return false;
  }
}
