/** The commands `memograph` knows, in the order its help lists them. */
export const COMMANDS = ['check', 'build', 'export', 'new', 'synth', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

/** A mistake on the command line: one line saying what, one saying where to read more. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export function usageError(command: Command | undefined, message: string): UsageError {
  const prefix = command && command !== 'help' ? `memograph ${command}` : 'memograph';
  const hint = command && command !== 'help' ? `memograph help ${command}` : 'memograph --help';
  return new UsageError(`${prefix}: ${message}`, `run "${hint}" for usage`);
}
