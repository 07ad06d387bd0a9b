import { didYouMean } from '../model/json/suggest.ts';
import { SYNTH_LIMITS, synthOptionsProblem, type SynthOptions } from '../model/synth/synth.ts';
import { readArgs, type OptionSpec } from './args.ts';

/** `memograph synth`'s command line: reading it, and its help. */

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
const OPTIONS: OptionSpec = {
  documents: { type: 'string' },
  actors: { type: 'string' },
  relations: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

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
  --force                  Replace --out when it holds an earlier corpus synth wrote, unchanged

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
  const problem = (message: string): SynthArgsResult => ({ kind: 'problem', message });
  const unknown = (flag: string) =>
    problem(`unknown option "${flag}"${didYouMean(flag, ALL_FLAGS)}`);
  for (const word of readArgs(argv, OPTIONS)) {
    if (word.kind === 'terminator') return unknown(word.text);
    if (word.kind === 'positional') {
      // "-" alone reads as a positional word, but synth takes none: it is a mistyped option.
      if (word.text.startsWith('-')) return unknown(word.text);
      return problem(
        `unexpected argument "${word.text}"; synth takes only options (--out <folder> says where to write)`,
      );
    }
    if (word.kind === 'unknown') return unknown(word.flag);
    if (word.name === 'help') {
      if (word.inline) return unknown(word.flag);
      return { kind: 'help' };
    }
    if (word.name === 'force') {
      if (word.inline) return problem('--force takes no value');
      force = true;
      continue;
    }
    const flag = word.flag === '-o' ? '--out' : (`--${word.name}` as NumberFlag | '--out');
    const isNumber = flag !== '--out';
    const value = word.value;
    // The next word is another option, not this one's value ("-5" is a value, wrong as it is).
    const isOption = !word.inline && /^-(?:-|[a-zA-Z]|$)/.test(value ?? '');
    if (value === undefined || isOption) {
      return problem(isNumber ? `${flag} needs a number` : '--out needs a folder name');
    }
    if (!isNumber) {
      if (value === '') return problem('--out needs a folder name');
      if (out !== undefined) return problem('--out is given more than once');
      out = value;
      continue;
    }
    const key = KEY_OF[flag];
    if (numbers[key] !== undefined) return problem(`${flag} is given more than once`);
    const { min, max } = SYNTH_LIMITS[key];
    if (!/^[0-9]+$/.test(value)) {
      return problem(`${flag} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
    }
    const n = Number(value);
    if (n < min) return problem(`${flag} must be a whole number ≥ ${min}`);
    if (n > max) return problem(`${flag} must be at most ${max}, got ${value}`);
    numbers[key] = n;
  }
  for (const flag of ['--documents', '--actors', '--relations'] as const) {
    if (numbers[KEY_OF[flag]] === undefined) {
      return problem(
        `missing ${flag} <${flag === '--documents' ? 'D' : flag === '--actors' ? 'N' : 'M'}>: say how many ${KEY_OF[flag]} to generate`,
      );
    }
  }
  if (out === undefined) return problem('missing --out <folder>: say where to write the corpus');
  const options: SynthOptions = {
    documents: numbers.documents ?? 0,
    actors: numbers.actors ?? 0,
    relations: numbers.relations ?? 0,
    seed: numbers.seed ?? DEFAULT_SEED,
  };
  const invalid = synthOptionsProblem(options, (option) => `--${option}`);
  if (invalid !== null) return problem(invalid);
  return { kind: 'ok', args: { options, out, force } };
}
