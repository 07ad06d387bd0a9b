import type cytoscape from 'cytoscape';
import type {
  Box,
  LabelledNode,
  placeLabels as PlaceLabels,
} from '../../model/layout/label-placement.ts';
import { LABEL_PLACES, type LabelPlace } from '../../model/layout/label-places.ts';

/**
 * Above this many drawn actors labels stay below their nodes: arranging them costs about a
 * second per thousand actors with long relations (docs/performance.md), too much per zoom step.
 */
export const LABEL_LAYOUT_LIMIT = 200;

/** Every class a label's place is drawn with; below (the default) has none. */
const PLACE_CLASSES = LABEL_PLACES.filter((p) => p !== 'b').map((p) => `lp-${p}`);
const ALL_CLASSES = [...PLACE_CLASSES, 'label-hidden'].join(' ');

/** Which class draws a label at `place`, or hides it (null). */
function classFor(place: LabelPlace | null): string {
  return place === null ? 'label-hidden' : place === 'b' ? '' : `lp-${place}`;
}

/**
 * Places the drawn actors' labels (src/model/layout/label-placement.ts) from their measured
 * sizes and the drawn relations, and sets the classes that draw them there, touching only the
 * actors whose label moves. `readable` false hides every label: the view is zoomed out so far
 * that they would be drawn below a readable size. Returns what changed, by actor id.
 */
export class LabelLayout {
  /** The class each actor's label carries now ('' for below). */
  private current = new Map<string, string>();

  /** A new dataset: its elements carry no place yet. */
  reset(): void {
    this.current.clear();
  }

  /** How many labels are hidden now. */
  get hiddenCount(): number {
    let n = 0;
    for (const c of this.current.values()) if (c === 'label-hidden') n++;
    return n;
  }

  place(
    cy: cytoscape.Core,
    nodes: cytoscape.NodeCollection,
    priority: (id: string) => number,
    readable: boolean,
    within: Box | undefined,
    placeLabels: typeof PlaceLabels,
  ): void {
    const wanted = new Map<string, string>();
    if (!readable) {
      nodes.forEach((n) => void wanted.set(n.id(), classFor(null)));
    } else if (nodes.length > LABEL_LAYOUT_LIMIT) {
      // Too many to arrange while zooming: every label below its node.
      nodes.forEach((n) => void wanted.set(n.id(), classFor('b')));
    } else {
      const input: LabelledNode[] = [];
      nodes.forEach((n) => {
        const label = n.boundingBox({
          includeLabels: true,
          includeNodes: false,
          includeOverlays: false,
        });
        const p = n.position();
        input.push({
          id: n.id(),
          x: p.x,
          y: p.y,
          // Cytoscape sets a side label off the node's width, not counting its border.
          size: Math.max(n.width(), n.height()),
          w: label.w,
          h: label.h,
          // Its label box reaches past the text by the halo and 2 px for error.
          pad: parseFloat(n.style('text-outline-width') as string) + 2,
          priority: priority(n.id()),
        });
      });
      const drawn = new Set(input.map((n) => n.id));
      const edges: { source: string; target: string }[] = [];
      cy.edges().forEach((e) => {
        const source = e.data('source') as string;
        const target = e.data('target') as string;
        if (drawn.has(source) && drawn.has(target) && e.visible()) edges.push({ source, target });
      });
      const { places } = placeLabels(input, edges, within);
      for (const n of input) wanted.set(n.id, classFor(places.get(n.id) ?? null));
    }
    const changed = cy.collection();
    for (const [id, cls] of wanted) {
      if ((this.current.get(id) ?? '') === cls) continue;
      changed.merge(cy.getElementById(id));
    }
    if (changed.empty()) return;
    cy.batch(() => {
      changed.forEach((n) => {
        const cls = wanted.get(n.id())!;
        n.removeClass(ALL_CLASSES);
        if (cls) n.addClass(cls);
        this.current.set(n.id(), cls);
      });
    });
  }
}
