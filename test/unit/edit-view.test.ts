import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { mergeActors, renameActor } from '../../src/model/edit/actor-edits.ts';
import { compileView, updateView, type CompiledView } from '../../src/model/edit/compiled-view.ts';
import {
  applyEdit,
  startHistory,
  undo,
  type Edit,
  type History,
} from '../../src/model/edit/history.ts';
import { checkDraft, lintRelation } from '../../src/model/edit/live-lint.ts';
import {
  addRelation,
  editRelation,
  recordReviewedException,
} from '../../src/model/edit/relation-edits.ts';
import { rankActors, suggestionsFor } from '../../src/model/edit/suggestions.ts';
import { draftFor, seedState, select, viewOf } from './edit-fixtures.ts';

const state = seedState();
const base = viewOf(state);
const doc = base.dataset.documents[0]!;

function step(h: History, edit: Edit): History {
  const outcome = applyEdit(h, edit);
  if (!outcome.ok) throw new Error(outcome.refusal);
  return outcome.history;
}

/** The incremental view must be exactly what compiling the state from scratch gives. */
function expectSameAsFresh(view: CompiledView) {
  const fresh = compileView(view.state);
  if (!('view' in fresh)) throw new Error('does not compile');
  expect(view.dataset).toEqual(fresh.view.dataset);
  expect(view.index).toEqual(indexDataset(fresh.view.dataset));
  expect(view.problems).toEqual(fresh.view.problems);
}

describe('the compiled view, kept up to date edit by edit', () => {
  it('is the dataset memograph build compiles, before any edit', () => {
    expect(base.dataset.relations).toHaveLength(state.relations.length);
    expect(base.problems.size).toBe(0);
  });

  it('matches a fresh compile after adding, editing, merging, renaming and undoing', () => {
    let h = startHistory(state);
    let view = base;
    const edits: Edit[] = [
      addRelation(draftFor(select(doc, 'p3', 'Further incremental releases'))),
      addRelation(
        draftFor(select(doc, 'p9', 'rescue skills'), {
          source: 'fujimori',
          target: 'security-forces',
          type: 'prepares-force',
        }),
      ),
      editRelation('p1-r1', { note: 'changed' }),
      renameActor('mrta', 'Tupac Amaru Revolutionary Movement'),
      mergeActors('sendero', 'sendero-leaders'),
    ];
    for (const edit of edits) {
      h = step(h, edit);
      view = updateView(view, h.present);
      expectSameAsFresh(view);
    }
    for (let i = 0; i < edits.length; i++) {
      h = undo(h);
      view = updateView(view, h.present);
      expectSameAsFresh(view);
    }
    expect(view.dataset).toEqual(base.dataset);
  });

  it('adds a relation by extending the index, sharing the rest', () => {
    const h = step(
      startHistory(state),
      addRelation(draftFor(select(doc, 'p3', 'Further incremental releases'))),
    );
    const view = updateView(base, h.present);
    expect(view.index.actorById).toBe(base.index.actorById);
    expect(view.index.paragraphByKey).toBe(base.index.paragraphByKey);
    expect(view.dataset.relations.at(-1)).toMatchObject({ quote: 'Further incremental releases' });
  });

  it('keeps a relation that does not check out aside, with the checker’s message on its field', () => {
    const broken = step(
      startHistory(state),
      editRelation('p2-r1', {
        selection: { paragraph: 'p2', start: 0, end: 7, quote: 'The Mrta' },
      }),
    );
    const view = updateView(base, broken.present);
    expect(view.dataset.relations.some((r) => r.id === 'p2-r1')).toBe(false);
    expect(view.problems.get('p2-r1')).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'quote',
        message: expect.stringContaining('not found in paragraph p2'),
      }),
    ]);
    expectSameAsFresh(view);
  });
});

describe('suggestions for selected words', () => {
  it('reads the likelihood from "probably" and says so', () => {
    const s = suggestionsFor(
      doc,
      base.dataset.actors,
      select(doc, 'p9', 'he probably understands'),
    );
    expect(s.likelihood).toEqual({ term: 'probably', band: 'likely' });
    expect(s.basis).toBe('judgment');
    expect(s.reasons).toContainEqual({
      field: 'likelihood',
      value: 'likely',
      because: "from 'probably'",
    });
  });

  it('reads "not necessarily" as indeterminate', () => {
    const s = suggestionsFor(
      doc,
      base.dataset.actors,
      select(doc, 'p9', 'translate into a decisive tilt'),
    );
    expect(s.polarity).toBe('indeterminate');
    expect(s.reasons).toContainEqual({
      field: 'polarity',
      value: 'indeterminate',
      because: "from 'not necessarily'",
    });
  });

  it('resolves a weekday against the document’s date and puts the paragraph’s actors on top', () => {
    const s = suggestionsFor(doc, base.dataset.actors, select(doc, 'p6', 'accompanied the ICRC'));
    expect(s.date).toEqual({ iso: '1996-12-22', phrase: "Sunday's" });
    expect(s.dateBecause).toBe("from 'Sunday's': the Sunday before December 28, 1996");
    expect(s.mentioned.slice(0, 2)).toEqual(expect.arrayContaining(['icrc']));
    const ranked = rankActors(base.dataset.actors, '', s.mentioned);
    expect(ranked[0]!.id).toBe(s.mentioned[0]);
    expect(rankActors(base.dataset.actors, 'fuji').map((a) => a.id)).toContain('fujimori');
  });
});

describe('the linter while editing', () => {
  const words = select(doc, 'p9', 'he probably understands that the number of hostages');
  const draft = draftFor(words, {
    source: 'fujimori',
    target: 'hostages',
    type: 'deters',
    id: 'p9-new',
  });

  it('warns about a draft before it is added, as check --strict would', () => {
    const checked = checkDraft(base, draft);
    expect(checked.problems).toEqual([]);
    expect(checked.findings.map((f) => f.rule)).toContain('estimative-word');
  });

  it('gives the checker’s problems for a draft that cannot be added', () => {
    const checked = checkDraft(base, { ...draft, type: 'no-such-type' });
    expect(checked.problems).toContainEqual(
      expect.objectContaining({
        field: 'type',
        message: expect.stringContaining('unknown relation type'),
      }),
    );
  });

  it('is silenced for a relation by a reviewed exception', () => {
    let h = step(startHistory(state), addRelation(draft));
    let view = updateView(base, h.present);
    expect(lintRelation(view, 'p9-new').map((f) => f.rule)).toContain('estimative-word');
    h = step(h, recordReviewedException('p9-new', { rule: 'estimative-word', why: 'Checked.' }));
    view = updateView(view, h.present);
    expect(lintRelation(view, 'p9-new').map((f) => f.rule)).not.toContain('estimative-word');
  });
});
