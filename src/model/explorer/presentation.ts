import { DOCUMENT_ORDER, SORT_KEYS, type RelationSort, type SortKey } from './relation-order.ts';

/**
 * How the view is looked at, as against what it shows: the table's sort and the graph's zoom.
 * Both go in the URL, so a reload or a shared link opens the table in the same order and the
 * graph at the same place, but neither is a history entry: Back undoes what was shown, not
 * where the reader scrolled.
 *
 * `sort=likelihood` sorts ascending, `sort=-likelihood` descending; document order (`paragraph`
 * ascending) is left out. `zoom=1.5,120,-40` is the zoom level and the graph point, in layout
 * coordinates, at the centre of the view; the fitted view is left out.
 */

/** Where the graph is looked at: its zoom level and the layout point at the view's centre. */
export interface GraphZoom {
  readonly level: number;
  readonly x: number;
  readonly y: number;
}

export interface Presentation {
  readonly sort: RelationSort;
  /** null: the graph as fitted. */
  readonly zoom: GraphZoom | null;
}

export const INITIAL_PRESENTATION: Presentation = { sort: DOCUMENT_ORDER, zoom: null };

const SORT = 'sort';
const ZOOM = 'zoom';

/** A zoom as the URL writes it: the level to two decimals, the point to whole units. */
function zoomText(z: GraphZoom): string {
  return `${Number(z.level.toFixed(2))},${Math.round(z.x)},${Math.round(z.y)}`;
}

/** The parameters with the presentation written in, every other parameter kept. */
export function withPresentation(p: Presentation, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  const { key, direction } = p.sort;
  if (key === DOCUMENT_ORDER.key && direction === DOCUMENT_ORDER.direction) out.delete(SORT);
  else out.set(SORT, `${direction === 'descending' ? '-' : ''}${key}`);
  if (p.zoom) out.set(ZOOM, zoomText(p.zoom));
  else out.delete(ZOOM);
  return out;
}

/** Reads the presentation from URL parameters; what cannot be read is said and left out. */
export function presentationFromParams(params: URLSearchParams): {
  readonly presentation: Presentation;
  readonly problems: readonly string[];
} {
  const problems: string[] = [];
  let sort = DOCUMENT_ORDER;
  const s = params.get(SORT);
  if (s !== null) {
    const descending = s.startsWith('-');
    const key = descending ? s.slice(1) : s;
    if ((SORT_KEYS as readonly string[]).includes(key)) {
      sort = { key: key as SortKey, direction: descending ? 'descending' : 'ascending' };
    } else {
      problems.push(
        `The link sorts the table by "${key}", which is not a column; using document order.`,
      );
    }
  }
  let zoom: GraphZoom | null = null;
  const z = params.get(ZOOM);
  if (z !== null) {
    const parts = z.split(',').map((v) => (v.trim() === '' ? NaN : Number(v)));
    const [level, x, y] = parts;
    if (parts.length === 3 && parts.every(Number.isFinite) && level! > 0) {
      zoom = { level: level!, x: x!, y: y! };
    } else {
      problems.push(`The link's zoom "${z}" is not a level and a point; showing the whole graph.`);
    }
  }
  return { presentation: { sort, zoom }, problems };
}
