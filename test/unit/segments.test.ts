import { describe, expect, it } from 'vitest';
import {
  buildSegments,
  type OffsetRange,
  type Segment,
  type SegmentLayers,
} from '../../src/model/memo/segments.ts';
import { mulberry32, Random } from '../../src/model/common/random.ts';

/** Reads a tree back as text, with [kind ...] around layers and | for breaks. */
function show(text: string, segs: readonly Segment[]): string {
  return segs
    .map((s) => {
      if (s.kind === 'text') return text.slice(s.start, s.end);
      if (s.kind === 'break') return '|';
      return `[${s.kind[0]}${s.ref} ${show(text, s.children)}]`;
    })
    .join('');
}

const text = 'The Front holds the envoys in the old embassy.';

function layers(partial: Partial<SegmentLayers>): SegmentLayers {
  return { mark: null, mentions: [], redactions: [], breaks: [], ...partial };
}

describe('buildSegments', () => {
  it('cuts text into leaves that read back as the text, layers nested', () => {
    const segs = buildSegments(text.length, {
      mark: { start: 0, end: 26 },
      mentions: [
        { start: 0, end: 9 },
        { start: 16, end: 26 },
      ],
      redactions: [],
      breaks: [],
    });
    expect(show(text, segs)).toBe('[m0 [m0 The Front] holds [m1 the envoys]] in the old embassy.');
  });

  it('keeps the mark whole and splits a mention that crosses its edge', () => {
    const segs = buildSegments(text.length, {
      mark: { start: 4, end: 15 },
      mentions: [{ start: 0, end: 9 }],
      redactions: [],
      breaks: [],
    });
    expect(show(text, segs)).toBe('[m0 The ][m0 [m0 Front] holds] the envoys in the old embassy.');
    // The structure shows it better: a mention element before the mark and one inside it.
    expect(segs.map((s) => s.kind)).toEqual(['mention', 'mark', 'text']);
  });

  it('puts a page break between characters, inside the layers that span it', () => {
    const segs = buildSegments(text.length, {
      mark: { start: 10, end: 26 },
      mentions: [{ start: 16, end: 26 }],
      redactions: [],
      breaks: [
        { offset: 16, page: 2 },
        { offset: 20, page: 3 },
      ],
    });
    expect(show(text, segs)).toBe('The Front [m0 holds |[m0 the |envoys]] in the old embassy.');
  });

  it('nests a redaction inside a mark and clamps ranges to the text', () => {
    const t = 'A [redacted] report';
    const segs = buildSegments(t.length, {
      mark: { start: 2, end: 99 },
      mentions: [],
      redactions: [{ start: 2, end: 12 }],
      breaks: [],
    });
    expect(show(t, segs)).toBe('A [m0 [r0 [redacted]] report]');
  });
});

describe('buildSegments where layers overlap', () => {
  it('splits a mention around a mark that lies inside it, in three pieces of one name', () => {
    const segs = buildSegments(
      text.length,
      layers({ mark: { start: 4, end: 6 }, mentions: [{ start: 0, end: 9 }] }),
    );
    expect(show(text, segs)).toBe(
      '[m0 The ][m0 [m0 Fr]][m0 ont] holds the envoys in the old embassy.',
    );
    expect(segs).toEqual([
      { kind: 'mention', ref: 0, children: [{ kind: 'text', start: 0, end: 4 }] },
      {
        kind: 'mark',
        ref: 0,
        children: [{ kind: 'mention', ref: 0, children: [{ kind: 'text', start: 4, end: 6 }] }],
      },
      { kind: 'mention', ref: 0, children: [{ kind: 'text', start: 6, end: 9 }] },
      { kind: 'text', start: 9, end: 46 },
    ]);
  });

  it('keeps one mark from inside one name to inside the next, splitting both names', () => {
    const segs = buildSegments(
      text.length,
      layers({
        mark: { start: 4, end: 20 },
        mentions: [
          { start: 0, end: 9 },
          { start: 16, end: 26 },
        ],
      }),
    );
    expect(show(text, segs)).toBe(
      '[m0 The ][m0 [m0 Front] holds [m1 the ]][m1 envoys] in the old embassy.',
    );
    expect(segs.filter((s) => s.kind === 'mark')).toHaveLength(1);
  });

  it('splits a redaction that crosses the edge of the mark, keeping the mark one element', () => {
    const segs = buildSegments(
      text.length,
      layers({ mark: { start: 6, end: 20 }, redactions: [{ start: 4, end: 9 }] }),
    );
    expect(show(text, segs)).toBe('The [r0 Fr][m0 [r0 ont] holds the ]envoys in the old embassy.');
  });

  it('splits a redaction that crosses the end of a name, the redaction innermost', () => {
    const segs = buildSegments(
      text.length,
      layers({ mentions: [{ start: 0, end: 6 }], redactions: [{ start: 4, end: 9 }] }),
    );
    expect(show(text, segs)).toBe('[m0 The [r0 Fr]][r0 ont] holds the envoys in the old embassy.');
  });

  it('nests mark, mention and redaction in that order when they cover the same text', () => {
    const span = { start: 4, end: 9 };
    const segs = buildSegments(
      text.length,
      layers({ mark: span, mentions: [span], redactions: [span] }),
    );
    expect(show(text, segs)).toBe('The [m0 [m0 [r0 Front]]] holds the envoys in the old embassy.');
  });
});

describe('buildSegments with page breaks', () => {
  it('puts a break inside the name it falls in, splitting no element', () => {
    const segs = buildSegments(
      text.length,
      layers({ mentions: [{ start: 4, end: 9 }], breaks: [{ offset: 6, page: 2 }] }),
    );
    expect(show(text, segs)).toBe('The [m0 Fr|ont] holds the envoys in the old embassy.');
    expect(segs[1]).toEqual({
      kind: 'mention',
      ref: 0,
      children: [
        { kind: 'text', start: 4, end: 6 },
        { kind: 'break', offset: 6, page: 2 },
        { kind: 'text', start: 6, end: 9 },
      ],
    });
  });

  it('leaves a break at the very start or end of a name outside it', () => {
    const segs = buildSegments(
      text.length,
      layers({
        mentions: [{ start: 4, end: 9 }],
        breaks: [
          { offset: 4, page: 2 },
          { offset: 9, page: 3 },
        ],
      }),
    );
    expect(show(text, segs)).toBe('The |[m0 Front]| holds the envoys in the old embassy.');
  });

  it('puts a break inside a redaction inside the mark', () => {
    const segs = buildSegments(
      text.length,
      layers({
        mark: { start: 0, end: 15 },
        redactions: [{ start: 4, end: 9 }],
        breaks: [{ offset: 6, page: 2 }],
      }),
    );
    expect(show(text, segs)).toBe('[m0 The [r0 Fr|ont] holds] the envoys in the old embassy.');
  });

  it('orders breaks by offset and keeps breaks at one offset in the order given', () => {
    const segs = buildSegments(
      text.length,
      layers({
        breaks: [
          { offset: 10, page: 3 },
          { offset: 4, page: 2 },
          { offset: 10, page: 4 },
        ],
      }),
    );
    expect(segs).toEqual([
      { kind: 'text', start: 0, end: 4 },
      { kind: 'break', offset: 4, page: 2 },
      { kind: 'text', start: 4, end: 10 },
      { kind: 'break', offset: 10, page: 3 },
      { kind: 'break', offset: 10, page: 4 },
      { kind: 'text', start: 10, end: 46 },
    ]);
  });
});

describe('buildSegments with empty and out-of-range ranges', () => {
  it('draws nothing for empty or reversed ranges, and keeps the others’ indices', () => {
    const segs = buildSegments(
      text.length,
      layers({
        mark: { start: 5, end: 5 },
        mentions: [
          { start: 3, end: 3 },
          { start: 4, end: 9 },
          { start: 20, end: 16 },
        ],
        redactions: [{ start: 9, end: 9 }],
      }),
    );
    // The name is still the second of the list: the reader looks its actor up by that index.
    expect(segs).toEqual([
      { kind: 'text', start: 0, end: 4 },
      { kind: 'mention', ref: 1, children: [{ kind: 'text', start: 4, end: 9 }] },
      { kind: 'text', start: 9, end: 46 },
    ]);
  });

  it('gives an empty text no segments', () => {
    expect(buildSegments(0, layers({ mark: { start: 0, end: 4 } }))).toEqual([]);
  });

  it('never draws text past the end of an empty text, even with a page break in it', () => {
    const segs = buildSegments(0, layers({ breaks: [{ offset: 3, page: 2 }] }));
    expect(segs.filter((s) => s.kind === 'text')).toEqual([]);
    expect(segs).toEqual([{ kind: 'break', offset: 0, page: 2 }]);
  });

  it('clamps ranges to the text and drops those wholly outside it', () => {
    const segs = buildSegments(
      text.length,
      layers({
        mark: { start: -5, end: 3 },
        mentions: [
          { start: 40, end: 99 },
          { start: 60, end: 70 },
        ],
        redactions: [{ start: -3, end: -1 }],
      }),
    );
    expect(segs).toEqual([
      { kind: 'mark', ref: 0, children: [{ kind: 'text', start: 0, end: 3 }] },
      { kind: 'text', start: 3, end: 40 },
      { kind: 'mention', ref: 0, children: [{ kind: 'text', start: 40, end: 46 }] },
    ]);
  });

  it('moves a break before the first character after it, and one past the end to the end', () => {
    const segs = buildSegments(
      text.length,
      layers({
        mark: { start: 0, end: 3 },
        breaks: [
          { offset: 0, page: 2 },
          { offset: -4, page: 3 },
          { offset: 99, page: 4 },
        ],
      }),
    );
    expect(show(text, segs)).toBe('[m0 T||he] Front holds the envoys in the old embassy.|');
    expect(segs.at(-1)).toEqual({ kind: 'break', offset: 46, page: 4 });
  });
});

describe('buildSegments on generated layers', () => {
  /** Up to `max` ranges in [0, length), none overlapping, some sticking out of the text. */
  function disjoint(random: Random, length: number, max: number): OffsetRange[] {
    const out: OffsetRange[] = [];
    let at = random.between(-3, 4);
    for (let k = random.int(max + 1); k > 0 && at < length + 3; k--) {
      const start = at + random.int(6);
      const end = start + random.between(0, 9);
      out.push({ start, end });
      at = end + random.int(3);
    }
    return out;
  }

  interface Leaf {
    readonly leaf: Segment;
    /** The layers around the leaf, outermost first. */
    readonly path: readonly { kind: string; ref: number }[];
  }

  function leaves(segs: readonly Segment[], path: Leaf['path'] = []): Leaf[] {
    return segs.flatMap((s) =>
      s.kind === 'text' || s.kind === 'break'
        ? [{ leaf: s, path }]
        : leaves(s.children, [...path, { kind: s.kind, ref: s.ref }]),
    );
  }

  it('reads back as the text, each piece inside exactly the ranges that hold it', () => {
    const random = new Random(mulberry32(7));
    for (let round = 0; round < 300; round++) {
      const length = random.between(0, 40);
      const mark = random.chance(0.7) ? (disjoint(random, length, 1)[0] ?? null) : null;
      const mentions = disjoint(random, length, 5);
      const redactions = disjoint(random, length, 3);
      const breaks = Array.from({ length: random.int(3) }, (_, i) => ({
        offset: random.between(1, Math.max(1, length - 1)),
        page: i + 2,
      }));
      const all = leaves(buildSegments(length, { mark, mentions, redactions, breaks }));
      const context = JSON.stringify({ length, mark, mentions, redactions, breaks });

      // Leaves in order: text pieces tile [0, length); a break stands where its offset is.
      let at = 0;
      for (const { leaf } of all) {
        if (leaf.kind === 'text') {
          expect(leaf.start, context).toBe(at);
          expect(leaf.end, context).toBeGreaterThan(leaf.start);
          at = leaf.end;
        } else if (leaf.kind === 'break') {
          expect(leaf.offset, context).toBe(at);
        }
      }
      expect(at, context).toBe(length);

      // Each leaf sits in exactly the ranges that hold it, outermost layer first; a break only
      // in those that go on past it on both sides.
      for (const { leaf, path } of all) {
        const holds = (range: OffsetRange): boolean => {
          const r = { start: Math.max(0, range.start), end: Math.min(length, range.end) };
          if (leaf.kind === 'text') return r.start <= leaf.start && leaf.start < r.end;
          return leaf.kind === 'break' && r.start < leaf.offset && leaf.offset < r.end;
        };
        const expected = [
          ...(mark && holds(mark) ? [{ kind: 'mark', ref: 0 }] : []),
          ...mentions.flatMap((r, ref) => (holds(r) ? [{ kind: 'mention', ref }] : [])),
          ...redactions.flatMap((r, ref) => (holds(r) ? [{ kind: 'redaction', ref }] : [])),
        ];
        expect(path, context).toEqual(expected);
      }

      const drawn = all.flatMap(({ leaf }) => (leaf.kind === 'break' ? [leaf.page] : []));
      const byOffset = [...breaks].sort((a, b) => a.offset - b.offset).map((b) => b.page);
      expect(drawn, context).toEqual(byOffset);
    }
  });
});
