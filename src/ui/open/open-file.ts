import relationTypes from '../../../graph-data/peru-hostages-1996/relation-types.json' with { type: 'json' };
import { compileBundles } from '../../model/annotation/compile-bundles.ts';
import { memoBundle } from '../../model/bundle-new/memo-bundle.ts';
import type { Dataset, Diagnostic } from '../../model/contract/types.ts';
import { parseDataset } from '../../model/dataset/dataset.ts';
import { decodeText } from '../../model/json/decode-text.ts';
import { formatDiagnostic } from '../../model/json/diagnostics.ts';
import type { LoadProblem } from '../load-dataset.ts';
import { fileKindOf, sizeProblem, type FileKind } from './open-limits.ts';

/**
 * Opening a file from the user's disk: a memo (.txt) becomes a bundle in memory and is compiled
 * as `memograph build` would; a dataset (.json) is checked as `?data=` is. Nothing leaves the
 * page. Loaded only when a file is opened.
 */

export type OpenOutcome =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly warnings: readonly Diagnostic[];
      /** What to tell the user beside the document: how to add relations to a memo's. */
      readonly notices: readonly string[];
    }
  | { readonly ok: false; readonly problem: LoadProblem };

const MAX_DETAILS = 50;

export const NO_RELATIONS =
  'No relations yet. Annotating in the browser is coming; for now add them to relations.json — see the README.';

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
  return { ok: true, dataset, warnings, notices };
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
  return openBytes(file.name, file.type, bytes);
}
