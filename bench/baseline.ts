import cytoscape from 'cytoscape';
import type { Dataset } from '../src/model/contract/types.ts';

/**
 * The benchmark's baseline: what drawing a dataset costs with nothing but Cytoscape. It reads
 * the same compiled dataset file the explorer reads (`?data=`), makes every actor a node (at
 * its stored position when every actor has one) and every relation an edge, and hands them to
 * Cytoscape with its default style and options: `preset` layout when positions are stored,
 * Cytoscape's default layout otherwise. No validation, no index, no Lit, no panels.
 *
 * Its equivalents of the explorer's interactions, each driven by a real click:
 * - filter: a checkbox per relation type hides or shows that type's edges with
 *   `style('display', …)` in one batch;
 * - selection: a button that selects the next edge (in a fixed stride through the edges,
 *   replacing the selection), as a click on a row of the explorer's table selects a relation.
 *   Not a click on the canvas: zoomed out over 100,000 relations every edge's midpoint lies
 *   under some node, and Cytoscape's hit test alone costs a fifth of a second per try there.
 *
 * The graph box is `?w=` × `?h=` CSS px, the size of the explorer's graph in the same window,
 * so both draw the same number of pixels. One frame after Cytoscape is built the root gets
 * `data-graph-ready`, as the explorer's root does after <mg-graph> has drawn.
 */

const params = new URLSearchParams(location.search);
const dataUrl = params.get('data');
const width = Number(params.get('w') ?? 800);
const height = Number(params.get('h') ?? 600);

const root = document.getElementById('root')!;
const form = document.getElementById('types') as HTMLFormElement;
const container = document.getElementById('graph')!;
container.style.width = `${width}px`;
container.style.height = `${height}px`;

async function main(): Promise<void> {
  if (!dataUrl) throw new Error('baseline: give the dataset as ?data=<url>');
  const response = await fetch(dataUrl);
  if (!response.ok) throw new Error(`baseline: ${dataUrl}: HTTP ${response.status}`);
  const dataset = (await response.json()) as Dataset;

  const positioned = dataset.actors.every((a) => a.position !== undefined);
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const elements: cytoscape.ElementDefinition[] = dataset.actors.map((a) => ({
    group: 'nodes',
    data: { id: a.id },
    ...(positioned && a.position ? { position: { x: a.position.x, y: a.position.y } } : {}),
  }));
  for (const r of dataset.relations) {
    // Cytoscape throws on an edge to a missing node; the validator would have refused it.
    if (!actorIds.has(r.source) || !actorIds.has(r.target)) continue;
    elements.push({
      group: 'edges',
      data: { id: r.id, source: r.source, target: r.target, type: r.type },
    });
  }

  // The checkboxes first, so the graph's box does not move once drawn.
  let cy: cytoscape.Core | null = null;
  for (const type of dataset.relationTypes) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      const display = box.checked ? 'element' : 'none';
      cy?.batch(() => {
        cy?.edges()
          .filter((e) => e.data('type') === type.id)
          .style('display', display);
      });
    });
    label.append(box, ` ${type.label}`);
    form.append(label);
  }

  let next = 0;
  document.getElementById('select-next')!.addEventListener('click', () => {
    if (!cy) return;
    const edges = cy.edges();
    if (edges.empty()) return;
    const edge = edges.eq((Math.floor(edges.length / 3) + next++ * 7919) % edges.length);
    cy.batch(() => {
      cy?.elements(':selected').unselect();
      edge.select();
    });
  });

  cy = cytoscape({
    container,
    elements,
    ...(positioned ? { layout: { name: 'preset' } } : {}),
  });
  window.__baselineCy = cy;

  requestAnimationFrame(() => root.setAttribute('data-graph-ready', ''));
}

main().catch((error: unknown) => {
  root.setAttribute('data-error', String(error));
  console.error(error);
});
