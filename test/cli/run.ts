import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';

/** The repository root: the CLI runs from there, as `npx memograph` does after `npm install`. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `memograph` process and collects its exit status and output streams. */
export function memograph(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['bin/memograph.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // A CLI that hangs (reading a FIFO, say) fails its test instead of stalling the run.
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Bad input must read as a message, never as a crash. */
export function expectNoStackTrace(r: Run): void {
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toContain('Error:');
  expect(r.stdout).not.toContain('    at ');
}

/** Starts the real `memograph` process without waiting for it, to signal it while it works. */
export function startMemograph(...args: string[]): ChildProcess {
  return spawn(process.execPath, ['bin/memograph.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The exit status of a started process, once it ends, and its standard error. */
export function finished(child: ChildProcess): Promise<{ status: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((done) => child.on('close', (status) => done({ status, stderr })));
}

/** A path in the scratch folder, and the same path as a user would type it from the repository. */
export interface Place {
  readonly abs: string;
  readonly typed: string;
}

/** One test file's temporary folder. */
export interface Scratch {
  /** The folder itself; it exists from the file's first beforeAll to its last afterAll. */
  readonly dir: string;
  place(name: string): Place;
  /** A copy of a folder of the repository (a fixture bundle) at `name` in the scratch folder. */
  copy(from: string, name: string): Place;
  /** The names in the folder that start with `start`: temporary files must never be left there. */
  leftovers(start?: string): string[];
}

/** Makes a temporary folder before the calling file's tests and removes it after them. */
export function useScratch(prefix: string): Scratch {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const place = (name: string): Place => {
    const abs = join(dir, name);
    return { abs, typed: relative(ROOT, abs) };
  };
  return {
    get dir() {
      return dir;
    },
    place,
    copy(from, name) {
      const to = place(name);
      cpSync(join(ROOT, from), to.abs, { recursive: true });
      return to;
    },
    leftovers(start = '.') {
      return readdirSync(dir).filter((name) => name.startsWith(start));
    },
  };
}

/** Every file under a folder with its text, by relative path. */
export function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path)] = readFileSync(path, 'utf8');
  }
  return files;
}
