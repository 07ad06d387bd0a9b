import type { Diagnostic } from '../contract/types.ts';

/**
 * Bytes to text for every reader of a dataset or bundle file, so that the browser and the CLI
 * give one verdict on one file. Only UTF-8 is text: a byte that is not UTF-8 is refused with its
 * line and column, never replaced, since a replaced character would silently change a quote.
 */

export type DecodeResult = { readonly text: string } | { readonly diagnostic: Diagnostic };

/**
 * The text of `bytes` (a UTF-8 byte order mark is dropped), or why it is not UTF-8 text, named
 * as `file`.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  if (looksLikeUtf16(bytes)) {
    return { diagnostic: problem(file, 0, 0, 'the file is UTF-16 text; save it as UTF-8') };
  }
  try {
    // The decoder drops a leading UTF-8 byte order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { diagnostic: locate(bytes, file) };
  }
}

/** A UTF-16 byte order mark, or ASCII written as UTF-16: a NUL beside every character. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  const pairs = Math.min(Math.floor(bytes.length / 2), 32);
  if (pairs === 0) return false;
  let little = true;
  let big = true;
  for (let i = 0; i < pairs; i++) {
    const even = bytes[2 * i] ?? 0;
    const odd = bytes[2 * i + 1] ?? 0;
    little &&= even !== 0 && odd === 0;
    big &&= even === 0 && odd !== 0;
  }
  return little || big;
}

function problem(file: string, line: number, column: number, message: string): Diagnostic {
  return { severity: 'error', file, line, column, message };
}

/** How many continuation bytes a lead byte takes, and the range its first one must fall in. */
function sequence(lead: number): { readonly length: number; lo: number; hi: number } | null {
  if (lead < 0x80) return { length: 0, lo: 0, hi: 0 };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 1, lo: 0x80, hi: 0xbf };
  if (lead === 0xe0) return { length: 2, lo: 0xa0, hi: 0xbf };
  if (lead === 0xed) return { length: 2, lo: 0x80, hi: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 2, lo: 0x80, hi: 0xbf };
  if (lead === 0xf0) return { length: 3, lo: 0x90, hi: 0xbf };
  if (lead === 0xf4) return { length: 3, lo: 0x80, hi: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 3, lo: 0x80, hi: 0xbf };
  return null;
}

/** Where the first byte that is not UTF-8 is, and what is wrong with it. */
function locate(bytes: Uint8Array, file: string): Diagnostic {
  let at = 0;
  let why = 'cannot start a character';
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const seq = sequence(lead);
    if (seq === null) {
      at = i;
      break;
    }
    let ok = true;
    for (let k = 1; k <= seq.length; k++) {
      const next = bytes[i + k];
      const [lo, hi] = k === 1 ? [seq.lo, seq.hi] : [0x80, 0xbf];
      if (next === undefined || next < lo || next > hi) {
        ok = false;
        why =
          next === undefined
            ? 'starts a character that the file cuts short'
            : `starts a character that byte ${hex(next)} does not continue`;
        break;
      }
    }
    if (!ok) {
      at = i;
      break;
    }
    i += seq.length + 1;
  }
  const { line, column } = position(bytes, at);
  const what = `byte ${hex(bytes[at] ?? 0)} at line ${line}, column ${column} ${why}`;
  return problem(file, line, column, `the file is not UTF-8 text: ${what}`);
}

/** 1-based line and column (UTF-16 code units, as editors count them) of a byte offset. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  // The bytes before the bad one are UTF-8; a leading byte order mark is dropped here too.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return { line, column: before.length + 1 };
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
