import cytoscape from 'cytoscape';

/**
 * The graph as an image file for the Export menu: the whole graph (not only what the viewport
 * shows), on the theme's background so that it reads the same in a dark slide or on paper.
 * PNG comes from Cytoscape itself at twice the pixel size; SVG from the cytoscape-svg extension,
 * fetched the first time an SVG is asked for so that it never weighs on the first view.
 */

export type GraphImageFormat = 'png' | 'svg';

const CANVAS2SVG_TEXT_PATH = 'Attempted to apply path command to node';

let svgReady: Promise<void> | null = null;

function loadSvg(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then(({ default: register }) => {
    cytoscape.use(register);
  });
  return svgReady;
}

export async function graphImage(
  cy: cytoscape.Core,
  format: GraphImageFormat,
  background: string,
): Promise<Blob> {
  if (format === 'png') {
    return cy.png({ full: true, scale: 2, output: 'blob', bg: background });
  }
  await loadSvg();
  // canvas2svg (inside cytoscape-svg) reports each path command Cytoscape sends while a label's
  // <text> is the current node as a console error, and skips it: the label is drawn all the
  // same. Those reports, and only those, are kept out of the console while the SVG is drawn.
  const error = console.error;
  console.error = (...args: unknown[]) => {
    if (args[0] !== CANVAS2SVG_TEXT_PATH || args[1] !== 'text') error(...args);
  };
  try {
    const svg = (cy as unknown as { svg(o: object): string }).svg({
      full: true,
      scale: 1,
      bg: background,
    });
    return new Blob([svg], { type: 'image/svg+xml' });
  } finally {
    console.error = error;
  }
}
