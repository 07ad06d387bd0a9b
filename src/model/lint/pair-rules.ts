import type { Likelihood, Relation } from '../contract/types.ts';
import type { LintFinding, LintedRelation } from './finding.ts';
import { overlaps } from './text-spans.ts';

/** The rules that compare relations quoting the same words of the same paragraph. */

function likelihoodText(l: Likelihood | null): string {
  return l ? `"${l.term}" (${l.band})` : 'null';
}

function sameLikelihood(a: Likelihood | null, b: Likelihood | null): boolean {
  if (a === null || b === null) return a === b;
  return a.band === b.band && a.term.trim().toLowerCase() === b.term.trim().toLowerCase();
}

function estimativeCues(x: LintedRelation): Set<number> {
  return new Set(x.context.clauseCues.filter((c) => c.kind === 'estimative').map((c) => c.start));
}

function quotesOverlap(a: Relation, b: Relation): boolean {
  return overlaps(a, b) || (a.start === a.end && a.start === b.start);
}

function sameEnds(a: Relation, b: Relation, undirected: boolean): boolean {
  if (a.source === b.source && a.target === b.target) return true;
  return undirected && a.source === b.target && a.target === b.source;
}

/**
 * `inconsistent-clause` and `duplicate-relation`, reported on the later relation of each pair
 * (the earlier is named in the message). `paragraph` holds the relations of one paragraph, in
 * file order.
 */
export function pairFindings(
  paragraph: readonly LintedRelation[],
  undirectedTypes: ReadonlySet<string>,
): LintFinding[] {
  const out: LintFinding[] = [];
  for (let j = 1; j < paragraph.length; j++) {
    const later = paragraph[j]!;
    const b = later.relation;
    for (let i = 0; i < j; i++) {
      const earlier = paragraph[i]!;
      const a = earlier.relation;
      if (!quotesOverlap(a, b)) continue;
      if (
        a.type === b.type &&
        a.polarity === b.polarity &&
        sameEnds(a, b, undirectedTypes.has(a.type))
      ) {
        out.push({
          rule: 'duplicate-relation',
          relation: b.id,
          partner: a.id,
          field: ['id'],
          message: `relation "${b.id}" repeats "${a.id}": same actors, type, paragraph and polarity, and the quotes overlap; keep one`,
        });
        continue;
      }
      if (!overlaps(earlier.context.sentence, later.context.sentence)) continue;
      const shared = [...estimativeCues(earlier)].some((at) => estimativeCues(later).has(at));
      if (a.type !== b.type && !shared) continue;
      const why = a.type === b.type ? `the same type "${a.type}"` : 'the same estimative word';
      const differ = [
        a.basis !== b.basis ? `basis "${b.basis}" where "${a.id}" has "${a.basis}"` : '',
        sameLikelihood(a.likelihood, b.likelihood)
          ? ''
          : `likelihood ${likelihoodText(b.likelihood)} where "${a.id}" has ${likelihoodText(a.likelihood)}`,
      ].filter(Boolean);
      if (differ.length === 0) continue;
      out.push({
        rule: 'inconsistent-clause',
        relation: b.id,
        partner: a.id,
        field: [a.basis !== b.basis ? 'basis' : 'likelihood'],
        message: `relation "${b.id}" quotes the clause "${a.id}" quotes, with ${why}, but has ${differ.join(' and ')}; one clause, one reading`,
      });
    }
  }
  return out;
}
