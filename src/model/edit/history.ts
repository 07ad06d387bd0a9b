import type { AnnotationState } from './annotation-state.ts';

/**
 * Edits and their undo history. An edit is a pure producer `(state) => state` with a label that
 * names it in the analyst's words ("add relation p3-r4"); it throws an EditRefused when it cannot
 * apply, and the history turns that into a message instead of a change.
 */

/** Thrown by an edit that cannot apply to the state it is given; the message is for the user. */
export class EditRefused extends Error {
  override readonly name = 'EditRefused';
}

export interface Edit {
  /** What the edit does, for "Undo …" and for announcing it: "add relation p3-r4". */
  readonly label: string;
  readonly apply: (state: AnnotationState) => AnnotationState;
}

interface Step {
  readonly label: string;
  readonly state: AnnotationState;
}

export interface History {
  readonly present: AnnotationState;
  /** Earlier states, oldest first, each with the label of the edit that left it. */
  readonly past: readonly Step[];
  /** States undone, the next to redo last. */
  readonly future: readonly Step[];
  /** Goes up by one with every change, undo and redo included: what autosave records. */
  readonly revision: number;
}

export type EditOutcome =
  | { readonly ok: true; readonly history: History }
  | { readonly ok: false; readonly refusal: string };

/** How many edits can be undone; older ones are forgotten, never the present. */
export const UNDO_LIMIT = 500;

export function startHistory(state: AnnotationState, revision = 0): History {
  return { present: state, past: [], future: [], revision };
}

/** Applies an edit on its own, without a history: the new state, or why it was refused. */
export function tryEdit(
  state: AnnotationState,
  edit: Edit,
): { readonly state: AnnotationState } | { readonly refusal: string } {
  try {
    return { state: edit.apply(state) };
  } catch (e) {
    if (e instanceof EditRefused) return { refusal: e.message };
    throw e;
  }
}

/** Applies an edit; the change can be undone, and anything undone before it is dropped. */
export function applyEdit(history: History, edit: Edit): EditOutcome {
  const result = tryEdit(history.present, edit);
  if ('refusal' in result) return { ok: false, refusal: result.refusal };
  if (result.state === history.present) return { ok: true, history };
  const past = [...history.past, { label: edit.label, state: history.present }];
  return {
    ok: true,
    history: {
      present: result.state,
      past: past.length > UNDO_LIMIT ? past.slice(past.length - UNDO_LIMIT) : past,
      future: [],
      revision: history.revision + 1,
    },
  };
}

/** The label of the edit undo would take back, or undefined when there is none. */
export function undoLabel(history: History): string | undefined {
  return history.past[history.past.length - 1]?.label;
}

/** The label of the edit redo would make again, or undefined when there is none. */
export function redoLabel(history: History): string | undefined {
  return history.future[history.future.length - 1]?.label;
}

export function undo(history: History): History {
  const step = history.past[history.past.length - 1];
  if (!step) return history;
  return {
    present: step.state,
    past: history.past.slice(0, -1),
    future: [...history.future, { label: step.label, state: history.present }],
    revision: history.revision + 1,
  };
}

export function redo(history: History): History {
  const step = history.future[history.future.length - 1];
  if (!step) return history;
  return {
    present: step.state,
    past: [...history.past, { label: step.label, state: history.present }],
    future: history.future.slice(0, -1),
    revision: history.revision + 1,
  };
}
