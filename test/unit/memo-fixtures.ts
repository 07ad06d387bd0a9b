import { readFileSync } from 'node:fs';
import {
  parseMemo,
  type ParsedMemo,
  type ParsedParagraph,
  type ParseProblem,
  type ParseResult,
} from '../../src/model/memo/memo-parser.ts';

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

/** A memo from test/fixtures/memos/conventions, each holding one convention or a mixture. */
export function parseConvention(name: string): ParseResult {
  return parseFixture(`conventions/${name}`);
}

/** What the parser gives back for a text it finds nothing in: every field empty. */
export const emptyMemo: ParsedMemo = {
  title: null,
  titleMarking: null,
  documentType: null,
  header: null,
  headings: [],
  classification: null,
  date: null,
  office: null,
  paragraphs: [],
  redactions: [],
  pageBreaks: [],
  furniture: [],
  pageCount: 0,
};

/**
 * A complete expected memo: `emptyMemo` with the fields a test names, so a deep equality
 * against it still asserts every field, and each test states only what its document has.
 */
export function expectedMemo(fields: Partial<ParsedMemo>): ParsedMemo {
  return { ...emptyMemo, ...fields };
}

/** A paragraph's fields, less the ones most paragraphs share (no heading, page 1, no label). */
export type ExpectedParagraph = Omit<ParsedParagraph, 'id' | 'n' | 'heading' | 'page' | 'label'> &
  Partial<Pick<ParsedParagraph, 'heading' | 'page' | 'label'>>;

/** Complete expected paragraphs, numbered p1, p2… in the order given, as the parser numbers them. */
export function expectedParagraphs(list: readonly ExpectedParagraph[]): ParsedParagraph[] {
  return list.map(({ heading = null, page = 1, label = null, ...rest }, index) => ({
    id: `p${index + 1}`,
    n: index + 1,
    heading,
    page,
    label,
    ...rest,
  }));
}

/** The warning for a paragraph left unmarked among marked ones, where the paragraph ends. */
export function unmarked(id: string, line: number, column: number): ParseProblem {
  return {
    severity: 'warning',
    line,
    column,
    message: `paragraph ${id} has no portion marking, though the document's other paragraphs carry one like (C)`,
  };
}
