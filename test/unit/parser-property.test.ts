import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMemo, type ParseResult } from '../../src/model/memo/memo-parser.ts';

/**
 * Property tests for the conventions of declassified records: whatever the text, the parser never
 * throws, and every offset it reports slices the text it reports on exactly. Documents are built
 * from the pieces real ones are made of (markings, numbers, stamps, banners, page numbers,
 * exemption codes, redactions) in any order and with any line endings, so that the pieces meet
 * in ways no hand-written test thought of. The seed is fixed so that a failure reproduces.
 */
const RUNS = { numRuns: 300, seed: 2019 } as const;

const word = fc.constantFrom(
  'the',
  'MRTA',
  'hostages',
  'Fujimori',
  'talks',
  'govern-',
  'ment',
  '“armed',
  'propaganda”',
  '[redacted]',
  '[REDACTED]',
  'XXXXXX',
  'it’s',
  'and',
  '1996',
  '(see',
  'below)',
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 14 })
  .chain((words) => fc.constantFrom('.', '', '?', ',').map((end) => words.join(' ') + end));
const marking = fc.constantFrom(
  '(U)',
  '(C)',
  '(S)',
  '(TS)',
  '(S//NF)',
  '(S//NOFORN)',
  '(S//REL TO USA, GBR)',
  '(S//ORCON)',
  '(TS//SI//NF)',
  '(S/NF)',
  '(S//XNOPE)',
);
const label = fc.constantFrom('1.', '2.', '3.', 'A.', 'b.', '(1)', '(a)');
const paragraph = fc
  .tuple(
    fc.option(label, { nil: undefined }),
    fc.option(marking, { nil: undefined }),
    fc.array(sentence, { minLength: 1, maxLength: 3 }),
    fc.option(marking, { nil: undefined }),
    fc.option(fc.constantFrom('(b)(1)', 'B1', '(b)(1) (b)(3)'), { nil: undefined }),
  )
  .map(([l, lead, sentences, trail, exemption]) =>
    [l, lead, sentences.join(' '), trail, exemption].filter((p) => p !== undefined).join(' '),
  );
const furnitureLine = fc.constantFrom(
  'SECRET//NOFORN',
  'TOP SECRET//SI//NOFORN',
  '(SECRET/NOFORN)',
  'Approved for Release: 2019/03/14 C05512345',
  'Declassified and Approved For Release 2012/05/01 : CIA-RDP79T00975A000100010001-1',
  '- 2 -',
  'Page 3 of 5',
  '4',
  'December 28, 1996',
  '28 December 1996',
  '1996-12-28',
  'INR',
  '(b)(1)',
  'B1',
  'INTELLIGENCE NOTE',
  'MEMORANDUM FOR THE SECRETARY',
  'SUBJECT: (U) Peru: Hostages',
  'TAGS: PTER, PE',
  'FM AMEMBASSY LIMA',
  'O 281530Z DEC 96',
);
/** A paragraph hard-wrapped at random word boundaries, with tabs and no-break spaces. */
const wrapped = fc
  .tuple(paragraph, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(' ', '\t', '\u00a0'))
  .map(([text, cuts, pad]) => {
    const words = text.split(' ');
    for (const cut of cuts) {
      const at = cut % words.length;
      if (at > 0) words[at] = `\n${pad}${words[at]}`;
    }
    return words.join(' ').replace(/ \n/g, '\n');
  });
const piece = fc.oneof(
  { weight: 3, arbitrary: wrapped },
  { weight: 2, arbitrary: furnitureLine },
  { weight: 1, arbitrary: fc.constantFrom('Background', '(U) Outlook', 'Scenarios (U)') },
);
const separator = fc.constantFrom('\n\n', '\n', '\n\n\n', '\n \n');
const memoLike = fc
  .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 16 })
  .chain((pieces) =>
    fc.constantFrom('\n', '\r\n', '\r').map((eol) =>
      pieces
        .map(([p, s]) => p + s)
        .join('')
        .replace(/\n/g, eol),
    ),
  );
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

/** What offsets refer to: LF line endings, no byte order mark. */
function asRead(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const c of needle) {
    at = haystack.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

function expectOffsetsExact(text: string, result: ParseResult): void {
  const { memo, problems } = result;
  const source = asRead(text);
  const lineCount = source.split('\n').length;
  for (const p of problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.trim()).not.toBe('');
  }
  const byId = new Map(memo.paragraphs.map((p) => [p.id, p]));
  for (const r of memo.redactions) {
    if (r.start === null || r.end === null) continue;
    expect(byId.get(r.paragraph ?? '')?.text.slice(r.start, r.end)).toBe(r.text);
  }
  for (const b of memo.pageBreaks) {
    const paragraphText = byId.get(b.paragraph)?.text;
    expect(paragraphText).toBeDefined();
    expect(b.offset).toBeGreaterThanOrEqual(0);
    expect(b.offset).toBeLessThanOrEqual(paragraphText?.length ?? 0);
  }
  for (const p of memo.paragraphs) {
    const printed = source.slice(p.source.start, p.source.end);
    expect(printed.trim()).toBe(printed);
    // The text is the printed paragraph with its number, marking, furniture and layout taken out.
    const squeeze = (s: string): string => s.replace(/\s+/g, '');
    expect(isSubsequence(squeeze(p.text), squeeze(printed))).toBe(true);
    if (p.marking !== null) {
      expect(p.text.startsWith(`(${p.marking})`)).toBe(false);
      expect(p.text.endsWith(`(${p.marking})`)).toBe(false);
    }
    if (p.label !== null) expect(printed.startsWith(p.label)).toBe(true);
    expect(p.text).not.toMatch(/Approved for Release|^SECRET\/\/NOFORN$|^- \d+ -$/);
  }
}

/** The property both kinds of text hold: parsing never throws, and every offset is exact. */
function offsetsSliceExactly(texts: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(texts, (text) => {
      expectOffsetsExact(text, parseMemo(text));
    }),
    RUNS,
  );
}

describe('parseMemo on memo-shaped text in every convention', () => {
  it('never throws, and every offset slices the text exactly', () => {
    offsetsSliceExactly(memoLike);
  });

  it('parses the same whatever the line endings', () => {
    fc.assert(
      fc.property(memoLike, (text) => {
        const lf = asRead(text);
        expect(parseMemo(lf.replace(/\n/g, '\r\n'))).toEqual(parseMemo(lf));
      }),
      RUNS,
    );
  });
});

describe('parseMemo on arbitrary text', () => {
  it('never throws, and every offset slices the text exactly', () => {
    offsetsSliceExactly(anyText);
  });
});

describe('source offsets', () => {
  it('span a page-split paragraph from its number to its last word', () => {
    const text = [
      '(U) Title',
      '',
      '1. (S//NF) The talks went on until he refused to',
      'SECRET//NOFORN',
      '- 2 -',
      'discuss prisoners.',
    ].join('\r\n');
    const [p] = parseMemo(text).memo.paragraphs;
    expect(p?.text).toBe('The talks went on until he refused to discuss prisoners.');
    expect(p && asRead(text).slice(p.source.start, p.source.end)).toBe(
      '1. (S//NF) The talks went on until he refused to\nSECRET//NOFORN\n- 2 -\ndiscuss prisoners.',
    );
  });
});
