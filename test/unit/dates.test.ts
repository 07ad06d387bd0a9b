import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isoDate,
  longDate,
  parseIsoDate,
} from '../../src/model/memo/dates.ts';

describe('calendar dates', () => {
  it('reads and writes YYYY-MM-DD without a time zone', () => {
    expect(parseIsoDate('1996-12-28')).toEqual({ year: 1996, month: 12, day: 28 });
    expect(isoDate({ year: 1996, month: 1, day: 7 })).toBe('1996-01-07');
    expect(longDate({ year: 1996, month: 12, day: 28 })).toBe('December 28, 1996');
    expect(formatIsoDate('1996-12-22')).toBe('December 22, 1996');
  });

  it('refuses what is not a date, and shows it as given', () => {
    for (const bad of ['1996-13-01', '1996-00-10', '1996-12-32', '28 Dec 1996', '', '1996-1-1']) {
      expect(parseIsoDate(bad)).toBeNull();
      expect(formatIsoDate(bad)).toBe(bad);
    }
  });

  it('knows leap years and month lengths', () => {
    expect([1996, 2000, 1900, 2100, 2024].map(isLeapYear)).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
    expect(daysInMonth(1996, 2)).toBe(29);
    expect(daysInMonth(1997, 2)).toBe(28);
    expect(daysInMonth(1996, 4)).toBe(30);
    expect(daysInMonth(1996, 12)).toBe(31);
  });

  it('counts days from an epoch, and back', () => {
    expect(dayNumber({ year: 1996, month: 1, day: 1 }, 1996)).toBe(0);
    expect(dayNumber({ year: 1996, month: 12, day: 31 }, 1996)).toBe(365);
    expect(dayNumber({ year: 1997, month: 1, day: 1 }, 1996)).toBe(366);
    for (let day = 0; day < 3 * 366; day += 7) {
      expect(dayNumber(dateOfDayNumber(day, 1995), 1995)).toBe(day);
    }
  });

  it('adds days across months, years and leap days, forwards and backwards', () => {
    const dec22 = { year: 1996, month: 12, day: 22 };
    expect(addDays(dec22, 6)).toEqual({ year: 1996, month: 12, day: 28 });
    expect(addDays(dec22, 10)).toEqual({ year: 1997, month: 1, day: 1 });
    expect(addDays({ year: 1996, month: 2, day: 28 }, 1)).toEqual({
      year: 1996,
      month: 2,
      day: 29,
    });
    expect(addDays({ year: 1997, month: 1, day: 1 }, -1)).toEqual({
      year: 1996,
      month: 12,
      day: 31,
    });
    expect(addDays(dec22, -400)).toEqual({ year: 1995, month: 11, day: 18 });
    expect(addDays(dec22, 0)).toEqual(dec22);
  });
});
