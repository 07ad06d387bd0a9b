import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * One word of a command line, as `node:util` parseArgs reads it, with the word as typed kept
 * beside it: the commands word their own messages ("unknown option "--prety" (did you mean
 * "--pretty"?)"), which need the text the user wrote rather than parseArgs' own errors.
 */
export type ArgWord =
  | { readonly kind: 'positional'; readonly text: string }
  /** `--`: every word after it is positional. */
  | { readonly kind: 'terminator'; readonly text: string }
  /**
   * A declared option. `flag` is the word up to the `=` of a long option; `value` is the text after the `=`
   * (`inline`) or, for a string option written alone, the next word (undefined at the end).
   */
  | {
      readonly kind: 'option';
      readonly name: string;
      readonly text: string;
      readonly flag: string;
      readonly value: string | undefined;
      readonly inline: boolean;
    }
  /** Anything else that starts with "-": an undeclared option, or a bundle of short ones. */
  | { readonly kind: 'unknown'; readonly text: string; readonly flag: string };

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** The words of `args` in order, each option read against `options`. Never throws. */
export function readArgs(args: readonly string[], options: OptionSpec): ArgWord[] {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // A bundle of short options ("-hx") is several tokens from one word: it is one unknown word.
  const byIndex = new Map<number, (typeof tokens)[number][]>();
  for (const token of tokens)
    byIndex.set(token.index, [...(byIndex.get(token.index) ?? []), token]);
  const words: ArgWord[] = [];
  for (const [index, group] of byIndex) {
    const text = args[index] ?? '';
    const token = group[0];
    if (token === undefined) continue;
    if (token.kind === 'positional') {
      words.push({ kind: 'positional', text });
      continue;
    }
    if (token.kind === 'option-terminator') {
      words.push({ kind: 'terminator', text });
      continue;
    }
    // Only long options take "=": "-o=x" is an option memograph does not know.
    const eq = text.startsWith('--') ? text.indexOf('=') : -1;
    const flag = eq > 0 ? text.slice(0, eq) : text;
    const declared = group.length === 1 && Object.hasOwn(options, token.name);
    if (declared && text === token.rawName) {
      words.push({
        kind: 'option',
        name: token.name,
        text,
        flag,
        value: token.value,
        inline: false,
      });
    } else if (declared && flag === token.rawName) {
      words.push({
        kind: 'option',
        name: token.name,
        text,
        flag,
        value: text.slice(eq + 1),
        inline: true,
      });
    } else {
      words.push({ kind: 'unknown', text, flag });
    }
  }
  return words;
}
