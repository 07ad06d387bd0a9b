import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import { expectNoStackTrace, memograph, ROOT, useScratch } from './run.ts';

// Issue 10 is done when new → check → build works for every convention the parser reads.
// None of these documents is broken: the doubt-* ones draw warnings, which neither check nor
// build refuses (the documents that are not memos at all live one folder up).
const FOLDER = 'test/fixtures/memos/conventions';
const conventions = readdirSync(join(ROOT, FOLDER))
  .filter((name) => name.endsWith('.txt'))
  .sort();

const scratch = useScratch('memograph-new-conventions-');

describe('memograph new, check and build on each convention', () => {
  it('finds the conventions', () => {
    expect(conventions.length).toBeGreaterThanOrEqual(20);
  });

  it.each(conventions)('%s', (name) => {
    const source = readFileSync(join(ROOT, FOLDER, name));
    const expected = parseMemo(source.toString('utf8')).memo.paragraphs.length;
    expect(expected).toBeGreaterThan(0);
    const bundle = scratch.place(name.replace(/\.txt$/, ''));

    const created = memograph('new', `${FOLDER}/${name}`, '--out', bundle.typed);
    expectNoStackTrace(created);
    expect(created.status).toBe(0);
    expect(readFileSync(join(bundle.abs, name))).toEqual(source);

    const checked = memograph('check', bundle.typed);
    expectNoStackTrace(checked);
    expect(checked.status).toBe(0);

    const built = memograph('build', bundle.typed, '--out', `${bundle.typed}.json`);
    expectNoStackTrace(built);
    expect(built.status).toBe(0);
    const dataset = JSON.parse(readFileSync(`${bundle.abs}.json`, 'utf8'));
    expect(dataset.documents).toHaveLength(1);
    expect(dataset.documents[0].paragraphs).toHaveLength(expected);
  });
});
