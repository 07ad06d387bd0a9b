import type { AnnotationState } from '../../model/edit/annotation-state.ts';
import type { Edit } from '../../model/edit/history.ts';
import {
  addRelation,
  editRelation,
  nextRelationId,
  recordReviewedException,
} from '../../model/edit/relation-edits.ts';
import type { RelationSubmitDetail } from '../events.ts';

/**
 * The one edit the form's "Add relation" or "Save changes" makes: the relation with the
 * exceptions reviewed in the form, undone as one.
 */
export function relationEdit(
  state: AnnotationState,
  { draft, reviewed, replaces }: RelationSubmitDetail,
): { edit: Edit; id: string } {
  if (replaces !== null) {
    const edit = editRelation(replaces, {
      selection: draft.selection,
      source: draft.source,
      target: draft.target,
      type: draft.type,
      polarity: draft.polarity,
      likelihood: draft.likelihood,
      basis: draft.basis,
      attributedTo: draft.attributedTo,
      date: draft.date,
      note: draft.note,
      reviewed: reviewed.length > 0 ? reviewed : undefined,
    });
    return { edit, id: replaces };
  }
  const id = draft.id ?? nextRelationId(state, draft.selection.paragraph);
  const add = addRelation({ ...draft, id });
  return {
    id,
    edit: {
      label: add.label,
      apply: (s) =>
        reviewed.reduce((next, r) => recordReviewedException(id, r).apply(next), add.apply(s)),
    },
  };
}
