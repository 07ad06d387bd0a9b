import type { Diagnostic } from '../contract/types.ts';

/**
 * Characters that would act instead of show when a message reaches a terminal or a page: C0
 * controls but line feed and tab (ESC starts a terminal escape sequence), DEL and C1 controls
 * (U+009B is a one-character escape sequence), text-direction marks, embeddings, overrides and
 * isolates (U+202E reverses what follows), and lone surrogates.
 */
const ACTING_CHARACTERS =
  // The control characters are what this expression is for.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with every acting character written as a visible `\uXXXX` escape. */
export function escapeControls(text: string): string {
  return text.replace(
    ACTING_CHARACTERS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `file:line:col: message`, the shape editors and terminals turn into a jump target. Paths, ids,
 * quotes and terms inside it are the user's text, so nothing in it may act on the terminal.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return escapeControls(`${where}: ${level}${d.message}`);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
