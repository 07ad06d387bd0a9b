import type { Random } from '../common/random.ts';
import type { ActorKind } from '../contract/types.ts';
import type { SynthActor } from './actors.ts';

/** Which kinds may belong to which: a person to a government or a group, an office to a state… */
const PARENT_KINDS: Partial<Record<ActorKind, readonly ActorKind[]>> = {
  person: ['government', 'armed-group', 'international-organisation', 'office', 'media'],
  office: ['government', 'state'],
  people: ['state'],
  media: ['state'],
  'armed-group': ['armed-group'],
};

/**
 * Links some actors to a higher-ranked actor they belong to. A bundle lists only the actors its
 * relations use, yet memberOf must name an actor in the same bundle; so a parent is chosen only
 * among actors that appear in every document the child appears in (hubs, mostly). Parents always
 * rank above their children, so memberOf chains cannot loop.
 */
export function assignMemberOf(
  actors: SynthActor[],
  docsOf: readonly (readonly number[])[],
  d: number,
  r: Random,
): void {
  const pool = Math.min(actors.length, Math.max(20, Math.ceil(actors.length / 50)));
  const presence: (Uint8Array | undefined)[] = [];
  const present = (p: number): Uint8Array => {
    let bits = presence[p];
    if (!bits) {
      bits = new Uint8Array(d);
      for (const doc of docsOf[p]!) bits[doc] = 1;
      presence[p] = bits;
    }
    return bits;
  };
  for (let c = 1; c < actors.length; c++) {
    const child = actors[c]!;
    const kinds = PARENT_KINDS[child.kind];
    const docs = docsOf[c]!;
    if (!kinds || docs.length === 0 || !r.chance(0.4)) continue;
    const limit = Math.min(c, pool);
    for (let attempt = 0; attempt < 8; attempt++) {
      const p = r.int(limit);
      if (!kinds.includes(actors[p]!.kind)) continue;
      const bits = present(p);
      if (docs.every((doc) => bits[doc] === 1)) {
        child.memberOf = p;
        break;
      }
    }
  }
}
