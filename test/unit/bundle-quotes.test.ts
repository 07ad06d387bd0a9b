import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../src/model/annotation/compile-bundle.ts';
import { findQuote, paragraphUsesTerm } from '../../src/model/annotation/quotes.ts';
import { base, bundle, F, MEMO } from '../fixtures/lima-bundle.ts';

/** Quotes: finding a relation's quote in its paragraph, and saying why it is not there. */

describe('compileBundle matches quotes', () => {
  const quoteOf = (quote: string, extra: Record<string, unknown> = {}) => {
    const rel = { ...base.relations.relations[0], quote, ...extra };
    const text = `${JSON.stringify({ relations: [rel] }, null, 2)}\n`;
    return compileBundle(bundle({ 'relations.json': text }));
  };

  it('forgives differences in whitespace, and keeps the paragraph text as the quote', () => {
    const result = quoteOf('The MRTA   probably\n holds the Japanese ambassador ');
    expect(result.diagnostics).toEqual([]);
    expect(result.relations[0]).toMatchObject({
      quote: 'The MRTA probably holds the Japanese ambassador',
      start: 0,
      end: 47,
    });
  });

  it('locates a 15,000-character quote that is not in its paragraph, and shortens it', () => {
    for (const long of ['a '.repeat(7500), 'The MRTA ' + 'x'.repeat(15_000)]) {
      const [d, ...rest] = quoteOf(long).diagnostics;
      expect(rest).toEqual([]);
      expect(d?.line).toBeGreaterThan(0);
      expect(d?.message).toMatch(/^relations\[0\]\.quote: not found in paragraph p1/);
      expect(d!.message.length).toBeLessThan(500);
    }
  });

  it('says so when a quote is not in its paragraph, and shows how the paragraph begins', () => {
    const [d] = quoteOf('Certainly the MRTA holds the ambassador').diagnostics;
    expect(d?.message).toBe(
      `relations[0].quote: not found in paragraph p1, whitespace aside; p1 (${F}/memo.txt, line 3) begins "The MRTA probably holds the Japanese ambassador in the residence. The MRTA does…" — relation "r1"`,
    );
  });

  it('shows where a nearly right quote parts from the paragraph', () => {
    const [d] = quoteOf('The MRTA probably holds the Peruvian ambassador').diagnostics;
    expect(d?.message).toMatch(
      /^relations\[0\]\.quote: not found in paragraph p1, whitespace aside; it matches as far as "The MRTA probably holds the", then the paragraph reads "Japanese ambassador in the" where the quote has "Peruvian ambassador"; p1/,
    );
  });

  it('points out different capitals and different dashes', () => {
    expect(quoteOf('the mrta probably holds').diagnostics[0]?.message).toMatch(
      /; the paragraph has it with different capitals: "The MRTA probably holds";/,
    );
    const dashed = MEMO.replace('in the residence', 'in the residence – still');
    const rel = { ...base.relations.relations[0], quote: 'the residence - still' };
    const result = compileBundle(
      bundle({ 'memo.txt': dashed, 'relations.json': JSON.stringify({ relations: [rel] }) }),
    );
    expect(result.diagnostics[0]?.message).toMatch(
      /; the paragraph prints it with other dashes or quotation marks: "the residence – still";/,
    );
  });

  it('asks for start when the quote occurs more than once', () => {
    const rel = {
      ...base.relations.relations[2],
      quote: 'ICRC carried messages',
      likelihood: null,
      basis: 'fact',
      attributedTo: undefined,
    };
    const result = compileBundle(
      bundle({ 'relations.json': JSON.stringify({ relations: [rel] }) }),
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'relations[0].quote: occurs 2 times in paragraph p2 (start 81, end 102; or start 108, end 129); add "start" to say which: "start": 81 or "start": 108 — relation "r3"',
    ]);
  });

  it('takes start, or end, to pick one of several occurrences', () => {
    const rel = { ...base.relations.relations[2], quote: 'ICRC carried messages', start: 108 };
    const byStart = compileBundle(
      bundle({ 'relations.json': JSON.stringify({ relations: [rel] }) }),
    );
    expect(byStart.diagnostics).toEqual([]);
    expect(byStart.relations[0]).toMatchObject({ start: 108, end: 129 });
    const { start: _start, ...noStart } = rel;
    const byEnd = compileBundle(
      bundle({ 'relations.json': JSON.stringify({ relations: [{ ...noStart, end: 102 }] }) }),
    );
    expect(byEnd.relations[0]).toMatchObject({ start: 81, end: 102 });
  });

  it('reports start and end that do not select the quote, with the right offsets', () => {
    expect(
      quoteOf('holds the Japanese ambassador', { start: 17, end: 47 }).diagnostics[0],
    ).toMatchObject({
      message:
        'relations[0].start: start 17 and end 47, which select " holds the Japanese ambassador", do not match the quote; in paragraph p1 the quote is at start 18, end 47 — relation "r1"',
    });
    expect(
      quoteOf('holds the Japanese ambassador', { start: 40, end: 20 }).diagnostics[0]?.message,
    ).toBe(
      'relations[0].start: start 40 is after end 20; the quote is at start 18, end 47 — relation "r1"',
    );
    expect(quoteOf('holds the Japanese ambassador', { start: 18, end: 47 }).diagnostics).toEqual(
      [],
    );
  });
});

describe('findQuote', () => {
  it('finds overlapping occurrences, whitespace forgiven', () => {
    expect(findQuote('a a a', 'a  a')).toEqual([
      { start: 0, end: 3 },
      { start: 2, end: 5 },
    ]);
    expect(findQuote('x (y) z', '(y)')).toEqual([{ start: 2, end: 5 }]);
    expect(findQuote('abc', '   ')).toEqual([]);
  });

  /** What findQuote promised when it was a regular expression: the oracle for small inputs. */
  function byRegExp(text: string, quote: string): { start: number; end: number }[] {
    const words = quote.split(/\s+/u).filter((w) => w !== '');
    if (words.length === 0) return [];
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(escaped.join('\\s+'), 'gu');
    const spans = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      re.lastIndex = m.index + 1;
    }
    return spans;
  }

  it('finds exactly what the whitespace-forgiving pattern finds', () => {
    const pieces = fc.constantFrom('a', 'b', 'ab', ' ', '  ', '\n', '\u00a0', '(', '.', '*');
    const text = fc.array(pieces, { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (t, q) => {
        expect(findQuote(t, q)).toEqual(byRegExp(t, q));
      }),
      { numRuns: 2000, seed: 1996 },
    );
  });

  it('answers a 15,000-character quote that is not there without overflowing', () => {
    const paragraph = 'The MRTA holds the Japanese ambassador. '.repeat(50);
    // Each of these overflowed the stack as a case-insensitive regular expression.
    for (const long of [
      'a '.repeat(7500),
      'xy '.repeat(5000),
      'x'.repeat(15_000),
      '( '.repeat(7500),
    ]) {
      expect(findQuote(paragraph, long)).toEqual([]);
      expect(paragraphUsesTerm(paragraph, long)).toBe(false);
    }
  });
});

describe('paragraphUsesTerm', () => {
  it('finds the term as whole words, in any case, whatever the spacing', () => {
    expect(paragraphUsesTerm('He probably  Understands.', 'probably understands')).toBe(true);
    expect(paragraphUsesTerm('Improbably so.', 'probably')).toBe(false);
    expect(paragraphUsesTerm('probablyso', 'probably')).toBe(false);
    expect(paragraphUsesTerm('x 1may y', 'may')).toBe(false);
    // A letter outside the BMP is a letter too.
    expect(paragraphUsesTerm('\u{1d400}may', 'may')).toBe(false);
    expect(paragraphUsesTerm('\u{1f600}may', 'may')).toBe(true);
  });
});
