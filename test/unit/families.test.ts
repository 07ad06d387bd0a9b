import { describe, expect, it } from 'vitest';
import { RELATION_FAMILIES, type RelationType } from '../../src/model/contract/types.ts';
import {
  FAMILY_LABELS,
  directedRankInFamily,
  familyColors,
  groupByFamily,
} from '../../src/model/words/families.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const type = (id: string, family: RelationType['family'], color: string, directed = true) =>
  ({ id, label: id, directed, definition: '', family, color }) as const;

describe('relation type families', () => {
  it('names every family in words', () => {
    expect(Object.keys(FAMILY_LABELS)).toEqual([...RELATION_FAMILIES]);
    expect(FAMILY_LABELS.negotiation).toBe('Negotiation and mediation');
    expect(FAMILY_LABELS.custody).toBe('Custody');
  });

  it('groups types by family, families in order of first appearance, types in dataset order', () => {
    const types = [
      type('a', 'force', '#111111'),
      type('b', 'stance', '#222222'),
      type('c', 'force', '#333333'),
      type('d', 'other', '#444444'),
    ];
    const groups = groupByFamily(types);
    expect(groups.map((g) => [g.family, g.label, g.color, g.types.map((t) => t.id)])).toEqual([
      ['force', 'Force', '#111111', ['a', 'c']],
      ['stance', 'Stance', '#222222', ['b']],
      ['other', 'Other', '#444444', ['d']],
    ]);
    expect([...familyColors(types)]).toEqual([
      ['a', '#111111'],
      ['c', '#111111'],
      ['b', '#222222'],
      ['d', '#444444'],
    ]);
    expect(groupByFamily([])).toEqual([]);
  });

  it('ranks the directed types within each family, skipping undirected ones', () => {
    const types = [
      type('a', 'force', '#111111'),
      type('u', 'force', '#111111', false),
      type('b', 'stance', '#222222'),
      type('c', 'force', '#111111'),
    ];
    expect([...directedRankInFamily(types)]).toEqual([
      ['a', 0],
      ['c', 1],
      ['b', 0],
    ]);
  });

  it('the mini dataset has four families, negotiation with three types', () => {
    const groups = groupByFamily(miniDataset.relationTypes);
    expect(groups.map((g) => [g.family, g.types.length])).toEqual([
      ['custody', 1],
      ['negotiation', 3],
      ['stance', 1],
      ['support', 1],
    ]);
  });
});
