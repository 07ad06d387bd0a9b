import { EXPORT_FORMATS, type ExportFormatId } from '../model/export/formats.ts';
import { REPORT_GROUPINGS, type ReportGrouping } from '../model/export/report.ts';
import { FILTER_PARAMS } from '../model/explorer/filter-url.ts';
import { didYouMean } from '../model/json/suggest.ts';
import { readArgs, type OptionSpec } from './args.ts';
import { usageError } from './usage-error.ts';

/**
 * `memograph export`'s command line. The filter flags are the app's URL parameters under other
 * names (`--max-marking` is `marking`): they are handed to the same `filtersFromParams` the
 * explorer reads its links with, so the CLI and the app cannot disagree about a filter.
 */

/** Flag (without "--") → the URL parameter it stands for. */
export const FILTER_FLAGS: Readonly<Record<string, string>> = {
  types: FILTER_PARAMS.types,
  likelihood: FILTER_PARAMS.likelihood,
  polarity: FILTER_PARAMS.polarity,
  basis: FILTER_PARAMS.basis,
  'max-marking': FILTER_PARAMS.marking,
  from: FILTER_PARAMS.from,
  until: FILTER_PARAMS.until,
  documents: FILTER_PARAMS.documents,
};

export interface ExportArgs {
  readonly inputs: readonly string[];
  readonly format: ExportFormatId;
  readonly out: string;
  readonly groupBy: ReportGrouping;
  /** The filter flags as given, keyed by flag ("--max-marking"), in the URL's words. */
  readonly filters: readonly {
    readonly flag: string;
    readonly param: string;
    readonly value: string;
  }[];
}

const OPTIONS: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  'group-by': { type: 'string' },
  ...Object.fromEntries(Object.keys(FILTER_FLAGS).map((f) => [f, { type: 'string' as const }])),
};
const FLAGS = [
  '--format',
  '-f',
  '--out',
  '-o',
  '--group-by',
  '--help',
  '-h',
  ...Object.keys(FILTER_FLAGS).map((f) => `--${f}`),
];

const oneOf = (values: readonly string[]) => values.join(', ');

/** Reads `export`'s arguments; 'help' for --help. A mistake throws a UsageError. */
export function parseExportArgs(args: readonly string[]): ExportArgs | 'help' {
  const inputs: string[] = [];
  const seen = new Map<string, string>();
  const filters: { flag: string; param: string; value: string }[] = [];
  let help = false;
  for (const word of readArgs(args, OPTIONS)) {
    if (word.kind === 'terminator') continue;
    if (word.kind === 'positional') {
      inputs.push(word.text);
      continue;
    }
    if (word.kind === 'unknown') {
      throw usageError('export', `unknown option "${word.text}"${didYouMean(word.flag, FLAGS)}`);
    }
    if (word.name === 'help') {
      if (word.inline) throw usageError('export', `${word.flag} takes no value`);
      help = true;
      continue;
    }
    const flag = `--${word.name}`;
    const value = word.value;
    // "--out --format gexf" would otherwise write to a file named "--format".
    if (value === undefined || (!word.inline && value.startsWith('-') && value !== '-')) {
      throw usageError('export', `${flag} needs a value${allowed(word.name)}`);
    }
    if (seen.has(word.name)) throw usageError('export', `${flag} is given more than once`);
    seen.set(word.name, value);
    const param = FILTER_FLAGS[word.name];
    if (param !== undefined) filters.push({ flag, param, value });
  }
  if (help) return 'help';

  const format = seen.get('format');
  if (format === undefined) {
    throw usageError('export', `missing --format: say which, one of ${oneOf(EXPORT_FORMATS)}`);
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw usageError(
      'export',
      `--format "${format}" is not a format memograph writes${didYouMean(format, EXPORT_FORMATS)}; use one of ${oneOf(EXPORT_FORMATS)}`,
    );
  }
  const groupBy = seen.get('group-by') ?? 'type';
  if (!(REPORT_GROUPINGS as readonly string[]).includes(groupBy)) {
    throw usageError(
      'export',
      `--group-by "${groupBy}" is not a grouping; use one of ${oneOf(REPORT_GROUPINGS)}`,
    );
  }
  const out = seen.get('out');
  if (out === undefined || out === '') {
    throw usageError('export', 'missing --out <file>: say where to write the export');
  }
  if (inputs.includes('')) {
    throw usageError('export', 'an empty argument ("") names no file or folder');
  }
  if (inputs.length === 0) {
    throw usageError(
      'export',
      'nothing to export: name bundle folders or a compiled dataset .json file',
    );
  }
  return {
    inputs,
    format: format as ExportFormatId,
    out,
    groupBy: groupBy as ReportGrouping,
    filters,
  };
}

function allowed(name: string): string {
  if (name === 'format') return `: one of ${oneOf(EXPORT_FORMATS)}`;
  if (name === 'group-by') return `: one of ${oneOf(REPORT_GROUPINGS)}`;
  if (name === 'out') return ': the file to write';
  if (name === 'from' || name === 'until') return ': a date, YYYY-MM-DD';
  return '';
}
