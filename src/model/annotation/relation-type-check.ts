import type { RelationType } from '../contract/types.ts';
import { loadRecordList, type BundleCompiler, type CheckedRecords } from './bundle-reader.ts';

/** Reads relation-types.json: ids once each. */
export function compileRelationTypes(c: BundleCompiler): CheckedRecords<RelationType> {
  const { file, kept, origins, ids } = loadRecordList<
    Omit<RelationType, 'family'> & Partial<Pick<RelationType, 'family'>>
  >(c, 'relation-types.json', 'relation-types.schema.json', 'relationTypes', 'relation type');
  const relationTypes = kept.map(({ item: t }): RelationType => ({
    id: t.id,
    label: t.label,
    directed: t.directed,
    definition: t.definition,
    // A bundle written before families were named keeps working: its types are "other".
    family: t.family ?? 'other',
    color: t.color,
  }));
  return { file, records: relationTypes, origins, ids };
}
