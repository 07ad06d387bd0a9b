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
