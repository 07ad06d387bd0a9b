import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/model/json/decode-text.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function message(bytes: Uint8Array): string {
  const result = decodeText(bytes, 'data.json');
  if (!('diagnostic' in result)) throw new Error(`decoded: ${result.text}`);
  return formatDiagnostic(result.diagnostic);
}

describe('decodeText', () => {
  it('decodes UTF-8, dropping a byte order mark', () => {
    expect(decodeText(utf8('{"a": "Perú — ¶"}'), 'x')).toEqual({ text: '{"a": "Perú — ¶"}' });
    expect(decodeText(join([0xef, 0xbb, 0xbf], utf8('{}')), 'x')).toEqual({ text: '{}' });
    expect(decodeText(new Uint8Array(), 'x')).toEqual({ text: '' });
    expect(decodeText(utf8('😀'), 'x')).toEqual({ text: '😀' });
  });

  it('names the line and column of a byte that cannot start a character', () => {
    const bytes = join(utf8('{\n  "a": 1,\n  "text": "ab'), [0xff, 0xfe], utf8('"\n}'));
    const result = decodeText(bytes, 'data.json');
    expect(result).toEqual({
      diagnostic: {
        severity: 'error',
        file: 'data.json',
        line: 3,
        column: 14,
        message:
          'the file is not UTF-8 text: byte 0xFF at line 3, column 14 cannot start a character',
      },
    });
    expect(message(join(utf8('ab'), [0x80]))).toBe(
      'data.json:1:3: the file is not UTF-8 text: byte 0x80 at line 1, column 3 cannot start a character',
    );
  });

  it('counts columns as editors do, in UTF-16 code units after the byte order mark', () => {
    expect(message(join([0xef, 0xbb, 0xbf], utf8('é😀'), [0xc0, 0x80]))).toBe(
      'data.json:1:4: the file is not UTF-8 text: byte 0xC0 at line 1, column 4 cannot start a character',
    );
  });

  it('says which byte fails to continue a character, and when the file stops in one', () => {
    expect(message(join(utf8('x\n'), [0xc3, 0x41]))).toBe(
      'data.json:2:1: the file is not UTF-8 text: byte 0xC3 at line 2, column 1 starts a character that byte 0x41 does not continue',
    );
    // An encoded surrogate (ED A0 80) is not UTF-8 either.
    expect(message(join([0xed, 0xa0, 0x80]))).toBe(
      'data.json:1:1: the file is not UTF-8 text: byte 0xED at line 1, column 1 starts a character that byte 0xA0 does not continue',
    );
    expect(message(join(utf8('ab\ncd'), [0xe2, 0x82]))).toBe(
      'data.json:2:3: the file is not UTF-8 text: byte 0xE2 at line 2, column 3 starts a character that the file cuts short',
    );
  });

  it('recognises UTF-16 by its byte order mark or its NULs', () => {
    const utf16 = 'data.json: the file is UTF-16 text; save it as UTF-8';
    expect(message(join([0xff, 0xfe], [0x7b, 0, 0x7d, 0]))).toBe(utf16);
    expect(message(join([0xfe, 0xff], [0, 0x7b, 0, 0x7d]))).toBe(utf16);
    expect(message(Uint8Array.from([0x7b, 0, 0x0a, 0, 0x7d, 0]))).toBe(utf16);
    expect(message(Uint8Array.from([0, 0x7b, 0, 0x7d]))).toBe(utf16);
  });
});
