import type { Page } from '@playwright/test';
import type { Core, EdgeSingular } from 'cytoscape';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, waitForGraph } from './support.ts';

/**
 * In every layout, a relation is drawn around the actors it does not join: a line from MRTA to
 * the Uruguayan ambassador through Cuba and Fidel Castro would read as a chain. Each drawn edge's
 * path (straight, or the quadratic curve through its control point) is sampled and checked
 * against every other actor's node.
 */
async function throughActors(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const graph = document
      .querySelector('memograph-app')!
      .shadowRoot!.querySelector('mg-graph') as HTMLElement & { cy: Core };
    const cy = graph.cy;
    const nodes = cy.nodes().filter((n) => n.visible());
    const found: string[] = [];
    cy.edges()
      .filter((e) => e.visible())
      .forEach((ele) => {
        const e = ele as unknown as EdgeSingular;
        const a = e.sourceEndpoint();
        const b = e.targetEndpoint();
        const cps = e.controlPoints();
        const c = cps && cps.length === 1 ? cps[0]! : null;
        if (cps && cps.length > 1) return; // a fan of parallel relations, Cytoscape's own
        nodes.forEach((n) => {
          if (n.same(e.source()) || n.same(e.target())) return;
          const p = n.position();
          const r = n.width() / 2;
          for (let i = 1; i < 40; i++) {
            const u = i / 40;
            const x = c
              ? (1 - u) ** 2 * a.x + 2 * u * (1 - u) * c.x + u * u * b.x
              : a.x + u * (b.x - a.x);
            const y = c
              ? (1 - u) ** 2 * a.y + 2 * u * (1 - u) * c.y + u * u * b.y
              : a.y + u * (b.y - a.y);
            if (Math.hypot(x - p.x, y - p.y) < r) {
              found.push(
                `${e.source().data('name')} – ${e.target().data('name')} through ${n.data('name')}`,
              );
              return;
            }
          }
        });
      });
    return found;
  });
}

for (const layout of ['force', 'concentric', 'circle', 'grid'] as const) {
  test(`${layout} layout: no relation is drawn through an actor it does not join`, async ({
    page,
  }) => {
    await page.goto(`./?layout=${layout}`);
    await waitForGraph(page);
    await expect(page.locator('memograph-app')).toHaveAttribute('data-graph-ready', /.*/);
    const dir = join('test-results', 'screenshots');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `graph-routes-${layout}.png`), await page.screenshot());
    expect(await throughActors(page)).toEqual([]);
  });
}
