import datasetSchema from '../../../graph-data/schema/dataset.schema.json' with { type: 'json' };
import { compileSchema, type SchemaChecker } from '../json/schema-check.ts';

/**
 * The compiled dataset's schema alone: the explorer validates datasets with it and needs none of
 * the annotation-bundle schemas.
 */
export const DATASET_SCHEMA: unknown = datasetSchema;

let checker: SchemaChecker | null = null;

export function datasetSchemaChecker(): SchemaChecker {
  checker ??= compileSchema(DATASET_SCHEMA);
  return checker;
}
