import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The Peru bundle's relation colours must stay readable and tellable apart. Colour carries the
 * family, the label carries the type: every type of a family has its family's colour, every edge
 * colour has at least 3:1 contrast against the white canvas (WCAG 2.x, 1.4.11 non-text
 * contrast), and every pair of family colours stays distinguishable for readers with normal
 * vision and with each of the three dichromacies.
 *
 * Dichromacy is simulated with the severity-1.0 matrices of Machado, Oliveira & Fernandes, "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency" (IEEE TVCG 15(6), 2009),
 * applied to linear RGB; colours are then compared in CIELAB (D65) by ΔE*ab (CIE 1976).
 *
 * Why ΔE76 ≥ 10: about 2.3 is a just-noticeable difference for large patches seen side by side.
 * Edges are thin lines, seen apart and matched against a legend, and colour differences shrink
 * with mark size (Stone, Szafir & Setlur, "An Engineering Model for Color Difference as a
 * Function of Size", Color and Imaging Conference 2014), so a categorical edge palette needs
 * several JNDs: 10 is just over four. Colour is never the only cue (edges and the legend carry
 * the type's label), which is why a larger floor is not demanded.
 */
const MIN_DELTA_E = 10;
const MIN_CONTRAST = 3;
/** About as many colours as every reader can tell apart on thin lines; types beyond are labels. */
const MAX_FAMILIES = 8;

const TYPES_PATH = new URL(
  '../../graph-data/peru-hostages-1996/relation-types.json',
  import.meta.url,
);

interface PaletteEntry {
  readonly id: string;
  readonly label: string;
  readonly family: string;
  readonly color: string;
}

function loadTypes(): PaletteEntry[] {
  const parsed = JSON.parse(readFileSync(TYPES_PATH, 'utf8')) as {
    relationTypes?: PaletteEntry[];
  };
  if (!Array.isArray(parsed.relationTypes)) {
    throw new Error(`${TYPES_PATH.pathname}: no "relationTypes" array`);
  }
  return parsed.relationTypes;
}

type Triple = readonly [number, number, number];
type Matrix = readonly [Triple, Triple, Triple];

const HEX = /^#[0-9a-fA-F]{6}$/;

function hexToSrgb(hex: string): Triple {
  if (!HEX.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return [channel(1), channel(3), channel(5)];
}

/** sRGB transfer function, inverted (IEC 61966-2-1). */
function toLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function linearRgb(hex: string): Triple {
  const [r, g, b] = hexToSrgb(hex);
  return [toLinear(r), toLinear(g), toLinear(b)];
}

/** WCAG 2.x relative luminance. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two colours. */
function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

const VISIONS = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const satisfies Record<string, Matrix | null>;
type Vision = keyof typeof VISIONS;

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The linear RGB a reader with `vision` perceives; out-of-gamut results are clipped. */
function simulate(hex: string, vision: Vision): Triple {
  const rgb = linearRgb(hex);
  const m = VISIONS[vision];
  if (m === null) return rgb;
  const row = (r: Triple) => clamp01(r[0] * rgb[0] + r[1] * rgb[1] + r[2] * rgb[2]);
  return [row(m[0]), row(m[1]), row(m[2])];
}

/** CIELAB under D65 from linear sRGB. */
function linearToLab([r, g, b]: Triple): Triple {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*ab (CIE 1976) between two colours as a reader with `vision` sees them. */
function deltaE(a: string, b: string, vision: Vision): number {
  const [l1, a1, b1] = linearToLab(simulate(a, vision));
  const [l2, a2, b2] = linearToLab(simulate(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** Every pair of colours closer than MIN_DELTA_E for `vision`, worded for a failure message. */
function confusablePairs(
  types: readonly Pick<PaletteEntry, 'id' | 'color'>[],
  vision: Vision,
): string[] {
  const out: string[] = [];
  types.forEach((a, i) => {
    for (const b of types.slice(i + 1)) {
      const d = deltaE(a.color, b.color, vision);
      if (d < MIN_DELTA_E) {
        out.push(`${a.id} ${a.color} / ${b.id} ${b.color}: ΔE ${d.toFixed(1)}`);
      }
    }
  });
  return out;
}

describe('colour maths used by the palette checks', () => {
  it('gives the WCAG contrast ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that reaches 4.5:1 on white; #777777 just misses it.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('gives the CIELAB values of the sRGB primaries and white', () => {
    const [lw, aw, bw] = linearToLab(linearRgb('#ffffff'));
    expect(lw).toBeCloseTo(100, 2);
    expect(Math.abs(aw)).toBeLessThan(0.01);
    expect(Math.abs(bw)).toBeLessThan(0.01);
    const [lr, ar, br] = linearToLab(linearRgb('#ff0000'));
    expect(lr).toBeCloseTo(53.24, 1);
    expect(ar).toBeCloseTo(80.09, 1);
    expect(br).toBeCloseTo(67.2, 1);
  });

  it('leaves greys unchanged under every simulated dichromacy', () => {
    for (const vision of Object.keys(VISIONS) as Vision[]) {
      expect(deltaE('#808080', '#808080', vision)).toBe(0);
      const [r, g, b] = simulate('#808080', vision);
      expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(0.002);
    }
  });

  it('collapses the classic confusion pairs of each dichromacy, and only there', () => {
    // Red against olive: a protan confusion line.
    expect(deltaE('#cc3333', '#665533', 'normal')).toBeGreaterThan(50);
    expect(deltaE('#cc3333', '#665533', 'protanopia')).toBeLessThan(MIN_DELTA_E);
    // Red against green: a deutan confusion line.
    expect(deltaE('#cc3333', '#009922', 'normal')).toBeGreaterThan(100);
    expect(deltaE('#cc3333', '#009922', 'deuteranopia')).toBeLessThan(MIN_DELTA_E);
    expect(deltaE('#cc3333', '#009922', 'tritanopia')).toBeGreaterThan(MIN_DELTA_E);
    // Vermilion against crimson-pink: a tritan confusion line.
    expect(deltaE('#ee4411', '#ff0066', 'normal')).toBeGreaterThan(40);
    expect(deltaE('#ee4411', '#ff0066', 'tritanopia')).toBeLessThan(MIN_DELTA_E);
    expect(deltaE('#ee4411', '#ff0066', 'deuteranopia')).toBeGreaterThan(MIN_DELTA_E);
  });
});

describe('relation-types.json (peru-hostages-1996) palette', () => {
  const types = loadTypes();
  const families = [...new Set(types.map((t) => t.family))].map((family) => ({
    id: family,
    color: types.find((t) => t.family === family)!.color,
  }));

  it(`groups its types into at most ${MAX_FAMILIES} families, more than one type in some`, () => {
    expect(families.length).toBeGreaterThan(1);
    expect(families.length).toBeLessThanOrEqual(MAX_FAMILIES);
    expect(types.length).toBeGreaterThan(families.length);
  });

  it("gives every type its family's colour, and no two families one colour", () => {
    const off = types
      .filter(
        (t) =>
          t.color.toLowerCase() !== families.find((f) => f.id === t.family)!.color.toLowerCase(),
      )
      .map((t) => `${t.id} (${t.family}) ${t.color}`);
    expect(off).toEqual([]);
    const colours = families.map((f) => f.color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('has unique ids and unique labels', () => {
    const repeated = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    expect(repeated(types.map((t) => t.id))).toEqual([]);
    expect(repeated(types.map((t) => t.label.trim().toLowerCase()))).toEqual([]);
  });

  it('writes every colour as #rrggbb', () => {
    expect(types.filter((t) => !HEX.test(t.color)).map((t) => `${t.id}: ${t.color}`)).toEqual([]);
  });

  it(`gives every colour at least ${MIN_CONTRAST}:1 contrast against white`, () => {
    const faint = types
      .map((t) => ({ t, ratio: contrastRatio(t.color, '#ffffff') }))
      .filter(({ ratio }) => ratio < MIN_CONTRAST)
      .map(({ t, ratio }) => `${t.id} ${t.color}: ${ratio.toFixed(2)}:1`);
    expect(faint).toEqual([]);
  });

  it.each(Object.keys(VISIONS) as Vision[])(
    `keeps every pair of family colours at least ΔE76 ${MIN_DELTA_E} apart in %s`,
    (vision) => {
      expect(confusablePairs(families, vision)).toEqual([]);
    },
  );
});
