import type { DatasetIndex } from '../dataset/query.ts';
import type { Actor, Relation } from '../contract/types.ts';

/** A relation an actor's member takes part in, and which member that is. */
export interface MemberRelation {
  readonly relation: Relation;
  readonly via: Actor;
}

/**
 * The actors that belong to `actorId`, directly or through another member (Castro to Cuba;
 * Hashimoto to Japan and so to the G-7), nearest first, each once.
 */
export function membersOf(index: DatasetIndex, actorId: string): readonly Actor[] {
  const found: Actor[] = [];
  const seen = new Set([actorId]);
  for (let queue = [actorId]; queue.length > 0;) {
    const next: string[] = [];
    for (const a of index.dataset.actors) {
      if (seen.has(a.id) || !a.memberOf?.some((p) => queue.includes(p))) continue;
      seen.add(a.id);
      found.push(a);
      next.push(a.id);
    }
    queue = next;
  }
  return found;
}

/**
 * What the memo says of an actor through its members: every relation a member takes part in
 * that the actor itself does not, so Cuba's panel offers Fidel Castro's "testing the waters".
 * The actor's own relations are left out: they are listed as its own already.
 */
export function memberRelations(index: DatasetIndex, actorId: string): readonly MemberRelation[] {
  const result: MemberRelation[] = [];
  const listed = new Set((index.relationsByActor.get(actorId) ?? []).map((r) => r.id));
  for (const member of membersOf(index, actorId)) {
    for (const relation of index.relationsByActor.get(member.id) ?? []) {
      if (listed.has(relation.id)) continue;
      listed.add(relation.id);
      result.push({ relation, via: member });
    }
  }
  return result;
}
