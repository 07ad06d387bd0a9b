import { memberIds, memberOfCycles } from '../dataset/dataset-check.ts';
import { didYouMean } from '../json/suggest.ts';
import type { Actor } from '../contract/types.ts';
import type { ActorAnnotation } from './annotations.ts';
import {
  loadRecordList,
  problemAt,
  type BundleCompiler,
  type CheckedRecords,
} from './bundle-reader.ts';

/** Reads actors.json: ids once each, memberOf naming an actor of the bundle, no memberOf circle. */
export function compileActors(c: BundleCompiler): CheckedRecords<Actor> {
  const { file, kept, origins, ids } = loadRecordList<ActorAnnotation>(
    c,
    'actors.json',
    'actors.schema.json',
    'actors',
    'actor',
  );
  const actors: Actor[] = [];
  if (file) {
    for (const { item: a, index } of kept) {
      const memberOf = memberIds(a.memberOf);
      const unknown = memberOf.findIndex((id) => !ids.has(id));
      if (unknown >= 0) {
        const id = memberOf[unknown]!;
        // A bundle may write one id as a plain string; point at it either way.
        const path = typeof a.memberOf === 'string' ? [] : [unknown];
        c.push(
          problemAt(
            file,
            ['actors', index, 'memberOf', ...path],
            `unknown actor "${id}"${didYouMean(id, ids)}`,
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
          file,
          ['actors', index, 'memberOf'],
          `memberOf goes round in a circle: ${[...cycle, cycle[0]].join(' → ')}`,
        ),
      );
    }
  }
  return { file, records: actors, origins, ids };
}
