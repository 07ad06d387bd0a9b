import { describe, expect, it } from 'vitest';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import { fixture, memoText, parseFixture } from './memo-fixtures.ts';

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  expect(index, `"${needle}" not found`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split('\n').length;
}

describe('page breaks', () => {
  const text = fixture('several-page-breaks.txt');
  const { memo, problems } = parseMemo(text);

  it('counts four pages from dates, office codes, page numbers and banners', () => {
    expect(problems).toEqual([]);
    expect(memo.pageCount).toBe(4);
    expect(memo.title).toBe('Cuba/Mediation: Options');
    expect(memo.classification).toBe('CONFIDENTIAL');
    expect(memo.office).toBe('INR');
    expect(memo.date).toBe('1997-03-03');
  });

  it('splits one paragraph and records the others before the paragraph that opens the page', () => {
    const p3 = memo.paragraphs[2]?.text ?? '';
    const offset = p3.indexOf('the MRTA leadership agreed');
    expect(p3).toContain('to host the talks, provided that the MRTA leadership agreed');
    expect(memo.pageBreaks).toEqual([
      { page: 2, paragraph: 'p3', offset: 0 },
      { page: 3, paragraph: 'p3', offset },
      { page: 4, paragraph: 'p6', offset: 0 },
    ]);
    expect(memo.paragraphs.map((p) => p.page)).toEqual([1, 1, 2, 3, 3, 4]);
    expect(memo.paragraphs.map((p) => p.heading)).toEqual([
      null,
      'Background',
      'Background',
      'Outlook',
      'Outlook',
      'Outlook',
    ]);
  });

  it('treats a letterhead and a final footer as furniture that starts no page', () => {
    expect(memo.furniture).toEqual([
      { kind: 'banner', text: '(CONFIDENTIAL)', page: 1 },
      { kind: 'page-number', text: 'Page 1 of 4', page: 1 },
      { kind: 'date', text: 'March 3, 1997', page: 1 },
      { kind: 'office', text: 'INR', page: 2 },
      { kind: 'page-number', text: 'Page 2 of 4', page: 2 },
      { kind: 'exemption', text: 'B3', page: 3 },
      { kind: 'page-number', text: 'Page 3 of 4', page: 3 },
      // A page number naming the next page is that page's header.
      { kind: 'page-number', text: '- 4 -', page: 4 },
      { kind: 'banner', text: '(CONFIDENTIAL)', page: 4 },
      { kind: 'date', text: 'March 3, 1997', page: 4 },
    ]);
    expect(memo.redactions).toEqual([
      { kind: 'exemption', text: 'B3', page: 3, paragraph: 'p4', start: null, end: null },
    ]);
  });

  it('warns when a printed page number or total disagrees with the count', () => {
    const altered = text
      .replace('Page 2 of 4', 'Page 5 of 4')
      .replace(/Page (\d) of 4/g, 'Page $1 of 5');
    const { problems: altProblems } = parseMemo(altered);
    expect(altProblems.map((p) => [p.line, p.message])).toEqual([
      [
        lineOf(altered, 'Page 5 of 5'),
        'page number "Page 5 of 5" is printed where the page furniture counts page 2',
      ],
      [
        lineOf(altered, 'Page 1 of 5'),
        'the page furniture says the document has 5 pages, but 4 were found',
      ],
    ]);
  });

  it('recognises each kind of page furniture alone on a line', () => {
    const para = (n: number) => `Paragraph ${n} says something of substance here. (C)`;
    const lines = [
      'Page 2 of 3',
      '- 2 -',
      '2',
      'TOP SECRET',
      'UNCLASSIFIED',
      'SECRET//NOFORN',
      '(b)(1)',
      'B1 B3',
      'INR/AA',
      '28 December 1996',
      'Dec. 28, 1996',
      '1996-12-28',
      '* * *',
    ];
    const doc = lines.map((l, i) => `${para(i + 1)}\n\n${l}`).join('\n\n') + `\n\n${para(99)}\n`;
    const { memo: m } = parseMemo(doc);
    expect(m.paragraphs).toHaveLength(lines.length + 1);
    expect(m.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['page-number', 'Page 2 of 3'],
      ['page-number', '- 2 -'],
      ['page-number', '2'],
      ['banner', 'TOP SECRET'],
      ['banner', 'UNCLASSIFIED'],
      ['banner', 'SECRET//NOFORN'],
      ['exemption', '(b)(1)'],
      ['exemption', 'B1 B3'],
      ['office', 'INR/AA'],
      ['date', '28 December 1996'],
      ['date', 'Dec. 28, 1996'],
      ['date', '1996-12-28'],
      ['other', '* * *'],
    ]);
    // Exemption codes and separators are margin notes; everything else ends a page.
    expect(m.pageBreaks.map((b) => b.paragraph)).toEqual([
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p10',
      'p11',
      'p12',
      'p13',
    ]);
    expect(m.classification).toBe('TOP SECRET');
    expect(m.date).toBe('1996-12-28');
  });

  it('does not take lines that merely resemble furniture for furniture', () => {
    const doc = [
      'Memo (U)',
      'The MRTA may act first. (C)',
      'December 32, 1996',
      'II',
      'SECRET TALKS',
      '(SECRET/NOFORN',
      'The talks went on. (C)',
    ].join('\n\n');
    const { memo: m } = parseMemo(doc);
    expect(m.furniture).toEqual([]);
    expect(m.pageCount).toBe(1);
    expect(m.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      [null, 'The MRTA may act first.'],
      [null, 'December 32, 1996'],
      [null, 'II'],
      [null, 'SECRET TALKS'],
      // Short, unmarked and followed by a marked paragraph: a heading, not a banner.
      ['(SECRET/NOFORN', 'The talks went on.'],
    ]);
  });

  it('warns when the running dates disagree', () => {
    const altered = memoText.replace(
      '[redacted] December 28, 1996',
      '[redacted] December 29, 1996',
    );
    const { memo: m, problems: ps } = parseMemo(altered);
    expect(m.date).toBe('1996-12-28');
    expect(ps).toEqual([
      {
        severity: 'warning',
        line: 39,
        column: 1,
        message:
          'date line "[redacted] December 29, 1996" reads 1996-12-29, but line 19 gave the issue date as 1996-12-28',
      },
    ]);
  });
});

describe('redactions', () => {
  const { memo, problems } = parseFixture('redaction-in-sentence.txt');

  it('keeps "[redacted]" inside sentences and records its offsets', () => {
    expect(problems).toEqual([]);
    const [p1, p2, p3] = memo.paragraphs;
    expect(p1?.text.startsWith('According to [redacted], a senior official')).toBe(true);
    expect(p2?.text).toContain('said that [REDACTED] and the interior minister');
    expect(p3?.text.startsWith('[redacted] told the embassy')).toBe(true);
    const inline = memo.redactions.filter((r) => r.start !== null);
    expect(inline).toEqual([
      { kind: 'redaction', text: '[redacted]', page: 1, paragraph: 'p1', start: 13, end: 23 },
      { kind: 'redaction', text: '[REDACTED]', page: 1, paragraph: 'p2', start: 26, end: 36 },
      { kind: 'redaction', text: '[redacted]', page: 1, paragraph: 'p2', start: 96, end: 106 },
      { kind: 'redaction', text: '[redacted]', page: 1, paragraph: 'p3', start: 0, end: 10 },
    ]);
    for (const r of inline) {
      const text = memo.paragraphs.find((p) => p.id === r.paragraph)?.text ?? '';
      expect(text.slice(r.start ?? 0, r.end ?? 0)).toBe(r.text);
    }
  });

  it('records one exemption per code on a line of codes', () => {
    expect(memo.redactions.filter((r) => r.kind === 'exemption')).toEqual([
      { kind: 'exemption', text: 'B1', page: 1, paragraph: 'p1', start: null, end: null },
      { kind: 'exemption', text: 'B3', page: 1, paragraph: 'p1', start: null, end: null },
      { kind: 'exemption', text: '(b)(1)', page: 1, paragraph: 'p2', start: null, end: null },
      { kind: 'exemption', text: '(b)(3)', page: 1, paragraph: 'p2', start: null, end: null },
    ]);
    expect(memo.furniture).toEqual([
      { kind: 'exemption', text: 'B1 B3', page: 1 },
      { kind: 'exemption', text: '(b)(1) (b)(3)', page: 1 },
    ]);
    expect(memo.pageCount).toBe(1);
  });

  it('places an inline redaction after a page break on the later page', () => {
    const doc =
      'Report (U)\n\nThe source, who spoke to\n\nJanuary 3, 1997\n\n' +
      'the minister, named [redacted] as the contact. (S)\n';
    const { memo: m } = parseMemo(doc);
    expect(m.paragraphs).toHaveLength(1);
    expect(m.redactions).toEqual([
      { kind: 'redaction', text: '[redacted]', page: 2, paragraph: 'p1', start: 45, end: 55 },
    ]);
    expect(m.paragraphs[0]?.text.slice(45, 55)).toBe('[redacted]');
  });
});
