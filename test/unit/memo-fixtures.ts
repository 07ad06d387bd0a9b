import { readFileSync } from 'node:fs';
import { parseMemo, type ParseResult } from '../../src/model/memo/memo-parser.ts';

/** The curated INR memo of 28 December 1996, as the parser reads it. */
export const memoText = readFileSync(
  new URL(
    '../../graph-data/peru-hostages-1996/inr-1996-12-28-peru-hostages-what-next.txt',
    import.meta.url,
  ),
  'utf8',
);

/** A memo from test/fixtures/memos. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/memos/${name}`, import.meta.url), 'utf8');
}

export function parseFixture(name: string): ParseResult {
  return parseMemo(fixture(name));
}
