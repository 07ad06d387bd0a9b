import { formatPath, type JsonPath } from './json-path.ts';
import { escapeControls } from './diagnostics.ts';
import { didYouMean } from './suggest.ts';

/**
 * A small interpreter for the part of JSON Schema (draft 2020-12) that the files in
 * `graph-data/schema/` use. Those files stay the single source of truth: editors read them to
 * check annotations as they are typed, and this module reads the very same files to check them
 * in the CLI and the browser, in words an analyst can act on ("relations[3].polarity: must be
 * "affirmed" or "negated", got "maybe"") rather than in schema jargon.
 *
 * A keyword the interpreter does not know makes `compileSchema` throw, so a schema can never
 * promise a check that is silently not made.
 */

/** One way a value breaks the schema. */
export interface SchemaIssue {
  /** Where the offending value sits. */
  readonly path: JsonPath;
  /** 'key' when the property name itself is the problem (an unknown field). */
  readonly part: 'value' | 'key';
  /** The whole message: `relations[3].polarity: must be "affirmed" or "negated", got "maybe"`. */
  readonly message: string;
}

export interface SchemaChecker {
  /** Every way `value` breaks the schema, in document order; [] when it conforms. */
  check(value: unknown): SchemaIssue[];
}

const SUPPORTED = new Set([
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'title',
  'description',
  'examples',
  'default',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'items',
  '$ref',
  'anyOf',
  'oneOf',
  'minimum',
  'maximum',
  'format',
]);

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/**
 * What each pattern in the schema files means, in words. The schema test checks that every
 * pattern used has an entry here, so no message ever shows a bare regular expression.
 */
/**
 * A display name (an actor's name or alias): a visible character, and nothing that would act
 * instead of show: no control character or line break, no lone surrogate, no text-direction
 * embedding, override or isolate (U+202E would print the rest of a label backwards).
 */
export const NAME_PATTERN = '^(?=[\\s\\S]*\\S)[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]+$';

export const PATTERN_WORDS: Readonly<Record<string, string>> = {
  '^[a-z0-9][a-z0-9._-]*$':
    'an id (lower-case letters, digits, ".", "_" or "-", starting with a letter or digit)',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a date written YYYY-MM-DD',
  '^p[1-9][0-9]*$': 'a paragraph id such as "p3"',
  '^#[0-9a-fA-F]{6}$': 'a colour written #rrggbb',
  '^[^/\\\\]+\\.txt$': 'a file name ending in ".txt", in the bundle folder (no "/")',
  '\\S': 'text with a visible character',
  [NAME_PATTERN]:
    'a name with a visible character and no control character, line break or text-direction override',
};

/** The array names whose items are records with an `id`, and what analysts call one. */
const RECORD_NOUNS: Readonly<Record<string, string>> = {
  documents: 'document',
  actors: 'actor',
  relationTypes: 'relation type',
  relations: 'relation',
  paragraphs: 'paragraph',
};

/** True for a real calendar date written YYYY-MM-DD: "1996-02-30" is not one. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * ` — relation "r4"`: which record a path falls in, so a message about `relations[3].polarity`
 * also names the id the analyst searches for. '' when the path is in no record with an id, or
 * when it points at the id itself (the message then shows it anyway).
 */
export function recordContext(root: unknown, path: JsonPath): string {
  let node: unknown = root;
  let found = '';
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (node === null || typeof node !== 'object') break;
    const next = (node as Record<string | number, unknown>)[step as string];
    const parentKey = path[i - 1];
    if (typeof step === 'number' && typeof parentKey === 'string') {
      const noun = Object.hasOwn(RECORD_NOUNS, parentKey) ? RECORD_NOUNS[parentKey] : undefined;
      const id =
        next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      if (noun && typeof id === 'string') {
        found = path[i + 1] === 'id' && i + 2 === path.length ? '' : ` — ${noun} "${id}"`;
      }
    }
    node = next;
  }
  return found;
}

/** `"maybe"`, `42`, `null`, `an object`: the offending value as a message quotes it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return escapeControls(JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value));
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function quoteList(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  if (shown.length === 1) return shown[0] ?? '';
  if (shown.length === 2) return `${shown[0]} or ${shown[1]}`;
  return `one of ${shown.join(', ')}`;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return false;
  }
}

/** A schema object made ready to check against: regexes compiled, property maps built. */
interface Node {
  readonly types?: readonly string[];
  readonly properties?: ReadonlyMap<string, Node>;
  readonly required?: readonly string[];
  /** false: no other properties; a Node: they must match it; undefined: anything goes. */
  readonly additional?: Node | false;
  readonly enumValues?: readonly unknown[];
  readonly hasConst: boolean;
  readonly constValue?: unknown;
  readonly pattern?: RegExp;
  readonly patternWords?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: Node;
  /** Filled in once every definition is compiled, so definitions may refer to each other. */
  readonly ref?: { node: Node };
  readonly anyOf?: readonly Node[];
  readonly oneOf?: readonly Node[];
  readonly date: boolean;
  /** `false` schemas reject everything. */
  readonly never: boolean;
}

const ANYTHING: Node = { hasConst: false, date: false, never: false };

/** A JSON object: not null, not an array. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function compileNode(
  schema: unknown,
  where: string,
  resolve: (ref: string, where: string) => { node: Node },
): Node {
  if (schema === true) return ANYTHING;
  if (schema === false) return { hasConst: false, date: false, never: true };
  if (!isRecord(schema)) throw new Error(`schema at ${where} is not an object`);
  for (const key of Object.keys(schema)) {
    if (!SUPPORTED.has(key))
      throw new Error(`schema at ${where} uses unsupported keyword "${key}"`);
  }
  const s = schema;
  const sub = (v: unknown, at: string): Node => compileNode(v, `${where}/${at}`, resolve);
  const num = (k: string): number | undefined => {
    const v = s[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'number') throw new Error(`schema at ${where}: ${k} must be a number`);
    return v;
  };
  const list = (k: string): Node[] | undefined => {
    const v = s[k];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw new Error(`schema at ${where}: ${k} must be an array`);
    return v.map((x, i) => sub(x, `${k}/${i}`));
  };

  let types: string[] | undefined;
  if (typeof s.type === 'string') types = [s.type];
  else if (Array.isArray(s.type)) types = s.type.map(String);
  for (const t of types ?? []) {
    if (!(t in TYPE_NAMES)) throw new Error(`schema at ${where}: unknown type "${t}"`);
  }

  let properties: Map<string, Node> | undefined;
  if (s.properties !== undefined) {
    if (!isRecord(s.properties))
      throw new Error(`schema at ${where}: properties must be an object`);
    properties = new Map();
    for (const [k, v] of Object.entries(s.properties)) {
      properties.set(k, sub(v, `properties/${k}`));
    }
  }

  let additional: Node | false | undefined;
  if (s.additionalProperties === false) additional = false;
  else if (s.additionalProperties !== undefined && s.additionalProperties !== true) {
    additional = sub(s.additionalProperties, 'additionalProperties');
  }

  let pattern: RegExp | undefined;
  let patternWords: string | undefined;
  if (s.pattern !== undefined) {
    if (typeof s.pattern !== 'string') throw new Error(`schema at ${where}: pattern must be text`);
    pattern = new RegExp(s.pattern, 'u');
    patternWords = PATTERN_WORDS[s.pattern] ?? `text matching /${s.pattern}/`;
  }

  if (s.format !== undefined && s.format !== 'date') {
    throw new Error(`schema at ${where}: unsupported format "${String(s.format)}"`);
  }
  if (s.required !== undefined && !Array.isArray(s.required)) {
    throw new Error(`schema at ${where}: required must be an array`);
  }
  if (s.enum !== undefined && !Array.isArray(s.enum)) {
    throw new Error(`schema at ${where}: enum must be an array`);
  }
  if (s.$ref !== undefined && typeof s.$ref !== 'string') {
    throw new Error(`schema at ${where}: $ref must be text`);
  }

  return {
    types,
    properties,
    required: s.required as string[] | undefined,
    additional,
    enumValues: s.enum as unknown[] | undefined,
    hasConst: 'const' in s,
    constValue: s.const,
    pattern,
    patternWords,
    minLength: num('minLength'),
    maxLength: num('maxLength'),
    minItems: num('minItems'),
    minimum: num('minimum'),
    maximum: num('maximum'),
    items: s.items === undefined ? undefined : sub(s.items, 'items'),
    ref: s.$ref === undefined ? undefined : resolve(s.$ref, where),
    anyOf: list('anyOf'),
    oneOf: list('oneOf'),
    date: s.format === 'date',
    never: false,
  };
}

/** Deep equality for `enum` and `const` over JSON values. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** A problem before the path and the record are added to it. */
interface RawIssue {
  readonly path: JsonPath;
  readonly part: 'value' | 'key';
  readonly problem: string;
}

/** The short description of what a branch of anyOf/oneOf accepts: "an object", "null". */
function branchWords(node: Node): string {
  const target = node.ref ? node.ref.node : node;
  if (target.types) return target.types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
  if (target.enumValues) return quoteList(target.enumValues);
  if (target.hasConst) return JSON.stringify(target.constValue);
  return 'something else';
}

/** Whether a value is of the kind a branch is about (before looking at the details). */
function branchFits(node: Node, value: unknown): boolean {
  const target = node.ref ? node.ref.node : node;
  if (target.types) return target.types.some((t) => hasType(value, t));
  return true;
}

class Checker implements SchemaChecker {
  constructor(private readonly root: Node) {}

  check(value: unknown): SchemaIssue[] {
    const raw: RawIssue[] = [];
    this.visit(this.root, value, [], raw);
    return raw.map((r) => ({
      path: r.path,
      part: r.part,
      // An unknown field is a fault of the object that holds it, so name the object.
      message: `${formatPath(r.part === 'key' ? r.path.slice(0, -1) : r.path)}: ${r.problem}${recordContext(value, r.path)}`,
    }));
  }

  private visit(node: Node, value: unknown, path: (string | number)[], out: RawIssue[]): void {
    if (node.never) {
      out.push({ path: [...path], part: 'value', problem: 'is not allowed here' });
      return;
    }
    if (node.ref) this.visit(node.ref.node, value, path, out);

    if (node.types && !node.types.some((t) => hasType(value, t))) {
      const want = node.types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      const got =
        typeof value === 'number' && node.types.includes('integer')
          ? String(value)
          : describeValue(value);
      out.push({ path: [...path], part: 'value', problem: `must be ${want}, got ${got}` });
      return;
    }
    if (node.enumValues && !node.enumValues.some((e) => jsonEqual(e, value))) {
      const strings = node.enumValues.filter((e): e is string => typeof e === 'string');
      const hint = typeof value === 'string' ? didYouMean(value, strings) : '';
      out.push({
        path: [...path],
        part: 'value',
        problem: `must be ${quoteList(node.enumValues)}, got ${describeValue(value)}${hint}`,
      });
      return;
    }
    if (node.hasConst && !jsonEqual(node.constValue, value)) {
      out.push({
        path: [...path],
        part: 'value',
        problem: `must be ${JSON.stringify(node.constValue)}, got ${describeValue(value)}`,
      });
      return;
    }

    if (typeof value === 'string') this.visitString(node, value, path, out);
    else if (typeof value === 'number') this.visitNumber(node, value, path, out);
    else if (Array.isArray(value)) this.visitArray(node, value, path, out);
    else if (isRecord(value)) this.visitObject(node, value, path, out);

    if (node.anyOf) this.visitAlternatives(node.anyOf, false, value, path, out);
    if (node.oneOf) this.visitAlternatives(node.oneOf, true, value, path, out);
  }

  private visitString(node: Node, value: string, path: (string | number)[], out: RawIssue[]) {
    if (node.minLength !== undefined && value.length < node.minLength) {
      const problem =
        node.minLength === 1
          ? 'must not be empty'
          : `must be at least ${node.minLength} characters long, got ${describeValue(value)}`;
      out.push({ path: [...path], part: 'value', problem });
      return;
    }
    if (node.maxLength !== undefined && value.length > node.maxLength) {
      const problem = `must be at most ${node.maxLength} characters long, got ${value.length.toLocaleString('en-US')}`;
      out.push({ path: [...path], part: 'value', problem });
      return;
    }
    if (node.pattern && !node.pattern.test(value)) {
      out.push({
        path: [...path],
        part: 'value',
        problem: `must be ${node.patternWords ?? 'text of another form'}, got ${describeValue(value)}`,
      });
      return;
    }
    if (node.date && !isCalendarDate(value)) {
      out.push({
        path: [...path],
        part: 'value',
        problem: /^\d{4}-\d{2}-\d{2}$/.test(value)
          ? `must be a real calendar date, got ${describeValue(value)}`
          : `must be a date written YYYY-MM-DD, got ${describeValue(value)}`,
      });
    }
  }

  private visitNumber(node: Node, value: number, path: (string | number)[], out: RawIssue[]) {
    if (node.minimum !== undefined && value < node.minimum) {
      out.push({
        path: [...path],
        part: 'value',
        problem: `must be at least ${node.minimum}, got ${value}`,
      });
    }
    if (node.maximum !== undefined && value > node.maximum) {
      out.push({
        path: [...path],
        part: 'value',
        problem: `must be at most ${node.maximum}, got ${value}`,
      });
    }
  }

  private visitArray(node: Node, value: unknown[], path: (string | number)[], out: RawIssue[]) {
    if (node.minItems !== undefined && value.length < node.minItems) {
      out.push({
        path: [...path],
        part: 'value',
        problem: `must hold at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`,
      });
    }
    const items = node.items;
    if (!items) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      this.visit(items, value[i], path, out);
      path.pop();
    }
  }

  private visitObject(
    node: Node,
    value: Record<string, unknown>,
    path: (string | number)[],
    out: RawIssue[],
  ) {
    const required = node.required;
    if (required && !required.every((k) => Object.prototype.hasOwnProperty.call(value, k))) {
      const names = required
        .filter((k) => !Object.prototype.hasOwnProperty.call(value, k))
        .map((k) => `"${k}"`);
      const list =
        names.length === 1
          ? `required field ${names[0]}`
          : `required fields ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      out.push({ path: [...path], part: 'value', problem: `missing ${list}` });
    }
    const properties = node.properties;
    if (!properties && node.additional === undefined) return;
    for (const key of Object.keys(value)) {
      const sub = properties?.get(key);
      path.push(key);
      if (sub) this.visit(sub, value[key], path, out);
      else if (node.additional === false) {
        const hint = properties ? didYouMean(key, properties.keys()) : '';
        out.push({
          path: [...path],
          part: 'key',
          problem: `unknown field "${key}"${hint}`,
        });
      } else if (node.additional) this.visit(node.additional, value[key], path, out);
      path.pop();
    }
  }

  private visitAlternatives(
    branches: readonly Node[],
    exactlyOne: boolean,
    value: unknown,
    path: (string | number)[],
    out: RawIssue[],
  ) {
    const results = branches.map((b) => {
      const issues: RawIssue[] = [];
      this.visit(b, value, path, issues);
      return issues;
    });
    const passing = results.filter((r) => r.length === 0).length;
    if (exactlyOne ? passing === 1 : passing >= 1) return;
    if (passing > 1) {
      out.push({
        path: [...path],
        part: 'value',
        problem: 'matches more than one of the allowed forms',
      });
      return;
    }
    // Report the details of the one form the value plainly tries to be (an object where an
    // object or null is allowed); otherwise say which forms are allowed.
    const fitting = branches.map((b, i) => (branchFits(b, value) ? i : -1)).filter((i) => i >= 0);
    const only = fitting.length === 1 ? results[fitting[0] ?? 0] : undefined;
    if (only) {
      out.push(...only);
      return;
    }
    const words = branches.map(branchWords);
    const allowed =
      words.length <= 2
        ? words.join(' or ')
        : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
    out.push({
      path: [...path],
      part: 'value',
      problem: `must be ${allowed}, got ${describeValue(value)}`,
    });
  }
}

/**
 * Prepares a schema (the parsed contents of one of the files in `graph-data/schema/`) for
 * checking. Throws for a keyword or `$ref` outside the supported subset: that is a mistake in
 * the schema file, found by the tests, never by an analyst.
 */
export function compileSchema(schema: unknown): SchemaChecker {
  if (!isRecord(schema)) throw new Error('a schema must be an object');
  const rawDefs = isRecord(schema.$defs) ? schema.$defs : {};
  const refs = new Map<string, { node: Node }>();
  const resolve = (ref: string, where: string): { node: Node } => {
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const name = m?.[1];
    if (name === undefined || !(name in rawDefs)) {
      throw new Error(`schema at ${where}: cannot resolve $ref "${ref}"`);
    }
    let holder = refs.get(name);
    if (!holder) {
      holder = { node: ANYTHING };
      refs.set(name, holder);
    }
    return holder;
  };
  const root = compileNode(schema, '#', resolve);
  for (const [name, def] of Object.entries(rawDefs)) {
    const node = compileNode(def, `#/$defs/${name}`, resolve);
    const holder = refs.get(name);
    if (holder) holder.node = node;
    else refs.set(name, { node });
  }
  return new Checker(root);
}
