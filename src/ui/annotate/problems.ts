import type { Diagnostic } from '../../model/contract/types.ts';
import { formatDiagnostic } from '../../model/json/diagnostics.ts';
import type { LoadProblem } from '../load-dataset.ts';

const MAX_DETAILS = 50;

/** The checker's messages as a problem the explorer shows: a summary, then file:line:col lines. */
export function describeDiagnostics(what: string, diagnostics: readonly Diagnostic[]): LoadProblem {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const shown = errors.length > 0 ? errors : diagnostics;
  const lines = shown.map(formatDiagnostic);
  const n = errors.length;
  return {
    summary: n > 0 ? `${what} (${n} problem${n === 1 ? '' : 's'}).` : `${what}.`,
    details: lines.slice(0, MAX_DETAILS),
    omitted: Math.max(0, lines.length - MAX_DETAILS),
  };
}
