import type { Actor } from '../contract/types.ts';
import type { LintFinding, LintedRelation } from './finding.ts';

/**
 * `unnamed-counterpart`: an edge must join actors its paragraph names. An actor counts as named
 * when the paragraph has its name or an alias, or the name or an alias of an actor it is a member
 * of or that is a member of it ("Castro" names Cuba's side), as whole words, capitals aside.
 */

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namesIn(text: string, names: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return names.some((name) => {
    const n = name.trim().toLowerCase();
    if (n === '' || !lower.includes(n)) return false;
    const words = n.split(/\s+/u).map(escape).join('\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'u').test(lower);
  });
}

/** The names that count as naming each actor, by id. */
export function actorNames(actors: readonly Actor[]): Map<string, string[]> {
  const own = new Map(actors.map((a) => [a.id, [a.name, ...a.aliases]]));
  const kin = new Map<string, string[]>(actors.map((a) => [a.id, [...(a.memberOf ?? [])]]));
  for (const a of actors) for (const parent of a.memberOf ?? []) kin.get(parent)?.push(a.id);
  const names = new Map<string, string[]>();
  for (const a of actors) {
    const related = kin.get(a.id) ?? [];
    names.set(a.id, [...(own.get(a.id) ?? []), ...related.flatMap((id) => own.get(id) ?? [])]);
  }
  return names;
}

export function counterpartFindings(
  { relation: r, text }: LintedRelation,
  names: ReadonlyMap<string, readonly string[]>,
): LintFinding[] {
  const out: LintFinding[] = [];
  for (const end of ['source', 'target'] as const) {
    const id = r[end];
    if (namesIn(text, names.get(id) ?? [])) continue;
    out.push({
      rule: 'unnamed-counterpart',
      relation: r.id,
      field: [end],
      message: `relation "${r.id}": the ${end} "${id}" is not named in paragraph ${r.paragraph}, by its name, an alias, or an actor it belongs to or that belongs to it; name it in an alias, or record the relation where the memo names it`,
    });
  }
  return out;
}
