/** Abbreviations used in portion markings and banners, spelled out. */
const MARKING_WORDS: ReadonlyMap<string, string> = new Map([
  ['U', 'UNCLASSIFIED'],
  ['C', 'CONFIDENTIAL'],
  ['S', 'SECRET'],
  ['TS', 'TOP SECRET'],
  ['NF', 'NOFORN'],
  ['OC', 'ORCON'],
  ['PR', 'PROPIN'],
  ['WN', 'WNINTEL'],
  ['SI', 'SPECIAL INTELLIGENCE'],
  ['TK', 'TALENT KEYHOLE'],
  ['LOU', 'LIMITED OFFICIAL USE'],
  ['FOUO', 'FOR OFFICIAL USE ONLY'],
]);

/**
 * A portion marking spelled out for a screen reader: "S/NF" → "SECRET/NOFORN". Parts it does
 * not know are kept as printed.
 */
export function spellMarking(marking: string): string {
  return marking
    .split(/(\/+|,\s*|\s+)/)
    .map((part) => MARKING_WORDS.get(part.toUpperCase()) ?? part)
    .join('');
}
