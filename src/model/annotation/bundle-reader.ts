import { isRecord } from '../json/schema-check.ts';
import { formatPath, type JsonPath } from '../json/json-path.ts';
import { parseJson, type JsonDocument } from '../json/json-source.ts';
import { recordContext } from '../json/schema-check.ts';
import { schemaChecker, type SchemaFileName } from '../contract/schemas.ts';
import type { Diagnostic } from '../contract/types.ts';
import { BUNDLE_FILES, type BundleSource } from './bundle-source.ts';

/**
 * Reading one bundle's JSON files: parsing and schema checks, located problems, where each record
 * was written, and which records are usable.
 */

export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Where a compiled record was written, so a message about merging can point at both copies. */
export interface RecordOrigin {
  readonly file: string;
  /** Where in the file: ["actors", 3]. */
  readonly path: JsonPath;
  /** Where the record, or one of its fields (a path for a nested one), is written. */
  at(field?: string | readonly (string | number)[]): SourceLocation;
}

function joinName(folder: string, file: string): string {
  return folder.endsWith('/') ? `${folder}${file}` : `${folder}/${file}`;
}

/** A bundle JSON file, parsed and checked against its schema. */
export interface LoadedFile {
  readonly file: string;
  readonly json: JsonDocument;
  /** The parsed value; undefined when the file is missing or is not JSON. */
  readonly value: unknown;
  /** True when the whole file conforms to its schema. */
  readonly valid: boolean;
  /** Where the schema problems are. */
  readonly issuePaths: readonly JsonPath[];
  /** Indices of list items with a schema problem of their own. */
  readonly badItems: ReadonlySet<number>;
}

export class BundleCompiler {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly src: BundleSource) {}

  file(name: string): string {
    return joinName(this.src.name, name);
  }

  push(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  /** A problem with no place inside the file: the file is missing. */
  fileProblem(file: string, message: string): void {
    this.push({ severity: 'error', file, line: 0, column: 0, message });
  }

  /**
   * Reads, parses and schema-checks one of the bundle's JSON files. Returns undefined when the
   * file is missing or is not JSON (the reason is already reported).
   */
  load(name: (typeof BUNDLE_FILES)[number], schema: SchemaFileName, list?: string) {
    const file = this.file(name);
    const text = this.src.readFile(name);
    if (text === undefined) {
      this.fileProblem(
        file,
        `file not found; a bundle holds ${BUNDLE_FILES.join(', ')} and the source text`,
      );
      return undefined;
    }
    const json = parseJson(text, file);
    for (const d of json.diagnostics) this.push(d);
    if (json.value === undefined) return undefined;
    const badItems = new Set<number>();
    const issuePaths: JsonPath[] = [];
    for (const issue of schemaChecker(schema).check(json.value)) {
      issuePaths.push(issue.path);
      this.push(json.diagnostic(issue.path, issue.message, 'error', issue.part));
      if (list !== undefined && issue.path[0] === list && typeof issue.path[1] === 'number') {
        badItems.add(issue.path[1]);
      }
    }
    const loaded: LoadedFile = {
      file,
      json,
      value: json.value,
      valid: issuePaths.length === 0,
      issuePaths,
      badItems,
    };
    return loaded;
  }
}

/** A located problem in one of the bundle's JSON files, worded like the schema's messages. */
export function problemAt(
  loaded: LoadedFile,
  path: JsonPath,
  problem: string,
  severity: Diagnostic['severity'] = 'error',
  part: 'value' | 'key' = 'value',
): Diagnostic {
  return loaded.json.diagnostic(
    path,
    `${formatPath(path)}: ${problem}${recordContext(loaded.value, path)}`,
    severity,
    part,
  );
}

export function originOf(loaded: LoadedFile, path: JsonPath): RecordOrigin {
  return {
    file: loaded.file,
    path,
    at(field) {
      const inner = field === undefined ? [] : typeof field === 'string' ? [field] : field;
      const p = loaded.json.locate([...path, ...inner]);
      return { file: loaded.file, line: p.line, column: p.column };
    },
  };
}

/**
 * The items of a list file ("actors", "relations"…) that passed the schema, with their index,
 * and the ids of every item that has a string id at all (so one broken record does not make
 * every reference to it "unknown" too).
 */
function usableItems<T extends { readonly id: string }>(
  loaded: LoadedFile | undefined,
  list: string,
): { items: { item: T; index: number }[]; ids: Set<string> } {
  const items: { item: T; index: number }[] = [];
  const ids = new Set<string>();
  const value = loaded && isRecord(loaded.value) ? loaded.value[list] : undefined;
  if (!loaded || !Array.isArray(value)) return { items, ids };
  value.forEach((raw: unknown, index) => {
    if (isRecord(raw) && typeof raw.id === 'string') ids.add(raw.id);
    if (!loaded.badItems.has(index)) items.push({ item: raw as T, index });
  });
  return { items, ids };
}

/**
 * Reports every id used twice in a list, at the second use, naming the line of the first.
 * Returns the items that are the first with their id.
 */
function firstOfEachId<T extends { readonly id: string }>(
  c: BundleCompiler,
  loaded: LoadedFile,
  list: string,
  noun: string,
  items: { item: T; index: number }[],
): { item: T; index: number }[] {
  const firstIndex = new Map<string, number>();
  const kept: { item: T; index: number }[] = [];
  for (const entry of items) {
    const first = firstIndex.get(entry.item.id);
    if (first === undefined) {
      firstIndex.set(entry.item.id, entry.index);
      kept.push(entry);
    } else {
      const line = loaded.json.locate([list, first, 'id']).line;
      c.push(
        problemAt(
          loaded,
          [list, entry.index, 'id'],
          `duplicate ${noun} id "${entry.item.id}" (first defined at line ${line})`,
        ),
      );
    }
  }
  return kept;
}

/** A list file of the bundle, as far as its own checks can start from it. */
export interface RecordList<T> {
  /** Undefined when the file is missing or is not JSON. */
  readonly file: LoadedFile | undefined;
  /** The items that passed the schema, the first with each id, with their index. */
  readonly kept: readonly { item: T; index: number }[];
  /** Where each kept item was written. */
  readonly origins: Map<string, RecordOrigin>;
  /** Every id in the file, usable or not, so references to a broken record are not "unknown". */
  readonly ids: Set<string>;
}

/**
 * Loads one list file ("actors" in actors.json…), reports every id used twice, and keeps the
 * first item with each id among those that passed the schema.
 */
export function loadRecordList<T extends { readonly id: string }>(
  c: BundleCompiler,
  name: (typeof BUNDLE_FILES)[number],
  schema: SchemaFileName,
  list: string,
  noun: string,
): RecordList<T> {
  const file = c.load(name, schema, list);
  const { items, ids } = usableItems<T>(file, list);
  const kept = file ? firstOfEachId(c, file, list, noun, items) : [];
  const origins = new Map<string, RecordOrigin>();
  if (file) for (const { item, index } of kept) origins.set(item.id, originOf(file, [list, index]));
  return { file, kept, origins, ids };
}

/** The records of one list file that passed every check, and where each was written. */
export interface CheckedRecords<T> {
  /** Undefined when the file is missing or is not JSON. */
  readonly file: LoadedFile | undefined;
  readonly records: T[];
  readonly origins: Map<string, RecordOrigin>;
  /** Every id in the file, usable or not, so references to a broken record are not "unknown". */
  readonly ids: ReadonlySet<string>;
}
