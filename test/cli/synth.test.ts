import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, memograph, ROOT, snapshot, useScratch } from './run.ts';
import { FileAccessError } from '../../src/cli/fs-errors.ts';
import { writeCorpus } from '../../src/cli/synth-command.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import type { SynthBundle } from '../../src/model/synth/synth.ts';

/**
 * `memograph synth` and the corpus folders it writes, run as a user runs them: a child process,
 * its exit status, its two output streams and the files it leaves on disk.
 */

const scratch = useScratch('memograph-synth-');

const SIZE = ['--documents', '6', '--actors', '120', '--relations', '400'];
/** The bundle folders a corpus of six documents holds. */
const BUNDLES = ['d001', 'd002', 'd003', 'd004', 'd005', 'd006'];
const SUMMARY =
  '6 documents, \\d+ paragraphs, 120 actors, 12 relation types, 400 relations \\(\\d+ hedged, \\d+ negated\\)';

describe('memograph synth writes a corpus that check and build accept', () => {
  it('writes the bundles, then check and build take the corpus folder itself', () => {
    const corpus = scratch.place('corpus');
    const r = memograph('synth', ...SIZE, '--seed', '7', '--out', corpus.typed);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^wrote ${corpus.typed} — 6 bundles: ${SUMMARY}; seed 7\\n$`),
    );
    // The bundles, and the list of what synth wrote, which a later --force relies on.
    expect(readdirSync(corpus.abs).sort()).toEqual(['.memograph-synth.json', ...BUNDLES]);
    expect(readdirSync(join(corpus.abs, 'd001')).sort()).toEqual([
      'actors.json',
      'd001.txt',
      'document.json',
      'relation-types.json',
      'relations.json',
    ]);
    expect(scratch.leftovers()).toEqual([]);

    const check = memograph('check', corpus.typed);
    // The linter runs too, and finds nothing: synth writes every cue as its fields say it.
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(
      new RegExp(`^${corpus.typed} \\(6 bundles\\): ok — ${SUMMARY}, 0 warnings\\n$`),
    );

    const out = scratch.place('corpus.json');
    const build = memograph('build', `${corpus.typed}/`, '--out', out.typed);
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const { dataset, diagnostics } = parseDataset(readFileSync(out.abs, 'utf8'), out.typed);
    expect(diagnostics).toEqual([]);
    expect(dataset?.documents.map((d) => d.id)).toEqual(BUNDLES);
    expect(dataset?.relations).toHaveLength(400);
  });

  it('writes the same bytes for the same seed, and another corpus for another seed', () => {
    const a = scratch.place('same-a');
    const b = scratch.place('same-b');
    const c = scratch.place('other');
    expect(memograph('synth', ...SIZE, '--seed', '3', '--out', a.typed).status).toBe(0);
    expect(memograph('synth', ...SIZE, '--seed=3', '--out', b.typed).status).toBe(0);
    expect(memograph('synth', ...SIZE, '--seed', '4', '--out', c.typed).status).toBe(0);
    expect(snapshot(b.abs)).toEqual(snapshot(a.abs));
    expect(snapshot(c.abs)).not.toEqual(snapshot(a.abs));
  });

  it('expands a folder of bundles among other inputs, and says when a folder holds none', () => {
    const real = memograph('check', 'graph-data');
    expect(real.status).toBe(0);
    expect(real.stdout).toMatch(/^graph-data \(1 bundle\): ok — 1 document, /);

    const empty = scratch.place('nothing-here');
    mkdirSync(join(empty.abs, 'notes'), { recursive: true });
    const r = memograph('check', empty.typed);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${empty.typed}: neither a bundle folder (it has no document.json, actors.json, relation-types.json, relations.json) nor a folder of bundles (no sub-folder has a document.json)\n`,
    );
    const build = memograph('build', empty.typed, '--out', scratch.place('nothing.json').typed);
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(`${empty.typed}: neither a bundle folder`);
    expect(existsSync(scratch.place('nothing.json').abs)).toBe(false);
    expectNoStackTrace(r);
    expectNoStackTrace(build);
  });
});

describe('memograph synth refuses what it cannot do', () => {
  const cases: [string[], string][] = [
    [
      ['--actors', '10', '--relations', '5', '--out', 'x'],
      'memograph synth: missing --documents <D>: say how many documents to generate',
    ],
    [
      ['--documents', '2', '--actors', '10', '--relations', 'ten', '--out', 'x'],
      'memograph synth: --relations must be a whole number ≥ 0, got "ten"',
    ],
    [
      ['--documents', '2', '--actors', '10', '--relations', '-5', '--out', 'x'],
      'memograph synth: --relations must be a whole number ≥ 0, got "-5"',
    ],
    [
      ['--documents', '2', '--actors', '10', '--relations', '2.5', '--out', 'x'],
      'memograph synth: --relations must be a whole number ≥ 0, got "2.5"',
    ],
    [
      ['--documents', '0', '--actors', '10', '--relations', '5', '--out', 'x'],
      'memograph synth: --documents must be a whole number ≥ 1',
    ],
    [
      ['--documents', '2', '--actors', '10', '--relations', '--out', 'x'],
      'memograph synth: --relations needs a number',
    ],
    [
      ['--documents', '2', '--actors', '1', '--relations', '5', '--out', 'x'],
      'memograph synth: --actors must be at least 2 when --relations is above 0: a relation links two different actors',
    ],
    [
      [
        '--documents',
        '2',
        '--actors',
        '10',
        '--relations',
        '5',
        '--seed',
        '4294967296',
        '--out',
        'x',
      ],
      'memograph synth: --seed must be at most 4294967295, got 4294967296',
    ],
    [
      ['--documents', '2', '--actors', '10', '--relations', '5'],
      'memograph synth: missing --out <folder>: say where to write the corpus',
    ],
    [
      ['--documents', '2', '--actor', '10', '--relations', '5', '--out', 'x'],
      'memograph synth: unknown option "--actor" (did you mean "--actors"?)',
    ],
    [
      ['--documents', '2', '--actors', '10', '--relations', '5', '--out', '.'],
      'memograph synth: --out . is the current folder or contains it; name a new folder for the corpus',
    ],
    [
      ['--documents', '2', '--actors', '10', '--relations', '5', '--out', 'package.json'],
      'memograph synth: --out package.json is a file; synth writes a folder of bundles',
    ],
  ];
  it.each(cases)('synth %j exits 2 with one line and a hint', (args, message) => {
    const r = memograph('synth', ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\nrun "memograph help synth" for usage\n`);
    expectNoStackTrace(r);
  });

  it('prints its help', () => {
    for (const args of [
      ['help', 'synth'],
      ['synth', '--help'],
    ]) {
      const r = memograph(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: memograph synth --documents <D> --actors <N> /);
      expect(r.stdout).toContain('--force');
    }
    expect(memograph('--help').stdout).toContain('synth   Write a synthetic corpus');
  });

  it('refuses a non-empty --out; --force replaces an earlier corpus but never other files', () => {
    const corpus = scratch.place('taken');
    expect(memograph('synth', ...SIZE, '--seed', '1', '--out', corpus.typed).status).toBe(0);
    const before = snapshot(corpus.abs);

    const refused = memograph('synth', ...SIZE, '--seed', '2', '--out', corpus.typed);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `memograph synth: --out ${corpus.typed} already holds a corpus (6 bundle folders); add --force to replace it, or choose a new folder\nrun "memograph help synth" for usage\n`,
    );
    expect(snapshot(corpus.abs)).toEqual(before);

    const forced = memograph('synth', ...SIZE, '--seed', '2', '--out', corpus.typed, '--force');
    expect(forced.status).toBe(0);
    expect(snapshot(corpus.abs)).not.toEqual(before);
    expect(scratch.leftovers()).toEqual([]);

    writeFileSync(join(corpus.abs, 'notes.txt'), 'mine\n');
    const stranger = memograph('synth', ...SIZE, '--out', corpus.typed, '--force');
    expect(stranger.status).toBe(2);
    expect(stranger.stderr).toContain(
      `--out ${corpus.typed} is not empty and holds "notes.txt", which is not a bundle folder`,
    );
    expect(readFileSync(join(corpus.abs, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('writes into an empty folder that already exists', () => {
    const empty = scratch.place('empty');
    mkdirSync(empty.abs);
    const r = memograph('synth', ...SIZE, '--out', empty.typed);
    expect(r.status).toBe(0);
    expect(readdirSync(empty.abs)).toHaveLength(7); // six bundles and .memograph-synth.json
  });
});

describe('writeCorpus: whole or not at all', () => {
  it('leaves the earlier corpus and no temporary folder when a write fails half-way', () => {
    const corpus = scratch.place('atomic');
    expect(memograph('synth', ...SIZE, '--out', corpus.typed).status).toBe(0);
    const before = snapshot(corpus.abs);
    const bundles: SynthBundle[] = [
      { folder: 'd001', files: { 'document.json': '{}\n' } },
      // A NUL in a file name fails the write after the first bundle is on disk.
      { folder: 'd002', files: { 'bad\0name.json': '{}\n' } },
    ];
    expect(() => writeCorpus(corpus.abs, ROOT, bundles)).toThrow(FileAccessError);
    expect(snapshot(corpus.abs)).toEqual(before);
    expect(scratch.leftovers()).toEqual([]);
  });
});
