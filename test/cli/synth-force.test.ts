import {
  cpSync,
  existsSync,
  lstatSync,
  symlinkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memograph, ROOT, useScratch } from './run.ts';

/** `memograph synth --force` replaces only a corpus it wrote itself, and never a user's file. */

const SIZE = ['--documents', '3', '--actors', '30', '--relations', '60'];

const scratch = useScratch('memograph-force-');

describe('synth --force never deletes what synth did not write', () => {
  it('refuses a folder of hand-made bundles, naming what would be lost', () => {
    const hand = scratch.place('hand');
    mkdirSync(hand.abs);
    for (const name of ['lima', 'havana']) {
      cpSync(join(ROOT, `test/fixtures/bundles/mini-${name}`), join(hand.abs, name), {
        recursive: true,
      });
    }
    const r = memograph('synth', ...SIZE, '--out', hand.typed, '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `memograph synth: --force would delete 10 files that memograph synth did not write (or that changed since): ${hand.typed}/havana/actors.json, ${hand.typed}/havana/cable.txt, ${hand.typed}/havana/document.json, …; ${hand.typed} has no .memograph-synth.json, so synth did not write it; --force replaces only a corpus synth wrote, so move them away or choose a new folder\nrun "memograph help synth" for usage\n`,
    );
    // Without --force, the same: adding it would not help.
    const unforced = memograph('synth', ...SIZE, '--out', hand.typed);
    expect(unforced.status).toBe(2);
    expect(unforced.stderr).toBe(r.stderr);
    expect(readdirSync(hand.abs).sort()).toEqual(['havana', 'lima']);
    expect(readdirSync(join(hand.abs, 'lima')).sort()).toEqual([
      'actors.json',
      'document.json',
      'memo.txt',
      'relation-types.json',
      'relations.json',
    ]);
  });

  it('refuses a corpus with a file added inside a bundle, or a file changed', () => {
    const corpus = scratch.place('corpus');
    expect(memograph('synth', ...SIZE, '--out', corpus.typed).status).toBe(0);
    writeFileSync(join(corpus.abs, 'd002', 'notes.txt'), 'mine\n');
    const added = memograph('synth', ...SIZE, '--seed', '2', '--out', corpus.typed, '--force');
    expect(added.status).toBe(2);
    expect(added.stderr.split('\n')[0]).toBe(
      `memograph synth: --force would delete 1 file that memograph synth did not write (or that changed since): ${corpus.typed}/d002/notes.txt; --force replaces only a corpus synth wrote, so move them away or choose a new folder`,
    );
    expect(readFileSync(join(corpus.abs, 'd002', 'notes.txt'), 'utf8')).toBe('mine\n');

    rmSync(join(corpus.abs, 'd002', 'notes.txt'));
    const memo = join(corpus.abs, 'd001', 'd001.txt');
    writeFileSync(memo, `${readFileSync(memo, 'utf8')}My own note.\n`);
    const changed = memograph('synth', ...SIZE, '--seed', '2', '--out', corpus.typed, '--force');
    expect(changed.status).toBe(2);
    expect(changed.stderr).toContain(`(or that changed since): ${corpus.typed}/d001/d001.txt;`);
    expect(readFileSync(memo, 'utf8')).toMatch(/My own note\.\n$/);
  });

  it('replaces a corpus it wrote and left as it was', () => {
    const corpus = scratch.place('again');
    expect(memograph('synth', ...SIZE, '--out', corpus.typed).status).toBe(0);
    const r = memograph('synth', ...SIZE, '--seed', '5', '--out', corpus.typed, '--force');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/; seed 5\n$/);
    expect(existsSync(join(corpus.abs, '.memograph-synth.json'))).toBe(true);
    expect(scratch.leftovers()).toEqual([]);
  });

  it('writes through a symbolic link named as --out, and keeps the link', () => {
    const real = scratch.place('real-corpus');
    const link = scratch.place('linked-corpus');
    expect(memograph('synth', ...SIZE, '--out', real.typed).status).toBe(0);
    symlinkSync(real.abs, link.abs);
    const r = memograph('synth', ...SIZE, '--seed', '3', '--out', link.typed, '--force');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(lstatSync(link.abs).isSymbolicLink()).toBe(true);
    expect(readdirSync(real.abs)).toContain('d003');
    expect(readFileSync(join(real.abs, '.memograph-synth.json'), 'utf8')).toContain(
      'd003/d003.txt',
    );
  });
});
