/**
 * Where every member of every object and array begins, kept while parsing so that any value can
 * be located afterwards.
 */

/** A growable Int32Array: millions of offsets without millions of small arrays to collect. */
export class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  append(from: Int32Array, start: number, end: number): void {
    const needed = this.length + end - start;
    if (needed > this.data.length) {
      const bigger = new Int32Array(Math.max(needed, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(from.subarray(start, end), this.length);
    this.length = needed;
  }
}

/**
 * Where every member of every object and array begins, in flat tables beside the values rather
 * than in a map keyed by them (a WeakMap of a million objects costs more than the parsing).
 * Each container's members are stored contiguously, three numbers each: where the key begins
 * (the item itself, for arrays), where the value begins, and the value's own container number, or
 * -1 when it is not a container. Keys are not kept: the rare lookup reads them back from the text.
 */
export class Layouts {
  readonly members = new IntList();
  /** Per container: first member, member count, and 1 for an array or 0 for an object. */
  readonly containers = new IntList();
  /** Members of containers still open, innermost last. */
  readonly open = new IntList();

  close(base: number, isArray: boolean): number {
    const open = this.open;
    const id = this.containers.length / 3;
    this.containers.push(this.members.length / 3);
    this.containers.push((open.length - base) / 3);
    this.containers.push(isArray ? 1 : 0);
    this.members.append(open.data, base, open.length);
    open.length = base;
    return id;
  }
}
