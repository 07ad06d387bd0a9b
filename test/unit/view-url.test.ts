import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import {
  INITIAL_STATE,
  select,
  setLayout,
  setTypeVisible,
} from '../../src/model/explorer/view-state.ts';
import {
  datasetAddressFor,
  historyStep,
  isHistoryEntry,
  permalinkFor,
  viewAddress,
} from '../../src/model/explorer/view-url.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const mini = indexDataset(miniDataset);
const page = { origin: 'https://example.org', pathname: '/app/', search: '', hash: '' };
const r1 = select(INITIAL_STATE, { kind: 'relation', id: 'r1' });

describe('viewAddress', () => {
  it('is null while the page already shows the view', () => {
    expect(viewAddress(INITIAL_STATE, mini, page)).toBeNull();
    expect(viewAddress(r1, mini, { ...page, search: '?relation=r1' })).toBeNull();
  });

  it('writes the view, keeping other parameters and the hash', () => {
    expect(viewAddress(r1, mini, page)).toBe('/app/?relation=r1');
    expect(
      viewAddress(setLayout(r1, 'grid'), mini, { ...page, search: '?data=d.json', hash: '#x' }),
    ).toBe('/app/?data=d.json&relation=r1&layout=grid#x');
    expect(viewAddress(INITIAL_STATE, mini, { ...page, search: '?relation=r1' })).toBe('/app/');
  });
});

describe('isHistoryEntry', () => {
  it('makes selections entries, and filters and layouts not', () => {
    expect(isHistoryEntry(INITIAL_STATE, r1)).toBe(true);
    expect(isHistoryEntry(r1, select(r1, null))).toBe(true);
    expect(isHistoryEntry(r1, setLayout(r1, 'circle'))).toBe(false);
    expect(isHistoryEntry(r1, setTypeVisible(r1, 'holds', false))).toBe(false);
  });
});

describe('permalinkFor', () => {
  it('links to the page with the view, keeping its other parameters', () => {
    expect(permalinkFor(r1, mini, { ...page, search: '?data=d.json' }, null, false)).toBe(
      'https://example.org/app/?data=d.json&relation=r1',
    );
  });

  it('names the src dataset, and ignores the host page when embedded', () => {
    expect(permalinkFor(r1, mini, { ...page, search: '?other=1' }, 'x.json', true)).toBe(
      'https://example.org/app/?data=x.json&relation=r1',
    );
    expect(permalinkFor(INITIAL_STATE, mini, { ...page, search: '?other=1' }, null, true)).toBe(
      'https://example.org/app/',
    );
  });
});

describe('datasetAddressFor', () => {
  it('takes src, then ?data=, then the default', () => {
    expect(datasetAddressFor('a.json', '?data=b.json', 'c.json')).toBe('a.json');
    expect(datasetAddressFor(null, '?data=b.json', 'c.json')).toBe('b.json');
    expect(datasetAddressFor('', '?data=b.json', 'c.json')).toBe('b.json');
    expect(datasetAddressFor(null, '?x=1', 'c.json')).toBe('c.json');
    // An embedded explorer does not read the page's parameters.
    expect(datasetAddressFor(null, null, 'c.json')).toBe('c.json');
  });
});

describe('historyStep', () => {
  const hidden = setTypeVisible(r1, 'holds', false);
  it('pushes a selection, when the change may push', () => {
    expect(historyStep(INITIAL_STATE, r1, true, null)).toEqual({ push: true, kind: 'selection' });
    expect(historyStep(INITIAL_STATE, r1, false, 'filters')).toEqual({
      push: false,
      kind: 'filters',
    });
  });

  it('makes a run of filter changes one entry, whatever came before', () => {
    expect(historyStep(r1, hidden, false, null)).toEqual({ push: true, kind: 'filters' });
    expect(historyStep(r1, hidden, false, 'selection')).toEqual({ push: true, kind: 'filters' });
    const more = setTypeVisible(hidden, 'demands', false);
    expect(historyStep(hidden, more, false, 'filters')).toEqual({ push: false, kind: 'filters' });
  });

  it('makes a run of layout changes one entry, and replaces for anything else', () => {
    const grid = setLayout(r1, 'grid');
    expect(historyStep(r1, grid, false, 'filters')).toEqual({ push: true, kind: 'layout' });
    expect(historyStep(grid, setLayout(grid, 'circle'), false, 'layout')).toEqual({
      push: false,
      kind: 'layout',
    });
    expect(historyStep(r1, r1, true, 'selection')).toEqual({ push: false, kind: 'selection' });
  });
});
