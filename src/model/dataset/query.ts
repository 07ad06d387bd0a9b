import type {
  Actor,
  Dataset,
  MemoDocument,
  Paragraph,
  Relation,
  RelationType,
} from '../contract/types.ts';

/**
 * Lookups the explorer needs on every interaction, built once per dataset so that filtering and
 * selection never scan the whole relation list more than once.
 */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly typeById: ReadonlyMap<string, RelationType>;
  readonly relationById: ReadonlyMap<string, Relation>;
  readonly documentById: ReadonlyMap<string, MemoDocument>;
  /** Keyed by paragraphKey(document, paragraph). */
  readonly paragraphByKey: ReadonlyMap<string, Paragraph>;
  /** Every relation an actor takes part in, as source or target, in dataset order. */
  readonly relationsByActor: ReadonlyMap<string, readonly Relation[]>;
  /** Keyed by paragraphKey(document, paragraph). */
  readonly relationsByParagraph: ReadonlyMap<string, readonly Relation[]>;
  readonly relationCountByType: ReadonlyMap<string, number>;
  /** Number of relations an actor takes part in (parallel relations each count). */
  readonly degree: ReadonlyMap<string, number>;
}

export function paragraphKey(documentId: string, paragraphId: string): string {
  return `${documentId}\u0000${paragraphId}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const actorById = new Map(dataset.actors.map((a) => [a.id, a]));
  const typeById = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  const relationById = new Map(dataset.relations.map((r) => [r.id, r]));
  const documentById = new Map(dataset.documents.map((d) => [d.id, d]));
  const paragraphByKey = new Map<string, Paragraph>();
  for (const doc of dataset.documents) {
    for (const p of doc.paragraphs) paragraphByKey.set(paragraphKey(doc.id, p.id), p);
  }
  const relationsByActor = new Map<string, Relation[]>();
  const relationsByParagraph = new Map<string, Relation[]>();
  const relationCountByType = new Map<string, number>(dataset.relationTypes.map((t) => [t.id, 0]));
  const degree = new Map<string, number>(dataset.actors.map((a) => [a.id, 0]));
  for (const r of dataset.relations) {
    push(relationsByActor, r.source, r);
    if (r.target !== r.source) push(relationsByActor, r.target, r);
    push(relationsByParagraph, paragraphKey(r.document, r.paragraph), r);
    relationCountByType.set(r.type, (relationCountByType.get(r.type) ?? 0) + 1);
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  return {
    dataset,
    actorById,
    typeById,
    relationById,
    documentById,
    paragraphByKey,
    relationsByActor,
    relationsByParagraph,
    relationCountByType,
    degree,
  };
}

/** The other end of a relation, seen from one actor. */
export function otherEnd(relation: Relation, actorId: string): string {
  return relation.source === actorId ? relation.target : relation.source;
}

export interface ActorMatch {
  readonly actor: Actor;
  /** The name or alias that matched, as written in the dataset. */
  readonly matched: string;
  /** Lower is better: 0 exact, 1 prefix, 2 word prefix, 3 substring. */
  readonly rank: number;
}

function fold(s: string): string {
  // Accents and case do not matter to someone typing "peru" for "Perú".
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

function matchRank(candidate: string, query: string): number | null {
  const c = fold(candidate);
  // "crown" should find "The Crown" as well as "Crown" does.
  const bare = c.replace(/^the\s+/, '');
  if (c === query || bare === query) return 0;
  if (c.startsWith(query) || bare.startsWith(query)) return 1;
  if (c.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(query))) return 2;
  if (c.includes(query)) return 3;
  return null;
}

/** Actors whose name or one of whose aliases matches the query, best first. */
export function searchActors(
  index: DatasetIndex,
  query: string,
  limit = 10,
): readonly ActorMatch[] {
  const q = fold(query);
  if (q === '') return [];
  const matches: ActorMatch[] = [];
  for (const actor of index.dataset.actors) {
    let best: ActorMatch | null = null;
    for (const candidate of [actor.name, ...actor.aliases]) {
      const rank = matchRank(candidate, q);
      if (rank !== null && (best === null || rank < best.rank)) {
        best = { actor, matched: candidate, rank };
      }
    }
    if (best) matches.push(best);
  }
  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      (index.degree.get(b.actor.id) ?? 0) - (index.degree.get(a.actor.id) ?? 0) ||
      a.actor.name.localeCompare(b.actor.name),
  );
  return matches.slice(0, limit);
}

/** Relations grouped by type, in the dataset's type order; types with none are left out. */
export function groupByType(
  index: DatasetIndex,
  relations: readonly Relation[],
): readonly { readonly type: RelationType; readonly relations: readonly Relation[] }[] {
  const groups = new Map<string, Relation[]>();
  for (const r of relations) push(groups, r.type, r);
  const result: { type: RelationType; relations: Relation[] }[] = [];
  for (const type of index.dataset.relationTypes) {
    const list = groups.get(type.id);
    if (list) result.push({ type, relations: list });
  }
  return result;
}
