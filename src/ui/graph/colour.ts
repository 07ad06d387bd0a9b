/**
 * Colour arithmetic for the graph's stylesheet: parsing #hex, WCAG luminance and contrast, mixing,
 * and the smallest change that keeps a relation's colour at 3:1 against the background.
 */

type Rgb = readonly [number, number, number];

/** Parses #rgb or #rrggbb (any case). Returns null for anything else. */
export function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  let hex = m[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [
    parseInt(hex.slice(0, 2), 16),
    parseInt(hex.slice(2, 4), 16),
    parseInt(hex.slice(4, 6), 16),
  ];
}

function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function relativeLuminance(rgb: Rgb): number {
  const lin = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
}

/** WCAG contrast ratio between two #hex colours (1…21). Unparseable colours count as black. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(parseHex(a) ?? [0, 0, 0]);
  const lb = relativeLuminance(parseHex(b) ?? [0, 0, 0]);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Mixes two #hex colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const x = parseHex(a) ?? [0, 0, 0];
  const y = parseHex(b) ?? [0, 0, 0];
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/**
 * The relation type's colour, adjusted as little as possible so that it keeps at least
 * `minRatio` (WCAG non-text contrast, 3:1) against the background: lightened towards white on a
 * dark background, darkened towards black on a light one. A colour that already passes is
 * returned unchanged (lower-cased), so the legend and the graph agree in the common case.
 */
export function readableEdgeColor(color: string, background: string, minRatio = 3): string {
  const base = parseHex(color) ? toHex(parseHex(color)!) : '#808080';
  if (contrastRatio(base, background) >= minRatio) return base;
  const bgLum = relativeLuminance(parseHex(background) ?? [0, 0, 0]);
  // The mid-grey whose contrast against black and white is equal sits at luminance ≈ 0.18.
  const towards = bgLum < 0.18 ? '#ffffff' : '#000000';
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(base, towards, step / 20);
    if (contrastRatio(candidate, background) >= minRatio) return candidate;
  }
  return towards;
}
