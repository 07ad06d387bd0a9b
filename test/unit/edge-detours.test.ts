import { describe, expect, it } from 'vitest';
import { edgeDetours } from '../../src/model/layout/edge-detours.ts';

const n = (id: string, x: number, y: number, r = 10) => ({ id, x, y, r });

describe('relations drawn around actors they do not join', () => {
  it('bends a line that passes through another actor, away from it, just enough', () => {
    const nodes = [n('a', 0, 0), n('b', 400, 0), n('c', 200, 5)];
    const detours = edgeDetours(nodes, [{ id: 'ab', source: 'a', target: 'b' }]);
    const d = detours.get('ab')!;
    // c sits a little to the right-hand side (+y): the bend goes the other way.
    expect(d.distance).toBeLessThan(0);
    expect(d.control.x).toBeCloseTo(200);
    // The curve passes c with room: at its middle it is half the control distance off the line,
    // on the side away from c.
    expect(Math.abs(d.distance) / 2 + 5).toBeGreaterThanOrEqual(10 + 10);
  });

  it('leaves a clear line straight, and ignores the relation’s own ends', () => {
    const nodes = [n('a', 0, 0), n('b', 400, 0), n('c', 200, 100)];
    expect(edgeDetours(nodes, [{ id: 'ab', source: 'a', target: 'b' }]).size).toBe(0);
    expect(edgeDetours(nodes, [{ id: 'x', source: 'a', target: 'nobody' }]).size).toBe(0);
  });

  it('clears a row of actors, as in the grid layout', () => {
    const row = Array.from({ length: 6 }, (_, i) => n(`r${i}`, i * 170, 0, 20));
    const detours = edgeDetours(row, [{ id: 'e', source: 'r0', target: 'r5' }]);
    const { control } = detours.get('e')!;
    const s = row[0]!;
    const t = row[5]!;
    for (let i = 1; i < 50; i++) {
      const u = i / 50;
      const x = (1 - u) ** 2 * s.x + 2 * u * (1 - u) * control.x + u * u * t.x;
      const y = (1 - u) ** 2 * s.y + 2 * u * (1 - u) * control.y + u * u * t.y;
      for (const m of row.slice(1, 5))
        expect(Math.hypot(x - m.x, y - m.y)).toBeGreaterThanOrEqual(m.r);
    }
  });
});
