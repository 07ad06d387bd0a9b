import { describe, expect, it } from 'vitest';
import type { Relation } from '../../src/model/contract/types.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { describeHidden, filterCounts } from '../../src/model/explorer/filter-counts.ts';
import { filtersFromParams, writeFilterParams } from '../../src/model/explorer/filter-url.ts';
import {
  INITIAL_FILTERS,
  filterRelations,
  hideHedged,
  hideNegated,
  hidesHedged,
  hidesNegated,
  isFiltered,
  markingWithin,
  resetFilters,
  setDateRange,
  setMaxMarking,
  showBasis,
  showDocument,
  showLikelihood,
  showPolarity,
  showReporter,
  type Filters,
} from '../../src/model/explorer/filters.ts';
import {
  INITIAL_STATE,
  fromSearchParams,
  setFilters,
  toSearchParams,
  visibleRelations,
} from '../../src/model/explorer/view-state.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/** The mini dataset with dates: r1 a day, r2 a span, r6 Christmas Day; the rest undated. */
const dated = indexDataset({
  ...miniDataset,
  relations: miniDataset.relations.map((r): Relation => {
    if (r.id === 'r1') return { ...r, date: { iso: '1996-12-17', phrase: 'December 17' } };
    if (r.id === 'r2') {
      return {
        ...r,
        date: { iso: '1996-12-22', phrase: 'since December 22', until: '1996-12-28' },
      };
    }
    return r;
  }),
});
const index = indexDataset(miniDataset);
const ids = (f: Filters, i = dated) => filterRelations(i, i.dataset.relations, f).map((r) => r.id);
const all = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];

describe('each filter on its own', () => {
  it('shows everything with no filter, and says so', () => {
    expect(isFiltered(INITIAL_FILTERS)).toBe(false);
    expect(ids(INITIAL_FILTERS)).toEqual(all);
    expect(describeHidden(dated, INITIAL_FILTERS)).toBe('Showing all 7 relations.');
  });

  it('likelihood: a band, "unquantified" and "stated as fact" are choices of their own', () => {
    expect(ids(showLikelihood(INITIAL_FILTERS, 'likely', false))).toEqual(
      all.filter((id) => id !== 'r2'),
    );
    expect(ids(showLikelihood(INITIAL_FILTERS, 'unquantified', false))).toEqual(
      all.filter((id) => id !== 'r4' && id !== 'r5'),
    );
    // r1, r3 and r7 carry no estimative word.
    expect(ids(showLikelihood(INITIAL_FILTERS, 'stated', false))).toEqual(['r2', 'r4', 'r5', 'r6']);
  });

  it('polarity: affirmed, negated, indeterminate', () => {
    expect(ids(showPolarity(INITIAL_FILTERS, 'negated', false))).not.toContain('r3');
    expect(ids(showPolarity(INITIAL_FILTERS, 'indeterminate', false))).not.toContain('r5');
    expect(ids(showPolarity(INITIAL_FILTERS, 'affirmed', false))).toEqual(['r3', 'r5']);
  });

  it('basis, and reported claims by whom', () => {
    expect(ids(showBasis(INITIAL_FILTERS, 'judgment', false))).toEqual(['r1', 'r3', 'r7']);
    expect(ids(showBasis(INITIAL_FILTERS, 'reported', false))).not.toContain('r7');
    const noMission = showReporter(INITIAL_FILTERS, 'the Mission', false);
    expect(ids(noMission)).toEqual(all.filter((id) => id !== 'r3'));
    expect(describeHidden(dated, noMission)).toBe(
      'Showing 6 of 7 relations; hidden: reported by the Mission.',
    );
  });

  it('marking ceiling: U < C < S < TS, caveats never lower a level', () => {
    expect(markingWithin('S//NF', 'C')).toBe(false);
    expect(markingWithin('S/NF', 'S')).toBe(true);
    expect(markingWithin('C', 'C')).toBe(true);
    expect(markingWithin('TS//SI', 'S')).toBe(false);
    expect(markingWithin(null, 'TS')).toBe(false);
    expect(markingWithin('RESTRICTED', 'TS')).toBe(false);
    // p1 is C, p2 S/NF, p3 S.
    expect(ids(setMaxMarking(INITIAL_FILTERS, 'U'))).toEqual([]);
    expect(ids(setMaxMarking(INITIAL_FILTERS, 'C'))).toEqual(['r1', 'r2']);
    expect(ids(setMaxMarking(INITIAL_FILTERS, 'S'))).toEqual(all);
    expect(describeHidden(dated, setMaxMarking(INITIAL_FILTERS, 'C'))).toBe(
      'Showing 2 of 7 relations; hidden: above CONFIDENTIAL.',
    );
  });

  it('dates: a span meets a range when any of its days is inside; undated only without a range', () => {
    expect(ids(setDateRange(INITIAL_FILTERS, '1996-12-24', '1996-12-26'))).toEqual(['r2', 'r6']);
    expect(ids(setDateRange(INITIAL_FILTERS, '1996-12-28', null))).toEqual(['r2']);
    expect(ids(setDateRange(INITIAL_FILTERS, null, '1996-12-17'))).toEqual(['r1']);
    expect(ids(setDateRange(INITIAL_FILTERS, '1996-12-18', '1996-12-21'))).toEqual([]);
    // Ends given backwards are swapped rather than showing nothing.
    expect(setDateRange(INITIAL_FILTERS, '1996-12-26', '1996-12-24')).toMatchObject({
      from: '1996-12-24',
      until: '1996-12-26',
    });
    expect(describeHidden(dated, setDateRange(INITIAL_FILTERS, '1996-12-24', '1996-12-26'))).toBe(
      'Showing 2 of 7 relations; hidden: dated outside December 24–26, 1996, undated.',
    );
    expect(describeHidden(dated, setDateRange(INITIAL_FILTERS, '1996-12-24', null))).toBe(
      'Showing 2 of 7 relations; hidden: dated before December 24, 1996, undated.',
    );
  });

  it('documents', () => {
    expect(ids(showDocument(INITIAL_FILTERS, 'mini-doc', false))).toEqual([]);
    expect(describeHidden(dated, showDocument(INITIAL_FILTERS, 'mini-doc', false))).toBe(
      'Showing 0 of 7 relations; hidden: “Ruritania: Envoys Held”.',
    );
  });
});

describe('composed filters', () => {
  it('compose with the type filter and each other, and the sentence names each', () => {
    let f = setMaxMarking(INITIAL_FILTERS, 'S');
    f = hideNegated(f, true);
    f = { ...f, hiddenTypes: ['holds'] };
    expect(ids(f)).toEqual(['r2', 'r4', 'r5', 'r6', 'r7']);
    expect(describeHidden(dated, f)).toBe(
      'Showing 5 of 7 relations; hidden: “holds hostage”, negated.',
    );
    expect(describeHidden(dated, setMaxMarking(f, 'C'))).toBe(
      'Showing 1 of 7 relations; hidden: “holds hostage”, negated, above CONFIDENTIAL.',
    );
  });

  it('the quick switches are shortcuts over polarity and likelihood', () => {
    const f = hideHedged(INITIAL_FILTERS, true);
    expect(hidesHedged(f)).toBe(true);
    expect(hidesNegated(f)).toBe(false);
    expect(f.hiddenPolarities).toEqual(['indeterminate']);
    expect(ids(f)).toEqual(['r1', 'r2', 'r3', 'r6', 'r7']);
    expect(describeHidden(dated, f)).toBe(
      'Showing 5 of 7 relations; hidden: hedged, indeterminate.',
    );
    // Showing one hedged band again is no longer "hide hedged".
    expect(hidesHedged(showLikelihood(f, 'unlikely', true))).toBe(false);
    expect(hideHedged(f, false)).toEqual(INITIAL_FILTERS);
  });

  it('Reset clears every filter, types included', () => {
    const f = setDateRange(
      setMaxMarking(hideNegated({ ...INITIAL_FILTERS, hiddenTypes: ['holds'] }, true), 'C'),
      '1996-12-20',
      null,
    );
    expect(resetFilters()).toEqual(INITIAL_FILTERS);
    expect(isFiltered(f)).toBe(true);
  });

  it('visibleRelations applies the new filters with the paragraph narrowing', () => {
    const s = setFilters(
      { ...INITIAL_STATE, selection: { kind: 'paragraph', document: 'mini-doc', id: 'p2' } },
      setMaxMarking(INITIAL_FILTERS, 'S'),
    );
    expect(visibleRelations(dated, s).map((r) => r.id)).toEqual(['r3', 'r4', 'r5']);
    const c = setFilters(s, setMaxMarking(INITIAL_FILTERS, 'C'));
    expect(visibleRelations(dated, c)).toEqual([]);
  });
});

describe('counts per choice', () => {
  it('count each choice with every other filter applied', () => {
    const c0 = filterCounts(dated, INITIAL_FILTERS);
    expect(Object.fromEntries(c0.polarity)).toEqual({ affirmed: 5, negated: 1, indeterminate: 1 });
    expect(Object.fromEntries(c0.basis)).toEqual({
      fact: 1,
      judgment: 4,
      reported: 2,
      speculation: 0,
    });
    expect(c0.likelihood.get('stated')).toBe(3);
    expect(c0.likelihood.get('unquantified')).toBe(2);
    expect(Object.fromEntries(c0.marking)).toEqual({ U: 0, C: 2, S: 7, TS: 7 });
    expect(Object.fromEntries(c0.reporter)).toEqual({ 'A [redacted] report': 1, 'the Mission': 1 });
    expect([c0.dated, c0.undated]).toEqual([3, 4]);

    // With the ceiling at C: polarity counts shrink, the marking counts do not.
    const f = setMaxMarking(showPolarity(INITIAL_FILTERS, 'affirmed', false), 'C');
    const c = filterCounts(dated, f);
    expect(Object.fromEntries(c.polarity)).toEqual({ affirmed: 2, negated: 0, indeterminate: 0 });
    // Marking counts ignore the ceiling but honour the polarity filter: r3 (S/NF) and r5 (S/NF).
    expect(Object.fromEntries(c.marking)).toEqual({ U: 0, C: 0, S: 2, TS: 2 });
    expect(c.type.get('negotiates')).toBe(0);
  });

  it('count the dated relations inside the range, and the undated apart', () => {
    const c = filterCounts(dated, setDateRange(INITIAL_FILTERS, '1996-12-24', null));
    expect([c.dated, c.undated]).toEqual([2, 4]);
  });
});

describe('URL form of the filters', () => {
  it('names what is shown, with the agreed parameter names', () => {
    let f = showPolarity(INITIAL_FILTERS, 'negated', false);
    f = showLikelihood(f, 'stated', false);
    f = showBasis(f, 'speculation', false);
    f = setMaxMarking(f, 'C');
    f = setDateRange(f, '1996-12-20', '1996-12-24');
    f = showReporter(f, 'the Mission', false);
    const p = writeFilterParams(f, index, new URLSearchParams());
    expect(p.get('polarity')).toBe('affirmed,indeterminate');
    expect(p.get('likelihood')).toBe(
      'almost-no-chance,very-unlikely,unlikely,roughly-even-chance,likely,very-likely,almost-certain,unquantified',
    );
    expect(p.get('basis')).toBe('fact,judgment,reported');
    expect(p.get('marking')).toBe('C');
    expect(p.get('from')).toBe('1996-12-20');
    expect(p.get('until')).toBe('1996-12-24');
    expect(p.getAll('reportedBy')).toEqual(['A [redacted] report']);
    expect(p.has('documents')).toBe(false);
    const back = filtersFromParams(p, index);
    expect(back.problems).toEqual([]);
    expect(back.filters).toEqual(f);
  });

  it('round-trips through the whole view state, keeping foreign parameters', () => {
    const s = setFilters(INITIAL_STATE, {
      ...setMaxMarking(hideHedged(INITIAL_FILTERS, true), 'S'),
      hiddenDocuments: ['mini-doc'],
      hiddenReporters: ['A [redacted] report', 'the Mission'],
    });
    const p = toSearchParams(s, index, new URLSearchParams('data=x.json'));
    expect(p.get('data')).toBe('x.json');
    expect(p.get('documents')).toBe('');
    expect(p.getAll('reportedBy')).toEqual(['']);
    expect(fromSearchParams(p, index).state).toEqual(s);
  });

  it('keeps older links working: negated=hide and hedged=hide', () => {
    const { filters, problems } = filtersFromParams(
      new URLSearchParams('negated=hide&hedged=hide'),
      index,
    );
    expect(problems).toEqual([]);
    expect(hidesNegated(filters)).toBe(true);
    expect(hidesHedged(filters)).toBe(true);
    // Written back in today's form.
    const p = writeFilterParams(filters, index, new URLSearchParams('negated=hide&hedged=hide'));
    expect(p.has('negated') || p.has('hedged')).toBe(false);
    expect(p.get('polarity')).toBe('affirmed');
  });

  it('reports unknown values in plain words and ignores them', () => {
    const { filters, problems } = filtersFromParams(
      new URLSearchParams(
        'marking=X&polarity=affirmed,maybe&likelihood=sure&basis=rumour&from=1996-02-30&until=soon&documents=nope&reportedBy=Nobody',
      ),
      index,
    );
    expect(problems).toEqual([
      'Unknown likelihood "sure": it can be "almost-no-chance", "very-unlikely", "unlikely", "roughly-even-chance", "likely", "very-likely", "almost-certain", "unquantified", "stated".',
      'Unknown polarity "maybe": it can be "affirmed", "negated", "indeterminate".',
      'Unknown basis "rumour": it can be "fact", "judgment", "reported", "speculation".',
      'Unknown document "nope": the dataset has no such document.',
      'Unknown source "Nobody": no claim is reported by it.',
      'Unknown highest marking "X": it can be "U", "C", "S", "TS".',
      'The date "1996-02-30" for "from" is not a calendar date in the form YYYY-MM-DD.',
      'The date "soon" for "until" is not a calendar date in the form YYYY-MM-DD.',
    ]);
    expect(filters.maxMarking).toBeNull();
    expect(filters.from).toBeNull();
    expect(filters.hiddenPolarities).toEqual(['negated', 'indeterminate']);
  });

  it('accepts a lower-case marking and swaps a backwards range, saying so', () => {
    const { filters, problems } = filtersFromParams(
      new URLSearchParams('marking=c&from=1996-12-28&until=1996-12-17'),
      index,
    );
    expect(filters).toMatchObject({ maxMarking: 'C', from: '1996-12-17', until: '1996-12-28' });
    expect(problems).toEqual([
      'The date range runs backwards (from 1996-12-28 until 1996-12-17); it was swapped.',
    ]);
  });
});
