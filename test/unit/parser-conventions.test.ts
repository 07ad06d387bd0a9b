import { describe, expect, it } from 'vitest';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import { expectedMemo, expectedParagraphs, parseConvention } from './memo-fixtures.ts';

describe('markings, numbers, headings, document types and headers', () => {
  it('marks after the paragraph, as the seed memo does: (C), (S/NF), (S)', () => {
    expect(parseConvention('trailing-markings.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Talks Stall',
        titleMarking: 'U',
        headings: [{ text: 'Background', marking: null, label: null, line: 5 }],
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The talks stalled on Friday when the MRTA refused to discuss an exile.',
            line: 3,
            source: { start: 23, end: 97 },
          },
          {
            heading: 'Background',
            marking: 'S/NF',
            text: 'The group has held the residence since December 17.',
            line: 7,
            source: { start: 111, end: 169 },
          },
          {
            heading: 'Background',
            marking: 'S',
            text: 'The government offered safe passage to a third country.',
            line: 9,
            source: { start: 171, end: 230 },
          },
        ]),
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('a number, then the marking, then the text: 1. (S//NF)', () => {
    expect(parseConvention('leading-numbered.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Guarantors Meet Again',
        titleMarking: 'U',
        documentType: 'INTELLIGENCE NOTE',
        classification: 'SECRET//NOFORN',
        date: '1996-12-28',
        paragraphs: expectedParagraphs([
          {
            marking: 'S//NF',
            text: 'The commission of guarantors met on December 27 and agreed to meet weekly.',
            line: 9,
            label: '1.',
            source: { start: 86, end: 171 },
          },
          {
            marking: 'C',
            text: 'The MRTA asked for a doctor to visit the residence daily.',
            line: 11,
            label: '2.',
            source: { start: 173, end: 237 },
          },
          {
            marking: 'U',
            text: 'The government has not commented.',
            line: 13,
            label: '3.',
            source: { start: 239, end: 279 },
          },
        ]),
        furniture: [
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
          { kind: 'other', text: 'INTELLIGENCE NOTE', page: 1 },
          { kind: 'date', text: '28 December 1996', page: 1 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
        ],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('the levels U C S TS with the caveats //NF //NOFORN //REL TO USA, GBR //ORCON //SI and the older S/NF', () => {
    expect(parseConvention('caveats.txt')).toEqual({
      memo: expectedMemo({
        title: 'Markings With Caveats',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: 'S//NF',
            text: 'First paragraph, not releasable to foreign nationals.',
            line: 3,
            source: { start: 27, end: 88 },
          },
          {
            marking: 'S//NOFORN',
            text: 'Second paragraph, the caveat spelled out.',
            line: 5,
            source: { start: 90, end: 143 },
          },
          {
            marking: 'S//REL TO USA, GBR',
            text: 'Third paragraph, releasable to the British.',
            line: 7,
            source: { start: 145, end: 209 },
          },
          {
            marking: 'TS//SI//NF',
            text: 'Fourth paragraph, signals intelligence.',
            line: 9,
            source: { start: 211, end: 263 },
          },
          {
            marking: 'S//ORCON',
            text: 'Fifth paragraph, originator controlled.',
            line: 11,
            source: { start: 265, end: 315 },
          },
          {
            marking: 'S/NF',
            text: 'Sixth paragraph, the older single slash.',
            line: 13,
            source: { start: 317, end: 364 },
          },
          {
            marking: 'C',
            text: 'Seventh paragraph, confidential.',
            line: 15,
            source: { start: 366, end: 402 },
          },
          {
            marking: 'U',
            text: 'Eighth paragraph, unclassified.',
            line: 17,
            source: { start: 404, end: 439 },
          },
        ]),
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('numbered paragraphs and sub-paragraphs keep 1., A., (1) as a label, not as text', () => {
    expect(parseConvention('sub-paragraphs.txt')).toEqual({
      memo: expectedMemo({
        title: 'Options for Mediation',
        titleMarking: 'U',
        paragraphs: expectedParagraphs([
          {
            marking: 'S',
            text: 'Three governments have offered to mediate.',
            line: 3,
            label: '1.',
            source: { start: 27, end: 76 },
          },
          {
            marking: 'S',
            text: 'Cuba has offered to host the talks.',
            line: 5,
            label: 'A.',
            source: { start: 78, end: 120 },
          },
          {
            marking: 'C',
            text: 'Canada has offered its ambassador.',
            line: 7,
            label: 'B.',
            source: { start: 122, end: 163 },
          },
          {
            marking: 'U',
            text: 'The ambassador already sits on the commission.',
            line: 9,
            label: '(1)',
            source: { start: 165, end: 219 },
          },
          {
            marking: 'U',
            text: 'He speaks Spanish.',
            line: 11,
            label: '(2)',
            source: { start: 221, end: 247 },
          },
          {
            marking: 'C',
            text: 'Japan prefers to stay an observer.',
            line: 13,
            label: '2.',
            source: { start: 249, end: 290 },
          },
        ]),
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('headings with a marking before or after, or none; each applies until the next', () => {
    expect(parseConvention('headings.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: The Week Ahead',
        titleMarking: 'U',
        headings: [
          { text: 'Background', marking: 'U', label: null, line: 3 },
          { text: 'OUTLOOK', marking: null, label: null, line: 9 },
          { text: 'Scenarios', marking: 'U', label: null, line: 13 },
        ],
        paragraphs: expectedParagraphs([
          {
            heading: 'Background',
            marking: 'C',
            text: 'The MRTA has held the residence for eleven days and still holds 103 hostages.',
            line: 5,
            source: { start: 42, end: 123 },
          },
          {
            heading: 'Background',
            marking: 'C',
            text: 'The government has kept its negotiator in place.',
            line: 7,
            source: { start: 125, end: 177 },
          },
          {
            heading: 'OUTLOOK',
            marking: 'S',
            text: 'A settlement before the New Year is unlikely.',
            line: 11,
            source: { start: 188, end: 237 },
          },
          {
            heading: 'Scenarios',
            marking: 'S',
            text: 'A rescue attempt remains possible if a hostage is killed.',
            line: 15,
            source: { start: 254, end: 315 },
          },
        ]),
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('a document-type line is metadata, not a heading or the title', () => {
    expect(parseConvention('document-types.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: Terrorism Trends',
        titleMarking: 'U',
        documentType: 'INTELLIGENCE ASSESSMENT',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'Terrorist violence fell for the fourth year running in 1996.',
            line: 5,
            source: { start: 53, end: 117 },
          },
        ]),
        furniture: [{ kind: 'other', text: 'INTELLIGENCE ASSESSMENT', page: 1 }],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('INTELLIGENCE MEMORANDUM before a title marked at its start', () => {
    expect(parseConvention('intelligence-memorandum.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: The MRTA After the Crisis',
        titleMarking: 'U',
        documentType: 'INTELLIGENCE MEMORANDUM',
        paragraphs: expectedParagraphs([
          {
            marking: 'S',
            text: 'The group is likely to emerge weaker whatever the outcome.',
            line: 5,
            source: { start: 62, end: 124 },
          },
        ]),
        furniture: [{ kind: 'other', text: 'INTELLIGENCE MEMORANDUM', page: 1 }],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it("MEMORANDUM FOR names the addressee; the header's SUBJECT is the title", () => {
    expect(parseConvention('memorandum-for.txt')).toEqual({
      memo: expectedMemo({
        title: 'Peru: The Hostage Crisis, Day 12',
        titleMarking: 'U',
        documentType: 'MEMORANDUM FOR',
        header: {
          to: 'THE SECRETARY',
          from: 'INR - Toby T. Gati',
          subject: '(U) Peru: The Hostage Crisis, Day 12',
        },
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'The MRTA released two more hostages this morning.',
            line: 6,
            label: '1.',
            source: { start: 102, end: 158 },
          },
          {
            marking: 'C',
            text: 'We expect further releases before the weekend.',
            line: 8,
            label: '2.',
            source: { start: 160, end: 213 },
          },
        ]),
        furniture: [
          { kind: 'other', text: 'MEMORANDUM FOR THE SECRETARY', page: 1 },
          { kind: 'other', text: 'FROM: INR - Toby T. Gati', page: 1 },
          { kind: 'other', text: 'SUBJECT: (U) Peru: The Hostage Crisis, Day 12', page: 1 },
        ],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('a cable: the date-time group, FM, TO, INFO, TAGS, SUBJECT and REF are the header; numbered paragraphs follow', () => {
    expect(parseConvention('cable.txt')).toEqual({
      memo: expectedMemo({
        title: 'PERU: MRTA HOSTAGE CRISIS, DAY ELEVEN',
        titleMarking: 'S',
        header: {
          date: '1996-12-28',
          from: 'AMEMBASSY LIMA',
          to: 'SECSTATE WASHDC IMMEDIATE 4567',
          info: 'AMEMBASSY TOKYO',
          tags: 'PTER, PREL, PE',
          subject: '(S) PERU: MRTA HOSTAGE CRISIS, DAY ELEVEN',
          ref: 'A) LIMA 9876 B) STATE 12345',
        },
        classification: 'SECRET//NOFORN',
        date: '1996-12-28',
        paragraphs: expectedParagraphs([
          {
            marking: 'S//NF',
            text: 'SUMMARY: THE MRTA RELEASED TWO HOSTAGES TODAY. END SUMMARY.',
            line: 12,
            label: '1.',
            source: { start: 241, end: 311 },
          },
          {
            marking: 'C',
            text: 'THE RED CROSS DELIVERED FOOD AND WATER IN THE MORNING.',
            line: 14,
            label: '2.',
            source: { start: 313, end: 374 },
          },
          {
            marking: 'U',
            text: 'EMBASSY WILL REPORT FURTHER DEVELOPMENTS.',
            line: 16,
            label: '3.',
            source: { start: 376, end: 424 },
          },
        ]),
        furniture: [
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
          { kind: 'other', text: 'O 281530Z DEC 96', page: 1 },
          { kind: 'other', text: 'FM AMEMBASSY LIMA', page: 1 },
          { kind: 'other', text: 'TO SECSTATE WASHDC IMMEDIATE 4567', page: 1 },
          { kind: 'other', text: 'INFO AMEMBASSY TOKYO', page: 1 },
          { kind: 'other', text: 'E.O. 12958: DECL: 12/28/2006', page: 1 },
          { kind: 'other', text: 'TAGS: PTER, PREL, PE', page: 1 },
          { kind: 'other', text: 'SUBJECT: (S) PERU: MRTA HOSTAGE CRISIS, DAY ELEVEN', page: 1 },
          { kind: 'other', text: 'REF: A) LIMA 9876 B) STATE 12345', page: 1 },
          { kind: 'banner', text: 'SECRET//NOFORN', page: 1 },
        ],
        pageCount: 1,
      }),
      problems: [],
    });
  });

  it('reads the title with its marking before it, after it, or with none', () => {
    for (const [line, marking] of [
      ['(U) Peru: The Title', 'U'],
      ['Peru: The Title (U)', 'U'],
      ['(S//NF) Peru: The Title', 'S//NF'],
      ['Peru: The Title', null],
    ] as const) {
      const { memo } = parseMemo(`${line}\n\n(C) The text of the note, which is a sentence.\n`);
      expect(memo.title).toBe('Peru: The Title');
      expect(memo.titleMarking).toBe(marking);
      expect(memo.paragraphs).toHaveLength(1);
    }
  });

  it('reads a SUBJECT marked after its text, and a DATE line in the header', () => {
    const { memo, problems } = parseMemo(
      [
        'MEMORANDUM FOR: The Director',
        'FROM: INR/IAA',
        'DATE: 28 December 1996',
        'SUBJECT: Peru: Hostages,',
        '    Day Twelve (C)',
        '',
        '1. (C) The text of the memorandum.',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(memo.documentType).toBe('MEMORANDUM FOR');
    expect(memo.header).toEqual({
      to: 'The Director',
      from: 'INR/IAA',
      date: '1996-12-28',
      subject: 'Peru: Hostages, Day Twelve (C)',
    });
    expect(memo.title).toBe('Peru: Hostages, Day Twelve');
    expect(memo.titleMarking).toBe('C');
    expect(memo.date).toBe('1996-12-28');
    expect(memo.paragraphs.map((p) => [p.label, p.marking, p.text])).toEqual([
      ['1.', 'C', 'The text of the memorandum.'],
    ]);
  });

  it('never keeps a marking or a number in the text', () => {
    const { memo } = parseMemo(
      ['(U) Title', '12. (TS//SI//NF) Twelfth.', 'c. (U) Lettered.', '(a) Lettered too.'].join(
        '\n\n',
      ),
    );
    expect(memo.paragraphs.map((p) => [p.label, p.marking, p.text])).toEqual([
      ['12.', 'TS//SI//NF', 'Twelfth.'],
      ['c.', 'U', 'Lettered.'],
      ['(a)', null, 'Lettered too.'],
    ]);
  });

  it('takes a lone capitalised "TO …" line for prose, not for a header', () => {
    const { memo } = parseMemo(
      'PERU: TITLE (U)\n\nTO DATE, THE MRTA HAS RELEASED TWO HOSTAGES. (C)\n\nFM AMEMBASSY LIMA\nTO SECSTATE\n',
    );
    expect(memo.paragraphs.map((p) => p.text)).toEqual([
      'TO DATE, THE MRTA HAS RELEASED TWO HOSTAGES.',
    ]);
    expect(memo.header).toEqual({ from: 'AMEMBASSY LIMA', to: 'SECSTATE' });
    expect(memo.title).toBe('PERU: TITLE');
  });

  it('a State cable in capitals: page headers, banners and end marks are furniture, and a paragraph split by a page is rejoined', () => {
    expect(parseConvention('cable-pages.txt')).toEqual({
      memo: expectedMemo({
        title: 'PERU: RED CROSS VISITS THE RESIDENCE',
        titleMarking: 'C',
        header: { subject: 'PERU: RED CROSS VISITS THE RESIDENCE (C)' },
        classification: 'CONFIDENTIAL',
        paragraphs: expectedParagraphs([
          {
            marking: 'C',
            text: 'THE RED CROSS VISITED THE RESIDENCE TWICE TODAY AND DELIVERED FOOD, WATER AND MEDICINE TO THE HOSTAGES.',
            line: 6,
            label: '1.',
            source: { start: 92, end: 244 },
          },
          {
            marking: 'U',
            text: 'EMBASSY WILL CONTINUE TO REPORT.',
            page: 2,
            line: 13,
            label: '2.',
            source: { start: 246, end: 285 },
          },
        ]),
        pageBreaks: [{ page: 2, paragraph: 'p1', offset: 78 }],
        furniture: [
          { kind: 'banner', text: 'CONFIDENTIAL', page: 1 },
          { kind: 'page-number', text: 'PAGE 01 LIMA 09876 281530Z', page: 1 },
          { kind: 'other', text: 'SUBJECT: PERU: RED CROSS VISITS THE RESIDENCE (C)', page: 1 },
          { kind: 'banner', text: 'CONFIDENTIAL', page: 1 },
          { kind: 'page-number', text: 'PAGE 02 LIMA 09876 281530Z', page: 2 },
          { kind: 'other', text: 'BT', page: 2 },
          { kind: 'other', text: '#9876', page: 2 },
          { kind: 'other', text: 'NNNN', page: 2 },
        ],
        pageCount: 2,
      }),
      problems: [],
    });
  });

  it('reads a marked title that wraps onto a second line', () => {
    const { memo, problems } = parseMemo(
      '(U) Peru: The Hostage Crisis Enters Its Third Week as\nthe Talks Stall\n\n(C) The text of the note.\n',
    );
    expect(problems).toEqual([]);
    expect(memo.title).toBe('Peru: The Hostage Crisis Enters Its Third Week as the Talks Stall');
    expect(memo.titleMarking).toBe('U');
    expect(memo.paragraphs.map((p) => p.text)).toEqual(['The text of the note.']);
  });

  it('reads a SUBJECT that wraps onto an unindented line', () => {
    const { memo } = parseMemo(
      [
        'FM AMEMBASSY LIMA',
        'TO SECSTATE WASHDC',
        'SUBJECT: (C) PERU: MRTA HOSTAGE CRISIS, DAY ELEVEN, AND THE',
        "GOVERNMENT'S RESPONSE",
        '',
        '1. (C) TEXT OF THE CABLE.',
      ].join('\n'),
    );
    expect(memo.header).toEqual({
      from: 'AMEMBASSY LIMA',
      to: 'SECSTATE WASHDC',
      subject: "(C) PERU: MRTA HOSTAGE CRISIS, DAY ELEVEN, AND THE GOVERNMENT'S RESPONSE",
    });
    expect(memo.title).toBe("PERU: MRTA HOSTAGE CRISIS, DAY ELEVEN, AND THE GOVERNMENT'S RESPONSE");
    expect(memo.titleMarking).toBe('C');
    expect(memo.paragraphs.map((p) => [p.label, p.text])).toEqual([['1.', 'TEXT OF THE CABLE.']]);
  });

  it('lets numbering start again at 1. under a new section', () => {
    const { memo, problems } = parseMemo(
      [
        '(U) Title',
        'A. (U) First section',
        '1. (C) One under the first section.',
        '2. (C) Two under the first section.',
        'B. (U) Second section',
        '1. (C) One under the second section.',
        '2. (C) Two under the second section.',
      ].join('\n\n'),
    );
    expect(memo.headings.map((h) => [h.label, h.marking, h.text])).toEqual([
      ['A.', 'U', 'First section'],
      ['B.', 'U', 'Second section'],
    ]);
    expect(memo.paragraphs.map((p) => [p.label, p.heading])).toEqual([
      ['1.', 'First section'],
      ['2.', 'First section'],
      ['1.', 'Second section'],
      ['2.', 'Second section'],
    ]);
    expect(problems).toEqual([]);
  });
});
