import { describe, expect, it } from 'vitest';
import type { MemoDocument, Paragraph } from '../../src/model/contract/types.ts';
import { breaksWithin, pagesOf } from '../../src/model/memo/page-of.ts';

const p5: Paragraph = { id: 'p5', page: 1, text: 'a'.repeat(700) } as unknown as Paragraph;
const p10: Paragraph = { id: 'p10', page: 3, text: 'b'.repeat(100) } as unknown as Paragraph;
const doc = {
  paragraphs: [p5, p10],
  pageBreaks: [
    { page: 2, paragraph: 'p5', offset: 382 },
    { page: 3, paragraph: 'p10', offset: 0 },
  ],
} as unknown as MemoDocument;

describe('pagesOf', () => {
  it('puts a quote after a break inside its paragraph on the later page', () => {
    expect(pagesOf(doc, p5, 660, 700)).toEqual({ first: 2, last: 2 });
  });
  it('keeps a quote before the break on the paragraph’s first page', () => {
    expect(pagesOf(doc, p5, 10, 200)).toEqual({ first: 1, last: 1 });
  });
  it('spans both pages when the quote runs over the break', () => {
    expect(pagesOf(doc, p5, 300, 400)).toEqual({ first: 1, last: 2 });
  });
  it('a quote ending exactly at the break stays on the first page', () => {
    expect(pagesOf(doc, p5, 300, 382)).toEqual({ first: 1, last: 1 });
  });
  it('a break before the paragraph is not inside it', () => {
    expect(breaksWithin(doc, p10)).toEqual([]);
    expect(pagesOf(doc, p10, 5, 20)).toEqual({ first: 3, last: 3 });
  });
});
