import { checkDataset, type DatasetResult } from './dataset-check.ts';
import { parseJson } from '../json/json-source.ts';

/**
 * Parses and validates a compiled dataset. Pure and never throws: malformed JSON, a schema
 * violation, a dangling reference or a quote that does not match its paragraph each become a
 * diagnostic at the line and column of the offending value in `fileName`.
 */
export function parseDataset(text: string, fileName: string): DatasetResult {
  const json = parseJson(text, fileName);
  if (json.value === undefined || json.diagnostics.length > 0) {
    return { dataset: null, diagnostics: json.diagnostics };
  }
  return checkDataset(json.value, fileName, json);
}
