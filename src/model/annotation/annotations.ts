import type { Actor, MemoDocument, Relation } from '../contract/types.ts';

/** Annotation shapes, as the bundle schemas guarantee them once a file passes its schema. */

export interface DocumentAnnotation {
  readonly id: string;
  readonly source: string;
  readonly issuer: string;
  readonly date: string;
  readonly citation: MemoDocument['citation'];
  readonly title?: string;
}

export interface ActorAnnotation {
  readonly id: string;
  readonly name: string;
  readonly kind: Actor['kind'];
  readonly aliases: readonly string[];
  /** One id or a list, as the bundle writes it; compiled to a list. */
  readonly memberOf?: string | readonly string[];
  readonly description: string;
}

/**
 * A relation as the annotator writes it: the compiled relation without its document (the bundle
 * holds one) and with the quote's offsets optional (the compiler finds them from the quote).
 */
export type RelationAnnotation = Omit<Relation, 'document' | 'start' | 'end'> &
  Partial<Pick<Relation, 'start' | 'end'>>;

/**
 * A relation's optional claim details (who reported it, when, the annotator's note and reviewed
 * rules) copied field by field in the order graph-data writes them, leaving out what is absent.
 * The compiler and the annotation editor both copy them, and must never drift apart.
 */
export function claimDetails(
  r: Pick<Relation, 'attributedTo' | 'date' | 'note' | 'reviewed'>,
): Pick<Relation, 'attributedTo' | 'date' | 'note' | 'reviewed'> {
  return {
    ...(r.attributedTo !== undefined && { attributedTo: r.attributedTo }),
    ...(r.date !== undefined && {
      date: {
        iso: r.date.iso,
        phrase: r.date.phrase,
        ...(r.date.until !== undefined && { until: r.date.until }),
      },
    }),
    ...(r.note !== undefined && { note: r.note }),
    ...(r.reviewed !== undefined && {
      reviewed: r.reviewed.map((x) => ({ rule: x.rule, why: x.why })),
    }),
  };
}
