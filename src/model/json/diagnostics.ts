import type { Diagnostic } from '../contract/types.ts';

/** `file:line:col: message`, the shape editors and terminals turn into a jump target. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const level = d.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${level}${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
