/** The classification levels a portion marking can start with, lowest first; then the rest. */
export type MarkingLevel = 'U' | 'C' | 'S' | 'TS' | 'other';

/** The level a portion marking starts with, for colouring and ordering it: "S/NF" → "S". */
export function markingLevel(marking: string | null): MarkingLevel {
  if (marking === null) return 'other';
  const level = marking.split('/')[0]?.trim().toUpperCase() ?? '';
  if (level === 'U' || level === 'C' || level === 'S' || level === 'TS') return level;
  return 'other';
}

/** Unclassified first, Top Secret last, anything unrecognised after. */
export const MARKING_ORDER: Readonly<Record<MarkingLevel, number>> = {
  U: 0,
  C: 1,
  S: 2,
  TS: 3,
  other: 4,
};
