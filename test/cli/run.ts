import { spawnSync } from 'node:child_process';
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
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Bad input must read as a message, never as a crash. */
export function expectNoStackTrace(r: Run): void {
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toContain('Error:');
  expect(r.stdout).not.toContain('    at ');
}
