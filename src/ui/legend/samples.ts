import { html, nothing, svg } from 'lit';

/**
 * The legend's drawings, short edges and node outlines as the graph draws them: SVG templates
 * that register no element, so whatever needs a sample can draw one.
 */

export type LineStyle = 'directed' | 'undirected' | 'negated' | 'hedged';

/**
 * A short edge drawn as the graph draws it (src/ui/graph-style.ts): arrowhead when directed,
 * dashed with a boxed cross when negated, thinner and fainter when hedged; for a relation type,
 * led by a square swatch of its colour. Decorative: the words beside it say the same.
 */
export function lineSample(color: string, style: LineStyle, swatch: boolean) {
  const dashed = style === 'negated';
  const arrow = style !== 'undirected';
  const hedged = style === 'hedged';
  const x1 = swatch ? 14 : 1;
  return html`<svg width="46" height="14" viewBox="0 0 46 14" aria-hidden="true" focusable="false">
    ${svg`${swatch ? svg`<rect class="swatch" x="0.5" y="2.5" width="9" height="9" rx="2" fill=${color}></rect>` : nothing}
    <g opacity=${hedged ? 0.5 : 1}>
      <line x1=${x1} y1="7" x2=${arrow ? 38 : 45} y2="7" stroke=${color}
        stroke-width=${hedged ? 1.5 : 2.5} stroke-dasharray=${dashed ? '4 3' : 'none'}></line>
      ${arrow ? svg`<path d="M37 2.5 L45 7 L37 11.5 Z" fill=${color}></path>` : nothing}
      ${
        dashed
          ? svg`<rect class="cross-box" x="19.5" y="1.5" width="11" height="11" rx="2"></rect>
            <path class="cross" d="M22.5 4.5 L27.5 9.5 M27.5 4.5 L22.5 9.5"></path>`
          : nothing
      }
    </g>`}
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
