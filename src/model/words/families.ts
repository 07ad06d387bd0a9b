import type { RelationFamily, RelationType } from '../contract/types.ts';

/**
 * The families of relation types in words, and the dataset's types grouped by family, so the
 * legend, the table and the CLI name and order them alike.
 */

export const FAMILY_LABELS: Readonly<Record<RelationFamily, string>> = {
  custody: 'Custody',
  force: 'Force',
  negotiation: 'Negotiation and mediation',
  stance: 'Stance',
  influence: 'Influence',
  support: 'Support',
  information: 'Information',
  other: 'Other',
};

export interface FamilyGroup {
  readonly family: RelationFamily;
  readonly label: string;
  /** The family's colour: its first type's, since a curated bundle colours a family alike. */
  readonly color: string;
  /** The family's types, in dataset (legend) order. */
  readonly types: readonly RelationType[];
}

/**
 * The types grouped by family, families in the order their first type appears, so a dataset
 * that lists its types family by family keeps its legend order exactly.
 */
export function groupByFamily(types: readonly RelationType[]): FamilyGroup[] {
  const groups = new Map<RelationFamily, RelationType[]>();
  for (const t of types) {
    const list = groups.get(t.family);
    if (list) list.push(t);
    else groups.set(t.family, [t]);
  }
  return [...groups].map(([family, members]) => ({
    family,
    label: FAMILY_LABELS[family] ?? family,
    color: members[0]!.color,
    types: members,
  }));
}

/** The colour of each type's family, by type id. */
export function familyColors(types: readonly RelationType[]): ReadonlyMap<string, string> {
  const colors = new Map<string, string>();
  for (const g of groupByFamily(types)) for (const t of g.types) colors.set(t.id, g.color);
  return colors;
}

/**
 * Each type's place among the directed types of its family (0, 1, 2…), by type id; undirected
 * types have none. The graph gives each place its own arrowhead, so that types sharing a colour
 * are told apart without it.
 */
export function directedRankInFamily(types: readonly RelationType[]): ReadonlyMap<string, number> {
  const ranks = new Map<string, number>();
  for (const g of groupByFamily(types)) {
    let n = 0;
    for (const t of g.types) if (t.directed) ranks.set(t.id, n++);
  }
  return ranks;
}
