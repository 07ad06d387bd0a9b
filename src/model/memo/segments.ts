/** A stretch of a paragraph's text by its offsets (UTF-16 code units, end exclusive). */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** The layers drawn over a paragraph's text. Offsets are the paragraph's own (UTF-16). */
export interface SegmentLayers {
  /** The quote of the highlighted relation: outermost, so it stays one `<mark>`. */
  readonly mark: OffsetRange | null;
  /** Never overlapping; split only where the mark begins or ends inside one. */
  readonly mentions: readonly OffsetRange[];
  /** Innermost. */
  readonly redactions: readonly OffsetRange[];
  /** Page breaks inside the text (0 < offset); drawn between characters, taking none. */
  readonly breaks: readonly { readonly offset: number; readonly page: number }[];
}

/** A piece of the rendering: text by offsets, a page break, or a layer element around pieces. */
export type Segment =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'break'; readonly offset: number; readonly page: number }
  | {
      readonly kind: 'mark' | 'mention' | 'redaction';
      /** Index into the layer's list (for the mark: 0). */
      readonly ref: number;
      readonly children: readonly Segment[];
    };

const LEVELS = ['mark', 'mention', 'redaction'] as const;

interface Atom {
  readonly leaf: Segment;
  /** Per level, the index of the range covering this atom, or -1. */
  readonly refs: readonly [number, number, number];
}

/**
 * Cuts `[0, length)` into a tree of segments so that every layer can be drawn as nested
 * elements without ever changing an offset: the leaves, read in order, are exactly the text.
 * The mark is outermost (one element even across a page break), mentions inside it and
 * redactions innermost; where ranges of different layers cross, the inner one is split.
 */
export function buildSegments(length: number, layers: SegmentLayers): readonly Segment[] {
  const clampRange = (r: OffsetRange): OffsetRange | null => {
    const start = Math.max(0, Math.min(length, r.start));
    const end = Math.max(start, Math.min(length, r.end));
    return end > start ? { start, end } : null;
  };
  const levels: (OffsetRange | null)[][] = [
    layers.mark ? [clampRange(layers.mark)] : [],
    layers.mentions.map(clampRange),
    layers.redactions.map(clampRange),
  ];
  const covering = (level: number, at: number, strict: boolean): number =>
    levels[level]!.findIndex(
      (r) => r !== null && (strict ? r.start < at : r.start <= at) && at < r.end,
    );

  const cuts = new Set<number>([0, length]);
  for (const level of levels) {
    for (const r of level) {
      if (r) {
        cuts.add(r.start);
        cuts.add(r.end);
      }
    }
  }
  // After the first character, never past the last: an empty text has no room for either.
  const breaks = layers.breaks
    .map((b) => ({ offset: Math.min(length, Math.max(1, b.offset)), page: b.page }))
    .sort((a, b) => a.offset - b.offset);
  for (const b of breaks) cuts.add(b.offset);
  const points = [...cuts].sort((a, b) => a - b);

  const atoms: Atom[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    for (const b of breaks) {
      if (b.offset !== at) continue;
      atoms.push({
        leaf: { kind: 'break', offset: b.offset, page: b.page },
        refs: [covering(0, at, true), covering(1, at, true), covering(2, at, true)],
      });
    }
    const next = points[i + 1];
    if (next !== undefined && next > at) {
      atoms.push({
        leaf: { kind: 'text', start: at, end: next },
        refs: [covering(0, at, false), covering(1, at, false), covering(2, at, false)],
      });
    }
  }
  return group(atoms, 0);
}

function group(atoms: readonly Atom[], level: number): Segment[] {
  if (level === LEVELS.length) return atoms.map((a) => a.leaf);
  const out: Segment[] = [];
  for (let i = 0; i < atoms.length;) {
    const ref = atoms[i]!.refs[level as 0 | 1 | 2];
    let j = i + 1;
    while (j < atoms.length && atoms[j]!.refs[level as 0 | 1 | 2] === ref) j++;
    const run = atoms.slice(i, j);
    if (ref === -1) out.push(...group(run, level + 1));
    else out.push({ kind: LEVELS[level]!, ref, children: group(run, level + 1) });
    i = j;
  }
  return out;
}
