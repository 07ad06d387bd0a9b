import type { Dataset, Relation } from '../contract/types.ts';
import { actorNames, counterpartFindings } from './counterpart-rule.ts';
import { cueFindings } from './cue-rules.ts';
import type { LintFinding, LintedRelation } from './finding.ts';
import { pairFindings } from './pair-rules.ts';
import { paragraphReader, type QuoteContext } from './quote-context.ts';

export type { LintFinding } from './finding.ts';

function reviewedRules(r: Relation | undefined): ReadonlySet<string> {
  return new Set((r?.reviewed ?? []).map((x) => x.rule));
}

/**
 * Lints a compiled dataset: every relation against the words around its quote, its actors
 * against its paragraph, and relations of one paragraph against each other. A relation's
 * `reviewed` entries silence their rules for it. Findings come relation by relation, in dataset
 * order.
 */
export function lintDataset(dataset: Dataset): LintFinding[] {
  const readers = new Map<string, { text: string; read: (s: number, e: number) => QuoteContext }>();
  for (const d of dataset.documents) {
    for (const p of d.paragraphs) {
      readers.set(`${d.id}\u0000${p.id}`, { text: p.text, read: paragraphReader(p.text) });
    }
  }
  const byParagraph = new Map<string, LintedRelation[]>();
  const linted: LintedRelation[] = [];
  for (const relation of dataset.relations) {
    const key = `${relation.document}\u0000${relation.paragraph}`;
    const reader = readers.get(key);
    if (!reader) continue;
    const item = {
      relation,
      text: reader.text,
      context: reader.read(relation.start, relation.end),
    };
    linted.push(item);
    const list = byParagraph.get(key) ?? [];
    list.push(item);
    byParagraph.set(key, list);
  }

  const names = actorNames(dataset.actors);
  const undirected = new Set(dataset.relationTypes.filter((t) => !t.directed).map((t) => t.id));
  const findings = [
    ...linted.flatMap((x) => [...cueFindings(x), ...counterpartFindings(x, names)]),
    ...[...byParagraph.values()].flatMap((list) => pairFindings(list, undirected)),
  ];

  const byId = new Map(dataset.relations.map((r, i) => [r.id, { r, i }]));
  return findings
    .filter(
      (f) =>
        !reviewedRules(byId.get(f.relation)?.r).has(f.rule) &&
        !(f.partner !== undefined && reviewedRules(byId.get(f.partner)?.r).has(f.rule)),
    )
    .map((f, n) => ({ f, n, at: byId.get(f.relation)?.i ?? 0 }))
    .sort((a, b) => a.at - b.at || a.n - b.n)
    .map((x) => x.f);
}
