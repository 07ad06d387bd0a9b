import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/model/edit/relative-dates.ts';

const on = (text: string, date: string | null = '1996-12-28') =>
  findDates(text, date).map((d) => ({ phrase: d.phrase, iso: d.iso, until: d.until }));

describe('dates in a sentence, resolved against the document’s date', () => {
  it('reads month and day in either order, with or without a year', () => {
    expect(on('on December 22, and 3 January 1997, and 1996-11-02')).toEqual([
      { phrase: 'December 22', iso: '1996-12-22', until: undefined },
      { phrase: '3 January 1997', iso: '1997-01-03', until: undefined },
      { phrase: '1996-11-02', iso: '1996-11-02', until: undefined },
    ]);
  });

  it('takes the year nearest the document’s date across a new year', () => {
    expect(on('on December 30', '1997-01-03')[0]!.iso).toBe('1996-12-30');
    expect(on('on January 2', '1996-12-28')[0]!.iso).toBe('1997-01-02');
  });

  it('reads weekdays, holidays and relative days', () => {
    // 28 December 1996 was a Saturday.
    expect(on("Following Sunday's release, Tuesday morning, next Monday")).toEqual([
      { phrase: "Sunday's", iso: '1996-12-22', until: undefined },
      { phrase: 'Tuesday', iso: '1996-12-24', until: undefined },
      { phrase: 'next Monday', iso: '1996-12-30', until: undefined },
    ]);
    expect(on('on Christmas Day; yesterday; today')).toEqual([
      { phrase: 'Christmas Day', iso: '1996-12-25', until: undefined },
      { phrase: 'yesterday', iso: '1996-12-27', until: undefined },
      { phrase: 'today', iso: '1996-12-28', until: undefined },
    ]);
  });

  it('makes "since" a span up to the document’s date', () => {
    expect(on('Since the December 22 hostage release')).toEqual([
      { phrase: 'Since the December 22', iso: '1996-12-22', until: '1996-12-28' },
    ]);
  });

  it('resolves nothing relative without a document date', () => {
    expect(on('on Sunday and December 22, and 22 December 1996', null)).toEqual([
      { phrase: '22 December 1996', iso: '1996-12-22', until: undefined },
    ]);
  });
});
