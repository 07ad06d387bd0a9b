import type { ActorAnnotation, RelationAnnotation } from '../annotation/annotations.ts';
import { ACTOR_KINDS, type ActorKind } from '../contract/types.ts';
import { memberIds, memberOfCycles } from '../dataset/dataset-check.ts';
import type { AnnotationState } from './annotation-state.ts';
import { EditRefused, type Edit } from './history.ts';

/** Adding, renaming, merging and grouping actors. */

/** The new actor the form describes: "Typing a name that is not an actor offers to add it". */
export interface ActorDraft {
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases?: readonly string[];
  readonly description?: string;
  readonly memberOf?: readonly string[];
}

/** The id an actor named `name` gets: "Alberto Fujimori" → "alberto-fujimori", never one used. */
export function actorIdFor(state: AnnotationState, name: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'actor';
  const used = new Set(state.actors.map((a) => a.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new EditRefused('Give the actor a name.');
  if (trimmed.length > 200) throw new EditRefused('An actor’s name is at most 200 characters.');
  if (/[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]/u.test(trimmed)) {
    throw new EditRefused('An actor’s name cannot hold line breaks or control characters.');
  }
  return trimmed;
}

function checkKind(kind: string): ActorKind {
  if (!(ACTOR_KINDS as readonly string[]).includes(kind)) {
    throw new EditRefused(
      `"${kind}" is not a kind of actor; the kinds are ${ACTOR_KINDS.join(', ')}.`,
    );
  }
  return kind as ActorKind;
}

/** Aliases trimmed, without blanks, repeats or the actor's own name. */
function cleanAliases(aliases: readonly string[], name: string): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const a of aliases.map((x) => x.trim())) {
    if (a === '' || seen.has(a)) continue;
    seen.add(a);
    out.push(a);
  }
  return out;
}

function indexOfActor(state: AnnotationState, id: string): number {
  const i = state.actors.findIndex((a) => a.id === id);
  if (i < 0) throw new EditRefused(`There is no actor "${id}".`);
  return i;
}

function nameOf(state: AnnotationState, id: string): string {
  return state.actors.find((a) => a.id === id)?.name ?? id;
}

/** Refuses memberships that name no actor, the actor itself, or go round in a circle. */
function checkMemberships(actors: readonly ActorAnnotation[]): void {
  const ids = new Set(actors.map((a) => a.id));
  for (const a of actors) {
    for (const parent of memberIds(a.memberOf)) {
      if (parent === a.id) throw new EditRefused(`${a.name} cannot be a member of itself.`);
      if (!ids.has(parent)) throw new EditRefused(`There is no actor "${parent}" to belong to.`);
    }
  }
  const [cycle] = memberOfCycles(actors);
  if (cycle) {
    const names = [...cycle, cycle[0]!].map((id) => actors.find((a) => a.id === id)?.name ?? id);
    throw new EditRefused(`That would make membership go round in a circle: ${names.join(' → ')}.`);
  }
}

/**
 * The actor with `parents` as its memberOf, left out when empty. The field keeps its place in a
 * record read from a file, so a saved actors.json differs from the file only where it was edited.
 */
function withMemberOf(actor: ActorAnnotation, parents: readonly string[]): ActorAnnotation {
  const unique = [...new Set(parents)];
  if ('memberOf' in actor) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(actor)) {
      if (key !== 'memberOf') out[key] = value;
      else if (unique.length > 0) out[key] = unique;
    }
    return out as unknown as ActorAnnotation;
  }
  if (unique.length === 0) return actor;
  const { description, ...rest } = actor;
  return { ...rest, memberOf: unique, description };
}

export function addActor(draft: ActorDraft, id?: string): Edit {
  return {
    label: `add actor ${draft.name.trim()}`,
    apply(state) {
      const name = checkName(draft.name);
      const actorId = id ?? actorIdFor(state, name);
      if (!/^[a-z0-9][a-z0-9._-]*$/.test(actorId)) {
        throw new EditRefused(
          `"${actorId}" cannot be an actor id: use lower-case letters, digits, ".", "_" and "-".`,
        );
      }
      if (state.actors.some((a) => a.id === actorId)) {
        throw new EditRefused(`There is already an actor "${actorId}".`);
      }
      const actor = withMemberOf(
        {
          id: actorId,
          name,
          kind: checkKind(draft.kind),
          aliases: cleanAliases(draft.aliases ?? [], name),
          description: (draft.description ?? '').trim(),
        },
        draft.memberOf ?? [],
      );
      const actors = [...state.actors, actor];
      checkMemberships(actors);
      return { ...state, actors };
    },
  };
}

/** A change to an actor's name, kind, aliases or description; its id never changes. */
export interface ActorPatch {
  readonly name?: string;
  readonly kind?: ActorKind;
  readonly aliases?: readonly string[];
  readonly description?: string;
}

export function editActor(id: string, patch: ActorPatch): Edit {
  return {
    label: `edit actor ${id}`,
    apply(state) {
      const i = indexOfActor(state, id);
      const old = state.actors[i]!;
      const name = patch.name === undefined ? old.name : checkName(patch.name);
      const actor: ActorAnnotation = {
        ...old,
        name,
        kind: patch.kind === undefined ? old.kind : checkKind(patch.kind),
        aliases: cleanAliases(patch.aliases ?? old.aliases, name),
        description: patch.description === undefined ? old.description : patch.description.trim(),
      };
      const actors = [...state.actors];
      actors[i] = actor;
      return { ...state, actors };
    },
  };
}

/**
 * Renames an actor. Its id, which relations cite, stays; the old name is kept as an alias unless
 * asked not to, since the text may still use it.
 */
export function renameActor(id: string, name: string, keepOldNameAsAlias = true): Edit {
  return {
    label: `rename actor ${id} to ${name.trim()}`,
    apply(state) {
      const old = state.actors[indexOfActor(state, id)]!;
      const aliases = keepOldNameAsAlias ? [...old.aliases, old.name] : old.aliases;
      return editActor(id, { name, aliases }).apply(state);
    },
  };
}

/**
 * Merges `mergedId` into `keptId`: two suggested names for one actor. Every relation and
 * membership citing the merged actor cites the kept one instead; the merged actor's name and
 * aliases become aliases of the kept one. Refused when a relation would then link the actor to
 * itself.
 */
export function mergeActors(keptId: string, mergedId: string): Edit {
  return {
    label: `merge actor ${mergedId} into ${keptId}`,
    apply(state) {
      if (keptId === mergedId) throw new EditRefused('Choose two different actors to merge.');
      const kept = state.actors[indexOfActor(state, keptId)]!;
      const merged = state.actors[indexOfActor(state, mergedId)]!;
      const selfLinks = state.relations.filter(
        (r) =>
          (r.source === keptId && r.target === mergedId) ||
          (r.source === mergedId && r.target === keptId),
      );
      if (selfLinks.length > 0) {
        throw new EditRefused(
          `${kept.name} and ${merged.name} are linked to each other by ${selfLinks.map((r) => r.id).join(', ')}; merged, a relation would link the actor to itself. Delete or re-point ${selfLinks.length === 1 ? 'it' : 'them'} first.`,
        );
      }
      const repoint = (id: string) => (id === mergedId ? keptId : id);
      const relations = state.relations.map((r): RelationAnnotation =>
        r.source === mergedId || r.target === mergedId
          ? { ...r, source: repoint(r.source), target: repoint(r.target) }
          : r,
      );
      const parents = [...memberIds(kept.memberOf), ...memberIds(merged.memberOf)]
        .map(repoint)
        .filter((p) => p !== keptId);
      const combined = withMemberOf(
        {
          ...kept,
          aliases: cleanAliases([...kept.aliases, merged.name, ...merged.aliases], kept.name),
          description: kept.description.trim() !== '' ? kept.description : merged.description,
        },
        parents,
      );
      const actors = state.actors
        .filter((a) => a.id !== mergedId)
        .map((a) => {
          if (a.id === keptId) return combined;
          const own = memberIds(a.memberOf);
          return own.includes(mergedId) ? withMemberOf(a, own.map(repoint)) : a;
        });
      checkMemberships(actors);
      return { ...state, actors, relations };
    },
  };
}

/** Says which actors this one belongs to or acts for (Castro → Cuba); an empty list for none. */
export function setMemberOf(id: string, parents: readonly string[]): Edit {
  return {
    label: `set what ${id} belongs to`,
    apply(state) {
      const i = indexOfActor(state, id);
      const actors = [...state.actors];
      actors[i] = withMemberOf(state.actors[i]!, parents);
      checkMemberships(actors);
      return { ...state, actors };
    },
  };
}

/** Deletes an actor no relation cites and no actor belongs to: a suggestion that was wrong. */
export function deleteActor(id: string): Edit {
  return {
    label: `delete actor ${id}`,
    apply(state) {
      indexOfActor(state, id);
      const citing = state.relations.filter((r) => r.source === id || r.target === id);
      if (citing.length > 0) {
        throw new EditRefused(
          `${nameOf(state, id)} is cited by ${citing.map((r) => r.id).join(', ')}; delete those relations or merge the actor instead.`,
        );
      }
      const members = state.actors.filter((a) => memberIds(a.memberOf).includes(id));
      const actors = state.actors
        .filter((a) => a.id !== id)
        .map((a) =>
          members.includes(a)
            ? withMemberOf(
                a,
                memberIds(a.memberOf).filter((p) => p !== id),
              )
            : a,
        );
      return { ...state, actors };
    },
  };
}
