import { compileBundles } from '../annotation/compile-bundles.ts';
import type { Dataset, Diagnostic, Relation } from '../contract/types.ts';
import { hasErrors } from '../json/diagnostics.ts';
import { lintDataset, type LintFinding } from '../lint/lint.ts';
import { lintDiagnostics } from '../lint/lint-diagnostics.ts';
import { bundleSourceOf, type AnnotationState } from './annotation-state.ts';
import { compileOneRelation, type CompiledView, type RelationProblem } from './compiled-view.ts';
import { nextRelationId, type RelationDraft } from './relation-edits.ts';

/**
 * The linter while editing: the same rules `memograph check --strict` applies, run on one
 * relation and the others of its paragraph (the only ones a rule compares it with), so the form
 * and the evidence panel can show a finding as soon as it exists.
 */

/** The findings about one relation, given its paragraph's other relations. */
function lintAmong(
  view: CompiledView,
  relation: Relation,
  others: readonly Relation[],
): LintFinding[] {
  const dataset: Dataset = {
    ...view.dataset,
    relations: [...others.filter((r) => r.id !== relation.id), relation],
  };
  return lintDataset(dataset).filter(
    (f) => f.relation === relation.id || f.partner === relation.id,
  );
}

function paragraphRelations(view: CompiledView, relation: Relation): readonly Relation[] {
  const key = `${relation.document}\u0000${relation.paragraph}`;
  return view.index.relationsByParagraph.get(key) ?? [];
}

/** What the linter finds about a relation of the view; empty when it is clean or unknown. */
export function lintRelation(view: CompiledView, id: string): LintFinding[] {
  const relation = view.index.relationById.get(id);
  if (!relation) return [];
  return lintAmong(view, relation, paragraphRelations(view, relation));
}

/** The linter's findings on every relation of the view, by relation id. */
export function lintView(view: CompiledView): ReadonlyMap<string, readonly LintFinding[]> {
  const byRelation = new Map<string, LintFinding[]>();
  const add = (id: string, f: LintFinding) =>
    byRelation.set(id, [...(byRelation.get(id) ?? []), f]);
  for (const f of lintDataset(view.dataset)) {
    add(f.relation, f);
    if (f.partner !== undefined) add(f.partner, f);
  }
  return byRelation;
}

/** The checker's and the linter's verdict on a relation the form describes, before adding it. */
export interface DraftCheck {
  /** What `memograph check` would refuse; the relation cannot be added while there are errors. */
  readonly problems: readonly RelationProblem[];
  /** What `memograph check --strict` would refuse: a reviewed exception answers each. */
  readonly findings: readonly LintFinding[];
}

export function checkDraft(view: CompiledView, draft: RelationDraft): DraftCheck {
  const id = draft.id ?? nextRelationId(view.state, draft.selection.paragraph);
  const s = draft.selection;
  const result = compileOneRelation(view.context, {
    id,
    source: draft.source,
    target: draft.target,
    type: draft.type,
    paragraph: s.paragraph,
    quote: s.quote,
    start: s.start,
    end: s.end,
    polarity: draft.polarity,
    likelihood: draft.likelihood,
    basis: draft.basis,
    ...(draft.attributedTo !== undefined && { attributedTo: draft.attributedTo }),
    ...(draft.date !== undefined && { date: draft.date }),
    ...(draft.note !== undefined && { note: draft.note }),
  });
  if (!('relation' in result)) return { problems: result.problems, findings: [] };
  return {
    problems: [],
    findings: lintAmong(view, result.relation, paragraphRelations(view, result.relation)),
  };
}

/**
 * Exactly what `memograph check --strict` says about the bundle the state would save: the
 * checker's messages and the linter's findings as errors, at file:line:col of the files as they
 * would be written.
 */
export function checkStrict(state: AnnotationState): readonly Diagnostic[] {
  const compiled = compileBundles([bundleSourceOf(state)]);
  if (!compiled.dataset || hasErrors(compiled.diagnostics)) return compiled.diagnostics;
  return [
    ...compiled.diagnostics,
    ...lintDiagnostics(lintDataset(compiled.dataset), compiled.relationOrigins, 'error'),
  ];
}
