import type { Actor, Paragraph, Relation } from '../contract/types.ts';
import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import { chicagoNote } from '../words/citation.ts';
import { BANDS } from '../words/likelihood.ts';
import { pagesOf } from '../memo/page-of.ts';

/**
 * Every field of a relation and of an actor as a flat, named value: the attributes GraphML and
 * GEXF carry and the columns the CSV is built from, so the formats never disagree. Absent
 * optional fields are absent here too (never an empty string standing for "unknown").
 */

export type FieldType = 'string' | 'integer' | 'double' | 'boolean';
export type FieldValue = string | number | boolean;

export interface FieldSpec {
  /** Stable id, used as the attribute key: "likelihoodBand". */
  readonly id: string;
  /** What a person reads as a column or attribute title: "likelihood band". */
  readonly title: string;
  readonly type: FieldType;
}

export const RELATION_FIELDS: readonly FieldSpec[] = [
  { id: 'relationType', title: 'relation type', type: 'string' },
  { id: 'relation', title: 'relation', type: 'string' },
  { id: 'family', title: 'family', type: 'string' },
  { id: 'directed', title: 'directed', type: 'boolean' },
  { id: 'sourceName', title: 'source', type: 'string' },
  { id: 'targetName', title: 'target', type: 'string' },
  { id: 'document', title: 'document', type: 'string' },
  { id: 'paragraph', title: 'paragraph', type: 'string' },
  { id: 'paragraphNumber', title: '¶', type: 'integer' },
  { id: 'page', title: 'page of the quote', type: 'integer' },
  { id: 'marking', title: 'marking', type: 'string' },
  { id: 'quote', title: 'quote', type: 'string' },
  { id: 'start', title: 'quote start', type: 'integer' },
  { id: 'end', title: 'quote end', type: 'integer' },
  { id: 'polarity', title: 'polarity', type: 'string' },
  { id: 'likelihoodTerm', title: 'likelihood term', type: 'string' },
  { id: 'likelihoodBand', title: 'likelihood band', type: 'string' },
  { id: 'likelihoodLabel', title: 'likelihood band words', type: 'string' },
  { id: 'basis', title: 'basis', type: 'string' },
  { id: 'attributedTo', title: 'attributed to', type: 'string' },
  { id: 'date', title: 'date', type: 'string' },
  { id: 'dateUntil', title: 'date until', type: 'string' },
  { id: 'datePhrase', title: 'date as written', type: 'string' },
  { id: 'note', title: 'note', type: 'string' },
  { id: 'reviewed', title: 'reviewed lint rules', type: 'string' },
  { id: 'citation', title: 'citation', type: 'string' },
];

export const ACTOR_FIELDS: readonly FieldSpec[] = [
  { id: 'name', title: 'name', type: 'string' },
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'aliases', title: 'aliases', type: 'string' },
  { id: 'memberOf', title: 'member of', type: 'string' },
  { id: 'description', title: 'description', type: 'string' },
  { id: 'relations', title: 'relations in view', type: 'integer' },
  { id: 'x', title: 'x', type: 'double' },
  { id: 'y', title: 'y', type: 'double' },
];

/** Lists inside one value are joined with "; ", which no id and no alias in a dataset uses as a name. */
export const LIST_SEPARATOR = '; ';

/** The relation's fields, its own and those it takes from its type, paragraph and document. */
export function relationFields(index: DatasetIndex, r: Relation): Map<string, FieldValue> {
  const f = new Map<string, FieldValue>();
  const type = index.typeById.get(r.type);
  const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
  f.set('relationType', r.type);
  f.set('relation', type?.label ?? r.type);
  if (type) {
    f.set('family', type.family);
    f.set('directed', type.directed);
  }
  f.set('sourceName', index.actorById.get(r.source)?.name ?? r.source);
  f.set('targetName', index.actorById.get(r.target)?.name ?? r.target);
  f.set('document', r.document);
  f.set('paragraph', r.paragraph);
  if (p) {
    f.set('paragraphNumber', p.n);
    f.set('page', quotePage(index, r, p));
    if (p.marking) f.set('marking', p.marking);
  }
  f.set('quote', r.quote);
  f.set('start', r.start);
  f.set('end', r.end);
  f.set('polarity', r.polarity);
  if (r.likelihood) {
    f.set('likelihoodTerm', r.likelihood.term);
    f.set('likelihoodBand', r.likelihood.band);
    f.set('likelihoodLabel', BANDS[r.likelihood.band].label);
  }
  f.set('basis', r.basis);
  if (r.attributedTo) f.set('attributedTo', r.attributedTo);
  if (r.date) {
    f.set('date', r.date.iso);
    if (r.date.until) f.set('dateUntil', r.date.until);
    f.set('datePhrase', r.date.phrase);
  }
  if (r.note) f.set('note', r.note);
  if (r.reviewed && r.reviewed.length > 0) {
    f.set('reviewed', r.reviewed.map((x) => `${x.rule}: ${x.why}`).join(LIST_SEPARATOR));
  }
  f.set('citation', chicagoNote(index, r));
  return f;
}

/** The actor's fields; `relations` counts the relations of the view it takes part in. */
export function actorFields(a: Actor, relationsInView: number): Map<string, FieldValue> {
  const f = new Map<string, FieldValue>();
  f.set('name', a.name);
  f.set('kind', a.kind);
  if (a.aliases.length > 0) f.set('aliases', a.aliases.join(LIST_SEPARATOR));
  if (a.memberOf && a.memberOf.length > 0) f.set('memberOf', a.memberOf.join(LIST_SEPARATOR));
  f.set('description', a.description);
  f.set('relations', relationsInView);
  if (a.position) {
    f.set('x', a.position.x);
    f.set('y', a.position.y);
  }
  return f;
}

/** How many of the given relations each actor takes part in (a self-relation counts once). */
export function relationCounts(relations: readonly Relation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of relations) {
    counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
    if (r.target !== r.source) counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
  }
  return counts;
}

/** The page the quote itself is on: a quote after a page break inside its paragraph is on the next. */
export function quotePage(index: DatasetIndex, r: Relation, p: Paragraph): number {
  const doc = index.documentById.get(r.document);
  return doc ? pagesOf(doc, p, r.start).first : p.page;
}
