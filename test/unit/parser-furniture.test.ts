import { describe, expect, it } from 'vitest';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import {
  expectedMemo,
  expectedParagraphs,
  fixture,
  parseConvention,
  unmarked,
} from './memo-fixtures.ts';

describe('page furniture, redactions, page breaks, dates, text quirks and doubts', () => {
  it('release stamps are furniture, never the title, and end a page', () => {
    expect(parseConvention('release-stamps.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Stamped Note',
        titleMarking: 'U',
        classification: 'SECRET//NOFORN',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The stamp above is not the title, and it is printed on every page of the release.',
            line: 7,
            source: { start: 84, end: 169 },
          },
          {
            marking: 'C',
            text: 'The second page carries a stamp of the older kind at its top.',
            page: 2,
            line: 11,
            source: { start: 254, end: 319 },
          },
        ]),
        pageBreaks: [{ page: 2, paragraph: 'p2', offset: 0 }],
        furniture: [
          { kind: 'other', text: 'Approved for Release: 2019/03/14 C05512345', page: 1 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
          {
            kind: 'other',
            text: 'Declassified and Approved For Release 2012/05/01 : CIA-RDP79T00975A000100010001-1',
            page: 1,
          },
        ],
        pageCount: 2,
      }),
      problems: [],
    });
  });

  it('page numbers in the forms - 2 -, Page 3 of 4 and a bare 4', () => {
    expect(parseConvention('page-numbers.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Page Numbers',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'Paragraph one ends on the first page.',
            line: 3,
            source: { start: 24, end: 65 },
          },
          {
            marking: 'C',
            text: 'Paragraph two stands on the second page.',
            page: 2,
            line: 7,
            source: { start: 74, end: 118 },
          },
          {
            marking: 'C',
            text: 'Paragraph three stands on the third page.',
            page: 3,
            line: 11,
            source: { start: 133, end: 178 },
          },
          {
            marking: 'C',
            text: 'Paragraph four stands on the last page.',
            page: 4,
            line: 15,
            source: { start: 183, end: 226 },
          },
        ]),
        pageBreaks: [
          { page: 2, paragraph: 'p2', offset: 0 },
          { page: 3, paragraph: 'p3', offset: 0 },
          { page: 4, paragraph: 'p4', offset: 0 },
        ],
        furniture: [
          { kind: 'page-number', text: '- 2 -', page: 2 },
          { kind: 'page-number', text: 'Page 3 of 4', page: 3 },
          { kind: 'page-number', text: '4', page: 4 },
        ],
        pageCount: 4,
      }),
      problems: [],
    });
  });

  it('FOIA exemption codes after a paragraph and on their own lines', () => {
    expect(parseConvention('exemptions.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Withheld Sources',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: 'S',
            text: 'A source reported that the MRTA expects a long standoff.',
            line: 3,
            source: { start: 28, end: 102 },
          },
          {
            marking: 'S',
            text: 'Another source reported that the leaders disagree.',
            line: 8,
            source: { start: 119, end: 176 },
          },
          {
            marking: 'C',
            text: 'The government has not confirmed either report.',
            line: 10,
            source: { start: 178, end: 229 },
          },
        ]),
        redactions: [
          { kind: 'exemption', text: '(b)(1)', page: 1, paragraph: 'p1', start: null, end: null },
          { kind: 'exemption', text: '(b)(3)', page: 1, paragraph: 'p1', start: null, end: null },
          { kind: 'exemption', text: '(b)(1)', page: 1, paragraph: 'p1', start: null, end: null },
          { kind: 'exemption', text: '(b)(3)', page: 1, paragraph: 'p1', start: null, end: null },
          { kind: 'exemption', text: 'B1', page: 1, paragraph: 'p2', start: null, end: null },
        ],
        furniture: [
          { kind: 'exemption', text: '(b)(1)', page: 1 },
          { kind: 'exemption', text: '(b)(3)', page: 1 },
          { kind: 'exemption', text: '(b)(1)', page: 1 },
          { kind: 'exemption', text: '(b)(3)', page: 1 },
          { kind: 'exemption', text: 'B1', page: 1 },
        ],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('[REDACTED], [deleted], [redacted] and a run of X are redactions with offsets into the text', () => {
    expect(parseConvention('redactions.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Redacted Sources',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: 'S',
            text: 'According to [REDACTED], the MRTA leader wants to leave for Cuba.',
            line: 3,
            source: { start: 28, end: 97 },
          },
          {
            marking: 'S',
            text: 'A second report from [deleted] and a third from XXXXXXXX say the same.',
            line: 5,
            source: { start: 99, end: 173 },
          },
          {
            marking: 'C',
            text: 'The [redacted] liaison office has no comment.',
            line: 7,
            source: { start: 175, end: 224 },
          },
        ]),
        redactions: [
          { kind: 'redaction', text: '[REDACTED]', page: 1, paragraph: 'p1', start: 13, end: 23 },
          { kind: 'redaction', text: '[deleted]', page: 1, paragraph: 'p2', start: 21, end: 30 },
          { kind: 'redaction', text: 'XXXXXXXX', page: 1, paragraph: 'p2', start: 48, end: 56 },
          { kind: 'redaction', text: '[redacted]', page: 1, paragraph: 'p3', start: 4, end: 14 },
        ],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('a paragraph broken across a page is rejoined around the banner, stamp and page number glued to it', () => {
    expect(parseConvention('page-split.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Split Across Pages',
        titleMarking: 'U',
        classification: 'SECRET//NOFORN',
        paragraphs: expectedParagraphs([
          {
            marking: 'S//NF',
            text: 'The negotiator met the MRTA spokesman on Friday and agreed to keep talking, but he refused to discuss the release of prisoners.',
            line: 5,
            label: '1.',
            source: { start: 46, end: 248 },
          },
          {
            marking: 'C',
            text: 'The next meeting is set for Monday.',
            page: 2,
            line: 11,
            label: '2.',
            source: { start: 250, end: 292 },
          },
        ]),
        pageBreaks: [{ page: 2, paragraph: 'p1', offset: 94 }],
        furniture: [
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
          { kind: 'other', text: 'Approved for Release: 2019/03/14 C05512345', page: 1 },
          { kind: 'page-number', text: '- 2 -', page: 2 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 2 },
        ],
        pageCount: 2,
      }),
      problems: [],
    });
  });

  it('a date line in the form 1996-12-28', () => {
    expect(parseConvention('dates-iso.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Date in ISO Form',
        titleMarking: 'U',
        date: '1996-12-28',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The date above is the date of issue.',
            line: 5,
            source: { start: 40, end: 80 },
          },
        ]),
        furniture: [{ kind: 'date', text: '1996-12-28', page: 1 }],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('a date line in the form 28 December 1996', () => {
    expect(parseConvention('dates-day-month.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Date With the Day First',
        titleMarking: 'U',
        date: '1996-12-28',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The date above is the date of issue.',
            line: 5,
            source: { start: 53, end: 93 },
          },
        ]),
        furniture: [{ kind: 'date', text: '28 December 1996', page: 1 }],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('CRLF, tabs, non-breaking spaces, curly quotes and hyphens at line ends', () => {
    expect(parseConvention('quirks.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Line Endings\u00a0and Tabs',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The MRTA\u00a0released two hostages, saying it wanted \u201cgoodwill\u201d from the govern-ment. It\u2019s the third release.',
            line: 3,
            label: '1.',
            source: { start: 33, end: 146 },
          },
          {
            marking: 'C',
            text: 'A well-known mediator arrived.',
            line: 6,
            label: '2.',
            source: { start: 148, end: 186 },
          },
        ]),
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('a mixture: stamp, banner, document type, leading marks and numbers, redaction, exemption, a page-split paragraph', () => {
    expect(parseConvention('mixture.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: A Mixture of Conventions',
        titleMarking: 'U',
        documentType: 'INTELLIGENCE NOTE',
        headings: [
          { text: 'Summary', marking: 'U', label: null, line: 11 },
          { text: 'Outlook', marking: 'U', label: null, line: 22 },
        ],
        classification: 'SECRET//NOFORN',
        date: '1996-12-28',
        paragraphs: expectedParagraphs([
          {
            heading: 'Summary',
            marking: 'S//NF',
            text: 'The MRTA still holds 103 hostages, and [redacted] reports that the leaders are divided over how long to hold out.',
            line: 13,
            label: '1.',
            source: { start: 147, end: 278 },
          },
          {
            heading: 'Summary',
            marking: 'C',
            text: 'The government has kept its negotiator in place, though the talks have not resumed since the Red Cross delivered its latest proposal. Fujimori has not answered.',
            line: 15,
            label: '2.',
            source: { start: 280, end: 470 },
          },
          {
            heading: 'Outlook',
            marking: 'S',
            text: 'A settlement before the New Year is unlikely.',
            page: 2,
            line: 24,
            label: '3.',
            source: { start: 485, end: 537 },
          },
          {
            heading: 'Outlook',
            marking: 'C',
            text: 'A rescue attempt remains possible.',
            page: 2,
            line: 26,
            label: 'A.',
            source: { start: 539, end: 580 },
          },
        ]),
        redactions: [
          { kind: 'exemption', text: '(b)(1)', page: 1, paragraph: 'p1', start: null, end: null },
          { kind: 'redaction', text: '[redacted]', page: 1, paragraph: 'p1', start: 39, end: 49 },
        ],
        pageBreaks: [{ page: 2, paragraph: 'p2', offset: 124 }],
        furniture: [
          { kind: 'other', text: 'Approved for Release: 2019/03/14 C05512345', page: 1 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
          { kind: 'other', text: 'INTELLIGENCE NOTE', page: 1 },
          { kind: 'date', text: 'December 28, 1996', page: 1 },
          { kind: 'exemption', text: '(b)(1)', page: 1 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
          { kind: 'page-number', text: '- 2 -', page: 2 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 2 },
          { kind: 'page-number', text: 'Page 2 of 2', page: 2 },
        ],
        pageCount: 2,
      }),
      problems: [],
    });
  });

  it('warns about a mid-sentence page break it does not rejoin', () => {
    expect(parseConvention('doubt-page-break.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: A Break in Doubt',
        titleMarking: 'U',
        headings: [
          {
            text: 'Fujimori would not attend them in person.',
            marking: null,
            label: null,
            line: 8,
          },
        ],
        classification: 'SECRET',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The negotiator said the talks would resume after the holiday and that the government',
            line: 3,
            label: '1.',
            source: { start: 28, end: 119 },
          },
          {
            heading: 'Fujimori would not attend them in person.',
            marking: 'C',
            text: 'The Red Cross will carry messages.',
            page: 2,
            line: 10,
            label: '2.',
            source: { start: 178, end: 219 },
          },
        ]),
        pageBreaks: [{ page: 2, paragraph: 'p2', offset: 0 }],
        furniture: [
          { kind: 'banner', text: 'SECRET', page: 1 },
          { kind: 'page-number', text: '- 2 -', page: 2 },
        ],
        pageCount: 2,
      }),
      problems: [
        {
          severity: 'warning',
          line: 8,
          column: 1,
          message:
            'the paragraph before the page break ends mid-sentence, but this text does not read as its continuation (it does not start in lower case); the two are kept apart',
        },
      ],
    });
  });

  it('warns when paragraph numbers skip', () => {
    expect(parseConvention('doubt-numbering.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: A Gap in the Numbers',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The first paragraph is numbered one.',
            line: 3,
            label: '1.',
            source: { start: 32, end: 75 },
          },
          {
            marking: 'C',
            text: 'The next is numbered three, so one may be lost.',
            line: 5,
            label: '3.',
            source: { start: 77, end: 131 },
          },
        ]),
        pageCount: 1,
      }),
      problems: [
        {
          severity: 'warning',
          line: 5,
          column: 1,
          message: 'paragraph number "3." follows "1."; expected "2."',
        },
      ],
    });
  });

  it('warns about a marking it does not know, and keeps it in the text', () => {
    expect(parseConvention('doubt-marking.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: An Unknown Caveat',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: null,
            text: '(S//XNOPE) The caveat here is not one the parser knows.',
            line: 3,
            source: { start: 29, end: 84 },
          },
          {
            marking: 'C',
            text: 'This paragraph is marked as usual.',
            line: 5,
            source: { start: 86, end: 124 },
          },
        ]),
        pageCount: 1,
      }),
      problems: [
        {
          severity: 'warning',
          line: 3,
          column: 1,
          message:
            '"(S//XNOPE)" looks like a portion marking but is not one the parser knows; it is kept in the text',
        },
        unmarked('p1', 3, 56),
      ],
    });
  });

  it('keeps the quirks verbatim: the fixture really has CRLF, tabs and a soft line-end hyphen', () => {
    const raw = fixture('conventions/quirks.txt');
    expect(raw).toContain('\r\n');
    expect(raw).toContain('1.\t(C)\t');
    expect(raw).toContain('govern-\r\nment');
    // LF or CRLF, the same parse.
    expect(parseMemo(raw.replace(/\r\n/g, '\n'))).toEqual(parseMemo(raw));
  });

  it('peels a stamp or banner glued to the first or last line of a paragraph', () => {
    const { memo, problems } = parseMemo(
      [
        'Approved for Release: 2019/03/14 C05512345',
        '(U) Peru: Glued Furniture',
        '',
        '(C) The first paragraph.',
        'SECRET//NOFORN',
        '',
        '(b)(1)',
        '(C) The second paragraph.',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(memo.title).toBe('Peru: Glued Furniture');
    expect(memo.paragraphs.map((p) => [p.marking, p.text, p.page])).toEqual([
      ['C', 'The first paragraph.', 1],
      ['C', 'The second paragraph.', 2],
    ]);
    expect(memo.furniture).toEqual([
      { kind: 'other', text: 'Approved for Release: 2019/03/14 C05512345', page: 1 },
      { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
      { kind: 'exemption', text: '(b)(1)', page: 1 },
    ]);
  });

  it('reads the date of issue in each of its three forms', () => {
    for (const line of ['December 28, 1996', '28 December 1996', '1996-12-28']) {
      const { memo, problems } = parseMemo(`(U) Title\n\n${line}\n\n(C) Text of the note.\n`);
      expect(problems).toEqual([]);
      expect(memo.date).toBe('1996-12-28');
      expect(memo.furniture).toEqual([{ kind: 'date', text: line, page: 1 }]);
    }
  });

  it('keeps prose that only begins like a release stamp', () => {
    const { memo } = parseMemo(
      '(U) Title\n\n(C) The report was\napproved for release by the Director\non Monday.\n',
    );
    expect(memo.paragraphs.map((p) => p.text)).toEqual([
      'The report was approved for release by the Director on Monday.',
    ]);
    expect(memo.furniture).toEqual([]);
  });

  it('puts a banner and stamp printed again after a page end on the next page', () => {
    const { memo, problems } = parseMemo(
      [
        '(U) Title',
        '(C) The first page ends here.',
        'SECRET\nApproved for Release: 2019/03/14 C05512345',
        'Approved for Release: 2019/03/14 C05512345\nSECRET',
        '(C) The second page begins here.',
      ].join('\n\n'),
    );
    expect(problems).toEqual([]);
    expect(memo.furniture).toEqual([
      { kind: 'banner', text: 'SECRET', page: 1 },
      { kind: 'other', text: 'Approved for Release: 2019/03/14 C05512345', page: 1 },
      { kind: 'other', text: 'Approved for Release: 2019/03/14 C05512345', page: 2 },
      { kind: 'banner', text: 'SECRET', page: 2 },
    ]);
    expect(memo.paragraphs.map((p) => p.page)).toEqual([1, 2]);
  });

  it("a mixture in the seed's style, saved with CRLF: stamp and banner glued together, document type, heading, hyphen at a line end, redaction, exemption after the marking, a page-split paragraph", () => {
    expect(parseConvention('mixture-trailing.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Trailing Marks, Old Style',
        titleMarking: 'U',
        documentType: 'INTELLIGENCE ASSESSMENT',
        headings: [{ text: 'Talks', marking: null, label: null, line: 10 }],
        classification: 'CONFIDENTIAL',
        date: '1996-12-28',
        paragraphs: expectedParagraphs([
          {
            heading: 'Talks',
            marking: 'C',
            text: 'The guarantors met again on Friday; the MRTA asked for a doc-tor and for [deleted] to attend.',
            line: 12,
            source: { start: 144, end: 245 },
          },
          {
            heading: 'Talks',
            marking: 'C',
            text: 'The government said it would consider the request but gave no timetable for an answer.',
            line: 15,
            source: { start: 247, end: 362 },
          },
        ]),
        redactions: [
          { kind: 'exemption', text: 'B1', page: 1, paragraph: 'p1', start: null, end: null },
          { kind: 'redaction', text: '[deleted]', page: 1, paragraph: 'p1', start: 73, end: 82 },
        ],
        pageBreaks: [{ page: 2, paragraph: 'p2', offset: 62 }],
        furniture: [
          { kind: 'other', text: 'Approved for Release: 2019/03/14 C05512345', page: 1 },
          { kind: 'banner', text: 'CONFIDENTIAL', page: 1 },
          { kind: 'other', text: 'INTELLIGENCE ASSESSMENT', page: 1 },
          { kind: 'date', text: '28 December 1996', page: 1 },
          { kind: 'exemption', text: 'B1', page: 1 },
          { kind: 'banner', text: 'CONFIDENTIAL', page: 1 },
          { kind: 'page-number', text: 'Page 2 of 2', page: 2 },
          { kind: 'banner', text: 'CONFIDENTIAL', page: 2 },
        ],
        pageCount: 2,
      }),
      problems: [],
    });
  });
});
