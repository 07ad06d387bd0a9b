import { isRecord } from '../json/schema-check.ts';

/**
 * Reading a schemaVersion 1 dataset as version 2. Version 2 made memberOf a list (an actor may
 * belong to several: Japan to the G-7 and the UN) and gave every relation type a family; a
 * version 1 dataset is the same contract with one memberOf and no families, so it is read as
 * such rather than refused. Only values of the expected shape are rewritten: anything else is
 * left for the schema check to report where it stands in the file.
 */
export function migrateVersion1(value: Record<string, unknown>): Record<string, unknown> {
  const actors = Array.isArray(value['actors'])
    ? value['actors'].map((a: unknown) =>
        isRecord(a) && typeof a['memberOf'] === 'string' ? { ...a, memberOf: [a['memberOf']] } : a,
      )
    : value['actors'];
  const relationTypes = Array.isArray(value['relationTypes'])
    ? value['relationTypes'].map((t: unknown) =>
        isRecord(t) && !('family' in t) ? { ...t, family: 'other' } : t,
      )
    : value['relationTypes'];
  return { ...value, schemaVersion: 2, actors, relationTypes };
}
