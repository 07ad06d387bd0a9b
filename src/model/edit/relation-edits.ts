import type { RelationAnnotation } from '../annotation/annotations.ts';
import type {
  Basis,
  ClaimDate,
  Likelihood,
  Polarity,
  ReviewedException,
} from '../contract/types.ts';
import { excerpt } from '../dataset/dataset-check.ts';
import { isLintRuleId, LINT_RULE_IDS } from '../lint/rules.ts';
import type { AnnotationState } from './annotation-state.ts';
import { EditRefused, type Edit } from './history.ts';
import type { WordSelection } from './selection.ts';

/** Making, changing and removing relations. */

/** What the "New relation" form holds when the analyst presses "Add relation". */
export interface RelationDraft {
  /** From selectWords: the quote and its offsets, exact by construction. */
  readonly selection: WordSelection;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly polarity: Polarity;
  readonly likelihood: Likelihood | null;
  readonly basis: Basis;
  readonly attributedTo?: string;
  readonly date?: ClaimDate;
  readonly note?: string;
  /** Left out to number the relation after the others of its paragraph ("p3-r4"). */
  readonly id?: string;
}

/**
 * The id the next relation of a paragraph gets: "p3-r4" after p3-r1…p3-r3, the convention of the
 * curated bundle, never one already used.
 */
export function nextRelationId(state: AnnotationState, paragraph: string): string {
  const used = new Set(state.relations.map((r) => r.id));
  const prefix = `${paragraph}-r`;
  let n = 0;
  for (const id of used) {
    if (id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length))) {
      n = Math.max(n, Number(id.slice(prefix.length)));
    }
  }
  let id = `${prefix}${n + 1}`;
  while (used.has(id)) id = `${prefix}${++n + 1}`;
  return id;
}

function actorName(state: AnnotationState, id: string): string {
  return state.actors.find((a) => a.id === id)?.name ?? id;
}

/** Refuses what `memograph check` would refuse about the relation's actors, type and basis. */
function checkReferences(state: AnnotationState, r: RelationAnnotation): void {
  for (const end of ['source', 'target'] as const) {
    if (!state.actors.some((a) => a.id === r[end])) {
      throw new EditRefused(`Choose a ${end}: "${r[end]}" is not an actor of this document.`);
    }
  }
  if (r.source === r.target) {
    throw new EditRefused(
      `Source and target are both ${actorName(state, r.source)}; a relation links two actors.`,
    );
  }
  if (!state.relationTypes.some((t) => t.id === r.type)) {
    throw new EditRefused(`Choose a relation: "${r.type}" is not a relation type of this bundle.`);
  }
  if (r.basis === 'reported' && (r.attributedTo ?? '').trim() === '') {
    throw new EditRefused('A reported claim needs "Attributed to": say who reports it.');
  }
  if (r.quote.trim() === '') throw new EditRefused('Select at least one word of the paragraph.');
}

/** The relation a draft becomes, fields in graph-data's order, optional ones only when given. */
function relationOfDraft(draft: RelationDraft, id: string): RelationAnnotation {
  const { selection } = draft;
  return {
    id,
    source: draft.source,
    target: draft.target,
    type: draft.type,
    paragraph: selection.paragraph,
    quote: selection.quote,
    start: selection.start,
    end: selection.end,
    polarity: draft.polarity,
    likelihood: draft.likelihood,
    basis: draft.basis,
    ...(draft.basis === 'reported' &&
      draft.attributedTo !== undefined && { attributedTo: draft.attributedTo.trim() }),
    ...(draft.date !== undefined && { date: draft.date }),
    ...(draft.note !== undefined && draft.note.trim() !== '' && { note: draft.note.trim() }),
  };
}

/** Adds the relation the form describes, after the others. */
export function addRelation(draft: RelationDraft): Edit {
  return {
    label: `add relation “${excerpt(draft.selection.quote, 40)}”`,
    apply(state) {
      const id = draft.id ?? nextRelationId(state, draft.selection.paragraph);
      if (state.relations.some((r) => r.id === id)) {
        throw new EditRefused(`There is already a relation "${id}".`);
      }
      const relation = relationOfDraft(draft, id);
      checkReferences(state, relation);
      return { ...state, relations: [...state.relations, relation] };
    },
  };
}

function indexOfRelation(state: AnnotationState, id: string): number {
  const i = state.relations.findIndex((r) => r.id === id);
  if (i < 0) throw new EditRefused(`There is no relation "${id}"; it may have been deleted.`);
  return i;
}

function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  const copy = [...list];
  copy[i] = item;
  return copy;
}

/**
 * A change to a relation: the fields given replace the relation's; an optional field given as
 * undefined (`{ note: undefined }`) is removed. A new selection replaces quote and offsets.
 */
export type RelationPatch = Partial<
  Pick<
    RelationAnnotation,
    | 'source'
    | 'target'
    | 'type'
    | 'polarity'
    | 'likelihood'
    | 'basis'
    | 'attributedTo'
    | 'date'
    | 'note'
    | 'reviewed'
  >
> & { readonly selection?: WordSelection };

export function editRelation(id: string, patch: RelationPatch): Edit {
  return {
    label: `edit relation ${id}`,
    apply(state) {
      const i = indexOfRelation(state, id);
      const { selection, ...fields } = patch;
      const merged: Record<string, unknown> = {
        ...state.relations[i],
        ...fields,
        ...(selection && {
          paragraph: selection.paragraph,
          quote: selection.quote,
          start: selection.start,
          end: selection.end,
        }),
      };
      for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
      // attributedTo belongs to reported claims only; the checker warns about it elsewhere.
      if (merged.basis !== 'reported') delete merged.attributedTo;
      const relation = merged as unknown as RelationAnnotation;
      checkReferences(state, relation);
      return { ...state, relations: replaceAt(state.relations, i, relation) };
    },
  };
}

export function deleteRelation(id: string): Edit {
  return {
    label: `delete relation ${id}`,
    apply(state) {
      const i = indexOfRelation(state, id);
      return { ...state, relations: state.relations.filter((_, j) => j !== i) };
    },
  };
}

/**
 * Records that a linter rule was reviewed for a relation and does not apply, with the reason
 * shown beside the evidence. A second review of the same rule replaces the first.
 */
export function recordReviewedException(id: string, exception: ReviewedException): Edit {
  return {
    label: `record a reviewed exception to ${exception.rule} for ${id}`,
    apply(state) {
      if (!isLintRuleId(exception.rule)) {
        throw new EditRefused(
          `"${exception.rule}" is not a linter rule; the rules are ${LINT_RULE_IDS.join(', ')}.`,
        );
      }
      const why = exception.why.trim();
      if (why === '') throw new EditRefused('Say why the rule does not apply here.');
      const i = indexOfRelation(state, id);
      const r = state.relations[i]!;
      const reviewed = [
        ...(r.reviewed ?? []).filter((x) => x.rule !== exception.rule),
        { rule: exception.rule, why },
      ];
      return { ...state, relations: replaceAt(state.relations, i, { ...r, reviewed }) };
    },
  };
}

/** Takes back a reviewed exception, so the rule applies to the relation again. */
export function removeReviewedException(id: string, rule: string): Edit {
  return {
    label: `remove the reviewed exception to ${rule} for ${id}`,
    apply(state) {
      const i = indexOfRelation(state, id);
      const r = state.relations[i]!;
      const reviewed = (r.reviewed ?? []).filter((x) => x.rule !== rule);
      const { reviewed: _old, ...rest } = r;
      const next = reviewed.length > 0 ? { ...rest, reviewed } : rest;
      return { ...state, relations: replaceAt(state.relations, i, next) };
    },
  };
}
