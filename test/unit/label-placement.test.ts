import { describe, expect, it } from 'vitest';
import {
  estimateLabelSize,
  labelBox,
  placeLabels,
  segmentCrossesBox,
  type LabelledNode,
} from '../../src/model/layout/label-placement.ts';

const node = (id: string, x: number, y: number, priority = 0, w = 60, h = 16): LabelledNode => ({
  id,
  x,
  y,
  size: 20,
  w,
  h,
  priority,
});

describe('label placement', () => {
  it('puts a label below its node when there is room', () => {
    const { places, hidden } = placeLabels([node('a', 0, 0)], []);
    expect(places.get('a')).toBe('b');
    expect(hidden).toEqual([]);
    expect(labelBox(node('a', 0, 0), 'b')).toEqual({ x1: -30, y1: 14, x2: 30, y2: 30 });
  });

  it('moves a label off a relation that runs under its node', () => {
    // A relation straight down from a: below is crossed, above is free.
    const { places } = placeLabels(
      [node('a', 0, 0), node('b', 0, 300)],
      [{ source: 'a', target: 'b' }],
    );
    expect(places.get('a')).toBe('t');
    expect(places.get('b')).toBe('b');
  });

  it('never lets two labels overlap: the less connected moves, or hides', () => {
    const nodes = [node('hub', 0, 0, 10), node('leaf', 0, 30, 1)];
    const { places, boxes } = placeLabels(nodes, []);
    const a = boxes.get('hub')!;
    const b = boxes.get('leaf')!;
    expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    // The leaf's node sits right below the hub, so the hub's label goes above it.
    expect(places.get('hub')).toBe('t');

    // Boxed in on every side: hidden, and the important one keeps its label.
    const crowd = [node('hub', 0, 0, 10)];
    for (let i = 0; i < 8; i++) {
      const angle = (i * Math.PI) / 4;
      crowd.push(node(`n${i}`, 60 * Math.cos(angle), 60 * Math.sin(angle), 0, 200, 60));
    }
    const result = placeLabels(crowd, []);
    expect(result.places.has('hub')).toBe(true);
    expect(result.hidden.length).toBeGreaterThan(0);
    expect(result.places.size + result.hidden.length).toBe(crowd.length);
  });

  it('keeps labels inside the bounds it is given', () => {
    const { places, hidden } = placeLabels([node('a', 0, 0)], [], {
      x1: -40,
      y1: -100,
      x2: 40,
      y2: 12,
    });
    expect(places.get('a')).toBe('t');
    expect(placeLabels([node('a', 0, 0)], [], { x1: -5, y1: -5, x2: 5, y2: 5 }).hidden).toEqual([
      'a',
    ]);
    expect(hidden).toEqual([]);
  });

  it('tells whether a segment passes through a box', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(segmentCrossesBox(-5, 5, 15, 5, box)).toBe(true);
    expect(segmentCrossesBox(-5, -5, -1, 20, box)).toBe(false);
    expect(segmentCrossesBox(5, 5, 6, 6, box)).toBe(true);
    expect(segmentCrossesBox(-10, 0, 0, -10, box)).toBe(false);
  });

  it('estimates a wrapped label’s box', () => {
    const one = estimateLabelSize('MRTA', 20, 180);
    const three = estimateLabelSize('International Committee of the Red Cross', 20, 180);
    expect(one.h).toBeCloseTo(25 + 9);
    expect(three.h).toBeGreaterThanOrEqual(2 * 25 + 9);
    expect(three.w).toBeLessThanOrEqual(180 + 9);
  });

  it('places thousands of labels in one pass', () => {
    const nodes: LabelledNode[] = [];
    for (let i = 0; i < 2000; i++)
      nodes.push(node(`a${i}`, (i % 50) * 90, Math.floor(i / 50) * 60, i % 7));
    const edges = nodes.slice(1).map((n, i) => ({ source: nodes[i]!.id, target: n.id }));
    const { places, hidden } = placeLabels(nodes, edges);
    expect(places.size + hidden.length).toBe(2000);
    expect(places.size).toBeGreaterThan(1000);
  });
});
