import { memberIds, memberOfCycles } from '../dataset/dataset-check.ts';
import { didYouMean } from '../json/suggest.ts';
import type { Actor } from '../contract/types.ts';
import type { ActorAnnotation } from './annotations.ts';
import {
  firstOfEachId,
  originOf,
  problemAt,
  usableItems,
  type BundleCompiler,
  type CheckedRecords,
  type RecordOrigin,
} from './bundle-reader.ts';

/** Reads actors.json: ids once each, memberOf naming an actor of the bundle, no memberOf circle. */
export function compileActors(c: BundleCompiler): CheckedRecords<Actor> {
  const actorsFile = c.load('actors.json', 'actors.schema.json', 'actors');
  const actorOrigins = new Map<string, RecordOrigin>();
  const actors: Actor[] = [];
  const actorItems = usableItems<ActorAnnotation>(actorsFile, 'actors');
  if (actorsFile) {
    const kept = firstOfEachId(c, actorsFile, 'actors', 'actor', actorItems.items);
    for (const { item: a, index } of kept) {
      actorOrigins.set(a.id, originOf(actorsFile, ['actors', index]));
      const memberOf = memberIds(a.memberOf);
      const unknown = memberOf.findIndex((id) => !actorItems.ids.has(id));
      if (unknown >= 0) {
        const id = memberOf[unknown]!;
        // A bundle may write one id as a plain string; point at it either way.
        const path = typeof a.memberOf === 'string' ? [] : [unknown];
        c.push(
          problemAt(
            actorsFile,
            ['actors', index, 'memberOf', ...path],
            `unknown actor "${id}"${didYouMean(id, actorItems.ids)}`,
          ),
        );
        continue;
      }
      actors.push({
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases: [...a.aliases],
        ...(memberOf.length > 0 && { memberOf: [...new Set(memberOf)] }),
        description: a.description,
      });
    }
    for (const cycle of memberOfCycles(kept.map((k) => k.item))) {
      const index = kept.find((k) => k.item.id === cycle[0])?.index ?? 0;
      c.push(
        problemAt(
          actorsFile,
          ['actors', index, 'memberOf'],
          `memberOf goes round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
        ),
      );
    }
  }
  return { file: actorsFile, records: actors, origins: actorOrigins, ids: actorItems.ids };
}
