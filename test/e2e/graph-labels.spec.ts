import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, waitForGraph } from './support.ts';

/**
 * The memo's graph as an analyst first sees it, at a desktop and a phone size in both themes:
 * every label drawn at 11 CSS px or more, no two labels on top of each other, none cut at the
 * edge of the view, and at the desktop size nearly all of them drawn. (That no relation crosses a
 * label in the memo's own layout is checked in Node, test/unit/label-clearance.test.ts.)
 * Label boxes are Cytoscape's own, as drawn: `boundingBox({ includeLabels, includeNodes: false })`.
 */
interface Measured {
  zoom: number;
  width: number;
  height: number;
  labels: {
    name: string;
    screenFont: number;
    box: { x1: number; y1: number; x2: number; y2: number };
    rendered: { x1: number; y1: number; x2: number; y2: number };
  }[];
  hidden: string[];
}

async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const graph = document
      .querySelector('memograph-app')!
      .shadowRoot!.querySelector('mg-graph') as HTMLElement & { cy: Core };
    const cy = graph.cy;
    const zoom = cy.zoom();
    const options = {
      includeLabels: true,
      includeNodes: false,
      includeEdges: false,
      includeOverlays: false,
      includeUnderlays: false,
      includeOutlines: false,
    };
    const shown = cy.nodes().filter((n) => n.visible() && !n.hasClass('label-hidden'));
    return {
      zoom,
      width: cy.width(),
      height: cy.height(),
      labels: shown.map((n) => ({
        name: n.data('name') as string,
        screenFont: parseFloat(n.style('font-size') as string) * zoom,
        box: n.boundingBox(options),
        rendered: n.renderedBoundingBox(options),
      })),
      hidden: cy
        .nodes('.label-hidden')
        .filter((n) => n.visible())
        .map((n) => n.data('name') as string),
    };
  });
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`graph labels at ${width}×${height}, ${scheme}: readable, apart, uncut`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./');
      await waitForGraph(page);
      const m = await measure(page);
      const dir = join('test-results', 'screenshots');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `graph-labels-${width}-${scheme}.png`), await page.screenshot());

      expect(m.labels.length, 'labels drawn').toBeGreaterThan(width > 1000 ? 25 : 10);
      for (const l of m.labels) {
        expect(l.screenFont, `${l.name}: on-screen size`).toBeGreaterThanOrEqual(11);
        // Inside the view: not cut at its edge.
        expect(l.rendered.x1, `${l.name}: left edge`).toBeGreaterThanOrEqual(0);
        expect(l.rendered.y1, `${l.name}: top edge`).toBeGreaterThanOrEqual(0);
        expect(l.rendered.x2, `${l.name}: right edge`).toBeLessThanOrEqual(m.width);
        expect(l.rendered.y2, `${l.name}: bottom edge`).toBeLessThanOrEqual(m.height);
      }
      const overlaps: string[] = [];
      m.labels.forEach((a, i) =>
        m.labels.slice(i + 1).forEach((b) => {
          if (overlap(a.box, b.box)) overlaps.push(`${a.name} | ${b.name}`);
        }),
      );
      expect(overlaps, 'labels on top of each other').toEqual([]);

      if (width > 1000) {
        // The placement has room for every actor's name at the desktop size but at most a few.
        expect(m.hidden.length, `labels left out: ${m.hidden.join(', ')}`).toBeLessThanOrEqual(3);
      }
    });
  }
}
