import type { Random } from '../common/random.ts';

/**
 * Made-up names strung together from syllables, so the corpus cites no real person or group
 * (a chance resemblance aside).
 */

// Mostly single consonants and plain vowels, so names stay short and sayable ("Velmora",
// "Dorasek", "Tamiko"); clusters and diphthongs are rarer spice.
const ONSETS = [
  'b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z',
  'b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v',
  'br', 'dr', 'kr', 'tr', 'st', 'h', 'j', 'sh',
]; // prettier-ignore
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'a', 'i', 'ai', 'ei'];
const MIDDLE_CODAS = ['', '', '', '', '', '', 'l', 'n', 'r', 's'];
const FINAL_CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'sk', 'th', 'v'];

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A pronounceable made-up word of 2 or 3 syllables and at most 9 letters: "Velmora", "Dorasek". */
export function root(r: Random, syllables?: number): string {
  for (;;) {
    const count = syllables ?? (r.chance(0.6) ? 2 : 3);
    let word = '';
    for (let i = 0; i < count; i++) {
      word += r.pick(ONSETS) + r.pick(VOWELS);
      word += i === count - 1 ? r.pick(FINAL_CODAS) : r.pick(MIDDLE_CODAS);
    }
    if (word.length <= 9) return capitalise(word);
  }
}

/** The adjective of a place name: "Velmora" → "Velmoran", "Tessin" → "Tessinian". */
export function adjective(place: string): string {
  return /[aeiou]$/.test(place) ? `${place}n` : `${place}ian`;
}

/** "Oruma Liberation Front" → "OLF"; null when the name is one word. */
export function acronym(name: string): string | null {
  const words = name.split(' ').filter((w) => /^[A-Z]/.test(w));
  if (words.length < 2 || words.length > 5) return null;
  return words.map((w) => w.charAt(0)).join('');
}
