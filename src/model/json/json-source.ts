import type { Diagnostic } from '../contract/types.ts';

/**
 * Strict JSON (RFC 8259) with source positions.
 *
 * `JSON.parse` says neither where a value sits nor which key was written twice, and its error
 * messages name byte offsets that analysts cannot act on. This parser keeps, for every object and
 * array, where each member begins, so any diagnostic about any value can name `line:col`. It is
 * linear in the size of the text and builds the same plain values `JSON.parse` would, so the rest
 * of the model never sees a wrapper type.
 *
 * The reader itself is in json-parser.ts, the tables of member positions in json-layouts.ts and
 * the line and column lookup in line-index.ts.
 */
import type { JsonPath } from './json-path.ts';
import { JsonSyntaxError, Parser } from './json-parser.ts';
import { lineIndex } from './line-index.ts';

/** 1-based line and column (UTF-16 code units, as editors count them), plus the 0-based offset. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface JsonDocument {
  /** The file as the user named it; every diagnostic carries it. */
  readonly file: string;
  readonly text: string;
  /** The parsed value, or undefined when the text is not JSON. */
  readonly value: unknown;
  /** Syntax errors (at most one: parsing stops there) and duplicate keys. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Where the value at `path` begins, or with `part: 'key'` where its property name begins.
   * A path that runs past the document (a missing property) gives its nearest existing ancestor,
   * which is where a reader would add it.
   */
  locate(path: JsonPath, part?: 'value' | 'key'): SourcePosition;
  /** Line and column of a 0-based offset into the text. */
  position(offset: number): SourcePosition;
  /** A diagnostic located on the value (or key) at `path`. */
  diagnostic(
    path: JsonPath,
    message: string,
    severity?: Diagnostic['severity'],
    part?: 'value' | 'key',
  ): Diagnostic;
}

/**
 * Parses `text` as strict JSON. Never throws: a syntax error becomes one diagnostic at the exact
 * place (parsing stops there and `value` is undefined); a key written twice in one object becomes
 * a diagnostic too, but parsing goes on (the later value wins, as with `JSON.parse`).
 */
export function parseJson(text: string, file: string): JsonDocument {
  const position = lineIndex(text);
  const parser = new Parser(text, position);
  const diagnostics: Diagnostic[] = [];
  let value: unknown;
  let rootStart = 0;
  let rootContainer = -1;
  try {
    value = parser.parseDocument();
    rootContainer = parser.lastContainer;
    rootStart = /^\uFEFF?[ \t\r\n]*/.exec(text)?.[0].length ?? 0;
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const where = position(Math.min(e.offset, text.length));
    diagnostics.push({
      severity: 'error',
      file,
      line: where.line,
      column: where.column,
      message: e.message,
    });
    value = undefined;
  }
  for (const d of parser.duplicates) {
    const here = position(d.offset);
    const first = position(d.first);
    diagnostics.push({
      severity: 'error',
      file,
      line: here.line,
      column: here.column,
      message: `duplicate key "${d.key}" (first written at line ${first.line}, column ${first.column})`,
    });
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);

  const { members, containers } = parser.layouts;
  const locate = (path: JsonPath, part: 'value' | 'key' = 'value'): SourcePosition => {
    let container = rootContainer;
    let offset = rootStart;
    for (let i = 0; i < path.length && container >= 0; i++) {
      const step = path[i];
      const first = containers.data[3 * container] ?? 0;
      const count = containers.data[3 * container + 1] ?? 0;
      const isArray = containers.data[3 * container + 2] === 1;
      let member = -1;
      if (isArray) {
        if (typeof step === 'number' && step >= 0 && step < count) member = first + step;
      } else {
        // The last of equal keys, because that is the value that was kept.
        const key = String(step);
        for (let m = first + count - 1; m >= first; m--) {
          if (parser.readStringAt(members.data[3 * m] ?? 0) === key) {
            member = m;
            break;
          }
        }
      }
      if (member === -1) break;
      const last = i === path.length - 1;
      offset = members.data[3 * member + (last && part === 'key' ? 0 : 1)] ?? offset;
      container = members.data[3 * member + 2] ?? -1;
    }
    return position(offset);
  };

  return {
    file,
    text,
    value,
    diagnostics,
    locate,
    position,
    diagnostic(path, message, severity = 'error', part = 'value') {
      const at = locate(path, part);
      return { severity, file, line: at.line, column: at.column, message };
    },
  };
}
