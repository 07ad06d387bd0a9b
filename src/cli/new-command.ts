import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEW_BUNDLE_FILES, DOCUMENT_ID_RE, newBundle } from '../model/bundle-new/new-bundle.ts';
import { parseReport } from '../model/bundle-new/parse-report.ts';
import { formatDiagnostic } from '../model/json/diagnostics.ts';
import { didYouMean } from '../model/json/suggest.ts';
import { parseMemo } from '../model/memo/memo-parser.ts';
import { readArgs, type OptionSpec } from './args.ts';
import { isBundleLike } from './bundle-folders.ts';
import { displayPath, pathKind, readTextFile } from './fs-bundle.ts';
import { describeFsError, FileAccessError, TextDecodeError } from './fs-errors.ts';
import { writeOutputFile } from './output-file.ts';
import { usageError, type UsageError } from './usage-error.ts';

/**
 * `memograph new <memo.txt> --out <folder>`: a bundle for a memo nobody has annotated yet. The
 * reading and the suggestions are the model's (src/model/bundle-new/); this file reads the
 * command line, refuses an --out it could damage, and writes the five files.
 *
 * The standard relation types are read from the seed bundle's relation-types.json at the
 * package root rather than copied into the code, so the vocabulary has one source of truth that
 * `check` already validates: a type added or recoloured there is what the next `new` writes.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STANDARD_RELATION_TYPES = join(
  ROOT,
  'graph-data',
  'peru-hostages-1996',
  'relation-types.json',
);
const SCHEMA_FOLDER = join(ROOT, 'graph-data', 'schema');

export interface NewIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

function newUsageError(message: string): UsageError {
  return usageError('new', message);
}

interface NewArgs {
  readonly input: string;
  readonly out: string;
  readonly force: boolean;
  readonly id: string | undefined;
}

const OPTIONS: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string', short: 'o' },
  id: { type: 'string' },
  force: { type: 'boolean' },
};
const FLAGS = ['--out', '-o', '--id', '--force', '--help', '-h'];

/** Reads `new`'s arguments; 'help' for --help. A mistake throws a UsageError. */
export function parseNewArgs(argv: readonly string[]): NewArgs | 'help' {
  const positional: string[] = [];
  const values: { out?: string; id?: string } = {};
  let force = false;
  let help = false;
  for (const word of readArgs(argv, OPTIONS)) {
    if (word.kind === 'terminator') continue;
    if (word.kind === 'positional') {
      positional.push(word.text);
      continue;
    }
    if (word.kind === 'unknown') {
      throw newUsageError(`unknown option "${word.text}"${didYouMean(word.flag, FLAGS)}`);
    }
    if (word.name === 'out' || word.name === 'id') {
      const value = word.value;
      const what = word.name === 'out' ? 'a folder name' : 'a document id';
      if (value === undefined || value === '' || (!word.inline && value.startsWith('-'))) {
        throw newUsageError(`${word.flag} needs ${what}`);
      }
      if (values[word.name] !== undefined) {
        throw newUsageError(`--${word.name} is given more than once`);
      }
      values[word.name] = value;
      continue;
    }
    if (word.inline) {
      throw newUsageError(`unknown option "${word.text}"${didYouMean(word.flag, FLAGS)}`);
    }
    if (word.name === 'help') help = true;
    else force = true;
  }
  if (help) return 'help';
  if (positional.length === 0) throw newUsageError('name the memo to read: a .txt file');
  if (positional.length > 1) {
    throw newUsageError(`one memo at a time; got ${positional.length}: ${positional.join(', ')}`);
  }
  const input = positional[0]!;
  if (input === '') throw newUsageError('an empty argument ("") names no file');
  if (values.out === undefined) {
    throw newUsageError('missing --out <folder>: say where to write the bundle');
  }
  if (values.id !== undefined && !DOCUMENT_ID_RE.test(values.id)) {
    throw newUsageError(
      `--id ${JSON.stringify(values.id)} is not a document id: lower-case letters, digits, '.', '_' and '-', beginning with a letter or digit`,
    );
  }
  return { input, out: values.out, force, id: values.id };
}

function listFolder(absolute: string, shown: string): string[] {
  try {
    return readdirSync(absolute).sort();
  } catch (e) {
    throw new FileAccessError(`cannot list ${shown}: ${describeFsError(e)}`);
  }
}

/** The bundle folder that holds `absolute` (not counting itself), or null. */
function enclosingBundle(absolute: string): string | null {
  for (let folder = dirname(absolute); ; folder = dirname(folder)) {
    if (pathKind(folder) === 'folder' && isBundleLike(folder, folder)) return folder;
    if (dirname(folder) === folder) return null;
  }
}

/** An ancestor folder of the typed path, named the way the user typed it when possible. */
function asTyped(shown: string, absolute: string, ancestor: string): string {
  const up = relative(ancestor, absolute).split(sep).length;
  const parts = shown.split(/[/\\]/);
  return parts.length > up ? parts.slice(0, -up).join('/') || '/' : ancestor;
}

/** Why --out may not be written, or null; and what is already there. */
function outProblem(
  args: NewArgs,
  absolute: string,
): { problem: string | null; entries: string[] } {
  const shown = displayPath(args.out);
  const kind = pathKind(absolute, shown);
  if (kind === 'file') {
    return { problem: `--out ${shown} is a file; new writes a bundle folder`, entries: [] };
  }
  const bundle = enclosingBundle(absolute);
  if (bundle !== null) {
    return {
      problem: `--out ${shown} is inside the bundle folder ${asTyped(shown, absolute, bundle)}; new never writes into a bundle (it could replace the annotations or the memo), so choose a folder outside it`,
      entries: [],
    };
  }
  const entries = kind === 'folder' ? listFolder(absolute, shown) : [];
  if (entries.length > 0 && !args.force) {
    const what = entries.length === 1 ? JSON.stringify(entries[0]) : `${entries.length} entries`;
    return {
      problem: `--out ${shown} is not empty (it holds ${what}); add --force to replace the bundle files new writes there (nothing else is touched), or choose a new folder`,
      entries,
    };
  }
  return { problem: null, entries };
}

/** "../schema/" from the bundle to the repository's schemas, or null outside the repository. */
function schemaBase(outAbsolute: string): string | null {
  const fromRoot = relative(ROOT, outAbsolute);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  return `${relative(outAbsolute, SCHEMA_FOLDER).split(sep).join('/')}/`;
}

function readRelationTypes(): unknown[] {
  const shown = relative(process.cwd(), STANDARD_RELATION_TYPES) || STANDARD_RELATION_TYPES;
  const text = readTextFile(STANDARD_RELATION_TYPES, shown);
  const value: unknown = text === undefined ? undefined : JSON.parse(text);
  const list = (value as { relationTypes?: unknown } | undefined)?.relationTypes;
  if (!Array.isArray(list)) {
    throw new FileAccessError(`cannot read the standard relation types in ${shown}`);
  }
  return list;
}

/** A path as a shell would need it typed. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** Runs `memograph new`. Usage mistakes throw a UsageError; returns the exit status. */
export async function newCommand(args: NewArgs, io: NewIO): Promise<number> {
  const inputAbs = resolve(io.cwd, args.input);
  const inputShown = displayPath(args.input);
  if (pathKind(inputAbs, inputShown) === 'folder') {
    throw newUsageError(`${inputShown} is a folder; new reads one memo, a .txt file`);
  }
  const outAbs = resolve(io.cwd, args.out);
  const outShown = displayPath(args.out);
  const { problem, entries } = outProblem(args, outAbs);
  if (problem !== null) throw newUsageError(problem);

  let text: string | undefined;
  try {
    text = readTextFile(inputAbs, inputShown);
  } catch (e) {
    if (!(e instanceof TextDecodeError)) throw e;
    io.stderr(`${formatDiagnostic(e.diagnostic)}\n`);
    io.stderr(
      `memograph new: ${inputShown} is not a text file; new reads a memo saved as UTF-8 text; nothing written\n`,
    );
    return 1;
  }
  if (text === undefined) throw new FileAccessError(`cannot read ${inputShown}: no such file`);
  if (text.trim() === '') {
    io.stderr(`memograph new: ${inputShown} is empty: there is no memo in it; nothing written\n`);
    return 1;
  }

  const { memo, problems } = parseMemo(text);
  for (const p of problems) {
    io.stderr(`${formatDiagnostic({ ...p, file: inputShown })}\n`);
  }
  if (memo.paragraphs.length === 0) {
    io.stderr(
      `memograph new: no paragraphs found in ${inputShown}; a memo is blocks of prose separated by blank lines; nothing written\n`,
    );
    return 1;
  }
  if (problems.some((p) => p.severity === 'error')) {
    io.stderr(`memograph new: ${outShown} not written because of the errors above\n`);
    return 1;
  }

  const fileName = inputAbs.split(sep).pop() ?? inputShown;
  const bundle = newBundle({
    fileName,
    memo,
    ...(args.id !== undefined && { id: args.id }),
    schemaBase: schemaBase(outAbs),
    relationTypes: readRelationTypes(),
  });
  for (const line of parseReport(memo, bundle.actors)) io.stdout(`${line}\n`);

  // The memo byte for byte: its own bytes, never re-encoded (readTextFile has already refused
  // anything that is not UTF-8).
  await writeOutputFile(
    join(outAbs, bundle.source),
    `${outShown}/${bundle.source}`,
    readFileSync(inputAbs),
  );
  for (const [name, content] of bundle.files) {
    await writeOutputFile(join(outAbs, name), `${outShown}/${name}`, content);
  }

  const written = new Set<string>([bundle.source, ...NEW_BUNDLE_FILES]);
  const replaced = entries.filter((name) => written.has(name));
  const kept = entries.filter((name) => !written.has(name));
  io.stdout(
    `wrote ${outShown} — ${bundle.source} (copied verbatim), document.json (id ${bundle.documentId}), actors.json (${bundle.actors.length} suggested), relation-types.json (the standard vocabulary), relations.json (empty)\n`,
  );
  if (replaced.length > 0) io.stdout(`replaced (--force): ${replaced.join(', ')}\n`);
  if (kept.length > 0) {
    io.stdout(`left as they were (new writes only its own files): ${kept.join(', ')}\n`);
  }
  for (const line of bundle.placeholders) io.stdout(`fill in document.json: ${line}\n`);
  io.stdout(
    bundle.actors.length > 0
      ? 'every actor is a suggestion: confirm, rename or delete each in actors.json, then add relations\n'
      : 'no actor was suggested: add the actors to actors.json, then the relations\n',
  );
  const out = shellWord(outShown);
  // The dev server serves the repository's public/ folder, wherever the command ran.
  const rootShown = relative(io.cwd, ROOT) || '.';
  const atRoot = rootShown === '.';
  const publicDir = relative(io.cwd, join(ROOT, 'public'));
  io.stdout(
    [
      'next:',
      `  memograph check ${out}`,
      `  memograph build ${out} --out ${shellWord(`${outShown}.json`)}`,
      `  to explore it: memograph build ${out} --out ${shellWord(join(publicDir, `${bundle.documentId}.json`))}, then npm start${atRoot ? '' : ` in ${shellWord(rootShown)}`} and open /?data=${bundle.documentId}.json`,
      '',
    ].join('\n'),
  );
  return 0;
}
