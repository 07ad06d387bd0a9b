import type cytoscape from 'cytoscape';
import type { ReactiveControllerHost } from 'lit';
import { KIND_LABELS, relationTooltip } from '../../model/words/describe.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import type { Relation } from '../../model/contract/types.ts';
import type { Selection } from '../../model/explorer/view-state.ts';
import type { BundlePlan } from '../../model/explorer/parallel-bundles.ts';
import { selectEvent } from '../events.ts';

/** How close to the edge of the view the cursor may come before the view follows it, in px. */
const CURSOR_MARGIN = 24;

/** What the cursor reads from the graph element. */
export interface CursorHost extends ReactiveControllerHost, EventTarget {
  readonly cy: cytoscape.Core | null;
  readonly index: DatasetIndex | null;
  readonly selection: Selection | null;
}

/** What is drawn now, by id. */
export interface Drawn {
  readonly shownActors: ReadonlySet<string>;
  readonly shownRelations: ReadonlySet<string>;
  /** The parallel relations drawn as one edge: the cursor rings that edge. */
  readonly plan: BundlePlan;
}

/**
 * The keyboard cursor: steps through the visible actors (most connected first) and through the
 * relations of the selected actor, rings what it is on, keeps it in view, and says what it is on
 * in `announcement`, for a polite live region. Enter selects what it is on.
 */
export class KeyboardCursor {
  /** What the live region says. */
  announcement = '';

  /** Actors in keyboard order: most connected first, then by name; sorted on first use. */
  private order: readonly string[] | null = null;
  private actor: string | null = null;
  private relation: string | null = null;
  /** What Enter acts on: the last cursor moved. */
  private kind: 'actor' | 'relation' | null = null;

  constructor(
    private readonly host: CursorHost,
    private readonly drawn: () => Drawn,
  ) {}

  /** A new dataset: the cursor starts over. */
  reset(): void {
    this.actor = this.relation = this.kind = null;
    this.order = null;
  }

  /** Moves to the next (1) or previous (-1) visible actor in keyboard order. */
  moveActor(direction: 1 | -1): void {
    const index = this.host.index;
    if (!index) return;
    const order = this.keyboardActors(index);
    if (order.length === 0) return;
    const { shownActors } = this.drawn();
    const start = this.actor === null ? -1 : order.indexOf(this.actor);
    let i = start === -1 ? (direction === 1 ? 0 : order.length - 1) : start + direction;
    let found: string | null = null;
    for (let tries = 0; tries < order.length; tries++, i += direction) {
      const id = order[(i + order.length) % order.length]!;
      if (this.host.cy !== null && shownActors.has(id)) {
        found = id;
        break;
      }
    }
    if (found === null) {
      this.announce('No actors are shown.');
      return;
    }
    this.actor = found;
    this.relation = null;
    this.kind = 'actor';
    this.draw();
    const actor = index.actorById.get(found)!;
    const n = this.visibleRelationsOf(index, found).length;
    this.announce(
      `${actor.name}, ${KIND_LABELS[actor.kind].toLowerCase()}, ${n} ${n === 1 ? 'relation' : 'relations'}`,
    );
  }

  /** Moves to the next (1) or previous (-1) visible relation of the selected or cursor actor. */
  moveRelation(direction: 1 | -1): void {
    const index = this.host.index;
    if (!index) return;
    const selection = this.host.selection;
    const actorId = selection?.kind === 'actor' ? selection.id : this.actor;
    if (actorId === null) {
      this.announce('Select an actor first: use the square brackets, then Enter.');
      return;
    }
    const relations = this.visibleRelationsOf(index, actorId);
    if (relations.length === 0) {
      this.announce(`${index.actorById.get(actorId)?.name ?? actorId} has no relations shown.`);
      return;
    }
    const current = relations.findIndex((r) => r.id === this.relation);
    const next =
      current === -1
        ? direction === 1
          ? 0
          : relations.length - 1
        : (current + direction + relations.length) % relations.length;
    const r = relations[next]!;
    this.relation = r.id;
    this.kind = 'relation';
    this.draw();
    this.announce(`${relationTooltip(index, r)}, ${next + 1} of ${relations.length}`);
  }

  /** Asks the root to select what the cursor is on (mg-select, origin 'graph'). */
  select(): void {
    let selection: Selection | null = null;
    if (this.kind === 'relation' && this.relation !== null) {
      selection = { kind: 'relation', id: this.relation };
    } else if (this.kind === 'actor' && this.actor !== null) {
      selection = { kind: 'actor', id: this.actor };
    }
    if (selection) this.host.dispatchEvent(selectEvent({ selection, origin: 'graph' }));
  }

  private announce(text: string): void {
    if (text === this.announcement) return;
    this.announcement = text;
    this.host.requestUpdate();
  }

  private visibleRelationsOf(index: DatasetIndex, actorId: string): Relation[] {
    const { shownRelations } = this.drawn();
    const list = index.relationsByActor.get(actorId) ?? [];
    return list.filter((r) => shownRelations.has(r.id));
  }

  /**
   * Actors most connected first, then by name: sorted on the first keypress rather than at load,
   * because for 20,000 actors the name comparisons alone take a noticeable moment.
   */
  private keyboardActors(index: DatasetIndex): readonly string[] {
    if (this.order) return this.order;
    const collator = new Intl.Collator();
    const degree = (id: string): number => index.degree.get(id) ?? 0;
    this.order = [...index.dataset.actors]
      .sort(
        (a, b) =>
          degree(b.id) - degree(a.id) ||
          collator.compare(a.name, b.name) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      )
      .map((a) => a.id);
    return this.order;
  }

  /** Rings the element under the cursor and scrolls it into view. */
  private draw(): void {
    const cy = this.host.cy;
    if (!cy) return;
    const target =
      this.kind === 'relation' && this.relation !== null
        ? cy.getElementById(this.drawn().plan.bundleOf.get(this.relation) ?? this.relation)
        : this.actor !== null
          ? cy.getElementById(this.actor)
          : cy.collection();
    cy.batch(() => {
      cy.elements('.cursor').removeClass('cursor');
      target.addClass('cursor');
    });
    if (target.empty()) return;
    const bb = target.renderedBoundingBox();
    if (
      bb.x1 < CURSOR_MARGIN ||
      bb.y1 < CURSOR_MARGIN ||
      bb.x2 > cy.width() - CURSOR_MARGIN ||
      bb.y2 > cy.height() - CURSOR_MARGIN
    ) {
      cy.center(target);
    }
  }
}
