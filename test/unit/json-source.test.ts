import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/model/json/json-path.ts';
import { parseJson } from '../../src/model/json/json-source.ts';

function errorOf(text: string): { line: number; column: number; message: string } {
  const doc = parseJson(text, 'f.json');
  expect(doc.value).toBeUndefined();
  expect(doc.diagnostics).toHaveLength(1);
  const [d] = doc.diagnostics;
  if (!d) throw new Error('no diagnostic');
  expect(d.file).toBe('f.json');
  expect(d.severity).toBe('error');
  return { line: d.line, column: d.column, message: d.message };
}

describe('parseJson values', () => {
  const samples = [
    '{}',
    '[]',
    '0',
    '-0',
    '12.5e-3',
    '1E+2',
    '"plain"',
    '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00"',
    'true',
    'false',
    'null',
    ' \r\n\t{ "a" : [ 1 , { "b" : null } ] , "c" : "d" } ',
    '{"2": "x", "1": "y", "z": [[], {}]}',
    '"Fujimori’s – dash"',
  ];
  for (const text of samples) {
    it(`reads ${JSON.stringify(text)} as JSON.parse does`, () => {
      const doc = parseJson(text, 'f.json');
      expect(doc.diagnostics).toEqual([]);
      expect(doc.value).toEqual(JSON.parse(text));
    });
  }

  it('keeps "__proto__" as an own property instead of replacing the prototype', () => {
    const doc = parseJson('{"__proto__": {"polluted": true}}', 'f.json');
    const value = doc.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a leading byte-order mark', () => {
    const doc = parseJson('\uFEFF{"a": 1}', 'f.json');
    expect(doc.value).toEqual({ a: 1 });
    expect(doc.locate(['a'])).toMatchObject({ line: 1, column: 8 });
  });
});

describe('parseJson positions', () => {
  const text = [
    '{',
    '  "relations": [',
    '    { "id": "r1", "quote": "a" },',
    '    {',
    '      "id": "r2",',
    '      "likelihood": { "term": "probably", "band": "likely" }',
    '    }',
    '  ]',
    '}',
  ].join('\n');
  const doc = parseJson(text, 'relations.json');

  it('locates values, keys and array items by path', () => {
    expect(doc.locate([])).toMatchObject({ line: 1, column: 1 });
    expect(doc.locate(['relations'])).toMatchObject({ line: 2, column: 16 });
    expect(doc.locate(['relations', 0])).toMatchObject({ line: 3, column: 5 });
    expect(doc.locate(['relations', 0, 'quote'])).toMatchObject({ line: 3, column: 28 });
    expect(doc.locate(['relations', 0, 'quote'], 'key')).toMatchObject({ line: 3, column: 19 });
    expect(doc.locate(['relations', 1, 'likelihood', 'band'])).toMatchObject({
      line: 6,
      column: 51,
    });
  });

  it('falls back to the nearest existing ancestor for a missing member', () => {
    expect(doc.locate(['relations', 1, 'quote'])).toMatchObject({ line: 4, column: 5 });
    expect(doc.locate(['relations', 7, 'id'])).toMatchObject({ line: 2, column: 16 });
    expect(doc.locate(['relations', 0, 'id', 'deeper'])).toMatchObject({ line: 3, column: 13 });
  });

  it('builds located diagnostics', () => {
    expect(doc.diagnostic(['relations', 1, 'id'], 'boom', 'warning')).toEqual({
      severity: 'warning',
      file: 'relations.json',
      line: 5,
      column: 13,
      message: 'boom',
    });
  });

  it('counts columns after CRLF line ends from the start of the line', () => {
    const crlf = parseJson('{\r\n  "a": 1,\r\n  "b": 2\r\n}', 'f.json');
    expect(crlf.locate(['b'])).toMatchObject({ line: 3, column: 8 });
  });
});

describe('parseJson syntax errors', () => {
  it('names a missing comma between properties', () => {
    expect(errorOf('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      message: `expected ',' or '}' after property value, got '"'`,
    });
  });

  it('names a missing comma between array items', () => {
    expect(errorOf('[1 2]')).toMatchObject({
      line: 1,
      column: 4,
      message: "expected ',' or ']' after array item, got '2'",
    });
  });

  it('points a trailing comma at the comma itself', () => {
    expect(errorOf('{\n  "a": 1,\n}')).toEqual({
      line: 2,
      column: 9,
      message: 'trailing comma before "}"',
    });
    expect(errorOf('[1, 2, ]')).toMatchObject({ column: 6, message: 'trailing comma before "]"' });
  });

  it('reports the end of the file and where the open container began', () => {
    expect(errorOf('{\n  "a": [1,\n')).toEqual({
      line: 3,
      column: 1,
      message: 'unexpected end of file: the array opened at line 2, column 8 is not closed',
    });
    expect(errorOf('{"a": ')).toEqual({
      line: 1,
      column: 7,
      message: 'unexpected end of file: expected a value',
    });
    expect(errorOf('{\n  "a": [1, 2]')).toEqual({
      line: 2,
      column: 14,
      message: 'unexpected end of file: the object opened at line 1, column 1 is not closed',
    });
    expect(errorOf('   ').message).toBe('unexpected end of file: the file holds no JSON value');
  });

  it('explains unterminated strings and raw line breaks', () => {
    expect(errorOf('{"a": "open\n}')).toMatchObject({
      line: 1,
      column: 7,
      message: expect.stringContaining('unterminated string (opened at line 1, column 7)'),
    });
    expect(errorOf('"tab\there"').message).toBe(
      'control character U+0009 inside a string must be escaped',
    );
  });

  it('rejects what JSON does not allow, with a reason', () => {
    expect(errorOf("{'a': 1}").message).toBe(`expected a property name in double quotes, got '''`);
    expect(errorOf("['a']").message).toBe('strings must be written in double quotes, not single');
    expect(errorOf('{a: 1}').message).toBe("expected a property name in double quotes, got 'a'");
    expect(errorOf('// note\n{}').message).toBe('comments are not allowed in JSON');
    expect(errorOf('[NaN]').message).toMatch(/^unexpected word "NaN"/);
    expect(errorOf('[tru]').message).toMatch(/^unexpected word "tru"/);
    expect(errorOf('[nullx]').message).toMatch(/^unexpected word "nullx"/);
    expect(errorOf('[01]').message).toBe('numbers must not have leading zeros');
    expect(errorOf('[+1]').message).toBe("numbers must not begin with '+'");
    expect(errorOf('[.5]').message).toBe('numbers must begin with a digit (write 0.5)');
    expect(errorOf('[1.]').message).toBe('expected a digit after the decimal point');
    expect(errorOf('[1e]').message).toBe('expected a digit in the exponent');
    expect(errorOf('[-]').message).toBe("expected a digit after '-'");
    expect(errorOf('["\\x"]').message).toMatch(/^invalid escape "\\x"/);
    expect(errorOf('["\\u12G4"]').message).toMatch(/^invalid \\u escape/);
    expect(errorOf('{"a" 1}').message).toBe(`expected ':' after property name "a", got '1'`);
    expect(errorOf('{"a": }').message).toBe(`expected a value, got '}'`);
    expect(errorOf('{} {}')).toMatchObject({
      column: 4,
      message: `unexpected '{' after the end of the JSON value`,
    });
    expect(errorOf('[\u00a01]').message).toBe('expected a value, got character U+00A0');
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(errorOf('['.repeat(100_000)).message).toMatch(/^nesting deeper than \d+ levels/);
  });
});

describe('parseJson duplicate keys', () => {
  it('reports each repeated key where it is repeated, and keeps parsing', () => {
    const doc = parseJson('{\n  "id": "a",\n  "x": {"k": 1, "k": 2},\n  "id": "b"\n}', 'f.json');
    expect(doc.value).toEqual({ id: 'b', x: { k: 2 } });
    expect(doc.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [3, 17, 'duplicate key "k" (first written at line 3, column 9)'],
      [4, 3, 'duplicate key "id" (first written at line 2, column 3)'],
    ]);
    // The value kept is the later one, so that is where its path leads.
    expect(doc.locate(['id'])).toMatchObject({ line: 4, column: 9 });
  });
});

describe('parseJson on a large file', () => {
  it('parses 20,000 records and still locates the last one exactly', () => {
    const records = Array.from({ length: 20_000 }, (_, i) => ({
      id: `r${i}`,
      quote: `quote "${i}"\n`,
      n: i,
      nested: { a: [i, null, true] },
    }));
    const text = JSON.stringify({ records }, null, 2);
    const doc = parseJson(text, 'big.json');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toEqual({ records });
    const at = doc.locate(['records', 19_999, 'nested', 'a', 2]);
    expect(text.slice(at.offset, at.offset + 4)).toBe('true');
    expect(at.line).toBe(text.slice(0, at.offset).split('\n').length);
  });
});

describe('formatPath', () => {
  it('writes paths the way analysts read them', () => {
    expect(formatPath([])).toBe('top level');
    expect(formatPath(['relations', 3, 'likelihood', 'band'])).toBe('relations[3].likelihood.band');
    expect(formatPath(['citation', 'odd key'])).toBe('citation["odd key"]');
  });
});
