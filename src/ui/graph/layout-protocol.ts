import type { LayoutInput } from '../../model/layout/layout-input.ts';
import { ACTOR_KINDS, type ActorKind } from '../../model/contract/types.ts';
import type { LayoutName } from '../../model/explorer/view-state.ts';

/**
 * The messages between the explorer and its layout worker (src/ui/graph/layout.worker.ts). Plain
 * data that structured cloning copies cheaply: strings in arrays, numbers in typed arrays (moved,
 * not copied, where they can be), never a Dataset with its documents and quotes.
 */

/** A LayoutInput packed for postMessage: relation ends as actor numbers. */
export interface PackedInput {
  readonly actorIds: readonly string[];
  readonly names: readonly string[];
  /** Index into ACTOR_KINDS per actor. */
  readonly kinds: Uint8Array;
  readonly relationIds: readonly string[];
  /** Actor number of each relation's ends, -1 for an actor the dataset does not have. */
  readonly source: Int32Array;
  readonly target: Int32Array;
}

/** What to compute. 'draft' is draftLayout(); a layout name is layoutPositions() without stored positions. */
export type LayoutJobKind = 'draft' | LayoutName;

export interface LayoutRequest {
  readonly id: number;
  /** Which input: the worker keeps the last one it was sent, so it travels once per dataset. */
  readonly inputKey: number;
  /** Sent with the first request for an input key only. */
  readonly input?: PackedInput;
  readonly job: LayoutJobKind;
}

export type LayoutReply =
  | {
      readonly id: number;
      readonly ok: true;
      /** Positions in the order of PackedInput.actorIds. */
      readonly xs: Float64Array;
      readonly ys: Float64Array;
      /** Milliseconds the worker spent computing. */
      readonly ms: number;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

export function packInput(input: LayoutInput): PackedInput {
  const actorIds = input.actors.map((a) => a.id);
  const number = new Map(actorIds.map((id, i) => [id, i]));
  const kindNumber = new Map<string, number>(ACTOR_KINDS.map((k, i) => [k, i]));
  const n = input.relations.length;
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  const relationIds: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = input.relations[i]!;
    relationIds[i] = r.id;
    source[i] = number.get(r.source) ?? -1;
    target[i] = number.get(r.target) ?? -1;
  }
  return {
    actorIds,
    names: input.actors.map((a) => a.name),
    kinds: Uint8Array.from(input.actors, (a) => kindNumber.get(a.kind) ?? ACTOR_KINDS.length - 1),
    relationIds,
    source,
    target,
  };
}

/** The inverse of packInput, without positions (the worker is only asked to compute them). */
export function unpackInput(packed: PackedInput): LayoutInput {
  const { actorIds, names, kinds, relationIds, source, target } = packed;
  const missing = '\u0000missing';
  return {
    actors: actorIds.map((id, i) => ({
      id,
      name: names[i]!,
      kind: (ACTOR_KINDS[kinds[i]!] ?? 'other') as ActorKind,
    })),
    relations: relationIds.map((id, i) => ({
      id,
      source: actorIds[source[i]!] ?? missing,
      target: actorIds[target[i]!] ?? missing,
    })),
  };
}
