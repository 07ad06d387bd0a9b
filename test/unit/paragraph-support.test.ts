import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { paragraphSupport } from '../../src/model/explorer/paragraph-support.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const mini = indexDataset(miniDataset);
const inP1 = miniDataset.relations.filter((r) => r.paragraph === 'p1');

describe('paragraphSupport', () => {
  it('lists what a paragraph supports and which of it is shown', () => {
    const support = paragraphSupport(mini, 'mini-doc', 'p1', inP1.slice(1));
    expect(support.paragraph?.id).toBe('p1');
    expect(support.label).toBe('1');
    expect(support.relations).toEqual(inP1);
    expect([...support.shown]).toEqual(inP1.slice(1).map((r) => r.id));
  });

  it('calls an unknown paragraph by its id and lists nothing', () => {
    const support = paragraphSupport(mini, 'mini-doc', 'p99', []);
    expect(support.paragraph).toBeNull();
    expect(support.label).toBe('p99');
    expect(support.relations).toEqual([]);
    expect(support.shown.size).toBe(0);
  });
});
