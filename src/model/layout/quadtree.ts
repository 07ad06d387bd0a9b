/**
 * Barnes–Hut repulsion: a quadtree over the bodies, so that the repulsion of all bodies on one
 * costs O(log n) rather than O(n).
 */

/** Barnes–Hut opening criterion: a cell this wide seen from this far counts as one body. */
const THETA = 1.0;

const EMPTY = -1;
/** A leaf holding several bodies at (nearly) the same place: depth ran out. */
const MANY = -2;
const MAX_DEPTH = 40;

/** A quadtree over typed arrays, rebuilt every iteration without allocating. */
export class QuadTree {
  private capacity = 0;
  private count = 0;
  private child = new Int32Array(0);
  private body = new Int32Array(0);
  private mass = new Float64Array(0);
  private sumX = new Float64Array(0);
  private sumY = new Float64Array(0);
  private centreX = new Float64Array(0);
  private centreY = new Float64Array(0);
  private half = new Float64Array(0);
  private stack: Int32Array = new Int32Array(0);

  private grow(min: number): void {
    const capacity = Math.max(min, this.capacity * 2, 64);
    const copy = <T extends Int32Array | Float64Array>(
      old: T,
      make: (n: number) => T,
      k = 1,
    ): T => {
      const next = make(capacity * k);
      next.set(old);
      return next;
    };
    this.child = copy(this.child, (n) => new Int32Array(n), 4);
    this.body = copy(this.body, (n) => new Int32Array(n));
    this.mass = copy(this.mass, (n) => new Float64Array(n));
    this.sumX = copy(this.sumX, (n) => new Float64Array(n));
    this.sumY = copy(this.sumY, (n) => new Float64Array(n));
    this.centreX = copy(this.centreX, (n) => new Float64Array(n));
    this.centreY = copy(this.centreY, (n) => new Float64Array(n));
    this.half = copy(this.half, (n) => new Float64Array(n));
    this.capacity = capacity;
  }

  private cell(cx: number, cy: number, half: number): number {
    if (this.count === this.capacity) this.grow(this.count + 1);
    const c = this.count++;
    this.child.fill(EMPTY, 4 * c, 4 * c + 4);
    this.body[c] = EMPTY;
    this.mass[c] = 0;
    this.sumX[c] = 0;
    this.sumY[c] = 0;
    this.centreX[c] = cx;
    this.centreY[c] = cy;
    this.half[c] = half;
    return c;
  }

  private quadrant(c: number, x: number, y: number): number {
    return (x >= this.centreX[c]! ? 1 : 0) + (y >= this.centreY[c]! ? 2 : 0);
  }

  private childCell(c: number, q: number): number {
    const h = this.half[c]! / 2;
    return this.cell(this.centreX[c]! + (q & 1 ? h : -h), this.centreY[c]! + (q & 2 ? h : -h), h);
  }

  private add(c: number, b: number, xs: Float64Array, ys: Float64Array, m: Float64Array): void {
    this.mass[c]! += m[b]!;
    this.sumX[c]! += m[b]! * xs[b]!;
    this.sumY[c]! += m[b]! * ys[b]!;
  }

  private internal(c: number): boolean {
    const k = 4 * c;
    return (
      this.child[k] !== EMPTY ||
      this.child[k + 1] !== EMPTY ||
      this.child[k + 2] !== EMPTY ||
      this.child[k + 3] !== EMPTY
    );
  }

  build(xs: Float64Array, ys: Float64Array, m: Float64Array): void {
    const n = xs.length;
    if (this.capacity < 2 * n + 1) this.grow(2 * n + 1);
    if (this.stack.length < 4 * MAX_DEPTH + 8) this.stack = new Int32Array(4 * MAX_DEPTH + 8);
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < n; i++) {
      x1 = Math.min(x1, xs[i]!);
      x2 = Math.max(x2, xs[i]!);
      y1 = Math.min(y1, ys[i]!);
      y2 = Math.max(y2, ys[i]!);
    }
    this.count = 0;
    const root = this.cell((x1 + x2) / 2, (y1 + y2) / 2, Math.max(x2 - x1, y2 - y1, 1) / 2 + 1);
    for (let b = 0; b < n; b++) {
      let c = root;
      let depth = 0;
      this.add(c, b, xs, ys, m);
      for (;;) {
        if (this.internal(c)) {
          const q = this.quadrant(c, xs[b]!, ys[b]!);
          let next = this.child[4 * c + q]!;
          if (next === EMPTY) {
            next = this.childCell(c, q);
            this.child[4 * c + q] = next;
            this.body[next] = b;
            this.add(next, b, xs, ys, m);
            break;
          }
          c = next;
          depth++;
          this.add(c, b, xs, ys, m);
          continue;
        }
        if (this.body[c] === EMPTY) {
          // Only the root starts as an empty leaf.
          this.body[c] = b;
          break;
        }
        if (depth >= MAX_DEPTH || this.body[c] === MANY) {
          this.body[c] = MANY;
          break;
        }
        // Split: the body already here moves one level down; the loop then places b.
        const old = this.body[c]!;
        this.body[c] = EMPTY;
        const q = this.quadrant(c, xs[old]!, ys[old]!);
        const next = this.childCell(c, q);
        this.child[4 * c + q] = next;
        this.body[next] = old;
        this.add(next, old, xs, ys, m);
      }
    }
  }

  /**
   * Adds to (fx, fy)[i] the repulsion of every other body on body i: strength·m_i·m_j / d in
   * the direction away from j, cells far enough away counting as one body at their centre of mass.
   */
  repel(
    i: number,
    xs: Float64Array,
    ys: Float64Array,
    m: Float64Array,
    strength: number,
    fx: Float64Array,
    fy: Float64Array,
  ): void {
    const x = xs[i]!;
    const y = ys[i]!;
    const theta2 = THETA * THETA;
    let stack: Int32Array = this.stack;
    let top = 0;
    stack[top++] = 0;
    let sx = 0;
    let sy = 0;
    while (top > 0) {
      const c = stack[--top]!;
      const mass = this.mass[c]!;
      if (mass === 0) continue;
      const b = this.body[c]!;
      if (b === i) continue;
      const cx = this.sumX[c]! / mass;
      const cy = this.sumY[c]! / mass;
      const dx = x - cx;
      const dy = y - cy;
      const d2 = dx * dx + dy * dy;
      const leaf = b !== EMPTY;
      if (!leaf) {
        const size = 2 * this.half[c]!;
        if (size * size >= theta2 * d2) {
          for (let k = 4 * c; k < 4 * c + 4; k++) {
            const ch = this.child[k]!;
            if (ch !== EMPTY) {
              if (top === stack.length) stack = this.stack = this.growStack();
              stack[top++] = ch;
            }
          }
          continue;
        }
      }
      if (d2 < 1e-9) continue;
      // strength·m_i·M/d along the unit vector (dx, dy)/d.
      const f = (strength * mass) / d2;
      sx += dx * f;
      sy += dy * f;
    }
    fx[i]! += sx * m[i]!;
    fy[i]! += sy * m[i]!;
  }

  private growStack(): Int32Array {
    const next = new Int32Array(this.stack.length * 2);
    next.set(this.stack);
    return next;
  }
}
