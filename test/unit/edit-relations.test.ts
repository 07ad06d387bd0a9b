import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import {
  bundleFiles,
  bundleSourceOf,
  stateFromBundle,
} from '../../src/model/edit/annotation-state.ts';
import { mulberry32 } from '../../src/model/common/random.ts';
import { applyEdit, redo, startHistory, undo, undoLabel } from '../../src/model/edit/history.ts';
import { checkStrict } from '../../src/model/edit/live-lint.ts';
import {
  addRelation,
  deleteRelation,
  editRelation,
  nextRelationId,
  recordReviewedException,
} from '../../src/model/edit/relation-edits.ts';
import { extendByWord, selectWords, snapToWords } from '../../src/model/edit/selection.ts';
import { draftFor, SEED_FOLDER, seedState, select, viewOf } from './edit-fixtures.ts';

const state = seedState();
const doc = viewOf(state).dataset.documents[0]!;
const text = (id: string) => doc.paragraphs.find((p) => p.id === id)!.text;

describe('a bundle opened for editing', () => {
  it('writes back every file byte for byte when nothing was edited', () => {
    for (const [name, written] of bundleFiles(state)) {
      expect(written, name).toBe(readFileSync(`${SEED_FOLDER}/${name}`, 'utf8'));
    }
  });

  it('refuses a bundle with errors, with the checker’s file:line:col messages', () => {
    const files = new Map(bundleFiles(state));
    files.set(
      'relations.json',
      files.get('relations.json')!.replace('"source": "mrta"', '"source": "mrtaa"'),
    );
    const opened = stateFromBundle({ name: 'b', exists: true, readFile: (f) => files.get(f) });
    expect('diagnostics' in opened && opened.diagnostics[0]).toMatchObject({
      file: 'b/relations.json',
      line: 6,
      message: expect.stringContaining('unknown actor "mrtaa"'),
    });
  });

  it('passes memograph check --strict as it stands', () => {
    expect(checkStrict(state)).toEqual([]);
  });
});

describe('selecting words', () => {
  it('widens a selection that cuts words to the whole words, trimming white space', () => {
    const p = text('p1');
    const at = p.indexOf('the MRTA has');
    expect(snapToWords(p, at + 6, at + 10)).toEqual({ start: at + 4, end: at + 12 });
    expect(snapToWords(p, at - 1, at + 3)).toEqual({ start: at, end: at + 3 });
  });

  it('keeps apostrophes and hyphens inside words', () => {
    const p = text('p6');
    const at = p.indexOf("Sunday's");
    expect(p.slice(...Object.values(snapToWords(p, at + 2, at + 4)))).toBe("Sunday's");
  });

  it('works in either direction', () => {
    const p = text('p3');
    const at = p.indexOf('Further incremental');
    const r = selectWords(doc, {
      anchor: { paragraph: 'p3', offset: at + 12 },
      focus: { paragraph: 'p3', offset: at + 2 },
    });
    expect(r).toEqual({
      selection: { paragraph: 'p3', start: at, end: at + 19, quote: 'Further incremental' },
    });
  });

  it('refuses a selection across two paragraphs', () => {
    const r = selectWords(doc, {
      anchor: { paragraph: 'p3', offset: 10 },
      focus: { paragraph: 'p4', offset: 5 },
    });
    expect(r).toEqual({
      refusal:
        'The selection spans two paragraphs (¶3 and ¶4); a relation quotes words from one paragraph only.',
    });
  });

  it('refuses a selection that crosses a redaction, and accepts the words beside it', () => {
    const p = text('p8');
    const at = p.indexOf('[redacted]');
    const across = selectWords(doc, {
      anchor: { paragraph: 'p8', offset: at - 10 },
      focus: { paragraph: 'p8', offset: at + 3 },
    });
    expect(across).toEqual({
      refusal: expect.stringContaining('The selection crosses a redaction ("[redacted]")'),
    });
    const before = selectWords(doc, {
      anchor: { paragraph: 'p8', offset: at - 10 },
      focus: { paragraph: 'p8', offset: at - 1 },
    });
    expect(before).toHaveProperty('selection.quote', 'follow-up');
  });

  it('refuses a selection of nothing but white space', () => {
    const p = text('p1');
    const at = p.indexOf(' and ');
    expect(
      selectWords(doc, {
        anchor: { paragraph: 'p1', offset: at },
        focus: { paragraph: 'p1', offset: at + 1 },
      }),
    ).toEqual({ refusal: 'Select at least one word of the paragraph.' });
  });

  it('grows and shrinks word by word from the keyboard', () => {
    const s = select(doc, 'p3', 'Further incremental');
    const grown = extendByWord(doc, s, 'end', 1);
    expect(grown).toHaveProperty('selection.quote', 'Further incremental releases');
    const back = extendByWord(doc, s, 'end', -1);
    expect(back).toHaveProperty('selection.quote', 'Further');
    const one = extendByWord(doc, select(doc, 'p3', 'Further'), 'end', -1);
    expect(one).toHaveProperty('selection.quote', 'Further');
    expect(extendByWord(doc, s, 'start', 1)).toHaveProperty(
      'selection.quote',
      'reasons. Further incremental',
    );
  });
});

describe('adding a relation from selected words', () => {
  it('exports the quote and offsets of exactly the selected words, for any selection', () => {
    const random = mulberry32(7);
    let current = state;
    const expected: { id: string; paragraph: string; start: number; end: number }[] = [];
    for (let i = 0; i < 60; i++) {
      const p = doc.paragraphs[Math.floor(random() * doc.paragraphs.length)]!;
      const a = Math.floor(random() * p.text.length);
      const b = Math.min(p.text.length, a + 1 + Math.floor(random() * 80));
      const picked = selectWords(doc, {
        anchor: { paragraph: p.id, offset: a },
        focus: { paragraph: p.id, offset: b },
      });
      if (!('selection' in picked)) continue;
      const { selection } = picked;
      expect(selection.quote).toBe(p.text.slice(selection.start, selection.end));
      const id = nextRelationId(current, p.id);
      const outcome = applyEdit(startHistory(current), addRelation(draftFor(selection)));
      if (!outcome.ok) throw new Error(outcome.refusal);
      current = outcome.history.present;
      expected.push({ id, paragraph: p.id, start: selection.start, end: selection.end });
    }
    expect(expected.length).toBeGreaterThan(40);
    // What would be exported, compiled by the checker: every quote is the selected slice.
    const compiled = compileBundles([bundleSourceOf(current)]);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const byId = new Map(compiled.dataset!.relations.map((r) => [r.id, r]));
    for (const e of expected) {
      const r = byId.get(e.id)!;
      expect({ start: r.start, end: r.end }).toEqual({ start: e.start, end: e.end });
      expect(r.quote).toBe(text(e.paragraph).slice(e.start, e.end));
    }
  });

  it('numbers the relation after the others of its paragraph', () => {
    expect(nextRelationId(state, 'p3')).toBe(
      `p3-r${state.relations.filter((r) => r.paragraph === 'p3').length + 1}`,
    );
    expect(nextRelationId(state, 'p99')).toBe('p99-r1');
  });

  it('refuses unknown actors, one actor at both ends and a reported claim with no source', () => {
    const s = select(doc, 'p3', 'Further incremental releases');
    const h = startHistory(state);
    expect(applyEdit(h, addRelation(draftFor(s, { source: 'nobody' })))).toEqual({
      ok: false,
      refusal: 'Choose a source: "nobody" is not an actor of this document.',
    });
    expect(applyEdit(h, addRelation(draftFor(s, { target: 'mrta' })))).toMatchObject({
      ok: false,
      refusal: expect.stringContaining('a relation links two actors'),
    });
    expect(applyEdit(h, addRelation(draftFor(s, { basis: 'reported' })))).toMatchObject({
      ok: false,
      refusal: 'A reported claim needs "Attributed to": say who reports it.',
    });
  });
});

describe('the undo history', () => {
  const s = select(doc, 'p3', 'Further incremental releases');
  const added = applyEdit(startHistory(state), addRelation(draftFor(s, { id: 'p3-new' })));
  if (!added.ok) throw new Error(added.refusal);

  it('undoes and redoes each change, counting revisions', () => {
    const h1 = added.history;
    expect(h1.revision).toBe(1);
    expect(undoLabel(h1)).toBe('add relation “Further incremental releases”');
    const h2 = undo(h1);
    expect(h2.present).toBe(state);
    expect(h2.revision).toBe(2);
    const h3 = redo(h2);
    expect(h3.present).toBe(h1.present);
    expect(h3.revision).toBe(3);
  });

  it('forgets what was undone once a new change is made', () => {
    const undone = undo(added.history);
    const other = applyEdit(undone, deleteRelation('p1-r1'));
    expect(other.ok && other.history.future).toEqual([]);
    expect(other.ok && redo(other.history)).toBe(other.ok && other.history);
  });

  it('edits and deletes a relation, and records a reviewed exception', () => {
    let h = added.history;
    const edited = applyEdit(
      h,
      editRelation('p3-new', { note: 'A judgment.', polarity: 'negated' }),
    );
    if (!edited.ok) throw new Error(edited.refusal);
    h = edited.history;
    expect(h.present.relations.at(-1)).toMatchObject({ note: 'A judgment.', polarity: 'negated' });
    const cleared = applyEdit(h, editRelation('p3-new', { note: undefined }));
    expect(cleared.ok && cleared.history.present.relations.at(-1)).not.toHaveProperty('note');
    const reviewed = applyEdit(
      h,
      recordReviewedException('p3-new', {
        rule: 'estimative-word',
        why: '  The hedge grades the next clause.  ',
      }),
    );
    expect(reviewed.ok && reviewed.history.present.relations.at(-1)?.reviewed).toEqual([
      { rule: 'estimative-word', why: 'The hedge grades the next clause.' },
    ]);
    expect(
      applyEdit(h, recordReviewedException('p3-new', { rule: 'no-such-rule', why: 'x' })),
    ).toMatchObject({
      ok: false,
      refusal: expect.stringContaining('"no-such-rule" is not a linter rule'),
    });
    expect(
      applyEdit(h, recordReviewedException('p3-new', { rule: 'estimative-word', why: ' ' })),
    ).toEqual({
      ok: false,
      refusal: 'Say why the rule does not apply here.',
    });
    const deleted = applyEdit(h, deleteRelation('p3-new'));
    expect(deleted.ok && deleted.history.present.relations).toEqual(state.relations);
    expect(applyEdit(h, deleteRelation('gone'))).toMatchObject({ ok: false });
  });
});
