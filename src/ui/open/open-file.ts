import relationTypes from '../../../graph-data/peru-hostages-1996/relation-types.json' with { type: 'json' };
import type { BundleSource } from '../../model/annotation/bundle-source.ts';
import { compileBundles } from '../../model/annotation/compile-bundles.ts';
import {
  bundleFromFiles,
  readBundleZip,
  zipBundle,
  type ZipReadResult,
} from '../../model/bundle-zip/bundle-zip.ts';
import { memoBundle } from '../../model/bundle-new/memo-bundle.ts';
import type { Dataset, Diagnostic } from '../../model/contract/types.ts';
import { parseDataset } from '../../model/dataset/dataset.ts';
import { decodeText } from '../../model/json/decode-text.ts';
import { formatDiagnostic } from '../../model/json/diagnostics.ts';
import type { LoadProblem } from '../load-dataset.ts';
import { fileKindOf, sizeProblem, type FileKind } from './open-limits.ts';

/**
 * Opening a file from the user's disk: a memo (.txt) becomes a bundle in memory and is compiled
 * as `memograph build` would, and so does a bundle (its files together, or a .zip); a dataset
 * (.json) is checked as `?data=` is. Nothing leaves the page. Loaded only when a file is opened.
 */

export type OpenOutcome =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly warnings: readonly Diagnostic[];
      /** What to tell the user beside the document: how to add relations to a memo's. */
      readonly notices: readonly string[];
      /** The bundle it was compiled from, to annotate; undefined for a compiled dataset. */
      readonly bundle?: BundleSource;
      /**
       * What to keep in the browser to open it again: the file itself, or for the files of a
       * bundle opened together, the bundle as one .zip.
       */
      readonly keep?: File;
    }
  | { readonly ok: false; readonly problem: LoadProblem };

const MAX_DETAILS = 50;

export const NO_RELATIONS =
  'No relations yet: turn on Annotate and select words in the memo to make them.';

function refuse(summary: string, diagnostics: readonly Diagnostic[] = []): OpenOutcome {
  const lines = diagnostics.map(formatDiagnostic);
  return {
    ok: false,
    problem: {
      summary,
      details: lines.slice(0, MAX_DETAILS),
      omitted: Math.max(0, lines.length - MAX_DETAILS),
    },
  };
}

function problems(n: number): string {
  return `${n} problem${n === 1 ? '' : 's'}`;
}

function openDataset(name: string, text: string): OpenOutcome {
  const { dataset, diagnostics } = parseDataset(text, name);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (dataset === null || errors.length > 0) {
    return refuse(
      `The dataset ${name} is not a valid Memograph dataset (${problems(errors.length)}).`,
      errors,
    );
  }
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return { ok: true, dataset, warnings, notices: [] };
}

function openMemo(name: string, text: string): OpenOutcome {
  const made = memoBundle(name, text, relationTypes.relationTypes);
  if ('refusal' in made) return refuse(made.refusal, made.problems);
  const { dataset, diagnostics } = compileBundles([made.bundle]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (dataset === null || errors.length > 0) {
    return refuse(`The memo ${name} could not be compiled (${problems(errors.length)}).`, errors);
  }
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const notices = dataset.relations.length === 0 ? [NO_RELATIONS] : [];
  return { ok: true, dataset, warnings, notices, bundle: made.bundle };
}

/** Compiles a bundle read from several files or a zip, as `memograph build` would. */
function openBundle(name: string, read: ZipReadResult): OpenOutcome {
  if ('diagnostics' in read) {
    const n = read.diagnostics.length;
    return refuse(`${name} is not a bundle Memograph can open (${problems(n)}).`, read.diagnostics);
  }
  const { dataset, diagnostics } = compileBundles([read.bundle]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (dataset === null || errors.length > 0) {
    return refuse(`The bundle ${name} has errors (${problems(errors.length)}).`, errors);
  }
  const warnings = [...read.warnings, ...diagnostics.filter((d) => d.severity === 'warning')];
  const notices = dataset.relations.length === 0 ? [NO_RELATIONS] : [];
  return { ok: true, dataset, warnings, notices, bundle: read.bundle };
}

/** A file whose kind its name does not say is a dataset when it reads as JSON would begin. */
function kindFromText(kind: FileKind, text: string): 'memo' | 'dataset' {
  if (kind !== 'unknown') return kind;
  return /^\s*[{[]/.test(text) ? 'dataset' : 'memo';
}

/** Opens the bytes of a file named `name`, of the given MIME type (possibly ''). */
export function openBytes(name: string, type: string, bytes: Uint8Array): OpenOutcome {
  const tooBig = sizeProblem(name, bytes.length);
  if (tooBig) return { ok: false, problem: tooBig };
  const decoded = decodeText(bytes, name);
  const notText = `${name} is not a text file: Memograph opens a memo saved as UTF-8 text (.txt) or a dataset (.json).`;
  if ('diagnostic' in decoded) return refuse(notText, [decoded.diagnostic]);
  const text = decoded.text;
  if (text.includes('\u0000')) return refuse(notText);
  if (text.trim() === '') return refuse(`${name} is empty: there is no memo or dataset in it.`);
  return kindFromText(fileKindOf(name, type), text) === 'dataset'
    ? openDataset(name, text)
    : openMemo(name, text);
}

/** Opens a file the user picked or dropped; a file over the limit is refused unread. */
export async function openFile(file: File): Promise<OpenOutcome> {
  const tooBig = sizeProblem(file.name, file.size);
  if (tooBig) return { ok: false, problem: tooBig };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(file.name, file.type)) {
    const outcome = openBundle(file.name, readBundleZip(bytes, file.name));
    return outcome.ok ? { ...outcome, keep: file } : outcome;
  }
  const outcome = openBytes(file.name, file.type, bytes);
  return outcome.ok ? { ...outcome, keep: file } : outcome;
}

function isZip(name: string, type: string): boolean {
  return (
    /\.zip$/i.test(name) || type === 'application/zip' || type === 'application/x-zip-compressed'
  );
}

/**
 * Opens what the user picked or dropped: one file as openFile does, or the files of a bundle
 * together (document.json, actors.json, relation-types.json, relations.json and the text),
 * kept as one .zip named after the document.
 */
export async function openFiles(files: readonly File[]): Promise<OpenOutcome> {
  if (files.length === 1) return openFile(files[0]!);
  const total = files.reduce((n, f) => n + f.size, 0);
  const tooBig = sizeProblem(`The ${files.length} files`, total);
  if (tooBig && total > 0) return { ok: false, problem: tooBig };
  const bytes = new Map<string, Uint8Array>();
  for (const f of files) bytes.set(f.name, new Uint8Array(await f.arrayBuffer()));
  const folder = documentIdOf(bytes.get('document.json')) ?? 'bundle';
  const outcome = openBundle(
    folder,
    bundleFromFiles(bytes, folder, { whole: `The ${files.length} files` }),
  );
  if (!outcome.ok || !outcome.bundle) return outcome;
  const kept = new Map<string, string>();
  for (const name of bytes.keys()) {
    const text = outcome.bundle.readFile(name);
    if (text !== undefined) kept.set(name, text);
  }
  const zip = zipBundle(folder, kept);
  return { ...outcome, keep: new File([zip], `${folder}.zip`, { type: 'application/zip' }) };
}

/** The id document.json gives, to name the bundle, or undefined. */
function documentIdOf(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    const id = (JSON.parse(new TextDecoder().decode(bytes)) as { id?: unknown }).id;
    return typeof id === 'string' && /^[a-z0-9][a-z0-9._-]*$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
