import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { finished, memograph, snapshot, startMemograph, useScratch } from './run.ts';

/**
 * A signal or a `kill -9` during a write leaves no temporary file and no half-written output:
 * the old output stays as it was. The tests signal the real process as soon as its temporary
 * file appears, which a big enough input makes sure happens mid-write.
 */

const scratch = useScratch('memograph-signal-');
let corpus = '';
beforeAll(() => {
  corpus = scratch.place('big').typed;
  const size = ['--documents', '10', '--actors', '1500', '--relations', '15000'];
  expect(memograph('synth', ...size, '--out', corpus).status).toBe(0);
}, 120_000);

/** Runs memograph and sends `signal` the moment a name matching `temporary` appears in `folder`. */
async function interrupt(
  folder: string,
  temporary: RegExp,
  signal: NodeJS.Signals,
  args: string[],
): Promise<{ status: number | null; stderr: string; signalled: boolean }> {
  let signalled = false;
  const child = startMemograph(...args);
  const watcher = watch(folder, (_event, name) => {
    if (!signalled && name !== null && temporary.test(name)) {
      signalled = true;
      child.kill(signal);
    }
  });
  const end = await finished(child);
  watcher.close();
  return { ...end, signalled };
}

/** The id of a process that has ended, so that nothing runs under it. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  expect(pid).toBeGreaterThan(0);
  return pid ?? 0;
}

describe('a signal during build removes the temporary file and keeps the old output', () => {
  const cases: [NodeJS.Signals, number][] = [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ];
  it.each(cases)(
    '%s: exit %i',
    async (signal, status) => {
      const folder = join(scratch.dir, `build-${signal}`);
      mkdirSync(folder);
      const out = join(folder, 'data.json');
      writeFileSync(out, 'previous build\n');
      const r = await interrupt(folder, /^\.data\.json\.\d+\.[a-z0-9]+\.tmp$/, signal, [
        'build',
        corpus,
        '--out',
        out,
      ]);
      expect(r.signalled).toBe(true);
      expect(r.status).toBe(status);
      expect(r.stderr).toBe(`memograph: stopped by ${signal}; nothing was written\n`);
      expect(readdirSync(folder)).toEqual(['data.json']);
      expect(readFileSync(out, 'utf8')).toBe('previous build\n');
    },
    120_000,
  );
});

describe('a signal during synth --force keeps the earlier corpus', () => {
  it('SIGTERM while the new corpus is written: exit 143, nothing else left', async () => {
    const out = join(scratch.dir, 'replaced');
    const size = ['--documents', '100', '--actors', '300', '--relations', '3000'];
    expect(memograph('synth', ...size, '--out', out).status).toBe(0);
    const before = snapshot(out);
    const r = await interrupt(scratch.dir, /^\.replaced\.synth-\d+-[a-z0-9]+\.tmp$/, 'SIGTERM', [
      'synth',
      ...size,
      '--seed',
      '2',
      '--out',
      out,
      '--force',
    ]);
    expect(r.signalled).toBe(true);
    expect(r.status).toBe(143);
    expect(scratch.leftovers()).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  }, 120_000);
});

describe('after a kill -9, the next run tidies what the killed one left', () => {
  it('build removes stale temporary files of its output, not those of a live process', () => {
    const folder = join(scratch.dir, 'stale-build');
    mkdirSync(folder);
    const dead = `.data.json.${deadPid()}.k9k9.tmp`;
    const live = `.data.json.${process.pid}.live.tmp`;
    writeFileSync(join(folder, dead), 'half');
    writeFileSync(join(folder, live), 'being written');
    const r = memograph(
      'build',
      'test/fixtures/bundles/mini-lima',
      '--out',
      join(folder, 'data.json'),
    );
    expect(r.status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([live, 'data.json']);
  });

  it('synth removes a half-written corpus and puts back one it had moved aside', () => {
    const held = join(scratch.dir, 'held');
    const size = ['--documents', '2', '--actors', '20', '--relations', '40'];
    expect(memograph('synth', ...size, '--out', held).status).toBe(0);
    const before = snapshot(held);
    const pid = deadPid();
    renameSync(held, join(scratch.dir, `.held.old-${pid}-k9.tmp`));
    mkdirSync(join(scratch.dir, `.held.synth-${pid}-k9.tmp`, 'd001'), { recursive: true });
    const r = memograph('synth', ...size, '--out', held);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already holds a corpus (2 bundle folders)');
    expect(snapshot(held)).toEqual(before);
    expect(scratch.leftovers('.held')).toEqual([]);
  });
});
