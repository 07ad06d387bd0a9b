import { mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { didYouMean } from '../model/json/suggest.ts';
import {
  SYNTH_LIMITS,
  synthOptionsProblem,
  type SynthBundle,
  type SynthOptions,
} from '../model/synth/synth.ts';
import { displayPath, FileAccessError, pathKind } from './fs-bundle.ts';

/**
 * The file-system half of `memograph synth`: reading its command line and writing the corpus.
 * The corpus itself comes from the pure generator in src/model/synth/synth.ts.
 */

export interface SynthArgs {
  readonly options: SynthOptions;
  readonly out: string;
  readonly force: boolean;
}

/** The parsed command line, `help` when --help was asked for, or what is wrong with it. */
export type SynthArgsResult =
  | { readonly kind: 'ok'; readonly args: SynthArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'problem'; readonly message: string };

const NUMBER_FLAGS = ['--documents', '--actors', '--relations', '--seed'] as const;
type NumberFlag = (typeof NUMBER_FLAGS)[number];
const KEY_OF: Readonly<Record<NumberFlag, keyof SynthOptions>> = {
  '--documents': 'documents',
  '--actors': 'actors',
  '--relations': 'relations',
  '--seed': 'seed',
};
const ALL_FLAGS = [...NUMBER_FLAGS, '--out', '-o', '--force', '--help', '-h'];

/** The seed when none is given: a fixed one, so that a bare command is reproducible too. */
export const DEFAULT_SEED = 1;

export const SYNTH_HELP = `Usage: memograph synth --documents <D> --actors <N> --relations <M> [--seed <S>]
                      --out <folder> [--force]

Writes a synthetic corpus: D bundle folders (<folder>/d001 …), naming N actors in M relations
in total, that memograph check and build accept with no error and no warning. The memos read
like the real ones (title, headings, marked paragraphs, page furniture, redactions, banner);
every name is made up. The same numbers and seed always give the same files, byte for byte.

Actors' relation counts follow a heavy-tailed (Zipf-Mandelbrot) law: a few hubs with thousands
of relations, most actors with a handful. Every actor has at least one relation when
2 x M >= N; with fewer relations, only 2 x M actors are used.

Options:
  --documents <D>          How many memos, ${SYNTH_LIMITS.documents.min} to ${SYNTH_LIMITS.documents.max}
  --actors <N>             How many actors, ${SYNTH_LIMITS.actors.min} to ${SYNTH_LIMITS.actors.max} (at least 2 when M > 0)
  --relations <M>          How many relations in all, ${SYNTH_LIMITS.relations.min} to ${SYNTH_LIMITS.relations.max}
  --seed <S>               Any whole number ${SYNTH_LIMITS.seed.min} to ${SYNTH_LIMITS.seed.max} (default ${DEFAULT_SEED})
  --out <folder>, -o       Where to write the corpus; must be new or empty
  --force                  Replace --out even if it holds an earlier corpus (bundle folders only)

The folder is written whole or not at all: the corpus goes to a temporary folder beside it,
which is then renamed into place.

Example:
  memograph synth --documents 200 --actors 20000 --relations 100000 --seed 7 --out corpus
  memograph build corpus --out corpus.json
`;

/** Reads `synth`'s arguments. Never throws; a problem is one sentence naming the option. */
export function parseSynthArgs(argv: readonly string[]): SynthArgsResult {
  const numbers: Partial<Record<keyof SynthOptions, number>> = {};
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = flag !== arg ? arg.slice(eq + 1) : undefined;
    if (!flag.startsWith('-')) {
      return {
        kind: 'problem',
        message: `unexpected argument "${arg}"; synth takes only options (--out <folder> says where to write)`,
      };
    }
    if (flag === '--force') {
      if (inline !== undefined) return { kind: 'problem', message: '--force takes no value' };
      force = true;
      continue;
    }
    const isNumber = (NUMBER_FLAGS as readonly string[]).includes(flag);
    if (!isNumber && flag !== '--out' && flag !== '-o') {
      return {
        kind: 'problem',
        message: `unknown option "${flag}"${didYouMean(flag, ALL_FLAGS)}`,
      };
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    const shown = flag === '-o' ? '--out' : flag;
    // The next word is another option, not this one's value ("-5" is a value, wrong as it is).
    const isOption = inline === undefined && /^-(?:-|[a-zA-Z]|$)/.test(value ?? '');
    if (value === undefined || isOption) {
      return {
        kind: 'problem',
        message: isNumber ? `${shown} needs a number` : '--out needs a folder name',
      };
    }
    if (!isNumber) {
      if (value === '') return { kind: 'problem', message: '--out needs a folder name' };
      if (out !== undefined) return { kind: 'problem', message: '--out is given more than once' };
      out = value;
      continue;
    }
    const key = KEY_OF[flag as NumberFlag];
    if (numbers[key] !== undefined) {
      return { kind: 'problem', message: `${shown} is given more than once` };
    }
    const { min, max } = SYNTH_LIMITS[key];
    if (!/^[0-9]+$/.test(value)) {
      return {
        kind: 'problem',
        message: `${shown} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`,
      };
    }
    const n = Number(value);
    if (n < min) return { kind: 'problem', message: `${shown} must be a whole number ≥ ${min}` };
    if (n > max)
      return { kind: 'problem', message: `${shown} must be at most ${max}, got ${value}` };
    numbers[key] = n;
  }
  for (const flag of ['--documents', '--actors', '--relations'] as const) {
    if (numbers[KEY_OF[flag]] === undefined) {
      return {
        kind: 'problem',
        message: `missing ${flag} <${flag === '--documents' ? 'D' : flag === '--actors' ? 'N' : 'M'}>: say how many ${KEY_OF[flag]} to generate`,
      };
    }
  }
  if (out === undefined) {
    return { kind: 'problem', message: 'missing --out <folder>: say where to write the corpus' };
  }
  const options: SynthOptions = {
    documents: numbers.documents ?? 0,
    actors: numbers.actors ?? 0,
    relations: numbers.relations ?? 0,
    seed: numbers.seed ?? DEFAULT_SEED,
  };
  const problem = synthOptionsProblem(options, (option) => `--${option}`);
  if (problem !== null) return { kind: 'problem', message: problem };
  return { kind: 'ok', args: { options, out, force } };
}

/** Why the --out folder cannot be written, or null when it can. A command-line problem. */
export function outFolderProblem(out: string, cwd: string, force: boolean): string | null {
  const absolute = resolve(cwd, out);
  const shown = displayPath(out);
  const fromOut = relative(absolute, cwd);
  if (fromOut === '' || (!fromOut.startsWith('..') && !isAbsolute(fromOut))) {
    return `--out ${shown} is the current folder or contains it; name a new folder for the corpus`;
  }
  const kind = pathKind(absolute, shown);
  if (kind === 'missing') return null;
  if (kind === 'file') return `--out ${shown} is a file; synth writes a folder of bundles`;
  const entries = listFolder(absolute, shown);
  if (entries.length === 0) return null;
  // Hidden entries count as strangers too: a ".git" must never be swept away with a corpus.
  const stranger = entries.find(
    (name) =>
      pathKind(join(absolute, name)) !== 'folder' ||
      pathKind(join(absolute, name, 'document.json')) !== 'file',
  );
  if (stranger !== undefined) {
    return `--out ${shown} is not empty and holds ${JSON.stringify(stranger)}, which is not a bundle folder; --force replaces only an earlier corpus, so choose a new or empty folder`;
  }
  if (!force) {
    return `--out ${shown} already holds a corpus (${entries.length} bundle folder${entries.length === 1 ? '' : 's'}); add --force to replace it, or choose a new folder`;
  }
  return null;
}

function listFolder(absolute: string, shown: string): string[] {
  try {
    return readdirSync(absolute).sort();
  } catch (e) {
    throw new FileAccessError(`cannot list ${shown}: ${reason(e)}`);
  }
}

function reason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (typeof code === 'string') return code;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes the bundles under `out`, whole or not at all: everything goes into a temporary folder
 * beside `out`, which is renamed into place only once every file is written. An earlier corpus
 * at `out` (allowed by outFolderProblem) is moved aside first and deleted only after the rename;
 * if anything fails, the temporary folder is removed and the earlier corpus put back.
 */
export function writeCorpus(out: string, cwd: string, bundles: readonly SynthBundle[]): void {
  const absolute = resolve(cwd, out);
  const shown = displayPath(out);
  const parent = dirname(absolute);
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const temporary = join(parent, `.${basename(absolute)}.synth-${tag}.tmp`);
  const previous = join(parent, `.${basename(absolute)}.old-${tag}.tmp`);
  let movedAside = false;
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(temporary);
    for (const bundle of bundles) {
      const folder = join(temporary, bundle.folder);
      mkdirSync(folder);
      for (const [name, text] of Object.entries(bundle.files)) {
        writeFileSync(join(folder, name), text, { encoding: 'utf8', flag: 'wx' });
      }
    }
    if (pathKind(absolute, shown) === 'folder') {
      if (readdirSync(absolute).length === 0) rmdirSync(absolute);
      else {
        renameSync(absolute, previous);
        movedAside = true;
      }
    }
    renameSync(temporary, absolute);
  } catch (e) {
    rmSync(temporary, { recursive: true, force: true });
    if (movedAside && pathKind(absolute) === 'missing') renameSync(previous, absolute);
    throw new FileAccessError(`cannot write ${shown}: ${reason(e)}`);
  }
  if (movedAside) rmSync(previous, { recursive: true, force: true });
}
