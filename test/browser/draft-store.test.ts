import { afterEach, describe, expect, it } from 'vitest';
import { memoBundle } from '../../src/model/bundle-new/memo-bundle.ts';
import { addActor } from '../../src/model/edit/actor-edits.ts';
import { stateFromBundle, type AnnotationState } from '../../src/model/edit/annotation-state.ts';
import {
  deleteDraft,
  DraftAutosave,
  DraftConflict,
  listDrafts,
  readDraft,
  writeDraft,
  type DraftNotice,
} from '../../src/ui/annotate/draft-store.ts';

const MEMO = `SECRET

(U) Ruritania: Talks at the Border

12 March 1998

1. (S) The International Committee of the Red Cross visited the camp on 10 March.

2. (C) President Rudolf Elphberg said he would not negotiate.

SECRET
`;

function openedMemo(): AnnotationState {
  const made = memoBundle('ruritania.txt', MEMO, []);
  if (!('bundle' in made)) throw new Error(made.refusal);
  const opened = stateFromBundle(made.bundle);
  if (!('state' in opened)) throw new Error(JSON.stringify(opened.diagnostics));
  return opened.state;
}

/** The state after adding actors "Actor 1" … "Actor n", one edit each. */
function edited(base: AnnotationState, n: number): AnnotationState[] {
  const states = [base];
  for (let i = 1; i <= n; i++) {
    states.push(addActor({ name: `Actor ${i}`, kind: 'person' }).apply(states[i - 1]!));
  }
  return states;
}

/** Reads the stored draft through a connection of its own, as a new page after a crash would. */
function readAfterCrash(
  document: string,
): Promise<{ revision: number; state: AnnotationState } | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('memograph-annotations');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('drafts', 'readonly').objectStore('drafts').get(document);
      get.onsuccess = () => {
        db.close();
        resolve(get.result as { revision: number; state: AnnotationState } | undefined);
      };
      get.onerror = () => reject(get.error);
    };
  });
}

const DOC = 'ruritania';
const opened: DraftAutosave[] = [];

async function autosave(handlers = {}) {
  const result = await DraftAutosave.open(DOC, handlers);
  opened.push(result.autosave);
  return result;
}

afterEach(async () => {
  for (const a of opened.splice(0)) a.close();
  await deleteDraft(DOC);
});

describe('autosave of annotation work', () => {
  it('restores the saved state after a reload', async () => {
    const [base, one] = edited(openedMemo(), 1);
    const first = await autosave();
    expect(first.draft).toBeNull();
    await first.autosave.save(one!);
    const again = await autosave();
    expect(again.draft?.state).toEqual(one);
    expect(again.draft?.revision).toBe(1);
    expect(base).not.toEqual(one);
    expect(await listDrafts()).toEqual([expect.objectContaining({ document: DOC, revision: 1 })]);
  });

  it('loses at most the edit in progress when the tab dies between two edits', async () => {
    const states = edited(openedMemo(), 8);
    const { autosave: saver } = await autosave();
    for (let i = 1; i < states.length - 1; i++) {
      // The app saves after every change; a crash now must find this change stored.
      await saver.save(states[i]!);
      expect((await readAfterCrash(DOC))?.state).toEqual(states[i]);
    }
    // The last edit's save is under way when the tab dies: what is stored is the edit before or
    // this one, whole, never a mixture and never older.
    const inFlight = saver.save(states.at(-1)!);
    const found = (await readAfterCrash(DOC))!.state;
    expect([states.at(-2), states.at(-1)]).toContainEqual(found);
    await inFlight;
  });

  it('saves changes made quickly one after another in order, ending with the last', async () => {
    const states = edited(openedMemo(), 5);
    const { autosave: saver } = await autosave();
    await Promise.all(states.slice(1).map((s) => saver.save(s)));
    expect((await readDraft(DOC))?.state).toEqual(states.at(-1));
  });

  it('discards the saved work', async () => {
    const [, one] = edited(openedMemo(), 1);
    const { autosave: saver } = await autosave();
    await saver.save(one!);
    await saver.discard();
    expect(await readDraft(DOC)).toBeNull();
  });
});

describe('two tabs on one document', () => {
  it('refuses a write based on an older revision', async () => {
    const [, one, two] = edited(openedMemo(), 2);
    await writeDraft(DOC, one!, 0);
    await expect(writeDraft(DOC, two!, 0)).rejects.toBeInstanceOf(DraftConflict);
    expect((await readDraft(DOC))?.state).toEqual(one);
  });

  it('tells the tab that would overwrite, stops it, and lets the user choose', async () => {
    const [, one, two] = edited(openedMemo(), 2);
    const conflicts: DraftConflict[] = [];
    const notices: DraftNotice[] = [];
    const tabA = (await autosave({ onConflict: (c: DraftConflict) => conflicts.push(c) })).autosave;
    const tabB = (await autosave()).autosave;
    const heard = new Promise<void>((resolve) => {
      const c = new BroadcastChannel('memograph-drafts');
      c.onmessage = (e: MessageEvent<DraftNotice>) => {
        notices.push(e.data);
        c.close();
        resolve();
      };
    });
    await tabB.save(two!);
    await heard;
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'saved', document: DOC, revision: 1 }),
    ]);

    await tabA.save(one!);
    expect(conflicts).toHaveLength(1);
    expect(tabA.conflicted).toBeInstanceOf(DraftConflict);
    expect((await readDraft(DOC))?.state).toEqual(two);

    // Reloading takes tab B's work and saving goes on from it.
    const reloaded = await tabA.reload();
    expect(reloaded?.state).toEqual(two);
    expect(tabA.conflicted).toBeNull();
    await tabA.save(one!);
    expect((await readDraft(DOC))?.revision).toBe(2);
  });

  it('keeps this tab’s work when the user says so', async () => {
    const [, one, two] = edited(openedMemo(), 2);
    const tabA = (await autosave()).autosave;
    const tabB = (await autosave()).autosave;
    await tabB.save(two!);
    await tabA.save(one!);
    expect(tabA.conflicted).not.toBeNull();
    await tabA.keepMine();
    expect((await readDraft(DOC))?.state).toEqual(one);
  });

  it('is told when another tab saves', async () => {
    const [, one] = edited(openedMemo(), 1);
    const told = new Promise<DraftNotice>((resolve) => void autosave({ onOtherTab: resolve }));
    await new Promise((r) => setTimeout(r, 50));
    await writeDraft(DOC, one!, 0);
    // Same page, same tab id: a notice from this tab is ignored, so send one as another tab would.
    const c = new BroadcastChannel('memograph-drafts');
    c.postMessage({
      kind: 'saved',
      document: DOC,
      revision: 5,
      tab: 'other-tab',
    } satisfies DraftNotice);
    c.close();
    expect(await told).toEqual({ kind: 'saved', document: DOC, revision: 5, tab: 'other-tab' });
  });
});
