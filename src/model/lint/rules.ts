/**
 * The linter's rules: ids are stable, since annotators write them into `reviewed` and the
 * compiler refuses an id that is not here.
 */
export const LINT_RULES = [
  {
    id: 'attribution-cue',
    summary:
      'An attribution cue ("said", "according to"…) in the sentence, but the basis is not "reported" or attributedTo is missing.',
  },
  {
    id: 'estimative-word',
    summary:
      'An estimative word ("probably", "may"…) in the quote’s clause, but likelihood is null.',
  },
  {
    id: 'likelihood-term-absent',
    summary: 'The likelihood term does not occur in the quote’s sentence.',
  },
  {
    id: 'negation-cue',
    summary: 'A negation cue ("not", "never"…) in the quote’s clause, but polarity is "affirmed".',
  },
  {
    id: 'indeterminate-cue',
    summary:
      '"Not necessarily" or "no evidence that" in the clause, but polarity is not "indeterminate" or likelihood is not "unquantified".',
  },
  {
    id: 'unnamed-counterpart',
    summary:
      'The source or target is not named in the paragraph, by itself or by an actor it belongs to or that belongs to it.',
  },
  {
    id: 'inconsistent-clause',
    summary:
      'Two relations quoting the same clause with the same type or estimative word differ in basis or likelihood.',
  },
  {
    id: 'duplicate-relation',
    summary:
      'Two relations with the same source, type, target, paragraph and polarity whose quotes overlap.',
  },
] as const;

export type LintRuleId = (typeof LINT_RULES)[number]['id'];

export const LINT_RULE_IDS: readonly LintRuleId[] = LINT_RULES.map((r) => r.id);

export function isLintRuleId(id: string): id is LintRuleId {
  return (LINT_RULE_IDS as readonly string[]).includes(id);
}
