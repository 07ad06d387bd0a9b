import { bibliography } from '../words/bibliography.ts';
import { toCsv } from './csv.ts';
import { toCslJson } from './csl-json.ts';
import { toDatasetJson } from './dataset-subset.ts';
import type { ExportInput } from './export-input.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toHtmlReport } from './report-html.ts';
import { toMarkdownReport } from './report-markdown.ts';
import type { ReportGrouping } from './report.ts';

/**
 * The text formats the view can be exported in, shared by the app's Export menu and
 * `memograph export --format`, so both write the same bytes for the same view.
 */

export const EXPORT_FORMATS = [
  'graphml',
  'gexf',
  'csv',
  'json',
  'csl-json',
  'bibtex',
  'markdown',
  'html',
] as const;
export type ExportFormatId = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** How an evidence report groups relations; the other formats ignore it. */
  readonly groupBy?: ReportGrouping;
}

export interface ExportFormat {
  readonly id: ExportFormatId;
  /** As the menu shows it. */
  readonly label: string;
  /** What it is for, one line. */
  readonly description: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  readonly write: (input: ExportInput, options?: ExportOptions) => string;
}

export const EXPORT_FORMAT_LIST: readonly ExportFormat[] = [
  {
    id: 'graphml',
    label: 'GraphML',
    description: 'Graph for yEd, Gephi, NetworkX',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
    write: toGraphml,
  },
  {
    id: 'gexf',
    label: 'GEXF',
    description: 'Graph for Gephi, with positions',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
    write: toGexf,
  },
  {
    id: 'csv',
    label: 'CSV',
    description: 'One row per relation, for spreadsheets',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
    write: toCsv,
  },
  {
    id: 'json',
    label: 'Dataset JSON',
    description: 'A dataset of the view, opens in Memograph',
    extension: 'json',
    mimeType: 'application/json',
    write: toDatasetJson,
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    description: 'Citations for Zotero and reference managers',
    extension: 'csl.json',
    mimeType: 'application/vnd.citationstyles.csl+json',
    write: toCslJson,
  },
  {
    id: 'bibtex',
    label: 'BibTeX',
    description: 'Citations, one entry per paragraph',
    extension: 'bib',
    mimeType: 'application/x-bibtex',
    write: (input) => bibliography(input.index, input.relations, 'bibtex'),
  },
  {
    id: 'markdown',
    label: 'Evidence report (Markdown)',
    description: 'Quotes, likelihood and citations',
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
    write: (input, options) => toMarkdownReport(input, options?.groupBy),
  },
  {
    id: 'html',
    label: 'Evidence report (HTML)',
    description: 'Printable page: quotes, likelihood and citations',
    extension: 'html',
    mimeType: 'text/html;charset=utf-8',
    write: (input, options) => toHtmlReport(input, options?.groupBy),
  },
];

export function exportFormat(id: ExportFormatId): ExportFormat {
  return EXPORT_FORMAT_LIST.find((f) => f.id === id)!;
}

/** Writes the view in a format. */
export function exportView(
  format: ExportFormatId,
  input: ExportInput,
  options?: ExportOptions,
): string {
  return exportFormat(format).write(input, options);
}

/** "memograph-peru-hostages.gexf": a file name from the first cited document's id. */
export function exportFileName(input: ExportInput, format: ExportFormatId): string {
  const doc =
    input.index.dataset.documents.find((d) => input.relations.some((r) => r.document === d.id)) ??
    input.index.dataset.documents[0];
  const stem =
    (doc?.id ?? 'view').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'view';
  return `memograph-${stem}.${exportFormat(format).extension}`;
}
