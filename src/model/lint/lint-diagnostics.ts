import type { Diagnostic } from '../contract/types.ts';
import type { RecordOrigin } from '../annotation/bundle-reader.ts';
import type { LintFinding } from './finding.ts';

/**
 * Findings as diagnostics at the relation's field in relations.json: `[rule-id] message`, a
 * warning, or an error under `--strict`. A finding whose relation has no known origin points at
 * no line.
 */
export function lintDiagnostics(
  findings: readonly LintFinding[],
  origins: ReadonlyMap<string, RecordOrigin>,
  severity: Diagnostic['severity'],
): Diagnostic[] {
  return findings.map((f) => {
    const origin = origins.get(f.relation);
    const at = origin?.at(f.field);
    return {
      severity,
      file: at?.file ?? origin?.file ?? 'relations.json',
      line: at?.line ?? 0,
      column: at?.column ?? 0,
      message: `[${f.rule}] ${f.message}`,
    };
  });
}
