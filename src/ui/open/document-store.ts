/**
 * The files the user opened, kept in the browser's IndexedDB so that they are still there after
 * a reload: the file itself under its name (opening a file of the same name again replaces it).
 * Nothing leaves the browser.
 */

const DB_NAME = 'memograph';
const STORE = 'documents';

export interface StoredDocument {
  readonly name: string;
  /** When it was last opened, in milliseconds since the epoch. */
  readonly savedAt: number;
}

interface Row extends StoredDocument {
  readonly file: File;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'name' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => {
      opened = null;
      reject(req.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opened;
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await database()).transaction(STORE, mode).objectStore(STORE);
}

/** Keeps `file`, replacing a kept file of the same name. */
export async function saveDocument(file: File): Promise<void> {
  const row: Row = { name: file.name, savedAt: Date.now(), file };
  await request((await store('readwrite')).put(row));
}

/** The kept files, the most recently opened first. */
export async function listDocuments(): Promise<StoredDocument[]> {
  const rows = (await request((await store('readonly')).getAll())) as Row[];
  return rows
    .map(({ name, savedAt }) => ({ name, savedAt }))
    .sort((a, b) => b.savedAt - a.savedAt || a.name.localeCompare(b.name));
}

/** The kept file of that name, or null. */
export async function readDocument(name: string): Promise<File | null> {
  const row = (await request((await store('readonly')).get(name))) as Row | undefined;
  return row?.file ?? null;
}

export async function removeDocument(name: string): Promise<void> {
  await request((await store('readwrite')).delete(name));
}
