import { describe, expect, it } from 'vitest';
import {
  bundleDescription,
  bundleId,
  diffBundles,
  EMPTY_PLAN,
  expandedBy,
  isBundleId,
  planBundles,
  summarise,
  type Ends,
} from '../../src/model/explorer/parallel-bundles.ts';

const rel = (id: string, source: string, target: string): Ends => ({ id, source, target });
const none = () => false;

describe('parallel relations bundled', () => {
  const relations = [
    rel('r1', 'mrta', 'fujimori'),
    rel('r2', 'fujimori', 'mrta'),
    rel('r3', 'mrta', 'fujimori'),
    rel('r4', 'cuba', 'mrta'),
    rel('r5', 'mrta', 'hostages'),
    rel('r6', 'hostages', 'mrta'),
  ];

  it('draws two or more relations of one pair, either direction, as one bundle in order', () => {
    const plan = planBundles(relations, none);
    expect([...plan.bundles.values()]).toEqual([
      {
        id: bundleId('fujimori', 'mrta'),
        source: 'fujimori',
        target: 'mrta',
        relations: ['r1', 'r2', 'r3'],
      },
      {
        id: bundleId('hostages', 'mrta'),
        source: 'hostages',
        target: 'mrta',
        relations: ['r5', 'r6'],
      },
    ]);
    expect(plan.bundleOf.get('r2')).toBe(bundleId('mrta', 'fujimori'));
    expect(plan.bundleOf.has('r4')).toBe(false);
  });

  it('never collides with an actor or relation id', () => {
    expect(isBundleId(bundleId('a', 'b'))).toBe(true);
    expect(isBundleId('a')).toBe(false);
    expect(bundleId('a', 'b')).toBe(bundleId('b', 'a'));
    expect(bundleId('a', 'b').includes('\u0001')).toBe(true);
  });

  it('expands the selected actor’s pairs, the selected relation’s pair, or all when zoomed in', () => {
    const byId = new Map(relations.map((r) => [r.id, r]));
    const actor = planBundles(
      relations,
      expandedBy({ kind: 'actor', id: 'fujimori' }, byId, false),
    );
    expect([...actor.bundles.keys()]).toEqual([bundleId('hostages', 'mrta')]);
    const relation = planBundles(
      relations,
      expandedBy({ kind: 'relation', id: 'r6' }, byId, false),
    );
    expect([...relation.bundles.keys()]).toEqual([bundleId('fujimori', 'mrta')]);
    expect(planBundles(relations, expandedBy(null, byId, true)).bundles.size).toBe(0);
    expect(
      planBundles(relations, expandedBy({ kind: 'relation', id: 'gone' }, byId, false)).bundles
        .size,
    ).toBe(2);
  });

  it('diffs two plans: added, removed and changed bundles only', () => {
    const before = planBundles(relations, none);
    const after = planBundles(
      [...relations.slice(1), rel('r7', 'cuba', 'mrta')],
      (a) => a === 'hostages',
    );
    const diff = diffBundles(before, after);
    expect(diff.added.map((b) => b.relations)).toEqual([['r4', 'r7']]);
    expect(diff.removed).toEqual([bundleId('hostages', 'mrta')]);
    expect(diff.changed.map((b) => b.relations)).toEqual([['r2', 'r3']]);
    expect(diffBundles(before, before)).toEqual({ added: [], removed: [], changed: [] });
    expect(diffBundles(EMPTY_PLAN, before).added).toHaveLength(2);
  });

  it('summarises a bundle honestly: its count, one type or none, and what the memo does not affirm', () => {
    const plan = planBundles(relations, none);
    const b = plan.bundles.get(bundleId('fujimori', 'mrta'))!;
    const facts = new Map([
      ['r1', { type: 'opposes', polarity: 'affirmed' as const }],
      ['r2', { type: 'opposes', polarity: 'negated' as const }],
      ['r3', { type: 'deters', polarity: 'indeterminate' as const }],
    ]);
    const s = summarise(b, facts);
    expect(s).toEqual({ count: 3, type: null, negated: 1, indeterminate: 1 });
    expect(bundleDescription(b, s, (id) => id.toUpperCase())).toBe(
      '3 relations between FUJIMORI and MRTA (1 negated, 1 indeterminate) · select to show each',
    );
    facts.set('r3', { type: 'opposes', polarity: 'affirmed' });
    expect(summarise(b, facts).type).toBe('opposes');
  });

  it('plans 25,000 relations in one pass, one bundle per related pair', () => {
    const many: Ends[] = [];
    for (let i = 0; i < 25_000; i++) many.push(rel(`r${i}`, `a${i % 500}`, `b${i % 700}`));
    const plan = planBundles(many, none);
    // 500 and 700 share a factor of 100: pairs repeat every lcm(500, 700) = 3,500 relations.
    expect(plan.bundles.size).toBe(3500);
    expect(plan.bundleOf.size).toBe(25_000);
    let members = 0;
    for (const b of plan.bundles.values()) members += b.relations.length;
    expect(members).toBe(25_000);
  });
});
