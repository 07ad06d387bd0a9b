import type {
  Actor,
  Basis,
  ClaimDate,
  Likelihood,
  MemoDocument,
  Polarity,
  ReviewedException,
} from '../contract/types.ts';

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

export interface RelationAnnotation {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly paragraph: string;
  readonly quote: string;
  readonly start?: number;
  readonly end?: number;
  readonly polarity: Polarity;
  readonly likelihood: Likelihood | null;
  readonly basis: Basis;
  readonly attributedTo?: string;
  readonly date?: ClaimDate;
  readonly note?: string;
  readonly reviewed?: readonly ReviewedException[];
}
