import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import { escapeControls, formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import { changed, fullDataset } from '../fixtures/datasets.ts';

/** Text fields are the user's text: none may act on a terminal or reorder what a page shows. */
describe('escapeControls', () => {
  it('writes acting characters as visible escapes', () => {
    expect(escapeControls('a\u001b[31mred')).toBe('a\\u001b[31mred');
    expect(escapeControls('evil\u202Etxt.exe')).toBe('evil\\u202etxt.exe');
    expect(escapeControls('csi\u009b2J')).toBe('csi\\u009b2J');
    expect(escapeControls('nul\u0000')).toBe('nul\\u0000');
    expect(escapeControls('lone \ud800 and \udc00')).toBe('lone \\ud800 and \\udc00');
  });

  it('leaves ordinary text alone, accents, scripts and emoji included', () => {
    const text = 'Fujimori — “¶10” déjà vu, 北京, مرحبا, 👍🏽\tand a\nnew line';
    expect(escapeControls(text)).toBe(text);
  });

  it('is applied to every formatted diagnostic', () => {
    const line = formatDiagnostic({
      severity: 'error',
      file: 'bad\u001b]0;title\u0007.json',
      line: 2,
      column: 3,
      message: 'likelihood term "\u202Eylbaborp" is not in the table',
    });
    expect(line).toBe(
      'bad\\u001b]0;title\\u0007.json:2:3: likelihood term "\\u202eylbaborp" is not in the table',
    );
  });
});

describe('actor names and aliases', () => {
  const nameAt = (name: string, field: 'name' | 'alias') =>
    JSON.stringify(
      changed(
        fullDataset(),
        field === 'name' ? ['actors', 1, 'name'] : ['actors', 0, 'aliases', 0],
        name,
      ),
      null,
      2,
    );

  const refused: readonly [string, string][] = [
    ['only spaces', '   '],
    ['only a no-break space', '\u00a0'],
    ['a NUL', 'Jap\u0000an'],
    ['a line break', 'Jap\nan'],
    ['a lone surrogate', 'Jap\ud800an'],
    ['a right-to-left override', 'Japan\u202E'],
  ];

  for (const [what, name] of refused) {
    it(`refuses a name with ${what}, at the name's line`, () => {
      for (const field of ['name', 'alias'] as const) {
        const text = nameAt(name, field);
        const result = parseDataset(text, 'data.json');
        expect(result.dataset).toBeNull();
        const [d] = result.diagnostics;
        const line = text.split('\n').findIndex((l) => l.includes(JSON.stringify(name))) + 1;
        expect(d?.line).toBe(line);
        expect(d?.message).toMatch(/visible character and no control character/);
        // The message shows the name escaped, never raw.
        expect([...formatDiagnostic(d!)].some((c) => '\u0000\u202E\ud800'.includes(c))).toBe(false);
      }
    });
  }

  it('refuses a name over the documented limit of 200 characters, saying how long it is', () => {
    const result = parseDataset(nameAt('x'.repeat(100_000), 'name'), 'data.json');
    expect(result.dataset).toBeNull();
    expect(result.diagnostics[0]?.message).toMatch(/at most 200 characters long, got 100,000/);
    expect(result.diagnostics[0]!.message.length).toBeLessThan(300);
  });

  it('accepts names in any script, with punctuation and inner spaces', () => {
    for (const name of ['Néstor Cerpa Cartolini', 'Túpac Amaru', '北京', 'G-7', "Cuba's embassy"]) {
      expect(parseDataset(nameAt(name, 'name'), 'data.json').dataset).not.toBeNull();
    }
  });
});
