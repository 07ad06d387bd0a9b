import type { Relation } from '../contract/types.ts';
import type { LintRuleId } from './rules.ts';
import type { QuoteContext } from './quote-context.ts';

/** One thing the linter found about one relation. */
export interface LintFinding {
  readonly rule: LintRuleId;
  /** The relation it is about (for a pair, the later one). */
  readonly relation: string;
  /** The field it points at, as a path inside the relation: ["likelihood", "term"]. */
  readonly field: readonly (string | number)[];
  readonly message: string;
  /** For a pair, the earlier relation: a `reviewed` entry on either silences the finding. */
  readonly partner?: string;
}

/** A relation with its paragraph's text and the words around its quote. */
export interface LintedRelation {
  readonly relation: Relation;
  readonly text: string;
  readonly context: QuoteContext;
}
