import { didYouMean } from '../model/json/suggest.ts';
import { readArgs, type OptionSpec } from './args.ts';
import { BUILD_STEPS, type BuildStep } from './build-steps.ts';
import { usageError } from './usage-error.ts';

/** The command line of `check` and `build`. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly out?: string;
  /** `build` only: also write the explorer as one self-contained HTML file with the dataset. */
  readonly offlineHtml?: string;
  readonly pretty: boolean;
  readonly help: boolean;
  /** Linter findings are errors (`check` lints always, `build` only then). */
  readonly strict: boolean;
  readonly steps: BuildStep[];
}

const HELP_OPTION: OptionSpec = {
  help: { type: 'boolean', short: 'h' },
  strict: { type: 'boolean' },
};
const BUILD_OPTIONS: OptionSpec = {
  ...HELP_OPTION,
  out: { type: 'string', short: 'o' },
  'offline-html': { type: 'string' },
  pretty: { type: 'boolean' },
  ...Object.fromEntries(BUILD_STEPS.map((s) => [s.flag.slice(2), { type: 'boolean' as const }])),
};

/** Reads `check`'s or `build`'s arguments; a mistake throws a UsageError. */
export function parseCommandArgs(command: 'check' | 'build', args: readonly string[]): ParsedArgs {
  const building = command === 'build';
  const positional: string[] = [];
  let out: string | undefined;
  let offlineHtml: string | undefined;
  let pretty = false;
  let help = false;
  let strict = false;
  const steps: BuildStep[] = [];
  const flags = [
    '--help',
    '-h',
    '--strict',
    ...(building ? ['--out', '-o', '--offline-html', '--pretty'] : []),
  ];
  if (building) flags.push(...BUILD_STEPS.map((s) => s.flag));
  const unknown = (text: string) =>
    usageError(command, `unknown option "${text}"${didYouMean(text, flags)}`);

  for (const word of readArgs(args, building ? BUILD_OPTIONS : HELP_OPTION)) {
    if (word.kind === 'positional' || word.kind === 'terminator') {
      if (word.kind === 'positional') positional.push(word.text);
      continue;
    }
    if (word.kind === 'unknown') throw unknown(word.text);
    if (word.name === 'out') {
      const value = word.value;
      if (value === undefined || value === '' || (!word.inline && value.startsWith('-'))) {
        throw usageError(command, `${word.flag === '-o' ? '-o' : '--out'} needs a file name`);
      }
      if (out !== undefined) throw usageError(command, '--out is given more than once');
      out = value;
      continue;
    }
    if (word.name === 'offline-html') {
      const value = word.value;
      if (value === undefined || value === '' || (!word.inline && value.startsWith('-'))) {
        throw usageError(command, '--offline-html needs a file name');
      }
      if (offlineHtml !== undefined)
        throw usageError(command, '--offline-html is given more than once');
      offlineHtml = value;
      continue;
    }
    if (word.inline) throw unknown(word.text);
    if (word.name === 'help') help = true;
    else if (word.name === 'strict') strict = true;
    else if (word.name === 'pretty') pretty = true;
    else {
      const step = BUILD_STEPS.find((s) => s.flag === word.text);
      if (step && !steps.includes(step)) steps.push(step);
    }
  }
  return {
    positional,
    ...(out !== undefined && { out }),
    ...(offlineHtml !== undefined && { offlineHtml }),
    pretty,
    help,
    strict,
    steps,
  };
}
