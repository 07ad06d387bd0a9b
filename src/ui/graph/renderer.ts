import cytoscape from 'cytoscape';
import type { SizeTier } from '../graph-style.ts';
import { CANVAS_RELATION_BUDGET, GRAPH_RELATION_BUDGET } from '../../model/explorer/overview.ts';

let webgl2Support: boolean | null = null;

/** GL renderers that draw on the CPU: there Cytoscape's WebGL renderer is slower than its canvas one. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether WebGL 2 is available and drawn by a GPU. Software GL (SwiftShader, llvmpipe: virtual
 * desktops and machines without a GPU driver) draws a large graph far more slowly than the
 * canvas renderer does on the same machine. Probed once per page.
 */
export function webgl2Available(): boolean {
  if (webgl2Support === null) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      webgl2Support = gl !== null && !SOFTWARE_GL.test(renderer);
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webgl2Support = false;
    }
  }
  return webgl2Support;
}

/**
 * How many relations the graph may draw for a view of `visible` relations: what the renderer
 * it will draw with repaints in time (src/model/explorer/overview.ts). The GPU probe runs only
 * when the answer depends on it.
 */
export function relationBudget(visible: number): number {
  if (visible <= CANVAS_RELATION_BUDGET) return CANVAS_RELATION_BUDGET;
  return webgl2Available() ? GRAPH_RELATION_BUDGET : CANVAS_RELATION_BUDGET;
}

/** A Cytoscape core drawing into the page, and whether it draws with WebGL (on a GPU). */
export interface DrawingCore {
  readonly cy: cytoscape.Core;
  readonly webgl: boolean;
}

/**
 * Creates the graph's Cytoscape core in `container`. The renderer options (WebGL, textures while
 * panning, pixel ratio) follow the size tier and are fixed for the life of the core: a change of
 * tier needs a new one.
 */
export function createDrawingCore(
  container: HTMLElement,
  style: cytoscape.StylesheetJson,
  tier: SizeTier,
): DrawingCore {
  const large = tier === 'large';
  const options: cytoscape.CytoscapeOptions = {
    container,
    style,
    minZoom: large ? 0.02 : 0.1,
    maxZoom: 5,
    boxSelectionEnabled: false,
    // Selection is the root's state, drawn with classes; Cytoscape's own would drift from it.
    autounselectify: true,
    // Positions are part of what the reader learns; they are moved only by a layout.
    autoungrabify: true,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    ...(large ? { pixelRatio: 1 } : {}),
  };
  if (large && webgl2Available()) {
    let cy: cytoscape.Core | null = null;
    try {
      cy = cytoscape({ ...options, renderer: { name: 'canvas', webgl: true } } as never);
      restoreCanvasLayers(cy);
      return { cy, webgl: true };
    } catch {
      cy?.destroy();
    }
  }
  return { cy: cytoscape(options), webgl: false };
}

/**
 * Cytoscape 3.35 records the WebGL layer count on the renderer's prototype, so every later canvas
 * renderer on the page would create a WebGL context too. Puts it back.
 */
function restoreCanvasLayers(cy: cytoscape.Core): void {
  const renderer = (cy as unknown as { renderer(): object }).renderer();
  (Object.getPrototypeOf(renderer) as { CANVAS_LAYERS: number }).CANVAS_LAYERS = 3;
}
