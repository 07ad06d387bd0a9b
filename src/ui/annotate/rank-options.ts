/**
 * What a combobox of the annotation form offers, and in which order: the choices that match
 * what was typed, best first. A name that begins with the typed text beats one with a word
 * that does, which beats one that merely contains it; an alias counts a little less than the
 * name. Choices marked `near` (the actors the paragraph mentions) come first among equals, and
 * on top when nothing is typed.
 */

export interface ComboOption {
  readonly value: string;
  readonly label: string;
  /** Other words it answers to (an actor's aliases, a relation type's id). */
  readonly keywords?: readonly string[];
  /** Shown after the label, quieter: the kind, "in this paragraph". */
  readonly hint?: string;
  /** On top: an actor the paragraph mentions. */
  readonly near?: boolean;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** How well one name matches the typed text: 0 for not at all. */
function scoreName(name: string, query: string): number {
  const n = fold(name);
  if (n === query) return 100;
  if (n.startsWith(query)) return 80;
  if (n.split(/[\s\-–/.,()]+/u).some((w) => w.startsWith(query))) return 60;
  if (n.includes(query)) return 30;
  return 0;
}

/** How well an option matches `typed`, with the alias that matched when it was one. */
export function scoreOption(option: ComboOption, typed: string): number {
  const q = fold(typed);
  if (q === '') return 1;
  const byName = scoreName(option.label, q);
  const byKeyword = Math.max(0, ...(option.keywords ?? []).map((k) => scoreName(k, q) - 5));
  return Math.max(byName, byKeyword);
}

/** The options that match `typed`, best first, the paragraph's own first among equals. */
export function rankOptions(options: readonly ComboOption[], typed: string): ComboOption[] {
  return options
    .map((o, i) => ({ o, i, s: scoreOption(o, typed) + (o.near ? 10 : 0) }))
    .filter((x) => x.s > (x.o.near ? 10 : 0))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.o);
}

/** Whether `typed` names one of the options exactly (its label or a keyword). */
export function exactOption(options: readonly ComboOption[], typed: string): ComboOption | null {
  const q = fold(typed);
  if (q === '') return null;
  return (
    options.find((o) => fold(o.label) === q) ??
    options.find((o) => (o.keywords ?? []).some((k) => fold(k) === q)) ??
    null
  );
}
