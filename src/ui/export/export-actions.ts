import type { Relation } from '../../model/contract/types.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { describeHidden } from '../../model/explorer/filter-counts.ts';
import type { Filters } from '../../model/explorer/filters.ts';
import type { ExportInput } from '../../model/export/export-input.ts';
import {
  exportFileName,
  exportFormat,
  exportView,
  type ExportFormatId,
} from '../../model/export/formats.ts';
import type { ReportGrouping } from '../../model/export/report.ts';
import { bibliography } from '../../model/words/bibliography.ts';
import type { CitationFormatId } from '../../model/words/citation.ts';

/**
 * What the Export menu does, kept out of the page until the menu is first opened: the writers
 * of src/model/export/ and the bibliography weigh more than everything else the header holds.
 * Imports no Lit, so that loading it never moves Lit between the first chunks.
 */

/** The view the menu exports: what the filters (and a chosen paragraph) let through. */
export interface ExportView {
  readonly index: DatasetIndex;
  readonly relations: readonly Relation[];
  readonly filters: Filters;
}

export function exportInput(view: ExportView): ExportInput {
  return {
    index: view.index,
    relations: view.relations,
    filters: describeHidden(view.index, view.filters),
  };
}

/** The file for a text format: its name, and its bytes as a Blob of the right type. */
export function exportFile(
  view: ExportView,
  format: ExportFormatId,
  groupBy: ReportGrouping,
): { name: string; blob: Blob } {
  const input = exportInput(view);
  const text = exportView(format, input, { groupBy });
  return {
    name: exportFileName(input, format),
    blob: new Blob([text], { type: exportFormat(format).mimeType }),
  };
}

/** "memograph-inr-….png": the image's name after the same document as the other exports. */
export function imageFileName(view: ExportView, format: 'png' | 'svg'): string {
  return exportFileName(exportInput(view), 'json').replace(/\.json$/, `.${format}`);
}

/**
 * Saves a Blob as a file the way a link with `download` does: no window opens, nothing is sent
 * anywhere. The object URL is revoked once the browser has taken the file.
 */
export function download(blob: Blob, name: string, root: Node & ParentNode = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The citations "Copy citations" copies: for the selected actor's relations in the view when an
 * actor is selected, else for the whole view; one entry per cited paragraph.
 */
export function citationsOf(
  view: ExportView,
  actor: string | null,
  format: CitationFormatId,
): { text: string; relations: number; paragraphs: number } {
  const relations = actor
    ? view.relations.filter((r) => r.source === actor || r.target === actor)
    : view.relations;
  const text = bibliography(view.index, relations, format);
  const paragraphs = new Set(relations.map((r) => `${r.document}\u0000${r.paragraph}`)).size;
  return { text, relations: relations.length, paragraphs };
}
