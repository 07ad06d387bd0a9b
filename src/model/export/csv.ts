import { chicagoNote } from '../words/citation.ts';
import { BANDS } from '../words/likelihood.ts';
import { paragraphKey } from '../dataset/query.ts';
import type { ExportInput } from './export-input.ts';
import type { Relation } from '../contract/types.ts';

/**
 * The view as CSV, one row per relation, for spreadsheet programs: UTF-8 with a byte order mark
 * (without it Excel reads UTF-8 as the local code page and "¶" and curly quotes come out as
 * mojibake), RFC 4180 quoting and CRLF line ends. Every field is quoted, so a quote with commas,
 * quotation marks or line breaks stays one cell.
 *
 * A cell that would start with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with an
 * apostrophe (OWASP's advice against formula injection): a spreadsheet must show a quote from a
 * document, never run it. `parseCsv` takes the apostrophe off again.
 */

export const CSV_COLUMNS = [
  'id',
  'source',
  'relation',
  'target',
  '¶',
  'marking',
  'quote',
  'likelihood term',
  'likelihood band',
  'polarity',
  'basis',
  'attributed to',
  'date',
  'citation',
] as const;

export const BOM = '\uFEFF';

/** "1996-12-22", or an ISO 8601 interval "1996-12-22/1996-12-28" for a span. */
export function csvDate(r: Relation): string {
  if (!r.date) return '';
  return r.date.until ? `${r.date.iso}/${r.date.until}` : r.date.iso;
}

/** "likely / probable (55–80%)" or "unquantified hedge (not on the ICD 203 scale)". */
export function bandWords(r: Relation): string {
  if (!r.likelihood) return '';
  const band = BANDS[r.likelihood.band];
  return band.range ? `${band.label} (${band.range[0]}–${band.range[1]}%)` : band.label;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRow(input: ExportInput, r: Relation): string[] {
  const { index } = input;
  const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
  return [
    r.id,
    index.actorById.get(r.source)?.name ?? r.source,
    index.typeById.get(r.type)?.label ?? r.type,
    index.actorById.get(r.target)?.name ?? r.target,
    p ? String(p.n) : r.paragraph,
    p?.marking ?? '',
    r.quote,
    r.likelihood?.term ?? '',
    bandWords(r),
    r.polarity,
    r.basis,
    r.attributedTo ?? '',
    csvDate(r),
    chicagoNote(index, r),
  ];
}

export function toCsv(input: ExportInput): string {
  const rows = [[...CSV_COLUMNS], ...input.relations.map((r) => csvRow(input, r))];
  return BOM + rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}

/**
 * Reads CSV as RFC 4180 defines it (quoted fields may hold commas, quotes and line breaks), with
 * or without a BOM, and undoes the formula guard of `toCsv`. For tests and for reading an export
 * back; returns the rows as arrays of cells.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(wasQuoted && /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field);
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\r' && src[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
