/**
 * Bundle files written the way graph-data keeps them (Prettier's JSON style at print width 100):
 * two-space indentation, every object opened on its own lines, a list of plain values on one
 * line when the line fits and one value a line when it does not, and a trailing newline. A file
 * saved from the browser therefore passes `prettier --check` and diffs cleanly against the
 * hand-written ones.
 */

const PRINT_WIDTH = 100;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Columns a string takes, as Prettier counts them: East Asian wide characters count two. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    n +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return n;
}

function isContainer(v: Json): v is readonly Json[] | { readonly [key: string]: Json } {
  return v !== null && typeof v === 'object';
}

/**
 * `value` laid out at `indent`, where `prefix` columns of the line are already used and `suffix`
 * (a comma, or nothing) follows it on the same line.
 */
function layout(value: Json, indent: string, used: number, suffix: string): string {
  if (!isContainer(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value as readonly Json[];
    if (items.length === 0) return '[]';
    if (!items.some(isContainer)) {
      const flat = `[${items.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (used + width(flat) + suffix.length <= PRINT_WIDTH) return flat;
    }
    const lines = items.map((v, i) => {
      const comma = i < items.length - 1 ? ',' : '';
      return `${inner}${layout(v, inner, inner.length, comma)}${comma}`;
    });
    return `[\n${lines.join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as { readonly [key: string]: Json }).filter(
    ([, v]) => v !== undefined,
  );
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const head = `${inner}${JSON.stringify(k)}: `;
    return `${head}${layout(v, inner, width(head), comma)}${comma}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** A bundle file's text: `value` in graph-data's JSON style, ending in a newline. */
export function formatBundleJson(value: unknown): string {
  // Round-trip first so that undefined members and non-JSON values go exactly as JSON drops them.
  const plain = JSON.parse(JSON.stringify(value)) as Json;
  return `${layout(plain, '', 0, '')}\n`;
}
