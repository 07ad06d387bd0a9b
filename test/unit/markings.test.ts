import { describe, expect, it } from 'vitest';
import { spellMarking } from '../../src/model/memo/markings.ts';

describe('spellMarking', () => {
  it('spells out portion markings, keeping parts it does not know', () => {
    expect(spellMarking('U')).toBe('UNCLASSIFIED');
    expect(spellMarking('C')).toBe('CONFIDENTIAL');
    expect(spellMarking('S/NF')).toBe('SECRET/NOFORN');
    expect(spellMarking('TS//SI/NF')).toBe('TOP SECRET//SPECIAL INTELLIGENCE/NOFORN');
    expect(spellMarking('S/XYZ')).toBe('SECRET/XYZ');
  });

  it('reads parts in any case and keeps every separator as printed', () => {
    expect(spellMarking('s/nf')).toBe('SECRET/NOFORN');
    expect(spellMarking('C, FOUO')).toBe('CONFIDENTIAL, FOR OFFICIAL USE ONLY');
    expect(spellMarking('S//REL TO USA')).toBe('SECRET//REL TO USA');
    expect(spellMarking('')).toBe('');
  });

  it('is not fooled by the names of Object.prototype', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(spellMarking(key)).toBe(key);
      expect(spellMarking(key.toUpperCase())).toBe(key.toUpperCase());
      expect(spellMarking(`S/${key}`)).toBe(`SECRET/${key}`);
    }
  });
});
