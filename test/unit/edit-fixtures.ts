import { expect } from 'vitest';
import { fsBundleSource } from '../../src/cli/fs-bundle.ts';
import type { AnnotationState } from '../../src/model/edit/annotation-state.ts';
import { stateFromBundle } from '../../src/model/edit/annotation-state.ts';
import { compileView, type CompiledView } from '../../src/model/edit/compiled-view.ts';
import type { RelationDraft } from '../../src/model/edit/relation-edits.ts';
import { selectWords, type WordSelection } from '../../src/model/edit/selection.ts';
import type { MemoDocument } from '../../src/model/contract/types.ts';

/** The curated bundle, opened for editing, as every edit test starts from it. */
export const SEED_FOLDER = 'graph-data/peru-hostages-1996';

export function seedState(): AnnotationState {
  const opened = stateFromBundle(fsBundleSource(SEED_FOLDER, process.cwd()));
  if (!('state' in opened)) throw new Error(JSON.stringify(opened.diagnostics));
  return opened.state;
}

export function viewOf(state: AnnotationState): CompiledView {
  const compiled = compileView(state);
  if (!('view' in compiled)) throw new Error(JSON.stringify(compiled.diagnostics));
  return compiled.view;
}

/** The words of a paragraph, found by their text, as the reader would report selecting them. */
export function select(doc: MemoDocument, paragraph: string, words: string): WordSelection {
  const text = doc.paragraphs.find((p) => p.id === paragraph)!.text;
  const start = text.indexOf(words);
  expect(start, `"${words}" in ${paragraph}`).toBeGreaterThanOrEqual(0);
  const result = selectWords(doc, {
    anchor: { paragraph, offset: start },
    focus: { paragraph, offset: start + words.length },
  });
  if (!('selection' in result)) throw new Error(result.refusal);
  return result.selection;
}

export function draftFor(
  selection: WordSelection,
  fields: Partial<RelationDraft> = {},
): RelationDraft {
  return {
    selection,
    source: 'mrta',
    target: 'hostages',
    type: 'holds-hostage',
    polarity: 'affirmed',
    likelihood: null,
    basis: 'fact',
    ...fields,
  };
}
