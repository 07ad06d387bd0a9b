import type { ParseProblem } from './memo-parser.ts';

/** What the parser expects, repeated in every message that says the input is not a memo. */
export const EXPECTED =
  'expected blocks of prose separated by blank lines, with portion markings like (C)';

/** The doubts collected while parsing, in the order they were found. */
export class Problems {
  readonly list: ParseProblem[] = [];
  error(line: number, column: number, message: string): void {
    this.list.push({ severity: 'error', line, column, message });
  }
  warning(line: number, column: number, message: string): void {
    this.list.push({ severity: 'warning', line, column, message });
  }
}
