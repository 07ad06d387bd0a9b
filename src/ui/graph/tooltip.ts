import type cytoscape from 'cytoscape';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { KIND_LABELS, relationTooltip } from '../../model/words/describe.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import {
  bundleDescription,
  summarise,
  type PairBundle,
} from '../../model/explorer/parallel-bundles.ts';

/** The hover text for an actor or a relation; null for an element the dataset does not have. */
export function describeElement(
  index: DatasetIndex,
  ele: cytoscape.SingularElementReturnValue,
  bundles: ReadonlyMap<string, PairBundle> = new Map(),
): string | null {
  const bundle = bundles.get(ele.id());
  if (bundle) {
    const name = (id: string) => index.actorById.get(id)?.name ?? id;
    return bundleDescription(bundle, summarise(bundle, index.relationById), name);
  }
  if (ele.group() === 'edges') {
    const r = index.relationById.get(ele.id());
    if (!r) return null;
    return relationTooltip(index, r);
  }
  const actor = index.actorById.get(ele.id());
  return actor ? `${actor.name} · ${KIND_LABELS[actor.kind]}` : null;
}

interface Tip {
  readonly text: string;
  readonly place: Readonly<Record<string, string>>;
}

/**
 * The hover text: shown beside the pointer over an actor or a relation, hidden when the pointer
 * leaves it or the view moves. Rendered by the host with render(), as text, never markup.
 */
export class TooltipController implements ReactiveController {
  private tip: Tip | null = null;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & {
        readonly index: DatasetIndex | null;
      },
    /** The bundles of parallel relations drawn now, by element id. */
    private readonly bundles: () => ReadonlyMap<string, PairBundle> = () => new Map(),
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide();
  }

  /** Listens to a new Cytoscape core. */
  bind(cy: cytoscape.Core): void {
    cy.on('mouseover', 'node, edge', (e) => {
      const ele = e.target as cytoscape.SingularElementReturnValue;
      const index = this.host.index;
      const text = index ? describeElement(index, ele, this.bundles()) : null;
      if (text === null) return;
      this.show(text, e.renderedPosition ?? ele.renderedPosition());
    });
    cy.on('mouseout', 'node, edge', () => this.hide());
    cy.on('viewport', () => this.hide());
  }

  hide(): void {
    if (this.tip === null) return;
    this.tip = null;
    this.host.requestUpdate();
  }

  render() {
    const tip = this.tip;
    return tip
      ? html`<div class="tooltip" part="tooltip" role="tooltip" style=${styleMap(tip.place)}>
          ${tip.text}
        </div>`
      : nothing;
  }

  private show(text: string, at: cytoscape.Position): void {
    // Beside the pointer and towards the middle of the graph, so that it stays inside the
    // element whatever its (not yet known) size.
    const w = this.host.clientWidth;
    const h = this.host.clientHeight;
    const place: Record<string, string> = {};
    if (at.x > w / 2) place['right'] = `${Math.round(w - at.x + 12)}px`;
    else place['left'] = `${Math.round(at.x + 12)}px`;
    if (at.y > h * 0.65) place['bottom'] = `${Math.round(h - at.y + 12)}px`;
    else place['top'] = `${Math.round(at.y + 14)}px`;
    this.tip = { text, place };
    this.host.requestUpdate();
  }
}
