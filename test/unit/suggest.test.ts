import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from '../../src/model/json/suggest.ts';

describe('nearest', () => {
  const ids = ['mrta', 'fujimori', 'japan', 'japanese-ambassador', 'cuba', 'sendero-luminoso'];

  it('finds the id meant despite a slip', () => {
    expect(nearest('mrtaa', ids)).toBe('mrta');
    expect(nearest('mrat', ids)).toBe('mrta');
    expect(nearest('fujimoro', ids)).toBe('fujimori');
    expect(nearest('Japan', ids)).toBe('japan');
    expect(nearest('sendero-luminosso', ids)).toBe('sendero-luminoso');
  });

  it('suggests nothing when nothing is close', () => {
    expect(nearest('castro', ids)).toBeUndefined();
    expect(nearest('x', ids)).toBeUndefined();
    expect(nearest('mrta', [])).toBeUndefined();
  });

  it('words the hint for a message', () => {
    expect(didYouMean('cubaa', ids)).toBe(' (did you mean "cuba"?)');
    expect(didYouMean('peru', ids)).toBe('');
  });
});
