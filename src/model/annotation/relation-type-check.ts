import type { RelationType } from '../contract/types.ts';
import {
  firstOfEachId,
  originOf,
  usableItems,
  type BundleCompiler,
  type CheckedRecords,
  type RecordOrigin,
} from './bundle-reader.ts';

/** Reads relation-types.json: ids once each. */
export function compileRelationTypes(c: BundleCompiler): CheckedRecords<RelationType> {
  const typesFile = c.load('relation-types.json', 'relation-types.schema.json', 'relationTypes');
  const typeOrigins = new Map<string, RecordOrigin>();
  const relationTypes: RelationType[] = [];
  const typeItems = usableItems<
    Omit<RelationType, 'family'> & Partial<Pick<RelationType, 'family'>>
  >(typesFile, 'relationTypes');
  if (typesFile) {
    const kept = firstOfEachId(c, typesFile, 'relationTypes', 'relation type', typeItems.items);
    for (const { item: t, index } of kept) {
      typeOrigins.set(t.id, originOf(typesFile, ['relationTypes', index]));
      relationTypes.push({
        id: t.id,
        label: t.label,
        directed: t.directed,
        definition: t.definition,
        // A bundle written before families were named keeps working: its types are "other".
        family: t.family ?? 'other',
        color: t.color,
      });
    }
  }
  return { file: typesFile, records: relationTypes, origins: typeOrigins, ids: typeItems.ids };
}
