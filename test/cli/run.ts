import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

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
