import type { DatasetResult, validateDataset } from '../model/dataset/dataset-check.ts';
import { formatDiagnostic } from '../model/json/diagnostics.ts';
import type { Dataset, Diagnostic } from '../model/contract/types.ts';
import { INLINE_DATASET_ID } from '../model/dataset/inline-dataset.ts';
import type { FetchOptions } from './app/fetch-limits.ts';

/**
 * Fetching a compiled dataset for the explorer. The text goes through `parseDataset`, the same
 * validator `memograph check` runs, so the browser and the CLI report the same problems in the
 * same words.
 */

export type LoadOutcome =
  | {
      readonly ok: true;
      readonly url: string;
      readonly dataset: Dataset;
      readonly warnings: readonly Diagnostic[];
      /**
       * Set when the dataset is shown before the page has checked it (one the build checked and
       * wrote into the page): the check, to run once the graph is painted. It gives the same
       * outcome a check before showing would have given.
       */
      readonly check?: () => Promise<LoadOutcome>;
    }
  | {
      readonly ok: false;
      readonly url: string;
      readonly problem: LoadProblem;
      /** Set when the reader cancelled the load. */
      readonly cancelled?: boolean;
    };

export interface LoadProblem {
  /** One sentence: what went wrong. */
  readonly summary: string;
  /** Lines that say where: `file:line:col: message`, or the server's answer. */
  readonly details: readonly string[];
  /** How many details were left out to keep the message readable. */
  readonly omitted: number;
}

const MAX_DETAILS = 50;

/**
 * Lets the browser paint and handle input before the next piece of work, when that work is
 * large enough to be a long task (a corpus); for a memo-sized dataset it would only add delay.
 */
export function nextTask(large = true): Promise<void> {
  return large ? new Promise((resolve) => setTimeout(resolve, 0)) : Promise.resolve();
}

/** Above this many characters a dataset's parse and check are worth separate tasks. */
const LARGE_TEXT = 1_000_000;

/** The default dataset, emitted next to index.html by the build (see vite.config.ts). */
export const DEFAULT_DATASET_PATH = 'data/peru-hostages-1996.json';

/**
 * Resolves a dataset address against the page. Only the page's own origin is allowed: the
 * explorer is used on air-gapped networks and must never reach out elsewhere.
 */
export function resolveDatasetUrl(
  raw: string,
  pageUrl: string,
): { readonly url: string } | { readonly problem: LoadProblem } {
  if (raw.trim() === '') {
    return {
      problem: {
        summary: '?data= is empty: give the address of a dataset.',
        details: [],
        omitted: 0,
      },
    };
  }
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { problem: { summary: `“${raw}” is not a valid address.`, details: [], omitted: 0 } };
  }
  const page = new URL(pageUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      problem: {
        summary: `“${raw}” cannot be loaded: only http(s) addresses on this site can be loaded.`,
        details: ['Link to the dataset with a relative address, such as data/my-dataset.json.'],
        omitted: 0,
      },
    };
  }
  if (url.origin !== page.origin) {
    return {
      problem: {
        summary: `Memograph only loads datasets from this site (${page.origin}); “${raw}” points to ${url.origin}.`,
        details: ['Copy the dataset next to the app and link to it with a relative address.'],
        omitted: 0,
      },
    };
  }
  return { url: url.href };
}

function limited(summary: string, lines: readonly string[]): LoadProblem {
  return {
    summary,
    details: lines.slice(0, MAX_DETAILS),
    omitted: Math.max(0, lines.length - MAX_DETAILS),
  };
}

/** Short name for messages: the path as the user would recognise it. */
function displayName(url: string, pageUrl: string): string {
  const u = new URL(url);
  const page = new URL(pageUrl);
  return u.origin === page.origin ? u.pathname + u.search : u.href;
}

/**
 * A good dataset is checked on the value the browser's own JSON.parse gives, which is quicker
 * than the positional parser. Only when something is wrong is the text parsed again with
 * positions (in a chunk loaded then), so that every problem names its line and column exactly as
 * `memograph check` would. The one difference: a key written twice in one object,
 * which `memograph check` reports, is taken here as JSON.parse takes it (the last one counts);
 * the result is still checked in full against the contract.
 */
async function check(
  text: string,
  name: string,
  checker: Promise<{ validateDataset: typeof validateDataset }>,
): Promise<DatasetResult> {
  let value: unknown;
  let parsed = true;
  try {
    value = JSON.parse(text);
  } catch {
    parsed = false;
  }
  // Parsing and checking a large text are two long tasks; input and paint go between them.
  await nextTask(text.length > LARGE_TEXT);
  if (parsed) {
    const { validateDataset } = await checker;
    const quick = validateDataset(value, name);
    if (quick.dataset && !quick.diagnostics.some((d) => d.severity === 'error')) return quick;
  }
  const { parseDataset } = await import('../model/dataset/dataset.ts');
  return parseDataset(text, name);
}

/**
 * Fetches, decodes and checks a dataset. `options` carry the fetch to use, a signal that cancels,
 * a progress callback and the stall and size limits.
 */
export async function loadDataset(
  raw: string,
  pageUrl: string,
  options: FetchOptions = {},
): Promise<LoadOutcome> {
  // The validator is not in the entry chunk: it is fetched while the dataset downloads.
  const checker = import('../model/dataset/dataset-check.ts');
  // A self-contained page (opened from a file, where nothing can be fetched) carries its dataset.
  const embedded = isDefaultDataset(raw, pageUrl) ? inlineDatasetText() : null;
  if (embedded !== null) {
    const url = new URL(DEFAULT_DATASET_PATH, pageUrl).href;
    const name = 'the dataset embedded in this page';
    const check = (): Promise<LoadOutcome> => checked(embedded, name, url, checker);
    // The build that wrote it into the page checked it with this validator, and refuses to
    // write one with errors; the page checks it again once the graph is on screen.
    const shown = embeddedDataset(embedded);
    return shown ? { ok: true, url, dataset: shown, warnings: [], check } : check();
  }
  const resolved = resolveDatasetUrl(raw, pageUrl);
  if ('problem' in resolved) return { ok: false, url: raw, problem: resolved.problem };
  const { url } = resolved;
  const name = displayName(url, pageUrl);

  // The page's own memo needs no request: the code that fetches is a chunk of its own.
  const decoding = import('../model/json/decode-text.ts');
  const { fetchBytes } = await import('./app/fetch-bytes.ts');
  const fetched = await fetchBytes(url, options);
  if ('status' in fetched) {
    const body = fetched.body.trim();
    return {
      ok: false,
      url,
      problem: limited(
        `The dataset ${name} could not be loaded: the server answered ${fetched.status}.`,
        body && body.length < 4000 && !body.startsWith('<') ? body.split('\n') : [],
      ),
    };
  }
  if ('reason' in fetched) {
    return {
      ok: false,
      url,
      cancelled: fetched.cancelled,
      problem: limited(
        fetched.cancelled
          ? `Loading the dataset ${name} was cancelled.`
          : `The dataset ${name} could not be loaded: ${fetched.reason}.`,
        fetched.details,
      ),
    };
  }
  await nextTask(fetched.bytes.length > LARGE_TEXT);
  const { decodeText } = await decoding;
  const decoded = decodeText(fetched.bytes, name);
  if ('diagnostic' in decoded) {
    return {
      ok: false,
      url,
      problem: limited(`The dataset ${name} is not a valid Memograph dataset (1 problem).`, [
        formatDiagnostic(decoded.diagnostic),
      ]),
    };
  }
  return checked(decoded.text, name, url, checker);
}

function isDefaultDataset(raw: string, pageUrl: string): boolean {
  try {
    return new URL(raw, pageUrl).href === new URL(DEFAULT_DATASET_PATH, pageUrl).href;
  } catch {
    return false;
  }
}

/** The dataset a self-contained page carries (memograph-offline.html), or null. */
function inlineDatasetText(): string | null {
  if (typeof document === 'undefined') return null;
  const element = document.getElementById(INLINE_DATASET_ID);
  return element instanceof HTMLScriptElement && element.type === 'application/json'
    ? element.text
    : null;
}

/**
 * An embedded dataset's value, when it has the shape the index needs (lists of documents,
 * actors and relations), or null: anything else goes through the full check first.
 */
function embeddedDataset(text: string): Dataset | null {
  try {
    const value = JSON.parse(text) as Partial<Record<keyof Dataset, unknown>> | null;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const lists = [value.documents, value.actors, value.relations, value.relationTypes];
    return lists.every(Array.isArray) ? (value as Dataset) : null;
  } catch {
    return null;
  }
}

async function checked(
  text: string,
  name: string,
  url: string,
  checker: Promise<{ validateDataset: typeof validateDataset }>,
): Promise<LoadOutcome> {
  await nextTask(text.length > LARGE_TEXT);

  const { dataset, diagnostics } = await check(text, name, checker);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (dataset === null || errors.length > 0) {
    const n = errors.length;
    return {
      ok: false,
      url,
      problem: limited(
        `The dataset ${name} is not a valid Memograph dataset (${n} problem${n === 1 ? '' : 's'}).`,
        errors.map(formatDiagnostic),
      ),
    };
  }
  return {
    ok: true,
    url,
    dataset,
    warnings: diagnostics.filter((d) => d.severity === 'warning'),
  };
}
