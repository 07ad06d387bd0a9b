export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  io.stdout(`hello ${argv.join(' ')}\n`);
  return 0;
}
