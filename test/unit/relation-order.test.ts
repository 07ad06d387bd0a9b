import { describe, expect, it } from 'vitest';
import { indexDataset, paragraphKey } from '../../src/model/dataset/query.ts';
import { MARKING_ORDER, markingLevel } from '../../src/model/explorer/marking.ts';
import {
  DOCUMENT_ORDER,
  nextSort,
  sortRelations,
  type RelationSort,
} from '../../src/model/explorer/relation-order.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);
const all = index.dataset.relations;
const ids = (sort: RelationSort, relations = all) =>
  sortRelations(index, relations, sort).map((r) => r.id);
const up = (key: RelationSort['key']): RelationSort => ({ key, direction: 'ascending' });
const down = (key: RelationSort['key']): RelationSort => ({ key, direction: 'descending' });

describe('markingLevel', () => {
  it('reads the level a portion marking starts with', () => {
    expect(markingLevel('S/NF')).toBe('S');
    expect(markingLevel(' ts // rel ')).toBe('TS');
    expect(markingLevel('U')).toBe('U');
    expect(markingLevel('C')).toBe('C');
    expect(markingLevel('FOUO')).toBe('other');
    expect(markingLevel(null)).toBe('other');
  });

  it('orders levels from unclassified to top secret, anything else last', () => {
    const levels = (['other', 'TS', 'U', 'S', 'C'] as const)
      .slice()
      .sort((a, b) => MARKING_ORDER[a] - MARKING_ORDER[b]);
    expect(levels).toEqual(['U', 'C', 'S', 'TS', 'other']);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending and reverses the same column', () => {
    expect(DOCUMENT_ORDER).toEqual(up('paragraph'));
    expect(nextSort(DOCUMENT_ORDER, 'source')).toEqual(up('source'));
    expect(nextSort(up('source'), 'source')).toEqual(down('source'));
    expect(nextSort(down('source'), 'source')).toEqual(up('source'));
    expect(nextSort(down('source'), 'quote')).toEqual(up('quote'));
  });

  it('takes the direction asked for', () => {
    expect(nextSort(up('source'), 'source', 'ascending')).toEqual(up('source'));
    expect(nextSort(up('source'), 'type', 'descending')).toEqual(down('type'));
  });
});

describe('sortRelations', () => {
  it('gives document order by paragraph, and its reverse', () => {
    expect(ids(DOCUMENT_ORDER)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(ids(down('paragraph'))).toEqual(['r7', 'r6', 'r5', 'r4', 'r3', 'r2', 'r1']);
  });

  it('sorts by name with ties in document order whichever way the column runs', () => {
    // Symbols before letters.
    expect(ids(up('source'))).toEqual(['r7', 'r3', 'r6', 'r1', 'r2', 'r4', 'r5']);
    expect(ids(down('source'))).toEqual(['r4', 'r5', 'r1', 'r2', 'r3', 'r6', 'r7']);
    expect(ids(up('target'))).toEqual(['r2', 'r4', 'r1', 'r3', 'r5', 'r7', 'r6']);
    expect(ids(up('type'))).toEqual(['r7', 'r6', 'r1', 'r2', 'r4', 'r5', 'r3']);
    expect(ids(up('quote'))).toEqual(['r7', 'r6', 'r3', 'r1', 'r2', 'r4', 'r5']);
  });

  it('sorts markings by level and likelihood by band, unhedged statements last', () => {
    expect(ids(up('marking'))).toEqual(['r1', 'r2', 'r6', 'r7', 'r3', 'r4', 'r5']);
    // Unquantified hedges, then probable, almost certain, then unhedged statements.
    expect(ids(up('likelihood'))).toEqual(['r4', 'r5', 'r2', 'r6', 'r1', 'r3', 'r7']);
  });

  it('sorts only the relations it is given and leaves them untouched', () => {
    const some = [all[4]!, all[0]!, all[2]!];
    expect(ids(DOCUMENT_ORDER, some)).toEqual(['r1', 'r3', 'r5']);
    expect(some.map((r) => r.id)).toEqual(['r5', 'r1', 'r3']);
  });
});

describe('sortRelations by basis and date', () => {
  it('orders basis from stated fact to speculation, ties in document order', () => {
    expect(ids(up('basis'))).toEqual(['r1', 'r2', 'r4', 'r5', 'r6', 'r3', 'r7']);
    expect(ids(down('basis'))).toEqual(['r3', 'r7', 'r2', 'r4', 'r5', 'r6', 'r1']);
  });

  it('orders by the claim date, undated claims last either way', () => {
    const dated = all.map((r) =>
      r.id === 'r3'
        ? { ...r, date: { iso: '1996-12-22', phrase: 'December 22', until: '1996-12-28' } }
        : r,
    );
    expect(ids(up('date'), dated).slice(0, 2)).toEqual(['r3', 'r6']);
    expect(ids(down('date'), dated).slice(0, 2)).toEqual(['r6', 'r3']);
    expect(ids(down('date'), dated).slice(2)).toEqual(['r1', 'r2', 'r4', 'r5', 'r7']);
  });
});

describe('document order of a view', () => {
  it('picks the view out of the dataset’s document order: the same as sorting it', () => {
    // Shuffled, so that dataset order and document order differ.
    const shuffled = [...miniDataset.relations].reverse();
    const data = indexDataset({ ...miniDataset, relations: shuffled });
    const view = data.dataset.relations.filter((_, i) => i % 2 === 0);
    const byHand = [...view].sort((a, b) => {
      const pa = data.paragraphByKey.get(paragraphKey(a.document, a.paragraph));
      const pb = data.paragraphByKey.get(paragraphKey(b.document, b.paragraph));
      return (pa?.n ?? 0) - (pb?.n ?? 0) || a.start - b.start;
    });
    expect(sortRelations(data, view, DOCUMENT_ORDER).map((r) => r.id)).toEqual(
      byHand.map((r) => r.id),
    );
    expect(sortRelations(data, view, down('paragraph')).map((r) => r.id)).toEqual(
      byHand.map((r) => r.id).reverse(),
    );
    // Relations that are copies, not the dataset's own objects, are sorted all the same.
    const copies = view.map((r) => ({ ...r }));
    expect(sortRelations(data, copies, DOCUMENT_ORDER).map((r) => r.id)).toEqual(
      byHand.map((r) => r.id),
    );
  });
});
