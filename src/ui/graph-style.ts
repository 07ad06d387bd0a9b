import type { ActorKind, RelationType } from '../model/contract/types.ts';
import { directedRankInFamily } from '../model/words/families.ts';
import { LABEL_GAP } from '../model/layout/label-places.ts';
import { mix, readableEdgeColor } from './graph/colour.ts';

/**
 * The graph's Cytoscape stylesheet, as a pure function of the theme colours, the dataset's
 * relation types and the size tier. No DOM: the element reads the colours, this decides how they
 * are used, and tests can check the result without a browser.
 *
 * What carries meaning, and how (never colour alone):
 * - actor kind → node shape (KIND_SHAPES); the kind is also in the hover text.
 * - relation type → edge colour (shared by its family) and, for directed types, an arrowhead
 *   shape of its own within the family (typeArrowShapes); the type is in the hover text.
 * - negated → dashed line AND a "✕" at the middle of the edge.
 * - indeterminate (the document declines to say) → dotted line AND a "?", fainter.
 * - hedged (held less than "likely") → thinner and fainter.
 * - selection, neighbourhood, keyboard cursor → width, halos and rings, not just a hue.
 */

/** Colours the graph takes from the design tokens (src/ui/theme.ts), as #rrggbb. */
export interface GraphTheme {
  /** --mg-text: labels, node outlines. */
  readonly text: string;
  /** --mg-bg: the canvas background; edge colours are checked against it. */
  readonly bg: string;
  /** --mg-surface: label backgrounds and node fill base. */
  readonly surface: string;
  /** --mg-muted: node borders, relations of unknown type. */
  readonly muted: string;
  /** --mg-accent: selection. */
  readonly accent: string;
  /** --mg-focus: the keyboard cursor and flash highlight. */
  readonly focus: string;
  /** --mg-font: the label font stack. */
  readonly font: string;
}

/**
 * 'detailed': the memo-sized view, everything drawn (labels, bezier fans, arrows, ✕).
 * 'large': thousands of relations; straight haystack edges, labels only when zoomed in.
 */
export type SizeTier = 'detailed' | 'large';

/** Above this many relations (or actors) the graph switches to the 'large' tier. */
export const LARGE_TIER_THRESHOLD = 2000;

export function sizeTier(actors: number, relations: number): SizeTier {
  return actors > LARGE_TIER_THRESHOLD || relations > LARGE_TIER_THRESHOLD ? 'large' : 'detailed';
}

/**
 * In the 'large' tier, labels, arrows and ✕ marks appear from this zoom level on (class `near`).
 * A class rather than `min-zoomed-font-size` alone, because the WebGL renderer ignores that.
 */
export const LARGE_TIER_DETAIL_ZOOM = 1;

/** One shape per actor kind, chosen to stay distinguishable at small sizes. */
export const KIND_SHAPES: Readonly<Record<ActorKind, string>> = {
  person: 'ellipse',
  'armed-group': 'diamond',
  government: 'round-rectangle',
  state: 'hexagon',
  'international-organisation': 'star',
  'group-of-states': 'cut-rectangle',
  'religious-figure': 'vee',
  media: 'rhomboid',
  people: 'round-triangle',
  office: 'tag',
  other: 'concave-hexagon',
};

/**
 * Arrowheads for the directed types of one family, in the order the types come: types of a
 * family share a colour, so the arrowhead tells them apart. Line dashes are never used for
 * this: a dashed line means negated. A family with more directed types than shapes starts over.
 */
export const ARROW_SHAPES: readonly string[] = [
  // Outlines that stay apart at an arrow's size come first; the triangle's near relations last.
  'triangle',
  'tee',
  'circle',
  'square',
  'diamond',
  'chevron',
  'vee',
  'triangle-tee',
  'circle-triangle',
  'triangle-backcurve',
  'triangle-cross',
];

/** The arrowhead of each type, by position in `types`: 'none' for an undirected type. */
export function typeArrowShapes(types: readonly RelationType[]): string[] {
  const ranks = directedRankInFamily(types);
  return types.map((t) => {
    const rank = ranks.get(t.id);
    return rank === undefined ? 'none' : ARROW_SHAPES[rank % ARROW_SHAPES.length]!;
  });
}

/** Class that carries an actor kind's shape. */
export function kindClass(kind: ActorKind): string {
  return `k-${kind}`;
}

/**
 * Class that carries a relation type's colour, by the type's position in the dataset. Positions,
 * not ids, so that no dataset text ever ends up inside a selector.
 */
export function typeClass(typeIndex: number): string {
  return `t${typeIndex}`;
}

/** Node diameter in px: grows with the square root of the degree, so hubs stand out but stay bounded. */
export function nodeSize(degree: number, tier: SizeTier): number {
  const d = Math.max(0, degree);
  return tier === 'large'
    ? Math.round(Math.min(30, 6 + 3 * Math.sqrt(d)))
    : Math.round(Math.min(64, 22 + 7 * Math.sqrt(d)));
}

// --- colour (src/ui/graph/colour.ts) -------------------------------------------------------------

export {
  contrastRatio,
  mix,
  parseHex,
  readableEdgeColor,
  relativeLuminance,
} from './graph/colour.ts';
/**
 * Cytoscape accepts a font list only with double quotes and plain names; the CSS token may use
 * single quotes. Anything else it would reject (and log) falls back to the system font.
 */
export function cytoscapeFontFamily(cssFont: string): string {
  const font = cssFont.trim().replace(/'/g, '"');
  return /^[\w\- "]+(\s*,\s*[\w\- "]+)*$/.test(font) ? font : 'system-ui, sans-serif';
}

// --- stylesheet --------------------------------------------------------------------------------

type StyleValue = string | number | readonly number[];

/** One block of Cytoscape stylesheet JSON. */
export interface StyleBlock {
  readonly selector: string;
  readonly style: Readonly<Record<string, StyleValue>>;
}

export interface StylesheetInput {
  readonly types: readonly RelationType[];
  readonly theme: GraphTheme;
  readonly tier: SizeTier;
  /**
   * Actor label size in model px (default 12). The element raises it when the view is zoomed
   * out, so that labels stay legible (labelSizeForZoom).
   */
  readonly labelSize?: number;
}

/** Smallest and largest actor label size, in model px, in the detailed tier. */
export const LABEL_SIZE = { min: 12, max: 100 } as const;

/** The smallest label, in CSS px on screen, that the graph draws: below it, labels hide. */
export const MIN_SCREEN_LABEL = 11;

/**
 * The actor label size, in model px, that draws labels at MIN_SCREEN_LABEL CSS px or more on
 * screen at this zoom: labels keep a readable size as the view zooms out, rather than shrinking
 * to noise, and make room for themselves as it zooms in. Whole pixels, so that zooming only
 * restyles when the size actually changes. Beyond LABEL_SIZE.max (far zoomed out) no label is
 * drawn at all (labelsReadable).
 */
export function labelSizeForZoom(zoom: number): number {
  const ideal = Math.ceil(MIN_SCREEN_LABEL / Math.max(zoom, 0.01) - 1e-9);
  return Math.min(LABEL_SIZE.max, Math.max(LABEL_SIZE.min, ideal));
}

/** Whether labels of `size` model px are drawn at a readable size at this zoom. */
export function labelsReadable(size: number, zoom: number): boolean {
  return size * zoom >= MIN_SCREEN_LABEL - 1e-9;
}

/** How wide a label may grow before it wraps, in ems: a long name takes two or three lines. */
const LABEL_WIDTH_EM = 9;

/** Label places other than below: [place, text-valign, text-halign, margin x, margin y]. */
const LABEL_PLACE_STYLES: readonly (readonly [string, string, string, number, number])[] = [
  ['t', 'top', 'center', 0, -LABEL_GAP],
  ['r', 'center', 'right', LABEL_GAP, 0],
  ['l', 'center', 'left', -LABEL_GAP, 0],
  ['br', 'bottom', 'right', LABEL_GAP, LABEL_GAP],
  ['bl', 'bottom', 'left', -LABEL_GAP, LABEL_GAP],
  ['tr', 'top', 'right', LABEL_GAP, -LABEL_GAP],
  ['tl', 'top', 'left', -LABEL_GAP, -LABEL_GAP],
];

/**
 * Builds the stylesheet. Node labels come from `data(name)`, which Cytoscape draws as text on a
 * canvas: markup in a name is shown literally, never parsed.
 *
 * Element classes the element sets: kindClass(kind) and typeClass(i) from this module, and
 * `directed`, `negated`, `indeterminate`, `hedged`, `endpoint`, `selected`, `neighbour`, `faded`, `flash`,
 * `cursor`, `unplaced` (a label not placed yet: the first frame's), `lp-…` and `label-hidden` (where a label is placed, or that it has no room),
 * `detour` (bent around an actor, by `data(detour)`), `bundle` (parallel relations drawn as one, with `bundle-negated` or `bundle-undecided`
 * when the memo affirms none of them), and in the large tier `near` (zoomed in far enough for labels and arrows) and
 * `neighbourhood` (the selected actor's relations, emphasised instead of fading the rest).
 */
export function buildStylesheet({
  types,
  theme,
  tier,
  labelSize = LABEL_SIZE.min,
}: StylesheetInput): StyleBlock[] {
  const large = tier === 'large';
  const font = cytoscapeFontFamily(theme.font);
  const nodeFill = mix(theme.surface, theme.text, 0.14);
  const labelFont = large ? 11 : labelSize;
  const labelStyle = {
    'font-family': font,
    'font-size': labelFont,
    color: theme.text,
    'text-valign': 'bottom',
    'text-halign': 'center',
    'text-margin-y': LABEL_GAP,
    'text-wrap': 'wrap',
    'text-max-width': `${Math.round(labelFont * LABEL_WIDTH_EM)}px`,
    // A halo and a light veil of the background: a relation passing under a label (placement
    // keeps them few) stays visible but never runs through the letters.
    'text-outline-color': theme.bg,
    'text-outline-width': 2.5,
    'text-outline-opacity': 0.9,
    'text-background-color': theme.bg,
    'text-background-opacity': 0.6,
    'text-background-shape': 'round-rectangle',
  } as const;
  const crossStyle = {
    'font-family': font,
    'font-size': large ? 10 : labelSize + 2,
    'font-weight': 'bold',
    color: theme.text,
    'text-background-color': theme.bg,
    'text-background-opacity': 1,
    'text-background-padding': '1px',
    'text-background-shape': 'round-rectangle',
    'text-border-width': 1,
    'text-border-color': theme.muted,
    'text-border-opacity': 1,
  } as const;
  const blocks: StyleBlock[] = [
    {
      selector: 'core',
      style: {
        'active-bg-color': theme.accent,
        'active-bg-opacity': 0.12,
        'active-bg-size': 24,
        'selection-box-color': theme.accent,
        'selection-box-border-color': theme.accent,
        'outside-texture-bg-color': theme.bg,
        'outside-texture-bg-opacity': 1,
      },
    },
    {
      selector: 'node',
      style: large
        ? {
            // As few properties as will do: Cytoscape pays for every property of every element
            // it styles (it re-checks each node's edges per property), and at tens of
            // thousands of elements that is most of the time to first paint. The label's
            // properties come with the `near` class.
            width: 'data(size)',
            height: 'data(size)',
            'background-color': nodeFill,
            'border-width': 1,
            'border-color': theme.muted,
            // A label only appears once it would be drawn at a readable size.
            'min-zoomed-font-size': 10,
            'overlay-opacity': 0,
            'z-index': 10,
          }
        : {
            width: 'data(size)',
            height: 'data(size)',
            shape: 'ellipse',
            'background-color': nodeFill,
            'border-width': 2,
            'border-color': theme.muted,
            label: 'data(name)',
            ...labelStyle,
            'min-zoomed-font-size': 0,
            'overlay-color': theme.accent,
            'overlay-padding': 4,
            'overlay-opacity': 0,
            'z-index': 10,
          },
    },
    ...Object.entries(KIND_SHAPES).map(([kind, shape]): StyleBlock => ({
      selector: `node.${kindClass(kind as ActorKind)}`,
      style: { shape },
    })),
    // Where each label goes (src/model/layout/label-placement.ts); below the node by default.
    ...LABEL_PLACE_STYLES.map(([place, valign, halign, mx, my]): StyleBlock => ({
      selector: `node.lp-${place}`,
      style: {
        'text-valign': valign,
        'text-halign': halign,
        'text-margin-x': mx,
        'text-margin-y': my,
      },
    })),
    // A label with no room: drawn nowhere until zooming in makes room (its box stays measured).
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    // Before the labels are placed (a graph's first frame): no label, so none is measured.
    { selector: 'node.unplaced', style: { label: '' } },
    {
      selector: 'edge',
      style: large
        ? {
            width: 1,
            'curve-style': 'haystack',
            'line-color': theme.muted,
            'target-arrow-shape': 'none',
            'overlay-opacity': 0,
          }
        : {
            width: 2.5,
            'curve-style': 'bezier',
            // Parallel relations between the same pair fan out this far apart.
            'control-point-step-size': 36,
            'line-color': theme.muted,
            'target-arrow-color': theme.muted,
            'target-arrow-shape': 'none',
            'arrow-scale': 1.1,
            'line-cap': 'round',
            'overlay-color': theme.accent,
            'overlay-padding': 3,
            'overlay-opacity': 0,
            'z-index': 1,
          },
    },
    ...types.map((type, i): StyleBlock => {
      const color = readableEdgeColor(type.color, theme.bg);
      return {
        selector: `edge.${typeClass(i)}`,
        style: { 'line-color': color, 'target-arrow-color': color },
      };
    }),
    {
      selector: large ? 'edge.directed.near' : 'edge.directed',
      style: large
        ? { 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 }
        : { 'target-arrow-shape': 'triangle' },
    },
    // Each directed type's own arrowhead. The large tier keeps plain triangles: its arrows
    // are too small to tell shapes apart.
    ...(large
      ? []
      : typeArrowShapes(types).flatMap((shape, i): StyleBlock[] =>
          shape === 'none' || shape === 'triangle'
            ? []
            : [
                {
                  selector: `edge.directed.${typeClass(i)}`,
                  style: { 'target-arrow-shape': shape },
                },
              ],
        )),
    {
      selector: 'edge.hedged',
      style: large
        ? { opacity: 0.5, width: 0.75 }
        : { opacity: 0.5, width: 1.5, 'arrow-scale': 0.9 },
    },
    ...(large
      ? [
          // Labels, dashes and ✕ only once zoomed in: invisible from afar, and a dash pattern
          // a fraction of a pixel long is the slowest thing a canvas can be asked to stroke.
          { selector: 'node.near', style: { label: 'data(name)', ...labelStyle } },
          { selector: 'edge.hedged.near', style: { 'arrow-scale': 0.7 } },
          {
            selector: 'edge.indeterminate.near',
            style: {
              opacity: 0.5,
              'line-style': 'dotted',
              label: '?',
              ...crossStyle,
              'min-zoomed-font-size': 8,
            },
          },
          {
            selector: 'edge.negated.near',
            style: {
              'line-style': 'dashed',
              'line-dash-pattern': [3, 3],
              label: '✕',
              ...crossStyle,
              'min-zoomed-font-size': 8,
            },
          },
        ]
      : [
          {
            // Never drawn as a plain fact: dotted, fainter, and a "?" where a negated edge has ✕.
            selector: 'edge.indeterminate',
            style: {
              opacity: 0.5,
              'line-style': 'dotted',
              label: '?',
              ...crossStyle,
              'min-zoomed-font-size': 0,
            },
          },
          {
            selector: 'edge.negated',
            style: {
              'line-style': 'dashed',
              'line-dash-pattern': [7, 5],
              label: '✕',
              ...crossStyle,
              'min-zoomed-font-size': 0,
            },
          },
        ]),
    // Parallel relations drawn as one (src/model/explorer/parallel-bundles.ts): a cased line,
    // wider the more relations it stands for, no arrow (their directions may differ), and the
    // count on it. Coloured only when every relation in it is of one type.
    {
      selector: 'edge.bundle',
      style: large
        ? {
            'curve-style': 'haystack',
            width: 'mapData(count, 2, 50, 1.5, 6)',
            'target-arrow-shape': 'none',
          }
        : {
            'curve-style': 'straight',
            width: 'mapData(count, 2, 16, 4, 9)',
            'line-outline-width': 1.25,
            'line-outline-color': theme.text,
            'target-arrow-shape': 'none',
            label: 'data(label)',
            ...crossStyle,
            'font-size': labelSize,
            'font-weight': 'bold',
            'min-zoomed-font-size': 0,
          },
    },
    {
      selector: 'edge.bundle-negated',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5] },
    },
    { selector: 'edge.bundle-undecided', style: { 'line-style': 'dotted', opacity: 0.6 } },
    // A relation bent around an actor it does not join (src/model/layout/edge-detours.ts).
    ...(large
      ? []
      : [
          {
            selector: 'edge.detour',
            style: {
              'curve-style': 'unbundled-bezier',
              'control-point-distances': 'data(detour)',
              'control-point-weights': 0.5,
              'edge-distances': 'node-position',
            },
          },
        ]),
    // Emphasis comes after the encodings so that it wins over them.
    ...(large
      ? [
          {
            // The large tier does not fade the rest of the graph: the selected actor's
            // relations stand out by width and by being drawn over the others.
            selector: 'edge.neighbourhood',
            style: { width: 2.5, opacity: 1, 'z-index': 15 },
          },
        ]
      : []),
    {
      selector: 'node.neighbour',
      style: { 'border-color': theme.accent, 'border-width': large ? 2 : 3 },
    },
    {
      selector: 'node.endpoint',
      style: { 'border-color': theme.accent, 'border-width': large ? 2 : 3.5 },
    },
    {
      selector: 'node.selected',
      style: {
        'border-color': theme.accent,
        'border-width': large ? 3 : 4,
        'underlay-color': theme.accent,
        'underlay-padding': large ? 5 : 8,
        'underlay-opacity': 0.3,
        'underlay-shape': 'ellipse',
        'z-index': 20,
      },
    },
    {
      selector: 'edge.selected',
      style: {
        width: large ? 3 : 5,
        opacity: 1,
        'underlay-color': theme.accent,
        'underlay-padding': large ? 3 : 5,
        'underlay-opacity': 0.3,
        'z-index': 20,
      },
    },
    {
      selector: 'edge.selected.hedged',
      // Still visibly hedged when selected: thinner than a selected plain relation.
      style: { width: large ? 2 : 3.5, opacity: 0.75 },
    },
    {
      selector: 'edge.selected.indeterminate',
      style: { opacity: 0.8 },
    },
    { selector: 'node.faded', style: { opacity: 0.18, 'z-index': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.1, 'z-index': 0 } },
    {
      selector: 'node.flash',
      style: {
        'underlay-color': theme.focus,
        'underlay-padding': large ? 8 : 14,
        'underlay-opacity': 0.45,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'node.cursor',
      style: {
        'outline-color': theme.focus,
        'outline-width': 3,
        'outline-offset': 4,
        'outline-opacity': 1,
        'outline-style': 'solid',
        'z-index': 30,
      },
    },
    {
      selector: 'edge.cursor',
      style: {
        'underlay-color': theme.focus,
        'underlay-padding': large ? 4 : 6,
        'underlay-opacity': 0.55,
        'z-index': 30,
      },
    },
  ];
  return blocks;
}
