/**
 * Type-to-jump, as in a native list: typing letters quickly moves to the next item whose label
 * starts with them; the same letter again steps on through the items starting with it.
 */

/** How long a pause ends what is being typed, in ms (what list boxes in desktop systems use). */
export const TYPEAHEAD_PAUSE_MS = 800;

/** Case and accents do not matter, nor runs of spaces ("peru" finds "Perú"). */
function key(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The item to jump to for what has been typed, or -1 when none starts with it. `current` is
 * the item the keyboard is on (-1 for none). A longer prefix keeps the current item if it
 * still matches; one letter, or the same letter repeated, moves on to the next match after it,
 * wrapping. A leading "the" is not needed: "c" finds "The Crown".
 */
export function typeaheadIndex(labels: readonly string[], typed: string, current: number): number {
  const q = key(typed);
  if (q === '' || labels.length === 0) return -1;
  const repeated = [...q].every((c) => c === q[0]);
  const prefix = repeated ? q[0]! : q;
  const starts = (i: number) => {
    const k = key(labels[i]!);
    return k.startsWith(prefix) || k.replace(/^the\s+/, '').startsWith(prefix);
  };
  const n = labels.length;
  const from = repeated ? current + 1 : Math.max(current, 0);
  for (let step = 0; step < n; step++) {
    const i = (((from + step) % n) + n) % n;
    if (starts(i)) return i;
  }
  return -1;
}

/** Collects keys typed in quick succession into the text to jump by. */
export class TypeaheadBuffer {
  private typed = '';
  private at = -Infinity;

  /** The text typed so far with `key` added, or null when `key` is not a letter to jump by. */
  push(key: string, now: number): string | null {
    // Letters and digits only (and a space or hyphen inside a name): "/" and "?" stay the page's.
    if (!/^[\p{L}\p{N} '-]$/u.test(key)) return null;
    if (now - this.at > TYPEAHEAD_PAUSE_MS) this.typed = '';
    // A space on its own is the key that toggles or chooses, not a letter.
    if (key === ' ' && this.typed === '') return null;
    this.at = now;
    this.typed += key;
    return this.typed;
  }
}
