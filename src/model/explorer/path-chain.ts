import type { Relation } from '../contract/types.ts';
import type { DatasetIndex } from '../dataset/query.ts';
import { chicagoNote } from '../words/citation.ts';
import { actorName, certainty, paragraphLabel, relationHeadline } from '../words/describe.ts';
import type { PathResult, Route } from './paths.ts';

/**
 * A path as a chain of evidence: each step the relation the memo asserts, how firmly, its ¶
 * and marking and its quote, and for copying, a citation per step.
 */

/** "negated", "hedged: “may”", "indeterminate", or "" for a plain claim. */
export function stepQualifier(r: Relation): string {
  const c = certainty(r);
  if (c === 'plain') return '';
  if (c === 'hedged') return `hedged: “${r.likelihood?.term ?? ''}”`;
  return c;
}

/** One step, one line: "Cuba — mediates with → MRTA [hedged: “probably”] · ¶10 (S)". */
export function stepLine(index: DatasetIndex, r: Relation): string {
  const q = stepQualifier(r);
  return `${relationHeadline(index, r)}${q ? ` [${q}]` : ''} · ${paragraphLabel(index, r)}`;
}

function routeText(index: DatasetIndex, route: Route): string[] {
  return route.hops.flatMap((hop, i) => [
    `${i + 1}. ${actorName(index, hop.from)} to ${actorName(index, hop.to)}:`,
    ...hop.relations.flatMap((r) => [
      `   - ${stepLine(index, r)}`,
      `     “${r.quote}”`,
      `     ${chicagoNote(index, r)}`,
    ]),
  ]);
}

/** "Cuba → MRTA → Alberto Fujimori". */
export function routeName(index: DatasetIndex, route: Route): string {
  return route.actors.map((a) => actorName(index, a)).join(' → ');
}

/** The chain as plain text for the clipboard: a heading, then each route, each relation cited. */
export function chainText(
  index: DatasetIndex,
  from: string,
  to: string,
  result: PathResult,
  affirmedOnly: boolean,
): string {
  const head = `How ${actorName(index, from)} connects to ${actorName(index, to)}`;
  const through = affirmedOnly ? ', through affirmed relations only' : '';
  if (result.length === null || result.routes.length === 0) {
    return `${head}: no relation${through} the filters let through connects them.`;
  }
  const n = result.routes.length;
  const steps = `${result.length} ${result.length === 1 ? 'step' : 'steps'}`;
  const lines = [
    `${head}: ${n === 1 ? 'one shortest path' : `${n} shortest paths`} of ${steps}${through}${
      result.truncated ? ` (the first ${n} shown)` : ''
    }.`,
  ];
  for (const route of result.routes) {
    lines.push('', `${routeName(index, route)}`, ...routeText(index, route));
  }
  return lines.join('\n');
}
