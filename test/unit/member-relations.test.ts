import { describe, expect, it } from 'vitest';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { fsBundleSource } from '../../src/cli/fs-bundle.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { memberRelations, membersOf } from '../../src/model/explorer/member-relations.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const memo = indexDataset(
  compileBundles([fsBundleSource('graph-data/peru-hostages-1996', process.cwd())]).dataset!,
);

describe('memberRelations', () => {
  it("offers Cuba Fidel Castro's relations, marked as his", () => {
    const found = memberRelations(memo, 'cuba');
    const testing = found.find(
      (m) => m.relation.quote === 'Castro may be quietly testing the waters',
    );
    expect(testing?.via.id).toBe('castro');
    expect(found.every((m) => m.relation.source !== 'cuba' && m.relation.target !== 'cuba')).toBe(
      true,
    );
  });

  it('follows members of members once each, nearest first, and never the actor itself', () => {
    const index = indexDataset({
      ...miniDataset,
      actors: miniDataset.actors.map((a) =>
        a.id === 'envoys'
          ? { ...a, memberOf: ['crown'] }
          : a.id === 'league'
            ? { ...a, memberOf: ['envoys', 'crown'] }
            : a,
      ),
    });
    expect(membersOf(index, 'crown').map((a) => a.id)).toEqual(['envoys', 'league']);
    // r1 front→envoys is the envoys'; the league's r4 r6 involve the Crown itself; r5 is the league's.
    expect(memberRelations(index, 'crown').map((m) => [m.relation.id, m.via.id])).toEqual([
      ['r1', 'envoys'],
      ['r5', 'league'],
    ]);
    expect(memberRelations(index, 'envoys').map((m) => m.relation.id)).toEqual(['r4', 'r5', 'r6']);
  });
});
