import actorsSchema from '../../../graph-data/schema/actors.schema.json' with { type: 'json' };
import documentSchema from '../../../graph-data/schema/document.schema.json' with { type: 'json' };
import relationTypesSchema from '../../../graph-data/schema/relation-types.schema.json' with { type: 'json' };
import relationsSchema from '../../../graph-data/schema/relations.schema.json' with { type: 'json' };
import { DATASET_SCHEMA, datasetSchemaChecker } from './dataset-schema.ts';
import { compileSchema, type SchemaChecker } from '../json/schema-check.ts';

/**
 * The schema files in `graph-data/schema/`, imported as they are: what editors show while an
 * annotator types is exactly what the CLI and the explorer enforce.
 */
export const SCHEMA_FILES = {
  'document.schema.json': documentSchema as unknown,
  'actors.schema.json': actorsSchema as unknown,
  'relation-types.schema.json': relationTypesSchema as unknown,
  'relations.schema.json': relationsSchema as unknown,
  'dataset.schema.json': DATASET_SCHEMA,
} as const;

export type SchemaFileName = keyof typeof SCHEMA_FILES;

const compiled = new Map<SchemaFileName, SchemaChecker>();

/** The checker for one schema file, compiled on first use. */
export function schemaChecker(name: SchemaFileName): SchemaChecker {
  if (name === 'dataset.schema.json') return datasetSchemaChecker();
  let checker = compiled.get(name);
  if (!checker) {
    checker = compileSchema(SCHEMA_FILES[name]);
    compiled.set(name, checker);
  }
  return checker;
}
