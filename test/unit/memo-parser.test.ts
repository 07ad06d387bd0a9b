import { describe, expect, it } from 'vitest';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import { emptyMemo, memoText, parseFixture } from './memo-fixtures.ts';

describe('parseMemo on the INR memo of 28 December 1996', () => {
  const { memo, problems } = parseMemo(memoText);

  it('parses without problems', () => {
    expect(problems).toEqual([]);
  });

  it('reads title, title marking, banner, date and office', () => {
    expect(memo.title).toBe('Peru/Hostages: What Next?');
    expect(memo.titleMarking).toBe('U');
    expect(memo.classification).toBe('SECRET/NOFORN');
    expect(memo.date).toBe('1996-12-28');
    expect(memo.office).toBe('INR');
    expect(memo.pageCount).toBe(3);
  });

  it('finds ten paragraphs with ids, numbers, markings, headings and pages', () => {
    expect(memo.paragraphs.map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
      'p9',
      'p10',
    ]);
    expect(memo.paragraphs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(memo.paragraphs.map((p) => p.marking)).toEqual([
      'C',
      'C',
      'C',
      'C',
      'C',
      'C',
      'C',
      'S/NF',
      'S',
      'S',
    ]);
    expect(memo.paragraphs.map((p) => p.heading)).toEqual([
      null,
      'Logistics and limelight',
      'Logistics and limelight',
      'View from the inside',
      'View from the inside',
      "Fujimori's strategy",
      "Fujimori's strategy",
      'No respect',
      'No respect',
      'Going it alone',
    ]);
    expect(memo.paragraphs.map((p) => p.page)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 3]);
  });

  it('records the source line where each paragraph begins', () => {
    expect(memo.paragraphs.map((p) => p.line)).toEqual([5, 9, 11, 15, 17, 27, 29, 33, 37, 45]);
    for (const p of memo.paragraphs) {
      expect(memoText.split('\n')[p.line - 1]?.startsWith(p.text.slice(0, 40))).toBe(true);
    }
  });

  it('keeps every paragraph verbatim: an exact substring of the source, without its marking', () => {
    for (const p of memo.paragraphs) {
      if (p.id === 'p5') continue;
      expect(memoText.includes(p.text), p.id).toBe(true);
      expect(p.text).not.toMatch(/\((?:C|S|S\/NF|U)\)$/);
      expect(p.text).toBe(p.text.trim());
      // The marking followed the text after exactly one space in the source.
      expect(memoText.includes(`${p.text} (${p.marking})`), p.id).toBe(true);
    }
    expect(memo.paragraphs[0]?.text).toContain('believes – probably correctly – it retains');
    expect(memo.paragraphs[0]?.text.startsWith('Terrorists and government appear')).toBe(true);
    expect(memo.paragraphs[0]?.text.endsWith('no concrete steps appear to have been taken.')).toBe(
      true,
    );
    expect(memo.paragraphs[3]?.text).toContain('"Robin Hood" group');
  });

  it('rejoins p5 across the page break with exactly one space', () => {
    const p5 = memo.paragraphs[4];
    const brk = memo.pageBreaks.find((b) => b.paragraph === 'p5');
    expect(p5 && brk).toBeTruthy();
    if (!p5 || !brk) return;
    const before = p5.text.slice(0, brk.offset - 1);
    const after = p5.text.slice(brk.offset);
    expect(p5.text[brk.offset - 1]).toBe(' ');
    expect(
      before.endsWith('reestablished their credentials as a force to be reckoned with, and'),
    ).toBe(true);
    expect(after.startsWith('embarrassed Fujimori. They could take the line')).toBe(true);
    expect(after.endsWith('encouraging a "bloody military solution."')).toBe(true);
    expect(memoText.includes(`${before}\n\nDecember 28, 1996\n\nINR\n\n${after} (C)`)).toBe(true);
    expect(p5.text).toBe(`${before} ${after}`);
  });

  it('records the page breaks: inside p5 where "embarrassed" begins, and before p10', () => {
    const p5 = memo.paragraphs[4]?.text ?? '';
    const offset = p5.indexOf('embarrassed');
    expect(offset).toBeGreaterThan(0);
    expect(memo.pageBreaks).toEqual([
      { page: 2, paragraph: 'p5', offset },
      { page: 3, paragraph: 'p10', offset: 0 },
    ]);
  });

  it('keeps the page furniture, each line on its page, and none of it in a paragraph', () => {
    expect(memo.furniture).toEqual([
      { kind: 'date', text: 'December 28, 1996', page: 1 },
      { kind: 'office', text: 'INR', page: 1 },
      { kind: 'exemption', text: 'B1', page: 2 },
      { kind: 'date', text: '[redacted] December 28, 1996', page: 2 },
      { kind: 'office', text: 'INF', page: 2 },
      { kind: 'banner', text: '(SECRET/NOFORN)', page: 3 },
      { kind: 'exemption', text: 'B1', page: 3 },
      { kind: 'date', text: 'December 28, 1996', page: 3 },
    ]);
    for (const p of memo.paragraphs) {
      expect(p.text).not.toContain('December 28, 1996');
      expect(p.text).not.toMatch(/\bINR\b|\bINF\b|\bB1\b|NOFORN/);
    }
  });

  it('records the inline redaction in p8 with offsets, and the marks in the furniture', () => {
    const p8 = memo.paragraphs[7]?.text ?? '';
    const inline = memo.redactions[0];
    expect(inline).toEqual({
      kind: 'redaction',
      text: '[redacted]',
      page: 2,
      paragraph: 'p8',
      start: 327,
      end: 337,
    });
    expect(p8.slice(327, 337)).toBe('[redacted]');
    expect(p8.slice(327 - 13, 337 + 5)).toBe('no follow-up [redacted] from');
    expect(memo.redactions.slice(1)).toEqual([
      { kind: 'exemption', text: 'B1', page: 2, paragraph: 'p8', start: null, end: null },
      { kind: 'redaction', text: '[redacted]', page: 2, paragraph: 'p9', start: null, end: null },
      { kind: 'exemption', text: 'B1', page: 3, paragraph: 'p10', start: null, end: null },
    ]);
  });

  it('does not take the margin B1 after p8 for a page break', () => {
    expect(memo.paragraphs[7]?.page).toBe(2);
    expect(memo.paragraphs[8]?.page).toBe(2);
    expect(memo.pageBreaks.some((b) => b.paragraph === 'p9')).toBe(false);
  });

  it('parses Windows line endings identically', () => {
    const crlf = memoText.replace(/\n/g, '\r\n');
    expect(crlf).not.toBe(memoText);
    expect(parseMemo(crlf)).toEqual(parseMemo(memoText));
  });

  it('ignores a byte order mark', () => {
    expect(parseMemo(`\uFEFF${memoText}`)).toEqual(parseMemo(memoText));
  });
});

describe('layout', () => {
  it('joins hard-wrapped lines with one space and peels nothing out of prose', () => {
    const { memo, problems } = parseFixture('hard-wrapped.txt');
    expect(problems).toEqual([]);
    expect(memo.paragraphs.map((p) => p.text)).toEqual([
      'The MRTA released seven more hostages on January 3, citing their health. The government did not comment.',
      'The talks were set for January 3, 1997 but were postponed.',
    ]);
    expect(memo.paragraphs.map((p) => p.line)).toEqual([3, 7]);
    expect(memo.furniture).toEqual([]);
    expect(memo.date).toBeNull();
  });

  it('treats a lone CR like LF', () => {
    const cr = memoText.replace(/\n/g, '\r');
    expect(parseMemo(cr)).toEqual(parseMemo(memoText));
  });
});

describe('input that is not a memo', () => {
  const EXPECTED =
    'expected blocks of prose separated by blank lines, with portion markings like (C)';

  it('gives an empty memo and a warning for empty or blank input', () => {
    for (const text of ['', '\n\n', '  \r\n\t\r\n']) {
      expect(parseMemo(text)).toEqual({
        memo: emptyMemo,
        problems: [
          {
            severity: 'warning',
            line: 1,
            column: 1,
            message: `the document is empty: ${EXPECTED}`,
          },
        ],
      });
    }
  });

  it('refuses JSON with an error where the JSON begins', () => {
    expect(parseFixture('not-a-memo-json.txt')).toEqual({
      memo: emptyMemo,
      problems: [
        {
          severity: 'error',
          line: 3,
          column: 3,
          message: `this is a JSON document, not a memo: ${EXPECTED}`,
        },
      ],
    });
    // Broken JSON is still JSON.
    expect(parseMemo('{"actors": [').problems[0]?.message).toMatch(/^this is a JSON document/);
    expect(parseMemo('[1, 2, 3]').problems[0]?.severity).toBe('error');
  });

  it('refuses HTML with an error', () => {
    expect(parseFixture('not-a-memo-html.txt')).toEqual({
      memo: emptyMemo,
      problems: [
        {
          severity: 'error',
          line: 1,
          column: 1,
          message: `this is HTML or XML markup, not a memo: ${EXPECTED}`,
        },
      ],
    });
    expect(parseMemo('<p>Hello (C)</p>').problems[0]?.severity).toBe('error');
  });

  it('refuses binary data with an error naming the first NUL byte', () => {
    const bytes = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x01, 0x00, 0xff, 0xfe,
    ]);
    const text = new TextDecoder().decode(bytes);
    const result = parseMemo(text);
    expect(result.memo).toEqual(emptyMemo);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', line: 3, column: 1 });
    expect(result.problems[0]?.message).toMatch(
      /^binary data, not a memo: NUL byte at line 3, column 1/,
    );
  });

  it('refuses text full of control characters, but only warns about a stray one', () => {
    const garbage = 'Peru\x01\x02\x03\x04\x05\x06 hostages\x07\x08\x1b\x1b';
    const refused = parseMemo(garbage);
    expect(refused.memo).toEqual(emptyMemo);
    expect(refused.problems[0]).toMatchObject({ severity: 'error', line: 1, column: 5 });
    expect(refused.problems[0]?.message).toMatch(/^binary data, not a memo: 10 control characters/);

    const stray = memoText.replace('No respect', 'No\x07respect');
    const parsed = parseMemo(stray);
    expect(parsed.memo.paragraphs).toHaveLength(10);
    expect(parsed.problems).toEqual([
      {
        severity: 'warning',
        line: 31,
        column: 3,
        message: 'unexpected control character U+0007; it is kept in the text',
      },
    ]);
  });

  it('warns about a single line of prose', () => {
    const sentence = parseMemo('The hostages were released on Sunday.');
    expect(sentence.memo.paragraphs.map((p) => p.text)).toEqual([
      'The hostages were released on Sunday.',
    ]);
    expect(sentence.problems).toEqual([
      {
        severity: 'warning',
        line: 1,
        column: 1,
        message: `only one block of text found, with no page furniture: ${EXPECTED}`,
      },
    ]);

    const headline = parseMemo('\n\nhello world\n');
    expect(headline.memo.paragraphs).toEqual([]);
    expect(headline.problems).toEqual([
      { severity: 'warning', line: 3, column: 1, message: `no paragraphs found: ${EXPECTED}` },
    ]);
  });

  it('warns about a marking standing alone and a paragraph marked above the banner', () => {
    const doc = 'Title (U)\n\nFirst paragraph. (TS)\n\n(C)\n\nSECRET\n\nSecond paragraph. (S)\n';
    const { memo, problems } = parseMemo(doc);
    expect(memo.paragraphs.map((p) => p.marking)).toEqual(['TS', 'S']);
    expect(memo.furniture).toEqual([
      { kind: 'other', text: '(C)', page: 1 },
      { kind: 'banner', text: 'SECRET', page: 1 },
    ]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        line: 5,
        column: 1,
        message: 'portion marking (C) stands alone; expected it at the end of a paragraph',
      },
      {
        severity: 'warning',
        line: 3,
        column: 1,
        message: 'paragraph p1 is marked (TS), above the banner classification SECRET',
      },
    ]);
  });

  it('never throws, even when called with something that is not a string', () => {
    const result = parseMemo(42 as unknown as string);
    expect(result.memo).toEqual(emptyMemo);
    expect(result.problems).toEqual([
      { severity: 'error', line: 1, column: 1, message: 'expected the memo as text, got a number' },
    ]);
  });
});

describe('invariants on generated input', () => {
  // A seeded generator: the same inputs every run, so a failure can be reproduced.
  function generator(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const pieces = [
    'The MRTA holds the residence.',
    'and',
    'embarrassed Fujimori.',
    '(C)',
    '(S/NF)',
    '(1996)',
    '[redacted]',
    'December 28, 1996',
    '[redacted] December 28, 1996',
    'INR',
    'B1',
    '- 2 -',
    '(SECRET/NOFORN)',
    'Going it alone',
    'a heading.',
    '\n',
    '\n\n',
    '\r\n\r\n',
    ' ',
    '–',
    '"',
  ];

  it('keeps ids, pages, breaks and offsets consistent for 500 random documents', () => {
    const random = generator(1996);
    for (let k = 0; k < 500; k++) {
      const count = Math.floor(random() * 60);
      let text = '';
      for (let i = 0; i < count; i++) {
        text += pieces[Math.floor(random() * pieces.length)] ?? '';
        if (random() < 0.5) text += ' ';
      }
      const { memo, problems } = parseMemo(text);
      for (const p of problems) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
      }
      memo.paragraphs.forEach((p, i) => {
        expect(p.id).toBe(`p${i + 1}`);
        expect(p.n).toBe(i + 1);
        expect(p.page).toBeGreaterThanOrEqual(1);
        expect(p.page).toBeLessThanOrEqual(memo.pageCount);
        expect(p.text).toBe(p.text.trim());
        expect(p.text).not.toBe('');
        if (i > 0) expect(p.page).toBeGreaterThanOrEqual(memo.paragraphs[i - 1]?.page ?? 0);
      });
      const ids = new Set(memo.paragraphs.map((p) => p.id));
      if (memo.paragraphs.length > 0) {
        expect(memo.pageBreaks.map((b) => b.page)).toEqual(
          Array.from({ length: memo.pageCount - 1 }, (_, i) => i + 2),
        );
      }
      for (const b of memo.pageBreaks) {
        expect(ids.has(b.paragraph)).toBe(true);
        const p = memo.paragraphs.find((q) => q.id === b.paragraph);
        expect(b.offset).toBeLessThan(p?.text.length ?? 0);
      }
      for (const r of memo.redactions) {
        if (r.paragraph !== null) expect(ids.has(r.paragraph)).toBe(true);
        if (r.start !== null && r.end !== null) {
          const p = memo.paragraphs.find((q) => q.id === r.paragraph);
          expect(p?.text.slice(r.start, r.end)).toBe(r.text);
        }
      }
      expect(parseMemo(text.replace(/\r?\n/g, '\r\n'))).toEqual(
        parseMemo(text.replace(/\r\n/g, '\n')),
      );
    }
  });
});
