/**
 * The few Web APIs the model uses that Node and every browser both provide. The model compiles
 * without the DOM library (tsconfig.model.json) so that it cannot reach for `document` or
 * `window`; these declarations admit exactly what runs the same in the CLI and in the page.
 */
declare class URLSearchParams implements Iterable<[string, string]> {
  constructor(init?: string | Iterable<readonly [string, string]> | Record<string, string>);
  append(name: string, value: string): void;
  delete(name: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}

/** Bytes to text; `fatal` makes a byte that is not in the encoding throw instead of being replaced. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  readonly fatal: boolean;
  decode(input?: Uint8Array): string;
}
