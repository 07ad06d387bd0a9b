import { describe, expect, it } from 'vitest';
import { exemptionMeaning } from '../../src/model/memo/exemptions.ts';

describe('exemptionMeaning', () => {
  it('knows what a FOIA exemption withholds', () => {
    expect(exemptionMeaning('B1')).toMatch(/national defense or foreign policy/);
    expect(exemptionMeaning('(b)(6)')).toBe('personal privacy');
    expect(exemptionMeaning('X9')).toBeNull();
  });

  it('reads the printed forms of a code, sub-paragraphs included', () => {
    expect(exemptionMeaning(' b3 ')).toBe('exempted from disclosure by another statute');
    expect(exemptionMeaning('(b) (5)')).toBe(
      'privileged inter-agency or intra-agency communication',
    );
    expect(exemptionMeaning('(b)(7)(C)')).toBe('law enforcement records');
    expect(exemptionMeaning('B9')).toBe('geological information on wells');
  });

  it('says null for what is not one of the nine exemptions', () => {
    expect(exemptionMeaning('B0')).toBeNull();
    expect(exemptionMeaning('25X1')).toBeNull();
    expect(exemptionMeaning('')).toBeNull();
  });

  it('is not fooled by the names of Object.prototype', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(exemptionMeaning(key)).toBeNull();
      expect(exemptionMeaning(`(b)(${key})`)).toBeNull();
    }
  });
});
