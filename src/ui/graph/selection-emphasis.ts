import type cytoscape from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Selection } from '../../model/explorer/view-state.ts';
import type { SizeTier } from '../graph-style.ts';

/** Every class the emphasis puts on, so that clearing takes them all off. */
const EMPHASIS_CLASSES = 'selected endpoint neighbour neighbourhood faded';

/**
 * Draws `selection` with classes: a relation and its two actors; or an actor, its drawn
 * relations and their other actors, with the rest faded (detailed tier) or the neighbourhood
 * drawn wider and on top (large tier, where fading every other element would restyle and
 * repaint all of them). Returns the elements that now carry a class, for clearing later.
 */
export function emphasise(
  cy: cytoscape.Core,
  selection: Selection | null,
  shownRelations: ReadonlySet<string>,
  tier: SizeTier,
): cytoscape.Collection | null {
  if (selection?.kind === 'relation') {
    const edge = cy.getElementById(selection.id);
    if (edge.empty() || !edge.isEdge()) return null;
    edge.addClass('selected');
    const ends = edge.connectedNodes().addClass('endpoint');
    return edge.union(ends);
  }
  if (selection?.kind === 'actor') {
    const node = cy.getElementById(selection.id);
    if (node.empty() || !node.isNode()) return null;
    const edges = node.connectedEdges().filter((e) => shownRelations.has(e.id()));
    const neighbours = edges.connectedNodes().difference(node);
    node.addClass('selected');
    neighbours.addClass('neighbour');
    const near = node.union(edges).union(neighbours);
    if (tier === 'large') {
      edges.addClass('neighbourhood');
      return near;
    }
    const rest = cy.elements().difference(near).addClass('faded');
    return near.union(rest);
  }
  return null;
}

/** What the emphasis reads from the graph element. */
export interface EmphasisHost extends ReactiveControllerHost {
  readonly cy: cytoscape.Core | null;
  readonly selection: Selection | null;
}

interface Pending {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
  frame: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Keeps the selection's emphasis drawn: swaps the classes (clearing only the elements emphasised
 * before), at once or, in a large graph, in the task after the next frame, so that the evidence
 * panel (what the reader is waiting for) paints before Cytoscape restyles and redraws tens of
 * thousands of elements.
 */
export class SelectionEmphasisController implements ReactiveController {
  /** Elements carrying selection classes, so clearing touches only them. */
  private emphasised: cytoscape.Collection | null = null;
  private pending: Pending | null = null;

  constructor(
    private readonly host: EmphasisHost,
    /** The size tier and the relations drawn now. */
    private readonly drawn: () => { tier: SizeTier; shownRelations: ReadonlySet<string> },
  ) {
    host.addController(this);
  }

  /** Resolves once the selection's emphasis is drawn. */
  get settled(): Promise<void> {
    return this.pending?.promise ?? Promise.resolve();
  }

  hostDisconnected(): void {
    this.settle();
  }

  /** Draws the current selection now. */
  apply(): void {
    const cy = this.host.cy;
    if (!cy) return;
    const { tier, shownRelations } = this.drawn();
    cy.batch(() => {
      this.emphasised?.removeClass(EMPHASIS_CLASSES);
      this.emphasised = emphasise(cy, this.host.selection, shownRelations, tier);
    });
  }

  /** Draws the current selection in the task after the next frame. */
  defer(): void {
    this.settle();
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    const pending: Pending = { promise, resolve, frame: 0, timer: null };
    pending.frame = requestAnimationFrame(() => {
      pending.timer = setTimeout(() => {
        this.pending = null;
        this.apply();
        resolve();
      }, 0);
    });
    this.pending = pending;
  }

  /** Drops a deferred selection (its caller applies the selection itself, or the graph is gone). */
  settle(): void {
    const pending = this.pending;
    if (!pending) return;
    cancelAnimationFrame(pending.frame);
    if (pending.timer !== null) clearTimeout(pending.timer);
    this.pending = null;
    pending.resolve();
  }

  /** Forgets the emphasised elements without touching them: they were removed with their graph. */
  forget(): void {
    this.emphasised = null;
  }
}
