import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, memograph, useScratch, type Place } from './run.ts';

/**
 * The adversarial pass of issue 14, kept as a regression suite: each case is one small bad input
 * made from the mini-lima fixture bundle, run through the real `memograph check`. Every answer is
 * a located, short message in plain words: no stack trace, no echo of a huge input, nothing raw
 * that would act on a terminal.
 */
const scratch = useScratch('memograph-adversarial-');
let count = 0;

/** A fresh copy of the fixture bundle, changed by `change` (which receives its folder). */
function bundleWith(change: (dir: string) => void, name = `case-${++count}`): Place {
  const bundle = scratch.copy('test/fixtures/bundles/mini-lima', name);
  change(bundle.abs);
  return bundle;
}

/** Rewrites one JSON file of the bundle. */
function editJson(dir: string, file: string, edit: (value: Record<string, never>) => void): void {
  const path = join(dir, file);
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, never>;
  edit(value);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

type Relations = { relations: Record<string, unknown>[] };
type Actors = { actors: Record<string, unknown>[] };

const relations = (edit: (r: Relations['relations']) => void) => (dir: string) =>
  editJson(dir, 'relations.json', (v) => edit((v as unknown as Relations).relations));
const actors = (edit: (a: Actors['actors']) => void) => (dir: string) =>
  editJson(dir, 'actors.json', (v) => edit((v as unknown as Actors).actors));

/** Checks the bundle and holds the answer to the promises every bad input gets. */
function checkRefuses(bundle: Place): string {
  const r = memograph('check', bundle.typed);
  expect(r.status).toBe(1);
  expectNoStackTrace(r);
  const out = r.stderr + r.stdout;
  for (const line of out.split('\n')) expect(line.length).toBeLessThan(600);
  // Nothing that acts instead of showing: ESC, C1 controls, text-direction overrides.
  const acting = (c: number) =>
    c === 0x1b ||
    (c >= 0x80 && c <= 0x9f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069);
  expect([...out].some((c) => acting(c.codePointAt(0)!))).toBe(false);
  return out;
}

describe('adversarial inputs get located, short messages in plain words', () => {
  it('a 15,000-character quote that is not in its paragraph', () => {
    const out = checkRefuses(
      bundleWith(
        relations((r) => {
          r[0]!['quote'] = 'a '.repeat(7500);
        }),
      ),
    );
    expect(out).toMatch(
      /relations\.json:\d+:\d+: relations\[0\]\.quote: not found in paragraph p1/,
    );
    expect(out).not.toMatch(/regular expression|stack/i);
  });

  it('a 20,000-character likelihood term', () => {
    const out = checkRefuses(
      bundleWith(
        relations((r) => {
          r[0]!['likelihood'] = { term: 'maybe '.repeat(3400), band: 'unquantified' };
        }),
      ),
    );
    expect(out).toMatch(/relations\.json:\d+:\d+: relations\[0\]\.likelihood\.term: /);
    expect(out).not.toMatch(/regular expression|stack/i);
  });

  for (const term of ['constructor', '__proto__', 'toString']) {
    it(`a likelihood term named like an Object property: "${term}"`, () => {
      const out = checkRefuses(
        bundleWith(
          relations((r) => {
            r[0]!['likelihood'] = { term, band: 'likely' };
          }),
        ),
      );
      expect(out).toContain(`"${term}" is not in the likelihood term table`);
      expect(out).not.toMatch(/native code|function/);
    });
  }

  it('a terminal escape sequence inside a term is shown escaped', () => {
    const out = checkRefuses(
      bundleWith(
        relations((r) => {
          r[0]!['likelihood'] = { term: '\u001b[2J\u001b[31mprobably', band: 'likely' };
        }),
      ),
    );
    expect(out).toContain('\\u001b[2J\\u001b[31mprobably');
  });

  it('a folder name with control characters is shown escaped', () => {
    const bundle = bundleWith(() => {}, 'bad\u001b]0;title\u0007name');
    const r = memograph('check', join(bundle.typed, 'missing.json'));
    expectNoStackTrace(r);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('bad\\u001b]0;title\\u0007name');
    expect(r.stderr).not.toContain('\u001b');
  });

  it('an actor name that is only white space, or holds a text-direction override', () => {
    for (const name of ['   ', 'MRTA\u202E', 'MR\u0000TA', 'MR\nTA']) {
      const out = checkRefuses(
        bundleWith(
          actors((a) => {
            a[0]!['name'] = name;
          }),
        ),
      );
      expect(out).toMatch(
        /actors\.json:\d+:\d+: actors\[0\]\.name: must be a name with a visible character/,
      );
    }
  });

  it('a 100,000-character actor name, over the documented limit', () => {
    const out = checkRefuses(
      bundleWith(
        actors((a) => {
          a[0]!['name'] = 'x'.repeat(100_000);
        }),
      ),
    );
    expect(out).toMatch(/actors\[0\]\.name: must be at most 200 characters long, got 100,000/);
  });

  it('relations.json that is not UTF-8, with the line and column of the first bad byte', () => {
    const out = checkRefuses(
      bundleWith((dir) => {
        const path = join(dir, 'relations.json');
        const text = readFileSync(path);
        const at = text.indexOf('MRTA');
        writeFileSync(
          path,
          Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0xfe]), text.subarray(at)]),
        );
      }),
    );
    expect(out).toMatch(/relations\.json:\d+:\d+: the file is not UTF-8 text: byte 0xFF/);
  });

  it('a memo saved as UTF-16', () => {
    const out = checkRefuses(
      bundleWith((dir) => {
        const path = join(dir, 'memo.txt');
        const text = readFileSync(path, 'utf8');
        writeFileSync(
          path,
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
        );
      }),
    );
    expect(out).toMatch(/memo\.txt.*UTF-16/);
  });

  it('a FIFO as the memo is refused instead of read forever', () => {
    const bundle = bundleWith((dir) => {
      const path = join(dir, 'memo.txt');
      rmSync(path);
      execFileSync('mkfifo', [path]);
    });
    const r = memograph('check', bundle.typed);
    expect(r.status).not.toBe(0);
    expectNoStackTrace(r);
    expect(r.stderr).toMatch(/memo\.txt/);
  });

  it('an empty argument', () => {
    const r = memograph('check', '');
    expect(r.status).toBe(2);
    expectNoStackTrace(r);
    expect(r.stderr).toMatch(/^memograph check: an empty argument/);
  });

  it('build refuses an --out that is one of its inputs, before reading anything', () => {
    const bundle = bundleWith(() => {});
    const actorsFile = join(bundle.abs, 'actors.json');
    const before = readFileSync(actorsFile, 'utf8');
    const r = memograph('build', bundle.typed, '--out', join(bundle.typed, 'actors.json'));
    expect(r.status).toBe(2);
    expectNoStackTrace(r);
    expect(readFileSync(actorsFile, 'utf8')).toBe(before);
    // Nothing was written: no temporary file beside the bundle either.
    expect(scratch.leftovers('.')).toEqual([]);
  });
});
