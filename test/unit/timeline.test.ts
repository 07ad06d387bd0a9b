import { describe, expect, it } from 'vitest';
import type { Relation } from '../../src/model/contract/types.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import {
  brushFor,
  brushRange,
  countsPerDay,
  datedSpan,
  drawsBars,
  TIMELINE_BAR_BUDGET,
  daysBetween,
  layoutTimeline,
  spanText,
  stepBrush,
} from '../../src/model/explorer/timeline.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const withDates = miniDataset.relations.map((r): Relation => {
  if (r.id === 'r1') return { ...r, date: { iso: '1996-12-17', phrase: 'December 17' } };
  if (r.id === 'r2') {
    return { ...r, date: { iso: '1996-12-22', phrase: 'since December 22', until: '1996-12-28' } };
  }
  if (r.id === 'r3') return { ...r, date: { iso: '1996-12-23', phrase: 'December 23' } };
  return r;
});
const index = indexDataset({ ...miniDataset, relations: withDates });

describe('timeline', () => {
  it('spans the dated relations and the date of issue, day by day', () => {
    expect(datedSpan(index)).toEqual({ first: '1996-12-17', last: '1996-12-28' });
    const days = daysBetween({ first: '1996-12-30', last: '1997-01-02' });
    expect(days).toEqual(['1996-12-30', '1996-12-31', '1997-01-01', '1997-01-02']);
    expect(datedSpan(indexDataset(miniDataset))).toEqual({
      first: '1996-12-25',
      last: '1996-12-28',
    });
    expect(datedSpan(indexDataset({ ...miniDataset, relations: [] }))).toBeNull();
  });

  it('stacks overlapping bars in lanes and counts the undated', () => {
    const t = layoutTimeline(withDates);
    expect(t.bars.map((b) => [b.relation.id, b.first, b.last, b.lane])).toEqual([
      ['r1', '1996-12-17', '1996-12-17', 0],
      ['r2', '1996-12-22', '1996-12-28', 0],
      ['r3', '1996-12-23', '1996-12-23', 1],
      ['r6', '1996-12-25', '1996-12-25', 1],
    ]);
    expect(t.lanes).toBe(2);
    expect(t.undated).toBe(3);
  });

  it('moves the brush with arrows, extends it with Shift, and keeps it on the axis', () => {
    const days = daysBetween({ first: '1996-12-17', last: '1996-12-28' });
    let b = brushFor(null, null, days);
    expect(brushRange(b, days)).toEqual({ first: '1996-12-17', last: '1996-12-17' });
    b = stepBrush(b, days, 'ArrowLeft', false);
    expect(b).toEqual({ anchor: 0, focus: 0 });
    b = stepBrush(b, days, 'ArrowRight', true);
    b = stepBrush(b, days, 'ArrowRight', true);
    expect(brushRange(b, days)).toEqual({ first: '1996-12-17', last: '1996-12-19' });
    b = stepBrush(b, days, 'ArrowRight', false);
    expect(brushRange(b, days)).toEqual({ first: '1996-12-18', last: '1996-12-20' });
    b = stepBrush(b, days, 'End', false);
    expect(brushRange(b, days)).toEqual({ first: '1996-12-28', last: '1996-12-28' });
    b = stepBrush(b, days, 'ArrowRight', false);
    expect(brushRange(b, days)).toEqual({ first: '1996-12-28', last: '1996-12-28' });
    expect(brushRange(brushFor('1996-12-22', '1996-12-24', days), days)).toEqual({
      first: '1996-12-22',
      last: '1996-12-24',
    });
    expect(brushRange(brushFor('1996-12-20', null, days), days)?.last).toBe('1996-12-28');
  });

  it('counts per day past the bar budget, a span on each of its days', () => {
    const t = layoutTimeline(withDates);
    expect(drawsBars(t)).toBe(true);
    const days = daysBetween({ first: '1996-12-22', last: '1996-12-25' });
    expect(countsPerDay(t, days)).toEqual([1, 2, 1, 2]);
    const many = layoutTimeline(
      Array.from({ length: TIMELINE_BAR_BUDGET + 1 }, (_, i) => ({
        ...withDates[0]!,
        id: `m${i}`,
        date: { iso: '1996-12-17', phrase: 'December 17' },
      })),
    );
    expect(drawsBars(many)).toBe(false);
  });

  it('writes spans as the memo would', () => {
    expect(spanText('1996-12-22', '1996-12-28')).toBe('December 22–28, 1996');
    expect(spanText('1996-12-25', '1996-12-25')).toBe('December 25, 1996');
    expect(spanText('1996-12-30', '1997-01-02')).toBe('December 30, 1996 – January 2, 1997');
  });
});
