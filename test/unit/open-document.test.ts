import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { memoBundle } from '../../src/model/bundle-new/memo-bundle.ts';
import { NO_RELATIONS, openBytes } from '../../src/ui/open/open-file.ts';
import { fileKindOf, MAX_OPEN_BYTES, sizeProblem } from '../../src/ui/open/open-limits.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/open/${name}`, import.meta.url)));
/** A trailing comma at line 3, column 6. */
const BROKEN_JSON = '{\n  "documents": [\n    1,\n  ]\n}\n';
const text = (name: string) => new TextDecoder().decode(fixture(name));

describe('memoBundle', () => {
  it('builds the bundle memograph new would write, which compiles with its suggested actors', () => {
    const made = memoBundle('tiny-note.txt', text('tiny-note.txt'), []);
    if ('refusal' in made) throw new Error(made.refusal);
    expect(made.bundle.readFile('tiny-note.txt')).toBe(text('tiny-note.txt'));
    expect(JSON.parse(made.bundle.readFile('relations.json') ?? '')).toEqual({ relations: [] });
    const { dataset, diagnostics } = compileBundles([made.bundle]);
    expect(diagnostics).toEqual([]);
    expect(dataset?.documents[0]?.title).toBe('Ruritania: Talks at the Border');
    expect(dataset?.actors.map((a) => a.name)).toContain(
      'International Committee of the Red Cross',
    );
    expect(dataset?.actors).toHaveLength(made.actors);
  });

  it('refuses a text with no paragraphs, with the parser’s problems named after the file', () => {
    const made = memoBundle('not-a-memo.txt', text('not-a-memo.txt'), []);
    expect(made).toMatchObject({
      refusal: expect.stringContaining('not-a-memo.txt is not a memo: no paragraphs found'),
    });
    if (!('refusal' in made)) return;
    expect(made.problems[0]).toMatchObject({ file: 'not-a-memo.txt', line: 1, column: 1 });
  });
});

describe('fileKindOf', () => {
  it('reads the kind from the extension, then the MIME type, else leaves it open', () => {
    expect(fileKindOf('memo.TXT', '')).toBe('memo');
    expect(fileKindOf('data.json', 'text/plain')).toBe('dataset');
    expect(fileKindOf('memo', 'text/plain')).toBe('memo');
    expect(fileKindOf('data', 'application/json')).toBe('dataset');
    expect(fileKindOf('scan.pdf', 'application/pdf')).toBe('unknown');
  });
});

describe('sizeProblem', () => {
  it('refuses an empty file and one over the limit, saying the limit', () => {
    expect(sizeProblem('a.txt', 0)?.summary).toBe(
      'a.txt is empty: there is no memo or dataset in it.',
    );
    expect(sizeProblem('big.json', MAX_OPEN_BYTES + 1)?.summary).toBe(
      'big.json is too large to open (50.1 MB): the limit is 50 MB.',
    );
    expect(sizeProblem('ok.txt', MAX_OPEN_BYTES)).toBeNull();
  });
});

describe('openBytes', () => {
  it('opens a memo as a dataset with its actors and no relations', () => {
    const opened = openBytes('tiny-note.txt', 'text/plain', fixture('tiny-note.txt'));
    if (!opened.ok) throw new Error(opened.problem.summary);
    expect(opened.notices).toEqual([NO_RELATIONS]);
    expect(opened.dataset.relations).toEqual([]);
    expect(opened.dataset.documents[0]?.paragraphs).toHaveLength(3);
  });

  it('opens a compiled dataset, deciding by its content when the name does not say', () => {
    const made = memoBundle('tiny-note.txt', text('tiny-note.txt'), []);
    if ('refusal' in made) throw new Error(made.refusal);
    const json = JSON.stringify(compileBundles([made.bundle]).dataset);
    const opened = openBytes('export', '', new TextEncoder().encode(json));
    expect(opened).toMatchObject({ ok: true, notices: [] });
  });

  it('gives each bad file a message that says what is wrong and where', () => {
    const bytes = (name: string) =>
      name === 'broken.json' ? new TextEncoder().encode(BROKEN_JSON) : fixture(name);
    const summary = (name: string) => {
      const opened = openBytes(name, '', bytes(name));
      return opened.ok ? 'opened' : [opened.problem.summary, ...opened.problem.details];
    };
    expect(summary('empty.txt')).toEqual([
      'empty.txt is empty: there is no memo or dataset in it.',
    ]);
    expect(summary('binary.txt')).toEqual([
      'binary.txt is not a text file: Memograph opens a memo saved as UTF-8 text (.txt) or a dataset (.json).',
      'binary.txt:1:1: the file is not UTF-8 text: byte 0x89 at line 1, column 1 cannot start a character',
    ]);
    expect(summary('broken.json')).toEqual([
      'The dataset broken.json is not a valid Memograph dataset (1 problem).',
      'broken.json:3:6: trailing comma before "]"',
    ]);
    expect(summary('not-a-memo.txt')[0]).toMatch(/^not-a-memo\.txt is not a memo: no paragraphs/);
  });

  it('refuses text with NUL characters as binary, and blank text as empty', () => {
    const nul = openBytes('x.txt', '', new TextEncoder().encode('a\u0000b\n\n1. (U) Text.'));
    expect(nul.ok ? '' : nul.problem.summary).toMatch(/is not a text file/);
    const blank = openBytes('b.txt', '', new TextEncoder().encode('  \n\n '));
    expect(blank.ok ? '' : blank.problem.summary).toMatch(/b\.txt is empty/);
  });
});
