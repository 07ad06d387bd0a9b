import { describe, expect, it } from 'vitest';
import {
  actorIdFor,
  addActor,
  deleteActor,
  mergeActors,
  renameActor,
  setMemberOf,
} from '../../src/model/edit/actor-edits.ts';
import { applyEdit, startHistory, type Edit } from '../../src/model/edit/history.ts';
import { checkStrict } from '../../src/model/edit/live-lint.ts';
import { seedState } from './edit-fixtures.ts';

const state = seedState();
const actor = (s: typeof state, id: string) => s.actors.find((a) => a.id === id);

function apply(edit: Edit, from = state) {
  const outcome = applyEdit(startHistory(from), edit);
  if (!outcome.ok) throw new Error(outcome.refusal);
  return outcome.history.present;
}

function refusal(edit: Edit, from = state): string {
  const outcome = applyEdit(startHistory(from), edit);
  return outcome.ok ? '(applied)' : outcome.refusal;
}

describe('adding and renaming actors', () => {
  it('adds an actor with kind and aliases, its id made from its name', () => {
    const next = apply(
      addActor({ name: ' Nestor Cerpa ', kind: 'person', aliases: ['Cerpa', 'Cerpa', ' '] }),
    );
    expect(next.actors.at(-1)).toEqual({
      id: 'nestor-cerpa',
      name: 'Nestor Cerpa',
      kind: 'person',
      aliases: ['Cerpa'],
      description: '',
    });
    expect(actorIdFor(next, 'Nestor Cerpa')).toBe('nestor-cerpa-2');
    expect(checkStrict(next)).toEqual([]);
  });

  it('refuses a blank name and an unknown kind', () => {
    expect(refusal(addActor({ name: '  ', kind: 'person' }))).toBe('Give the actor a name.');
    expect(refusal(addActor({ name: 'X', kind: 'alien' as 'person' }))).toContain(
      '"alien" is not a kind of actor',
    );
  });

  it('renames an actor, keeping its id and the old name as an alias', () => {
    const next = apply(renameActor('fujimori', 'President Fujimori'));
    expect(actor(next, 'fujimori')).toMatchObject({ name: 'President Fujimori' });
    expect(actor(next, 'fujimori')!.aliases).toContain(actor(state, 'fujimori')!.name);
    expect(next.relations).toBe(state.relations);
  });
});

describe('merging two names for one actor', () => {
  it('re-points every relation and membership, and pools the names', () => {
    const merged = apply(mergeActors('sendero', 'sendero-leaders'));
    expect(actor(merged, 'sendero-leaders')).toBeUndefined();
    const citing = state.relations.filter(
      (r) => r.source === 'sendero-leaders' || r.target === 'sendero-leaders',
    );
    for (const r of merged.relations) {
      expect([r.source, r.target]).not.toContain('sendero-leaders');
    }
    for (const old of citing) {
      const now = merged.relations.find((r) => r.id === old.id)!;
      expect(now.source).toBe(old.source === 'sendero-leaders' ? 'sendero' : old.source);
      expect(now.target).toBe(old.target === 'sendero-leaders' ? 'sendero' : old.target);
    }
    expect(actor(merged, 'sendero')!.aliases).toContain(actor(state, 'sendero-leaders')!.name);
    expect(
      merged.actors.some((a) => JSON.stringify(a.memberOf ?? []).includes('sendero-leaders')),
    ).toBe(false);
    expect(checkStrict(merged).filter((d) => !d.message.startsWith('['))).toEqual([]);
  });

  it('refuses when a relation links the two, since it would link the actor to itself', () => {
    const linked = state.relations.find((r) => r.source === 'mrta' && r.target === 'hostages')!;
    expect(refusal(mergeActors('mrta', 'hostages'))).toContain(linked.id);
    expect(refusal(mergeActors('mrta', 'mrta'))).toBe('Choose two different actors to merge.');
  });
});

describe('membership', () => {
  it('sets and clears what an actor belongs to', () => {
    const next = apply(setMemberOf('palermo', ['peru-gov']));
    expect(actor(next, 'palermo')!.memberOf).toEqual(['peru-gov']);
    const cleared = apply(setMemberOf('palermo', []), next);
    expect(actor(cleared, 'palermo')).not.toHaveProperty('memberOf');
  });

  it('refuses a circle and an unknown actor', () => {
    expect(refusal(setMemberOf('g7', ['japan']))).toBe(
      'That would make membership go round in a circle: Japan → G-7 → Japan.',
    );
    expect(refusal(setMemberOf('g7', ['nowhere']))).toBe(
      'There is no actor "nowhere" to belong to.',
    );
  });

  it('deletes only an actor no relation cites', () => {
    expect(refusal(deleteActor('mrta'))).toContain('is cited by');
    const added = apply(addActor({ name: 'Spare', kind: 'other' }));
    expect(apply(deleteActor('spare'), added).actors).toEqual(state.actors);
  });
});
