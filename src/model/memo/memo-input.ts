/**
 * The text as a whole, before any block is read: line endings made LF, and input that is plainly
 * not a memo (binary data, JSON, HTML) refused with a problem that says what was expected.
 */
import { EXPECTED, type Problems } from './memo-problems.ts';

/** CRLF and a lone CR become LF, so every offset refers to the LF form. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Refuse what is plainly not a memo (binary data, JSON, HTML) and warn about damaged text.
 * Returns false when the text must not be parsed at all.
 */
export function acceptsAsText(text: string, problems: Problems): boolean {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, column } = position(text, nul);
    problems.error(
      line,
      column,
      `binary data, not a memo: NUL byte at line ${line}, column ${column}; expected plain UTF-8 text, ${EXPECTED}`,
    );
    return false;
  }
  // Tab, LF, vertical tab, form feed and CR are layout; other C0 controls and DEL are not text.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = [...text.matchAll(/[\x01-\x08\x0E-\x1F\x7F]/g)];
  const replacements = [...text.matchAll(/\uFFFD/g)];
  if (controls.length > Math.max(2, text.length * 0.02)) {
    const { line, column } = position(text, controls[0]?.index ?? 0);
    problems.error(
      line,
      column,
      `binary data, not a memo: ${controls.length} control characters, the first at line ${line}, column ${column}; expected plain UTF-8 text, ${EXPECTED}`,
    );
    return false;
  }
  if (replacements.length > Math.max(2, text.length * 0.05)) {
    const { line, column } = position(text, replacements[0]?.index ?? 0);
    problems.error(
      line,
      column,
      `binary data, not a memo: ${replacements.length} undecodable characters (U+FFFD); expected plain UTF-8 text, ${EXPECTED}`,
    );
    return false;
  }

  const start = text.search(/\S/);
  const { line, column } = position(text, start);
  const body = text.slice(start).trimEnd();
  if (looksLikeJson(body)) {
    problems.error(line, column, `this is a JSON document, not a memo: ${EXPECTED}`);
    return false;
  }
  if (/^<(?:!doctype|!--|\?xml|\/?[a-z][\w:-]*(?:\s[^>]*)?\/?>)/i.test(body)) {
    problems.error(line, column, `this is HTML or XML markup, not a memo: ${EXPECTED}`);
    return false;
  }

  const firstControl = controls[0];
  if (firstControl) {
    const at = position(text, firstControl.index);
    const code = firstControl[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.warning(
      at.line,
      at.column,
      `unexpected control character U+${code}${controls.length > 1 ? ` (and ${controls.length - 1} more)` : ''}; it is kept in the text`,
    );
  }
  const firstReplacement = replacements[0];
  if (firstReplacement) {
    const at = position(text, firstReplacement.index);
    problems.warning(
      at.line,
      at.column,
      'undecodable character (U+FFFD): the file was probably not saved as UTF-8, so some characters are lost',
    );
  }
  return true;
}

function looksLikeJson(body: string): boolean {
  if (!/^[[{]/.test(body)) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    // Broken JSON is still JSON to the reader: an object key or a nested array at the start.
    return /^\{\s*("|\})/.test(body) || /^\[\s*[[{]/.test(body);
  }
}

/** 1-based line and column of an offset into the LF-normalised text. */
function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}
