import { html, nothing, svg } from 'lit';

/**
 * The legend's drawings, short edges and node outlines as the graph draws them: SVG templates
 * that register no element, so whatever needs a sample can draw one.
 */

export type LineStyle = 'directed' | 'undirected' | 'negated' | 'indeterminate' | 'hedged';

/**
 * Cytoscape's target arrowheads in the sample's 46×14 box, tip at x = 45, as one path each (a
 * shape in two parts is two subpaths), so a sample never holds more than one arrow element.
 */
const ARROW_PATHS: Readonly<Record<string, string>> = {
  triangle: 'M37 2.5 L45 7 L37 11.5 Z',
  tee: 'M42.5 2 H45.5 V12 H42.5 Z',
  'triangle-backcurve': 'M37 2.5 L45 7 L37 11.5 Q40 7 37 2.5 Z',
  vee: 'M37 2.5 L45 7 L37 11.5 L39.5 7 Z',
  square: 'M37 3 H45 V11 H37 Z',
  circle: 'M41 3 A4 4 0 1 1 41 11 A4 4 0 1 1 41 3 Z',
  diamond: 'M37 7 L41 2.5 L45 7 L41 11.5 Z',
  chevron: 'M36 2.5 H39 L45 7 L39 11.5 H36 L42 7 Z',
  'triangle-tee': 'M38.5 2.5 L45 7 L38.5 11.5 Z M35 2.5 H36.5 V11.5 H35 Z',
  'triangle-cross': 'M39 2.5 L45 7 L39 11.5 Z M34 3.5 L35.5 2.5 L37.5 10.5 L36 11.5 Z',
  'circle-triangle':
    'M40 2.5 L45 7 L40 11.5 Z M36.5 4.5 A2.5 2.5 0 1 1 36.5 9.5 A2.5 2.5 0 1 1 36.5 4.5 Z',
};

/** The arrowheads a sample can draw; any other is drawn as a triangle. */
export const LEGEND_ARROWS: readonly string[] = Object.keys(ARROW_PATHS);

/**
 * A short edge drawn as the graph draws it (src/ui/graph-style.ts): arrowhead `arrow` when
 * directed, dashed with a boxed cross when negated, dotted with a boxed "?" and fainter when
 * indeterminate, thinner and fainter when hedged; for a relation type, led by a square swatch of
 * its colour. Decorative: the words beside it say the same.
 */
export function lineSample(color: string, style: LineStyle, swatch: boolean, arrow = 'triangle') {
  const dashed = style === 'negated';
  const dotted = style === 'indeterminate';
  const pointed = style !== 'undirected';
  const faint = style === 'hedged' || dotted;
  const x1 = swatch ? 14 : 1;
  const path = ARROW_PATHS[arrow] ?? ARROW_PATHS['triangle']!;
  const x2 = !pointed ? 45 : arrow === 'tee' ? 43 : 38;
  const dash = dashed ? '4 3' : dotted ? '0.1 3.4' : 'none';
  return html`<svg width="46" height="14" viewBox="0 0 46 14" aria-hidden="true" focusable="false">
    ${svg`${swatch ? svg`<rect class="swatch" x="0.5" y="2.5" width="9" height="9" rx="2" fill=${color}></rect>` : nothing}
    <g opacity=${faint ? 0.5 : 1}>
      <line x1=${x1} y1="7" x2=${x2} y2="7" stroke=${color}
        stroke-width=${style === 'hedged' ? 1.5 : 2.5} stroke-dasharray=${dash}
        stroke-linecap=${dotted ? 'round' : 'butt'}></line>
      ${pointed ? svg`<path class="arrow" data-arrow=${arrow} d=${path} fill=${color}></path>` : nothing}
      ${
        dashed
          ? svg`<rect class="cross-box" x="19.5" y="1.5" width="11" height="11" rx="2"></rect>
            <path class="cross" d="M22.5 4.5 L27.5 9.5 M27.5 4.5 L22.5 9.5"></path>`
          : nothing
      }
    </g>
    ${
      dotted
        ? svg`<rect class="cross-box" x="19.5" y="1.5" width="11" height="11" rx="2"></rect>
          <text class="query" x="25" y="10.5" text-anchor="middle">?</text>`
        : nothing
    }`}
  </svg>`;
}

/** The outline of a Cytoscape node shape, drawn in a 16×16 box. */
export function shapeSample(shape: string) {
  return html`<svg
    data-shape=${shape}
    width="18"
    height="18"
    viewBox="-1 -1 18 18"
    aria-hidden="true"
    focusable="false"
  >
    ${shapeElement(shape)}
  </svg>`;
}

function polygon(points: readonly (readonly [number, number])[]) {
  return svg`<polygon class="shape" points=${points.map(([x, y]) => `${x},${y}`).join(' ')}></polygon>`;
}

function regular(sides: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [round(8 + 8 * Math.cos(a)), round(8 + 8 * Math.sin(a))] as [number, number];
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The Cytoscape node shapes the key can draw; any other is drawn as an ellipse. */
export const LEGEND_SHAPES: readonly string[] = [
  'ellipse',
  'rectangle',
  'round-rectangle',
  'roundrectangle',
  'cut-rectangle',
  'barrel',
  'concave-hexagon',
  'triangle',
  'round-triangle',
  'diamond',
  'round-diamond',
  'rhomboid',
  'tag',
  'vee',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
];

function shapeElement(shape: string) {
  switch (shape) {
    case 'rectangle':
      return svg`<rect class="shape" x="0" y="2" width="16" height="12"></rect>`;
    case 'round-rectangle':
    case 'roundrectangle':
      return svg`<rect class="shape" x="0" y="2" width="16" height="12" rx="4"></rect>`;
    case 'cut-rectangle':
      return polygon([
        [3, 2],
        [13, 2],
        [16, 5],
        [16, 11],
        [13, 14],
        [3, 14],
        [0, 11],
        [0, 5],
      ]);
    case 'barrel':
      return svg`<path class="shape" d="M1 2 Q8 0 15 2 Q17 8 15 14 Q8 16 1 14 Q-1 8 1 2 Z"></path>`;
    case 'concave-hexagon':
      return polygon([
        [0, 0.5],
        [16, 0.5],
        [14, 8],
        [16, 15.5],
        [0, 15.5],
        [2, 8],
      ]);
    case 'triangle':
    case 'round-triangle':
      return polygon([
        [8, 1],
        [16, 15],
        [0, 15],
      ]);
    case 'diamond':
    case 'round-diamond':
      return polygon([
        [8, 0],
        [16, 8],
        [8, 16],
        [0, 8],
      ]);
    case 'rhomboid':
      return polygon([
        [0, 2],
        [10.7, 2],
        [16, 14],
        [5.3, 14],
      ]);
    case 'tag':
      return polygon([
        [0, 2],
        [12, 2],
        [16, 8],
        [12, 14],
        [0, 14],
      ]);
    case 'vee':
      return polygon([
        [0, 1],
        [8, 6],
        [16, 1],
        [8, 15],
      ]);
    case 'pentagon':
    case 'round-pentagon':
      return polygon(regular(5));
    case 'hexagon':
    case 'round-hexagon':
      return polygon(regular(6, 0));
    case 'heptagon':
    case 'round-heptagon':
      return polygon(regular(7));
    case 'octagon':
    case 'round-octagon':
      return polygon(regular(8, Math.PI / 8));
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const a = -Math.PI / 2 + (i * Math.PI) / 5;
          const r = i % 2 === 0 ? 8 : 3.4;
          return [round(8 + r * Math.cos(a)), round(8 + r * Math.sin(a))] as [number, number];
        }),
      );
    default:
      return svg`<ellipse class="shape" cx="8" cy="8" rx="8" ry="8"></ellipse>`;
  }
}
