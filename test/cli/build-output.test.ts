import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, memograph, ROOT, useScratch } from './run.ts';

/**
 * `memograph build` never loses what the user has: its --out is never one of its inputs, never
 * anything but a regular file, and writing it changes the file's content and nothing else.
 */

const MINI_LIMA = 'test/fixtures/bundles/mini-lima';
const HINT = 'run "memograph help build" for usage\n';

const scratch = useScratch('memograph-out-');

describe('build refuses an --out that is one of its inputs, before reading anything', () => {
  for (const file of ['relations.json', 'memo.txt', 'document.json']) {
    it(`--out B/${file}`, () => {
      const bundle = scratch.copy(MINI_LIMA, `into-${file}`);
      const before = readFileSync(join(bundle.abs, file), 'utf8');
      const out = `${bundle.typed}/${file}`;
      const r = memograph('build', bundle.typed, '--out', out);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `memograph build: --out ${out} is inside the input bundle folder ${bundle.typed}; build never writes into a bundle (it could replace the annotations or the memo), so choose a file outside it\n${HINT}`,
      );
      expect(readFileSync(join(bundle.abs, file), 'utf8')).toBe(before);
    });
  }

  it('a file inside a bundle of an input corpus, or reached through a symbolic link', () => {
    const corpus = join(scratch.dir, 'corpus');
    mkdirSync(corpus);
    const bundle = scratch.copy(MINI_LIMA, 'corpus/lima');
    const corpusTyped = relative(ROOT, corpus);
    const before = readFileSync(join(bundle.abs, 'actors.json'), 'utf8');
    const r = memograph('build', corpusTyped, '--out', `${bundle.typed}/actors.json`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`is inside the input bundle folder ${corpusTyped}/lima;`);

    const link = join(scratch.dir, 'link.json');
    symlinkSync(join(bundle.abs, 'actors.json'), link);
    const viaLink = memograph('build', bundle.typed, '--out', link);
    expect(viaLink.status).toBe(2);
    expect(viaLink.stderr).toContain(`--out ${link} is inside the input bundle folder`);
    expect(readFileSync(join(bundle.abs, 'actors.json'), 'utf8')).toBe(before);

    // Beside the bundles of a corpus is fine: that is no bundle's file.
    const beside = memograph('build', corpusTyped, '--out', `${corpusTyped}/all.json`);
    expect(beside.status).toBe(0);
  });
});

describe('writing the output changes its content and nothing else', () => {
  it('writes through a symbolic link to its target', () => {
    const target = join(scratch.dir, 'target.json');
    const link = join(scratch.dir, 'out-link.json');
    writeFileSync(target, 'previous\n');
    symlinkSync('target.json', link);
    const r = memograph('build', MINI_LIMA, '--out', link);
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^\{"schemaVersion":2,/);
  });

  it('keeps the permissions of the file it replaces', () => {
    const out = join(scratch.dir, 'private.json');
    writeFileSync(out, 'previous\n');
    chmodSync(out, 0o600);
    expect(memograph('build', MINI_LIMA, '--out', out).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{"schemaVersion":2,/);
  });

  it('refuses a device or a FIFO, in words, and leaves it as it is', () => {
    const fifo = join(scratch.dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [out, what] of [
      ['/dev/full', 'a device'],
      [fifo, 'a FIFO (named pipe)'],
    ] as const) {
      const r = memograph('build', MINI_LIMA, '--out', out);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `memograph: cannot write ${out}: it is ${what}, not a regular file; build writes only regular files\n`,
      );
      expectNoStackTrace(r);
    }
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe('file-system failures are told in words, with the path', () => {
  it('a symbolic link loop, as output and as input', () => {
    const loop = join(scratch.dir, 'loop');
    symlinkSync('loop', loop);
    const words =
      'too many symbolic links on the path (a symbolic link that points back to itself?)';
    const out = memograph('build', MINI_LIMA, '--out', loop);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe(`memograph: cannot write ${loop}: ${words}\n`);
    const input = memograph('check', loop);
    expect(input.status).toBe(1);
    expect(input.stderr).toBe(`memograph: cannot look at ${loop}: ${words}\n`);
  });

  it('an output folder that is a symbolic link to nothing', () => {
    const dangling = join(scratch.dir, 'gone');
    symlinkSync(join(scratch.dir, 'no-such-folder', 'deeper'), dangling);
    const out = join(dangling, 'data.json');
    const r = memograph('build', MINI_LIMA, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`memograph: cannot write ${out}: a folder on the path does not exist\n`);
  });

  it('an output folder that is a file', () => {
    const file = join(scratch.dir, 'plain-file');
    writeFileSync(file, 'x\n');
    const r = memograph('build', MINI_LIMA, '--out', join(file, 'data.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `memograph: cannot write ${join(file, 'data.json')}: a part of the path is not a folder\n`,
    );
  });
});

describe('sources that are not regular files are refused, not read for ever', () => {
  it('a FIFO or /dev/zero given as a dataset, and a FIFO inside a bundle', () => {
    const fifo = join(scratch.dir, 'data.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [path, what] of [
      [fifo, 'a FIFO (named pipe)'],
      ['/dev/zero', 'a device'],
    ] as const) {
      const r = memograph('check', path);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`memograph: cannot read ${path}: it is ${what}, not a regular file\n`);
    }
    const bundle = scratch.copy(MINI_LIMA, 'fifo-bundle');
    rmSync(join(bundle.abs, 'relations.json'));
    execFileSync('mkfifo', [join(bundle.abs, 'relations.json')]);
    const r = memograph('check', bundle.typed);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `memograph: cannot read ${bundle.typed}/relations.json: it is a FIFO (named pipe), not a regular file\n`,
    );
  });
});

describe('messages are plain and cannot act on the terminal', () => {
  it('an empty argument', () => {
    const r = memograph('check', '');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'memograph check: an empty argument ("") names no file or folder; name a bundle folder or a dataset .json file\nrun "memograph help check" for usage\n',
    );
  });

  it('control characters in a path are escaped', () => {
    const folder = join(scratch.dir, 'red\u001b[31m');
    mkdirSync(folder);
    const r = memograph('build', MINI_LIMA, '--out', folder);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `memograph: cannot write ${scratch.dir}/red\\u001b[31m: it is a folder\n`,
    );
    const out = join(scratch.dir, 'bell\u0007.json');
    const ok = memograph('build', MINI_LIMA, '--out', out);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^wrote ${scratch.dir}/bell\\\\u0007\\.json — `));
    // The point of the test: no raw control character reaches the terminal.
    // eslint-disable-next-line no-control-regex
    expect(ok.stdout + ok.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
