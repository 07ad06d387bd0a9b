import type { Core } from 'cytoscape';

/**
 * The in-page half of the benchmark, installed with Playwright's addInitScript before any of the
 * page's own scripts run, on the app and on the baseline alike, so both are timed by the same
 * code. It is transpiled on its own (bench/transpile.ts) and must not import anything at run
 * time.
 *
 * Every time is performance.now(), i.e. milliseconds since the navigation started (timeOrigin).
 *
 * - Ready: the page marks an element `data-graph-ready` (the app's root on `mg-graph-ready`, the
 *   baseline's root one frame after Cytoscape is built); the probe notes the time of the next
 *   animation frame, by which the frame that drew the graph has been painted.
 * - Interactions: `arm()` before Playwright's real click or wheel; the start is the input event's
 *   own timeStamp (taken by a capture listener on window, ahead of any handler), the end is the
 *   first moment after a frame that shows the result has been painted: a task posted through a
 *   MessageChannel from inside that frame runs once its rendering is done.
 */

export interface ProbeLongTask {
  readonly startTime: number;
  readonly duration: number;
}

/** What an interaction must have produced before its frame counts as "the result painted". */
export interface ArmSpec {
  /** The input event whose timeStamp starts the clock: 'click' or 'wheel'. */
  readonly input: 'click' | 'wheel';
  /**
   * Filter: when Cytoscape draws, this edge must be shown ('element') or gone ('none': hidden
   * with `display: none`, or removed from the graph, as the app does).
   */
  readonly edgeDisplay?: { readonly id: string; readonly display: 'none' | 'element' };
  /** Baseline selection: an edge must have been selected since arming when Cytoscape draws. */
  readonly edgeSelected?: boolean;
  /** App selection: the evidence panel must show this quote in its <mark>. */
  readonly evidenceQuote?: string;
  /** Zoom: a Cytoscape render at a zoom level other than the one when armed. */
  readonly zoomChange?: boolean;
  /** The app's elements must have no Lit update pending (the DOM side of a filter). */
  readonly appSettled?: boolean;
  readonly timeoutMs: number;
}

export interface InteractionResult {
  /** timeStamp of the input event. */
  readonly start: number;
  /** After the first painted frame showing the result. */
  readonly end: number;
  readonly latency: number;
}

export interface BenchProbe {
  readonly longTasks: ProbeLongTask[];
  /** Time of the frame after the page marked itself ready, once it has. */
  readyAt: number | null;
  /** Resolves with readyAt. */
  readonly ready: Promise<number>;
  /** The app's own `mg-graph-ready` detail.ms (build time inside <mg-graph>), if it fired. */
  graphMs: number | null;
  /** Resolves at ready + ms, with every long task observed until then. */
  settle(ms: number): Promise<ProbeLongTask[]>;
  arm(spec: ArmSpec): void;
  /** The armed interaction's outcome; rejects on timeout. */
  result(): Promise<InteractionResult>;
  /** The Cytoscape core of the app's <mg-graph> or of the baseline. */
  cy(): Core | null;
  /** The first of these relation ids that is drawn as a shown edge, or null. */
  drawnEdge(ids: readonly string[]): string | null;
  /** Which renderer Cytoscape drew with, and what is behind WebGL on this machine. */
  rendererInfo(): RendererInfo;
}

export interface RendererInfo {
  /** Cytoscape drew with its WebGL renderer (else with canvas 2D). */
  readonly webgl: boolean;
  /** The WebGL implementation (e.g. SwiftShader, a software rasteriser), null without WebGL. */
  readonly glRenderer: string | null;
  /** WebGL2 refuses a context when asked to fail on a major performance caveat (software GL). */
  readonly glMajorPerformanceCaveat: boolean | null;
}

declare global {
  interface Window {
    __mgBench?: BenchProbe;
    /** Set by the baseline page. */
    __baselineCy?: Core;
  }
}

/** Installs window.__mgBench. Must stay self-contained: it is shipped as source text. */
export function installBenchProbe(): void {
  if (window.__mgBench) return;
  const longTasks: ProbeLongTask[] = [];
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longTasks.push({ startTime: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    observer = null;
  }

  const afterPaint = (done: (t: number) => void): void => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done(performance.now());
    };
    channel.port2.postMessage(0);
  };

  let markReady: (t: number) => void = () => undefined;
  const ready = new Promise<number>((resolve) => (markReady = resolve));

  // Cytoscape draws from its own requestAnimationFrame loop, and calls its beforeRender
  // callbacks right before each draw, with the state that draw will show. Its 'render' event
  // would be simpler, but the WebGL renderer (which the app uses for large graphs) never fires
  // it. One hook per renderer, lowest priority so that it runs after animations have stepped.
  let onDraw: (() => void) | null = null;
  const hooked = new WeakSet<object>();
  const hookDraws = (cy: Core): void => {
    const renderer = (
      cy as unknown as {
        renderer(): {
          beforeRender(fn: (willDraw: boolean) => void, priority: number): void;
        } | null;
      }
    ).renderer();
    if (!renderer || hooked.has(renderer)) return;
    hooked.add(renderer);
    renderer.beforeRender((willDraw) => {
      if (willDraw) onDraw?.();
    }, -1e9);
  };

  const findCy = (): Core | null => {
    if (window.__baselineCy) return window.__baselineCy;
    const graph = document.querySelector('memograph-app')?.shadowRoot?.querySelector('mg-graph');
    return (graph as unknown as { cy?: Core | null } | null)?.cy ?? null;
  };

  const probe: BenchProbe = {
    longTasks,
    readyAt: null,
    ready,
    graphMs: null,
    async settle(ms) {
      const at = await ready;
      const wait = at + ms - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (observer) {
        for (const e of observer.takeRecords())
          longTasks.push({ startTime: e.startTime, duration: e.duration });
      }
      return longTasks.slice();
    },
    arm: () => undefined,
    result: () => Promise.reject(new Error('nothing armed')),
    cy: findCy,
    drawnEdge(ids) {
      const cy = findCy();
      if (!cy) return null;
      for (const id of ids) {
        const e = cy.getElementById(id);
        if (e.nonempty() && e.isEdge() && e.style('display') !== 'none') return id;
      }
      return null;
    },
    rendererInfo() {
      const renderer = (
        findCy() as unknown as { renderer(): { webgl?: boolean } | null } | null
      )?.renderer();
      let glRenderer: string | null = null;
      let caveat: boolean | null = null;
      try {
        const gl = document.createElement('canvas').getContext('webgl2');
        if (gl) {
          const ext = gl.getExtension('WEBGL_debug_renderer_info');
          glRenderer = String(
            gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '',
          );
          gl.getExtension('WEBGL_lose_context')?.loseContext();
          const strict = document
            .createElement('canvas')
            .getContext('webgl2', { failIfMajorPerformanceCaveat: true });
          caveat = strict === null;
          strict?.getExtension('WEBGL_lose_context')?.loseContext();
        }
      } catch {
        glRenderer = null;
      }
      return { webgl: renderer?.webgl === true, glRenderer, glMajorPerformanceCaveat: caveat };
    },
  };

  probe.arm = (spec) => {
    const cy = findCy();
    const zoomAtArm = cy?.zoom() ?? 0;
    let start: number | null = null;
    let graphOk = false;
    let domOk = false;
    let finished = false;
    let frame = 0;
    let resolveResult: (r: InteractionResult) => void = () => undefined;
    let rejectResult: (e: Error) => void = () => undefined;
    const outcome = new Promise<InteractionResult>((res, rej) => {
      resolveResult = res;
      rejectResult = rej;
    });
    outcome.catch(() => undefined);

    // Nothing to watch in the graph (no edge of the type is drawn, say): the DOM side decides.
    const graphWatched =
      cy !== null &&
      (spec.edgeDisplay !== undefined || spec.zoomChange === true || spec.edgeSelected === true);
    let newlySelected = false;
    const onSelect = (): void => {
      newlySelected = true;
    };

    const graphCondition = (): boolean => {
      if (!cy) return true;
      if (spec.edgeDisplay) {
        // Looked up at every draw: the app removes filtered edges and adds them back.
        const edge = cy.getElementById(spec.edgeDisplay.id);
        const shown = edge.nonempty() && edge.style('display') !== 'none';
        if (shown !== (spec.edgeDisplay.display === 'element')) return false;
      }
      if (spec.edgeSelected && !newlySelected) return false;
      if (spec.zoomChange && cy.zoom() === zoomAtArm) return false;
      return true;
    };
    const domCondition = (): boolean => {
      const app = document.querySelector('memograph-app');
      const root = app?.shadowRoot;
      const pending = (el: Element | null | undefined): boolean =>
        (el as unknown as { isUpdatePending?: boolean } | null)?.isUpdatePending === true;
      if (spec.appSettled && app) {
        if (pending(app)) return false;
        for (const el of root?.querySelectorAll('mg-graph, mg-legend, mg-relations-table') ?? [])
          if (pending(el)) return false;
      }
      if (spec.evidenceQuote !== undefined) {
        const panel = root?.querySelector('mg-evidence-panel');
        const relation = (panel as unknown as { relation?: { quote?: string } | null } | null)
          ?.relation;
        if (!panel || pending(panel) || relation?.quote !== spec.evidenceQuote) return false;
        if (!panel.shadowRoot?.querySelector('mark')) return false;
      }
      return true;
    };

    const finish = (): void => {
      if (finished || start === null || !graphOk || !domOk) return;
      finished = true;
      cleanup();
      const begun = start;
      afterPaint((end) => resolveResult({ start: begun, end, latency: end - begun }));
    };
    const beforeDraw = (): void => {
      if (start !== null && !graphOk && graphCondition()) {
        graphOk = true;
        finish();
      }
    };
    const onFrame = (): void => {
      frame = requestAnimationFrame(onFrame);
      if (start === null) return;
      if (!domOk && domCondition()) domOk = true;
      if (!graphWatched && !graphOk && graphCondition()) graphOk = true;
      finish();
    };
    const onInput = (e: Event): void => {
      if (start === null) start = e.timeStamp;
    };
    const timer = setTimeout(() => {
      if (finished) return;
      finished = true;
      cleanup();
      rejectResult(
        new Error(
          `no painted result within ${spec.timeoutMs} ms (input seen: ${start !== null}, graph: ${graphOk}, page: ${domOk})`,
        ),
      );
    }, spec.timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      window.removeEventListener(spec.input, onInput, true);
      if (onDraw === beforeDraw) onDraw = null;
      cy?.off('select', 'edge', onSelect);
    };
    window.addEventListener(spec.input, onInput, { capture: true, passive: true });
    if (cy) {
      hookDraws(cy);
      onDraw = beforeDraw;
      if (spec.edgeSelected) cy.on('select', 'edge', onSelect);
    }
    frame = requestAnimationFrame(onFrame);
    probe.result = () => outcome;
  };

  window.addEventListener(
    'mg-graph-ready',
    (e) => {
      const detail = (e as CustomEvent<{ ms?: number }>).detail;
      if (probe.graphMs === null && typeof detail?.ms === 'number') probe.graphMs = detail.ms;
    },
    { capture: true },
  );

  const watchReady = new MutationObserver(() => {
    if (!document.querySelector('[data-graph-ready]')) return;
    watchReady.disconnect();
    requestAnimationFrame(() => {
      probe.readyAt = performance.now();
      markReady(probe.readyAt);
    });
  });
  watchReady.observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-graph-ready'],
  });

  window.__mgBench = probe;
}
