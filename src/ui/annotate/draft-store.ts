import type { AnnotationState } from '../../model/edit/annotation-state.ts';

/**
 * Annotation work saved as it happens, per document, in the browser's IndexedDB: after every
 * change the whole state is written in one durable transaction before the next is started, so a
 * crash or a closed tab loses at most the change being made. Nothing leaves the browser.
 *
 * Two tabs editing one document never silently overwrite each other: every write says which
 * revision of the draft it was based on and is refused when another tab has written since, and
 * every write is announced on a BroadcastChannel so the other tab learns of it at once and can
 * offer to reload.
 */

const DB_NAME = 'memograph-annotations';
const STORE = 'drafts';
const CHANNEL = 'memograph-drafts';

/** A document's saved annotation work. */
export interface Draft {
  /** The document it belongs to: the bundle's name or the opened file's. */
  readonly document: string;
  /** Goes up by one with every write, from any tab. */
  readonly revision: number;
  /** When it was written, in milliseconds since the epoch. */
  readonly savedAt: number;
  readonly state: AnnotationState;
}

/** What one tab tells the others. */
export interface DraftNotice {
  readonly kind: 'saved' | 'discarded';
  readonly document: string;
  /** The revision now stored; 0 after a discard. */
  readonly revision: number;
  /** The tab that wrote it. */
  readonly tab: string;
}

/** Thrown by a write based on a revision that is no longer the stored one. */
export class DraftConflict extends Error {
  override readonly name = 'DraftConflict';
  constructor(
    readonly document: string,
    /** The revision another tab wrote. */
    readonly stored: number,
  ) {
    super(`Another tab saved changes to ${document} (revision ${stored}).`);
  }
}

/** This tab, as the notices name it. */
export const TAB_ID =
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'document' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opened = null;
      reject(req.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opened;
}

function announce(notice: Omit<DraftNotice, 'tab'>): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ ...notice, tab: TAB_ID } satisfies DraftNotice);
  channel.close();
}

/** The saved draft of a document, or null when there is none. */
export async function readDraft(document: string): Promise<Draft | null> {
  const tx = (await database()).transaction(STORE, 'readonly');
  const row = (await request(tx.objectStore(STORE).get(document))) as Draft | undefined;
  return row ?? null;
}

/** Every saved draft, without its state: which documents have unsaved annotation work. */
export async function listDrafts(): Promise<Omit<Draft, 'state'>[]> {
  const tx = (await database()).transaction(STORE, 'readonly');
  const rows = (await request(tx.objectStore(STORE).getAll())) as Draft[];
  return rows.map(({ document, revision, savedAt }) => ({ document, revision, savedAt }));
}

/**
 * Writes a document's state as the revision after `basedOn`, the revision this tab last read or
 * wrote (0 when it found no draft). Refused with DraftConflict when another tab has written
 * since, unless `overwrite` says the user chose to keep this tab's work.
 */
export async function writeDraft(
  document: string,
  state: AnnotationState,
  basedOn: number,
  overwrite = false,
): Promise<Draft> {
  const tx = (await database()).transaction(STORE, 'readwrite', { durability: 'strict' });
  const finished = done(tx);
  const store = tx.objectStore(STORE);
  const current = (await request(store.get(document))) as Draft | undefined;
  const stored = current?.revision ?? 0;
  if (stored !== basedOn && !overwrite) {
    tx.abort();
    await finished.catch(() => undefined);
    throw new DraftConflict(document, stored);
  }
  const draft: Draft = { document, revision: stored + 1, savedAt: Date.now(), state };
  store.put(draft);
  await finished;
  announce({ kind: 'saved', document, revision: draft.revision });
  return draft;
}

/** Forgets a document's draft: "Discard changes", once the user has confirmed it. */
export async function deleteDraft(document: string): Promise<void> {
  const tx = (await database()).transaction(STORE, 'readwrite', { durability: 'strict' });
  const finished = done(tx);
  tx.objectStore(STORE).delete(document);
  await finished;
  announce({ kind: 'discarded', document, revision: 0 });
}

/** Calls `listener` for every notice another tab sends about `document`; returns the unsubscribe. */
export function watchDraft(document: string, listener: (notice: DraftNotice) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<DraftNotice>) => {
    if (e.data.document === document && e.data.tab !== TAB_ID) listener(e.data);
  };
  return () => channel.close();
}

/**
 * Autosave for one document in one tab: `save` after every change. Saves run one at a time in
 * order; a change made while one is being written is saved right after it (only the latest state
 * is written, and it holds every change). When another tab has written, saving stops and
 * `onConflict` is told, so that the user can reload that tab's work or keep this one's.
 */
export class DraftAutosave {
  private revision: number;
  private pending: AnnotationState | null = null;
  private running: Promise<void> = Promise.resolve();
  private conflict: DraftConflict | null = null;
  private readonly unwatch: () => void;

  private constructor(
    readonly document: string,
    revision: number,
    private readonly handlers: AutosaveHandlers,
  ) {
    this.revision = revision;
    this.unwatch = watchDraft(document, (notice) => {
      if (notice.revision !== this.revision) handlers.onOtherTab?.(notice);
    });
  }

  /** Starts autosaving a document; `draft` is its saved work, to restore, or null. */
  static async open(
    document: string,
    handlers: AutosaveHandlers = {},
  ): Promise<{ readonly autosave: DraftAutosave; readonly draft: Draft | null }> {
    const draft = await readDraft(document);
    return { autosave: new DraftAutosave(document, draft?.revision ?? 0, handlers), draft };
  }

  /** The revision this tab last read or wrote. */
  get savedRevision(): number {
    return this.revision;
  }

  /** The conflict that stopped saving, or null while saving goes on. */
  get conflicted(): DraftConflict | null {
    return this.conflict;
  }

  /** Saves the state after a change; resolves once it, or a later state, is durably stored. */
  save(state: AnnotationState): Promise<void> {
    this.pending = state;
    this.running = this.running.then(() => this.flush());
    return this.running;
  }

  private async flush(): Promise<void> {
    const state = this.pending;
    if (state === null || this.conflict) return;
    this.pending = null;
    try {
      this.revision = (await writeDraft(this.document, state, this.revision)).revision;
    } catch (e) {
      if (e instanceof DraftConflict) {
        this.conflict = e;
        this.pending = state;
        this.handlers.onConflict?.(e);
      } else {
        this.pending ??= state;
        this.handlers.onError?.(e);
      }
    }
  }

  /** After a conflict, the user's choice: keep this tab's work, replacing the other tab's. */
  async keepMine(): Promise<void> {
    const state = this.pending;
    this.conflict = null;
    if (state === null) return;
    this.pending = null;
    this.revision = (await writeDraft(this.document, state, this.revision, true)).revision;
  }

  /** After a conflict or a notice, the user's choice: take the stored work instead of this tab's. */
  async reload(): Promise<Draft | null> {
    await this.running;
    const draft = await readDraft(this.document);
    this.revision = draft?.revision ?? 0;
    this.pending = null;
    this.conflict = null;
    return draft;
  }

  /** Discards the document's saved work (ask first). */
  async discard(): Promise<void> {
    await this.running;
    this.pending = null;
    this.conflict = null;
    await deleteDraft(this.document);
    this.revision = 0;
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.unwatch();
  }
}

export interface AutosaveHandlers {
  /** Another tab saved first: saving has stopped until keepMine or reload. */
  onConflict?(conflict: DraftConflict): void;
  /** Another tab saved or discarded this document's draft. */
  onOtherTab?(notice: DraftNotice): void;
  /** IndexedDB failed (quota, private mode); the change is kept and retried with the next. */
  onError?(error: unknown): void;
}
