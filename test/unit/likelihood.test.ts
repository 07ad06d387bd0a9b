import { describe, expect, it } from 'vitest';
import { BANDS, bandForTerm, isHedged, TERM_BANDS } from '../../src/model/words/likelihood.ts';

describe('bandForTerm', () => {
  it('finds a term whatever its case and spacing', () => {
    expect(bandForTerm('Probably')).toBe('likely');
    expect(bandForTerm('  almost   certainly ')).toBe('almost-certain');
    expect(bandForTerm('not necessarily')).toBe('unquantified');
  });

  it('knows no term it was not given, prototype keys included', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(bandForTerm(key)).toBeUndefined();
    }
    expect(bandForTerm('perchance')).toBeUndefined();
  });

  it('maps every term of the table onto a band of the scale', () => {
    for (const [term, band] of Object.entries(TERM_BANDS)) {
      expect(bandForTerm(term)).toBe(band);
      expect(band === 'unquantified' || Object.hasOwn(BANDS, band)).toBe(true);
    }
  });
});

describe('isHedged', () => {
  it('holds a claim hedged below "likely" and when unquantified, not at or above it', () => {
    expect(isHedged(null)).toBe(false);
    expect(isHedged({ term: 'probably', band: 'likely' })).toBe(false);
    expect(isHedged({ term: 'almost certainly', band: 'almost-certain' })).toBe(false);
    expect(isHedged({ term: 'unlikely', band: 'unlikely' })).toBe(true);
    expect(isHedged({ term: 'may', band: 'unquantified' })).toBe(true);
  });
});
