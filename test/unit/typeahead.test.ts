import { describe, expect, it } from 'vitest';
import { TypeaheadBuffer, typeaheadIndex } from '../../src/model/explorer/typeahead.ts';

const labels = ['MRTA', 'Cuba', 'The Crown', 'Fidel Castro', 'cuba again', 'Perú'];

describe('typeaheadIndex', () => {
  it('jumps to the next label starting with the letter, wrapping, the same letter stepping on', () => {
    expect(typeaheadIndex(labels, 'c', -1)).toBe(1);
    expect(typeaheadIndex(labels, 'c', 1)).toBe(2);
    expect(typeaheadIndex(labels, 'cc', 2)).toBe(4);
    expect(typeaheadIndex(labels, 'c', 4)).toBe(1);
  });

  it('keeps the current item while a longer prefix still matches it', () => {
    expect(typeaheadIndex(labels, 'cu', 1)).toBe(1);
    expect(typeaheadIndex(labels, 'cr', 1)).toBe(2);
    expect(typeaheadIndex(labels, 'fid', 0)).toBe(3);
  });

  it('ignores case, accents and a leading "the", and says when nothing matches', () => {
    expect(typeaheadIndex(labels, 'peru', 0)).toBe(5);
    expect(typeaheadIndex(labels, 'crow', 0)).toBe(2);
    expect(typeaheadIndex(labels, 'z', 0)).toBe(-1);
    expect(typeaheadIndex([], 'a', -1)).toBe(-1);
  });
});

describe('TypeaheadBuffer', () => {
  it('joins quick keys, starts again after a pause, and ignores keys that are not letters', () => {
    const b = new TypeaheadBuffer();
    expect(b.push('c', 0)).toBe('c');
    expect(b.push('u', 100)).toBe('cu');
    expect(b.push('b', 2000)).toBe('b');
    expect(b.push('ArrowDown', 2100)).toBeNull();
    expect(b.push(' ', 5000)).toBeNull();
    expect(b.push('/', 5100)).toBeNull();
    expect(b.push('?', 5200)).toBeNull();
    expect(b.push('f', 5300)).toBe('f');
    expect(b.push(' ', 5400)).toBe('f ');
  });
});
