import type { Core, EdgeSingular } from 'cytoscape';

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
  /** Filter: this edge's `display` must read this value in a Cytoscape render. */
  readonly edgeDisplay?: { readonly id: string; readonly display: 'none' | 'element' };
  /** Baseline selection: this edge must be selected in a Cytoscape render. */
  readonly edgeSelected?: string;
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

export interface EdgeTarget {
  readonly id: string;
  /** Viewport coordinates of the edge's midpoint, for page.mouse.click. */
  readonly x: number;
  readonly y: number;
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
  /**
   * An edge whose midpoint, clicked, hits that edge (Cytoscape's own hit test says so), inside
   * the graph's box, skipping `exclude`; null if none of the first `tries` candidates does.
   */
  edgeAtMidpoint(exclude: readonly string[], tries: number): EdgeTarget | null;
  /** The Cytoscape core of the app's <mg-graph> or of the baseline. */
  cy(): Core | null;
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
    edgeAtMidpoint(exclude, tries) {
      const cy = findCy();
      if (!cy) return null;
      const container = cy.container();
      if (!container) return null;
      const box = container.getBoundingClientRect();
      const renderer = (
        cy as unknown as {
          renderer(): { findNearestElement(x: number, y: number, i: boolean, t: boolean): unknown };
        }
      ).renderer();
      const skip = new Set(exclude);
      const edges = cy.edges();
      const n = edges.length;
      // Start a third of the way in: the first relations of a corpus tend to share actors.
      for (let k = 0; k < Math.min(n, tries); k++) {
        const edge: EdgeSingular = edges.eq((Math.floor(n / 3) + k * 7919) % n);
        if (skip.has(edge.id()) || edge.style('display') === 'none') continue;
        const rendered = edge.renderedMidpoint();
        const margin = 12;
        if (
          rendered.x < margin ||
          rendered.y < margin ||
          rendered.x > box.width - margin ||
          rendered.y > box.height - margin
        )
          continue;
        const model = edge.midpoint();
        const hit = renderer.findNearestElement(model.x, model.y, true, false) as {
          id?: () => string;
        } | null;
        if (hit?.id?.() !== edge.id()) continue;
        return { id: edge.id(), x: box.left + rendered.x, y: box.top + rendered.y };
      }
      return null;
    },
    cy: findCy,
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

    const edgeId = spec.edgeDisplay?.id ?? spec.edgeSelected ?? null;
    const edge = edgeId !== null && cy ? cy.getElementById(edgeId) : null;
    // No such edge drawn (an aggregated view, say) and no zoom to watch: the graph has nothing
    // to show, so the DOM side alone decides.
    const graphWatched = (edge !== null && edge.nonempty()) || spec.zoomChange === true;

    const graphCondition = (): boolean => {
      if (!cy) return true;
      if (spec.edgeDisplay && edge?.nonempty())
        if (edge.style('display') !== spec.edgeDisplay.display) return false;
      if (spec.edgeSelected && edge?.nonempty() && !edge.selected()) return false;
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
    const onRender = (): void => {
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
      cy?.off('render', onRender);
    };
    window.addEventListener(spec.input, onInput, { capture: true, passive: true });
    cy?.on('render', onRender);
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
