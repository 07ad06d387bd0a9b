import { describe, expect, it } from 'vitest';
import { isPortionMarking } from '../../src/model/memo/memo-classification.ts';
import { parseMemo } from '../../src/model/memo/memo-parser.ts';
import { fixture, parseFixture, unmarked } from './memo-fixtures.ts';

describe('portion markings', () => {
  it('knows the vocabulary of levels and controls', () => {
    for (const m of [
      'U',
      'C',
      'S',
      'TS',
      'R',
      'FOUO',
      'CUI',
      'S/NF',
      'S//NF',
      'C/NF',
      'S/NOFORN',
      'TS//SI//NF',
      'TS//SI/TK//NOFORN',
      'S//ORCON/NF',
      'S//REL TO USA, GBR',
      'TS//SI-G//OC',
    ]) {
      expect(isPortionMarking(m), m).toBe(true);
    }
  });

  it('refuses ordinary parentheticals', () => {
    for (const m of [
      'see below',
      '1996',
      'A',
      'c',
      'NF',
      'CIA',
      'SECRET',
      'S/',
      'S///NF',
      'C/XYZ',
      's/nf',
    ]) {
      expect(isPortionMarking(m), m).toBe(false);
    }
  });

  it('stores trailing markings apart and keeps parentheticals that are not markings', () => {
    const { memo, problems } = parseFixture('parenthetical.txt');
    expect(memo.paragraphs.map((p) => p.marking)).toEqual([
      'C',
      null,
      null,
      'S',
      'S//REL TO USA, GBR',
    ]);
    const endings = ['(see below).', '(1996)', '(CIA)', 'Several hostage(s)', 'shared with London'];
    memo.paragraphs.forEach((p, i) => expect(p.text.endsWith(endings[i] ?? '?'), p.id).toBe(true));
    // A paragraph whose parenthetical is not a marking is reported as unmarked, where it ends.
    expect(problems).toEqual([unmarked('p2', 5, 83), unmarked('p3', 7, 88)]);
  });

  it('reads leading markings "(C) Text", on the title too', () => {
    const text = fixture('leading-markings.txt');
    const { memo, problems } = parseMemo(text);
    expect(problems).toEqual([]);
    expect(memo.title).toBe("Peru: The Guarantors' Commission");
    expect(memo.titleMarking).toBe('U');
    expect(memo.paragraphs.map((p) => p.marking)).toEqual(['C', 'C', 'S/NF', 'C', 'U']);
    expect(memo.paragraphs[0]?.text).toBe(
      "The commission of guarantors met for the first time on January 2 in the ambassador's residence.",
    );
    expect(memo.paragraphs[3]?.text).toBe(
      "The commission's next meeting is set for January 7 (see below).",
    );
    // "(1997)" at the end of a leading-marked paragraph is text, not a second marking.
    expect(memo.paragraphs[4]?.text).toBe('Meeting schedule: January 7, then weekly (1997)');
    expect(memo.paragraphs.map((p) => p.heading)).toEqual([
      null,
      'Membership',
      'Membership',
      'Membership',
      'Membership',
    ]);
  });

  it('rejoins a leading-marked paragraph split by a page break, by its punctuation', () => {
    const { memo } = parseFixture('leading-markings.txt');
    const p2 = memo.paragraphs[1];
    expect(p2?.text).toBe(
      'The commission includes the Canadian ambassador, Archbishop Cipriani and a Red Cross delegate; ' +
        'Japan sends an observer who takes no part in the talks but reports to Tokyo after each session.',
    );
    const offset = p2?.text.indexOf('talks but reports') ?? -1;
    expect(memo.pageBreaks).toEqual([
      { page: 2, paragraph: 'p2', offset },
      { page: 3, paragraph: 'p4', offset: 0 },
    ]);
    expect(memo.paragraphs.map((p) => p.page)).toEqual([1, 1, 2, 3, 3]);
    expect(memo.classification).toBe('SECRET//NOFORN');
    expect(memo.date).toBe('1997-01-03');
    expect(memo.furniture).toEqual([
      { kind: 'office', text: 'INR', page: 1 },
      { kind: 'date', text: 'January 3, 1997', page: 1 },
      { kind: 'banner', text: 'SECRET//NOFORN', page: 2 },
      { kind: 'page-number', text: '- 2 -', page: 2 },
    ]);
  });
});

describe('documents without portion markings', () => {
  const text = fixture('no-markings.txt');
  const { memo, problems } = parseMemo(text);

  it('parses without complaining about missing markings', () => {
    expect(problems).toEqual([]);
    expect(memo.title).toBe('Notes on the Lima Talks');
    expect(memo.titleMarking).toBeNull();
    expect(memo.classification).toBeNull();
    expect(memo.office).toBeNull();
    expect(memo.date).toBe('1997-02-14');
  });

  it('finds headings followed by longer paragraphs, and short paragraphs that are not headings', () => {
    expect(memo.paragraphs.map((p) => [p.heading, p.marking, p.text.slice(0, 18)])).toEqual([
      ['Summary', null, 'The talks resumed '],
      ['The Guarantors', null, 'The commission of '],
      ['The Guarantors', null, 'Both sides agreed.'],
      ['The Guarantors', null, 'The next session i'],
    ]);
  });

  it('rejoins a paragraph split by a page break when it lacks final punctuation', () => {
    const p2 = memo.paragraphs[1]?.text ?? '';
    const offset = p2.indexOf('the Peruvian side');
    expect(p2).toContain('after each session, and the Peruvian side has asked');
    expect(memo.pageBreaks).toEqual([{ page: 2, paragraph: 'p2', offset }]);
    expect(memo.paragraphs.map((p) => p.page)).toEqual([1, 1, 2, 2]);
    expect(memo.pageCount).toBe(2);
    expect(memo.furniture).toEqual([{ kind: 'date', text: 'February 14, 1997', page: 1 }]);
  });
});

describe('headings', () => {
  it('takes a short unmarked sentence before a marked paragraph for a heading', () => {
    const { memo, problems } = parseFixture('heading-sentence.txt');
    expect(memo.title).toBe('The Residence');
    expect(memo.paragraphs.map((p) => [p.heading, p.marking, p.text.slice(0, 20)])).toEqual([
      ['The siege is now in its third week.', 'C', 'The terrorists have '],
      ['The siege is now in its third week.', 'C', 'Talks are unlikely b'],
      ['The government will not negotiate under threat.', 'C', 'Fujimori has said pu'],
      // Short and unmarked, but nothing follows: a paragraph, reported as unmarked.
      ['The government will not negotiate under threat.', null, 'No one expects a qui'],
    ]);
    expect(problems).toEqual([unmarked('p4', 13, 28)]);
  });

  it('does not take a long unmarked line, or a heading followed by another short line, for a heading', () => {
    const doc = [
      'Title (U)',
      'A',
      'B',
      'The paragraph that follows both short lines carries its own portion marking. (C)',
    ].join('\n\n');
    const { memo } = parseMemo(doc);
    // "A" is followed by "B" (short, unmarked): "A" is a paragraph; "B" heads the marked one.
    expect(memo.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      [null, 'A'],
      ['B', 'The paragraph that follows both short lines carries its own portion marking.'],
    ]);
  });
});
