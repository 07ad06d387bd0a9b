/**
 * The strict JSON (RFC 8259) reader behind parseJson: one pass over the text that builds the
 * same plain values `JSON.parse` would and records, in Layouts, where each member begins. The
 * first syntax error stops it with a JsonSyntaxError at the exact offset; duplicate keys are
 * collected and reading goes on.
 */
import { Layouts } from './json-layouts.ts';
import type { SourcePosition } from './json-source.ts';

/** Nesting deeper than this is refused rather than risking the call stack. */
const MAX_DEPTH = 500;

export class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const enum Ch {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  OpenBrace = 123,
  CloseBrace = 125,
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const NEEDS_SLOW_PATH = /[\\\u0000-\u001f]/;

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36
  );
}

export class Parser {
  pos = 0;
  /** The container number of the value parseValue just read, or -1 after a primitive. */
  lastContainer = -1;
  readonly layouts = new Layouts();
  /** The most recent comma, so "trailing comma" can point at the comma itself. */
  private lastComma = 0;
  readonly duplicates: { offset: number; key: string; first: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly position: (offset: number) => SourcePosition,
  ) {}

  parseDocument(): unknown {
    // A byte-order mark is not JSON, but editors on some systems add one silently.
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipWhitespace();
    if (this.pos >= this.text.length) {
      throw new JsonSyntaxError(this.pos, 'unexpected end of file: the file holds no JSON value');
    }
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      throw new JsonSyntaxError(
        this.pos,
        `unexpected ${this.describeHere()} after the end of the JSON value`,
      );
    }
    return value;
  }

  private skipWhitespace(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === Ch.Space || c === Ch.Newline || c === Ch.Return || c === Ch.Tab) i++;
      else break;
    }
    this.pos = i;
  }

  private parseValue(depth: number): unknown {
    const c = this.text.charCodeAt(this.pos);
    if (c === Ch.Quote) return this.parseString();
    if (c === Ch.OpenBrace) return this.parseObject(depth + 1);
    if (c === Ch.OpenBracket) return this.parseArray(depth + 1);
    if (c === Ch.Minus || (c >= Ch.Zero && c <= Ch.Nine)) return this.parseNumber();
    return this.parseOther();
  }

  /** Literals, and the mistakes people make where a value should be. */
  private parseOther(): unknown {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) {
      throw new JsonSyntaxError(start, 'unexpected end of file: expected a value');
    }
    if (text.startsWith('null', start) && !isWordChar(text.charCodeAt(start + 4))) {
      this.pos = start + 4;
      return null;
    }
    if (text.startsWith('true', start) && !isWordChar(text.charCodeAt(start + 4))) {
      this.pos = start + 4;
      return true;
    }
    if (text.startsWith('false', start) && !isWordChar(text.charCodeAt(start + 5))) {
      this.pos = start + 5;
      return false;
    }
    const word = /[A-Za-z_$][\w$]*/y;
    word.lastIndex = start;
    const m = word.exec(text);
    if (m) {
      throw new JsonSyntaxError(
        start,
        `unexpected word "${m[0]}": a value must be a string in double quotes, a number, an object, an array, true, false or null`,
      );
    }
    const c = text.charCodeAt(start);
    if (c === 39 /* ' */) {
      throw new JsonSyntaxError(start, 'strings must be written in double quotes, not single');
    }
    if (c === Ch.Slash) throw new JsonSyntaxError(start, 'comments are not allowed in JSON');
    if (c === Ch.Plus) throw new JsonSyntaxError(start, "numbers must not begin with '+'");
    if (c === Ch.Dot)
      throw new JsonSyntaxError(start, 'numbers must begin with a digit (write 0.5)');
    throw new JsonSyntaxError(start, `expected a value, got ${this.describeHere()}`);
  }

  private parseObject(depth: number): Record<string, unknown> {
    const text = this.text;
    const opened = this.pos;
    if (depth > MAX_DEPTH) {
      throw new JsonSyntaxError(opened, `nesting deeper than ${MAX_DEPTH} levels is not supported`);
    }
    const obj: Record<string, unknown> = {};
    const open = this.layouts.open;
    const base = open.length;
    this.pos++;
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) === Ch.CloseBrace) {
      this.pos++;
      this.lastContainer = this.layouts.close(base, false);
      return obj;
    }
    for (;;) {
      const keyStart = this.pos;
      const c = text.charCodeAt(keyStart);
      if (c !== Ch.Quote) {
        if (keyStart >= text.length) throw this.unclosed('object', opened);
        if (c === Ch.CloseBrace && open.length > base) {
          throw new JsonSyntaxError(this.lastComma, 'trailing comma before "}"');
        }
        throw new JsonSyntaxError(
          keyStart,
          `expected a property name in double quotes, got ${this.describeHere()}`,
        );
      }
      const key = this.parseKey((open.length - base) / 3);
      this.skipWhitespace();
      if (text.charCodeAt(this.pos) !== Ch.Colon) {
        if (this.pos >= text.length) throw this.unclosed('object', opened);
        throw new JsonSyntaxError(
          this.pos,
          `expected ':' after property name "${key}", got ${this.describeHere()}`,
        );
      }
      this.pos++;
      this.skipWhitespace();
      const valueStart = this.pos;
      this.lastContainer = -1;
      const value = this.parseValue(depth);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.duplicates.push({ offset: keyStart, key, first: this.findKey(base, key) });
      }
      if (key === '__proto__') {
        // Assignment would replace the prototype; JSON.parse makes it an own property, so do we.
        Object.defineProperty(obj, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        obj[key] = value;
      }
      open.push(keyStart);
      open.push(valueStart);
      open.push(this.lastContainer);
      this.skipWhitespace();
      const next = text.charCodeAt(this.pos);
      if (next === Ch.Comma) {
        this.lastComma = this.pos;
        this.pos++;
        this.skipWhitespace();
        continue;
      }
      if (next === Ch.CloseBrace) {
        this.pos++;
        this.lastContainer = this.layouts.close(base, false);
        return obj;
      }
      if (this.pos >= text.length) throw this.unclosed('object', opened);
      throw new JsonSyntaxError(
        this.pos,
        `expected ',' or '}' after property value, got ${this.describeHere()}`,
      );
    }
  }

  private parseArray(depth: number): unknown[] {
    const text = this.text;
    const opened = this.pos;
    if (depth > MAX_DEPTH) {
      throw new JsonSyntaxError(opened, `nesting deeper than ${MAX_DEPTH} levels is not supported`);
    }
    const arr: unknown[] = [];
    const open = this.layouts.open;
    const base = open.length;
    this.pos++;
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) === Ch.CloseBracket) {
      this.pos++;
      this.lastContainer = this.layouts.close(base, true);
      return arr;
    }
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === Ch.CloseBracket && arr.length > 0) {
        throw new JsonSyntaxError(this.lastComma, 'trailing comma before "]"');
      }
      if (this.pos >= text.length) throw this.unclosed('array', opened);
      const itemStart = this.pos;
      this.lastContainer = -1;
      arr.push(this.parseValue(depth));
      open.push(itemStart);
      open.push(itemStart);
      open.push(this.lastContainer);
      this.skipWhitespace();
      const next = text.charCodeAt(this.pos);
      if (next === Ch.Comma) {
        this.lastComma = this.pos;
        this.pos++;
        this.skipWhitespace();
        continue;
      }
      if (next === Ch.CloseBracket) {
        this.pos++;
        this.lastContainer = this.layouts.close(base, true);
        return arr;
      }
      if (this.pos >= text.length) throw this.unclosed('array', opened);
      throw new JsonSyntaxError(
        this.pos,
        `expected ',' or ']' after array item, got ${this.describeHere()}`,
      );
    }
  }

  /**
   * Objects in a list mostly repeat the same keys in the same order. Reusing the string seen at
   * the same member position last time spares slicing and re-interning it, which is most of the
   * cost of building an object.
   */
  private readonly recentKeys: string[] = [];

  private parseKey(member: number): string {
    const text = this.text;
    const start = this.pos + 1;
    const recent = this.recentKeys[member];
    if (
      recent !== undefined &&
      text.charCodeAt(start + recent.length) === Ch.Quote &&
      text.startsWith(recent, start)
    ) {
      this.pos = start + recent.length + 1;
      return recent;
    }
    const key = this.parseString();
    if (member < 64) this.recentKeys[member] = key;
    return key;
  }

  /** Where the first `key` of the object whose members start at `base` in the open list begins. */
  private findKey(base: number, key: string): number {
    const open = this.layouts.open;
    for (let i = base; i < open.length; i += 3) {
      const at = open.data[i] ?? 0;
      if (this.readStringAt(at) === key) return at;
    }
    return 0;
  }

  /** The string literal that begins at `offset`, which must be one this parser has accepted. */
  readStringAt(offset: number): string {
    const saved = this.pos;
    this.pos = offset;
    const s = this.parseString();
    this.pos = saved;
    return s;
  }

  private parseString(): string {
    const text = this.text;
    const start = this.pos + 1;
    // indexOf finds the closing quote far faster than a character loop; the candidate is then
    // checked for the escapes and control characters that would make it wrong.
    const close = text.indexOf('"', start);
    if (close !== -1) {
      const candidate = text.slice(start, close);
      if (!NEEDS_SLOW_PATH.test(candidate)) {
        this.pos = close + 1;
        return candidate;
      }
    }
    let i = start;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === Ch.Backslash) return this.parseEscapedString(start, i);
      if (c < 32 || i >= text.length) this.badStringChar(start - 1, i);
      i++;
    }
  }

  /** The slow path, taken only by strings that contain escapes. */
  private parseEscapedString(start: number, firstEscape: number): string {
    const text = this.text;
    const parts: string[] = [text.slice(start, firstEscape)];
    let i = firstEscape;
    let chunk = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === Ch.Quote) {
        parts.push(text.slice(chunk, i));
        this.pos = i + 1;
        return parts.join('');
      }
      if (c === Ch.Backslash) {
        parts.push(text.slice(chunk, i));
        const e = text.charAt(i + 1);
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            throw new JsonSyntaxError(
              i,
              'invalid \\u escape: expected four hex digits, as in \\u00e9',
            );
          }
          parts.push(String.fromCharCode(parseInt(hex, 16)));
          i += 6;
        } else {
          const decoded = Object.hasOwn(ESCAPES, e) ? ESCAPES[e] : undefined;
          if (decoded === undefined) {
            if (i + 1 >= text.length) this.badStringChar(start - 1, i + 1);
            throw new JsonSyntaxError(
              i,
              `invalid escape "\\${e}": JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`,
            );
          }
          parts.push(decoded);
          i += 2;
        }
        chunk = i;
        continue;
      }
      if (c < 32 || i >= text.length) this.badStringChar(start - 1, i);
      i++;
    }
  }

  private badStringChar(open: number, at: number): never {
    const c = this.text.charCodeAt(at);
    if (at >= this.text.length || c === Ch.Newline || c === Ch.Return) {
      const where = this.position(open);
      throw new JsonSyntaxError(
        at >= this.text.length ? at : open,
        `unterminated string (opened at line ${where.line}, column ${where.column}); a line break inside a string must be written \\n`,
      );
    }
    throw new JsonSyntaxError(
      at,
      `control character U+${c.toString(16).toUpperCase().padStart(4, '0')} inside a string must be escaped`,
    );
  }

  private parseNumber(): number {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === Ch.Minus) i++;
    let c = text.charCodeAt(i);
    if (c === Ch.Zero) {
      i++;
      c = text.charCodeAt(i);
      if (c >= Ch.Zero && c <= Ch.Nine) {
        throw new JsonSyntaxError(start, 'numbers must not have leading zeros');
      }
    } else if (c >= Ch.Zero && c <= Ch.Nine) {
      do c = text.charCodeAt(++i);
      while (c >= Ch.Zero && c <= Ch.Nine);
    } else {
      throw new JsonSyntaxError(i, "expected a digit after '-'");
    }
    if (c === Ch.Dot) {
      c = text.charCodeAt(++i);
      if (!(c >= Ch.Zero && c <= Ch.Nine)) {
        throw new JsonSyntaxError(i, 'expected a digit after the decimal point');
      }
      do c = text.charCodeAt(++i);
      while (c >= Ch.Zero && c <= Ch.Nine);
    }
    if (c === Ch.LowerE || c === Ch.UpperE) {
      c = text.charCodeAt(++i);
      if (c === Ch.Plus || c === Ch.Minus) c = text.charCodeAt(++i);
      if (!(c >= Ch.Zero && c <= Ch.Nine)) {
        throw new JsonSyntaxError(i, 'expected a digit in the exponent');
      }
      do c = text.charCodeAt(++i);
      while (c >= Ch.Zero && c <= Ch.Nine);
    }
    this.pos = i;
    return Number(text.slice(start, i));
  }

  private unclosed(what: 'object' | 'array', open: number): JsonSyntaxError {
    const where = this.position(open);
    return new JsonSyntaxError(
      this.text.length,
      `unexpected end of file: the ${what} opened at line ${where.line}, column ${where.column} is not closed`,
    );
  }

  private describeHere(): string {
    const text = this.text;
    if (this.pos >= text.length) return 'the end of the file';
    const ch = String.fromCodePoint(text.codePointAt(this.pos) ?? 0);
    const code = ch.codePointAt(0) ?? 0;
    if (code < 32 || code === 0x7f || code === 0xa0 || code === 0xfeff) {
      return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return `'${ch}'`;
  }
}
