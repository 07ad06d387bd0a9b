import { describe, expect, it } from 'vitest';
import { themeTokens } from '../../src/ui/theme.ts';

/**
 * WCAG 2.2 AA, measured on the design tokens themselves in both colour schemes: 4.5:1 for text,
 * 3:1 for focus rings, borders of controls and other non-text marks (1.4.3 and 1.4.11).
 */

function tokens(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of block.matchAll(/(--mg-[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) map.set(m[1]!, m[2]!);
  return map;
}

const css = themeTokens.cssText;
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const light = tokens(css.slice(0, darkStart));
const dark = new Map([
  ...light,
  ...tokens(css.slice(darkStart, css.indexOf('@media', darkStart + 10))),
]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = 4.5;
const NON_TEXT = 3;

/** [foreground, background, minimum] */
const PAIRS: readonly [string, string, number][] = [
  ...['--mg-bg', '--mg-surface', '--mg-surface-2'].flatMap((bg): [string, string, number][] => [
    ['--mg-text', bg, TEXT],
    ['--mg-muted', bg, TEXT],
    ['--mg-accent', bg, TEXT],
    ['--mg-mention', bg, TEXT],
    ['--mg-focus', bg, NON_TEXT],
    ['--mg-border', bg, NON_TEXT],
  ]),
  ['--mg-accent-text', '--mg-accent', TEXT],
  ['--mg-mark-text', '--mg-mark-bg', TEXT],
  ['--mg-text', '--mg-danger-bg', TEXT],
  ['--mg-danger', '--mg-surface', TEXT],
  ['--mg-danger', '--mg-danger-bg', NON_TEXT],
  ['--mg-marking-text', '--mg-marking-u-bg', TEXT],
  ['--mg-marking-text', '--mg-marking-c-bg', TEXT],
  ['--mg-marking-text', '--mg-marking-s-bg', TEXT],
  ['--mg-marking-text', '--mg-marking-ts-bg', TEXT],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s scheme', (_scheme, t) => {
  it('defines every token the pairs use', () => {
    for (const [fg, bg] of PAIRS) {
      expect(t.get(fg), fg).toMatch(/^#/);
      expect(t.get(bg), bg).toMatch(/^#/);
    }
  });

  it.each(PAIRS)('%s on %s reaches %d:1', (fg, bg, min) => {
    expect(contrast(t.get(fg)!, t.get(bg)!)).toBeGreaterThanOrEqual(min);
  });
});

describe('the contrast measure itself', () => {
  it('gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
