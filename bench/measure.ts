import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright';
import type { ArmSpec, InteractionResult, ProbeLongTask, RendererInfo } from './probe.ts';
import { tasksInWindow, totalBlockingTime } from './stats.ts';
import type { InteractionTargets } from './targets.ts';

/**
 * One cold load of one page (the explorer or the baseline) in a fresh browser context, and the
 * interactions measured on it. The in-page timing is bench/probe.ts; this file drives the page
 * with real input (Playwright clicks and wheel events, i.e. CDP input events the browser
 * treats as the user's) and polls the JS heap over CDP.
 */

/** What one page load gave. Times in ms, heap in bytes; NaN marks a measurement that failed. */
export interface PageRun {
  /** Navigation start to the frame after the page marked itself ready. */
  readonly loadMs: number;
  /**
   * Navigation start to the moment the graph is painted and the main thread is free: the later
   * of loadMs and the end of the last long task before ready + TBT_TAIL_MS.
   */
  readonly interactiveMs: number;
  /** Total blocking time from navigation start to ready + TBT_TAIL_MS. */
  readonly tbtMs: number;
  /** Long tasks in that window, and their summed duration. */
  readonly longTasks: number;
  readonly longTaskMs: number;
  /** The longest of them: how long the page was frozen in one go. */
  readonly longestTaskMs: number;
  /** The longest task that started after the first painted graph, within the same window. */
  readonly longestTaskAfterPaintMs: number;
  readonly filterMs: readonly number[];
  readonly selectionMs: readonly number[];
  readonly zoomMs: readonly number[];
  /** A click on something inert: input to the next painted frame, the floor under the rest. */
  readonly floorMs: readonly number[];
  /** Highest JSHeapUsedSize seen while loading and interacting. */
  readonly peakHeapBytes: number;
  /** The app's own mg-graph-ready figure (inside <mg-graph>), null for the baseline. */
  readonly graphMs: number | null;
  /** The app's note that the graph shows an overview (the text), null when there is none. */
  readonly overviewNote: string | null;
  /** How Cytoscape drew, null if the page never got ready. */
  readonly renderer: RendererInfo | null;
  /** Size of the graph's box, CSS px. */
  readonly canvas: { readonly width: number; readonly height: number } | null;
  readonly errors: readonly string[];
}

export type PageKind = 'app' | 'baseline';

export interface RunSetup {
  readonly browser: Browser;
  /** The probe, as an init script. */
  readonly probeScript: string;
  readonly url: string;
  readonly kind: PageKind;
  readonly targets: InteractionTargets;
  readonly loadTimeoutMs: number;
  readonly interactionTimeoutMs: number;
  /** Selections, zoom steps and inert clicks per load. */
  readonly repeats: number;
  /** Filter toggles per load: hide, then show, then hide… */
  readonly filterRepeats: number;
  readonly viewport: { readonly width: number; readonly height: number };
}

/** The window after ready in which long tasks still count towards TBT. */
export const TBT_TAIL_MS = 1000;
/** How often the JS heap is sampled. */
const HEAP_POLL_MS = 100;
/** Quiet time between two measured interactions, so that one's tail never overlaps the next. */
const BETWEEN_MS = 150;

/** Rows of the app's relations table clicked for the selection figure. */
const TABLE_ROWS = [2, 5, 8, 11, 14, 17];

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** Samples JSHeapUsedSize until stopped; keeps the highest value. */
class HeapSampler {
  peak = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private busy = false;

  constructor(private readonly cdp: CDPSession) {}

  async start(): Promise<void> {
    await this.cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    this.timer = setInterval(() => void this.sample(), HEAP_POLL_MS);
  }

  async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const { metrics } = await this.cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      if (used > this.peak) this.peak = used;
    } catch {
      // The page is closing; the samples so far stand.
    } finally {
      this.busy = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

async function arm(page: Page, spec: ArmSpec): Promise<void> {
  await page.evaluate((s) => window.__mgBench!.arm(s), spec);
}

async function outcome(page: Page, timeoutMs: number): Promise<InteractionResult> {
  return withTimeout(
    page.evaluate(() => window.__mgBench!.result()),
    timeoutMs + 5000,
    'interaction',
  );
}

/**
 * A real click in the middle of an element: page.mouse, not locator.click, whose actionability
 * checks listen in the page during the click and would add their cost to the app's figures but
 * not to the baseline's canvas clicks.
 */
async function clickCenter(page: Page, target: Locator, timeoutMs: number): Promise<void> {
  await target.scrollIntoViewIfNeeded({ timeout: timeoutMs });
  const box = await target.boundingBox({ timeout: timeoutMs });
  if (!box) throw new Error('the element to click is not rendered');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function quiet(page: Page): Promise<void> {
  await page.waitForTimeout(BETWEEN_MS);
  // Two frames: whatever the last interaction scheduled has run.
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Clicks on an element that does nothing: what any click costs before the page does work. */
async function measureFloor(
  page: Page,
  setup: RunSetup,
  target: Locator,
  errors: string[],
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < setup.repeats; i++) {
    try {
      await quiet(page);
      await arm(page, { input: 'click', timeoutMs: setup.interactionTimeoutMs });
      await clickCenter(page, target, setup.interactionTimeoutMs);
      samples.push((await outcome(page, setup.interactionTimeoutMs)).latency);
    } catch (error) {
      errors.push(`floor ${i + 1}: ${message(error)}`);
      samples.push(NaN);
    }
  }
  return samples;
}

/** Hides, then shows, then hides… the target type with real clicks on its checkbox. */
async function measureFilter(page: Page, setup: RunSetup, errors: string[]): Promise<number[]> {
  const box = page.getByRole('checkbox', { name: setup.targets.type.label, exact: true }).first();
  const samples: number[] = [];
  // The edge that tells the toggle has reached the graph: one of the type's that is drawn now.
  // None (a view that draws none of them): the page's own update alone decides.
  const witness = await page.evaluate(
    (ids) => window.__mgBench!.drawnEdge(ids),
    setup.targets.edgeIds,
  );
  if (witness === null) errors.push('filter: no edge of the type is drawn; timed the page only');
  for (let i = 0; i < setup.filterRepeats; i++) {
    const display = i % 2 === 0 ? 'none' : 'element';
    try {
      await quiet(page);
      await arm(page, {
        input: 'click',
        ...(witness !== null ? { edgeDisplay: { id: witness, display } } : {}),
        appSettled: setup.kind === 'app',
        timeoutMs: setup.interactionTimeoutMs,
      });
      await clickCenter(page, box, setup.interactionTimeoutMs);
      samples.push((await outcome(page, setup.interactionTimeoutMs)).latency);
    } catch (error) {
      errors.push(`filter ${i + 1}: ${message(error)}`);
      samples.push(NaN);
    }
  }
  // Leave every type shown for what follows.
  if (setup.filterRepeats % 2 === 1) {
    try {
      await quiet(page);
      await clickCenter(page, box, setup.interactionTimeoutMs);
    } catch (error) {
      errors.push(`filter reset: ${message(error)}`);
    }
  }
  return samples;
}

/** App: a click on a row of the relations table, until the evidence panel shows its quote. */
async function measureAppSelection(
  page: Page,
  setup: RunSetup,
  errors: string[],
): Promise<number[]> {
  const samples: number[] = [];
  let previousQuote: string | null = null;
  const rows = TABLE_ROWS.slice(0, setup.repeats);
  for (const [i, n] of rows.entries()) {
    try {
      await quiet(page);
      let row = page.locator(`mg-relations-table tr.row[data-index="${n}"]`);
      let quote = await row.locator('td.quote').getAttribute('title', { timeout: 5000 });
      // The panel must visibly change: skip rows that quote the same words as the last one.
      for (let k = n + 1; quote === previousQuote && k < n + 10; k++) {
        row = page.locator(`mg-relations-table tr.row[data-index="${k}"]`);
        quote = await row.locator('td.quote').getAttribute('title', { timeout: 5000 });
      }
      if (quote === null) throw new Error(`row ${n} has no quote`);
      previousQuote = quote;
      await arm(page, {
        input: 'click',
        evidenceQuote: quote,
        timeoutMs: setup.interactionTimeoutMs,
      });
      await clickCenter(page, row.locator('td').first(), setup.interactionTimeoutMs);
      samples.push((await outcome(page, setup.interactionTimeoutMs)).latency);
    } catch (error) {
      errors.push(`selection ${i + 1}: ${message(error)}`);
      samples.push(NaN);
    }
  }
  return samples;
}

/** Baseline: a click on its "select the next edge" button, until Cytoscape has drawn it. */
async function measureBaselineSelection(
  page: Page,
  setup: RunSetup,
  errors: string[],
): Promise<number[]> {
  const samples: number[] = [];
  const button = page.locator('#select-next');
  for (let i = 0; i < setup.repeats; i++) {
    try {
      await quiet(page);
      await arm(page, {
        input: 'click',
        edgeSelected: true,
        timeoutMs: setup.interactionTimeoutMs,
      });
      await clickCenter(page, button, setup.interactionTimeoutMs);
      samples.push((await outcome(page, setup.interactionTimeoutMs)).latency);
    } catch (error) {
      errors.push(`selection ${i + 1}: ${message(error)}`);
      samples.push(NaN);
    }
  }
  return samples;
}

/** One wheel step over the middle of the graph, in then out, until the new zoom is drawn. */
async function measureZoom(
  page: Page,
  setup: RunSetup,
  canvas: { x: number; y: number; width: number; height: number },
  errors: string[],
): Promise<number[]> {
  const samples: number[] = [];
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  for (let i = 0; i < setup.repeats; i++) {
    try {
      await quiet(page);
      await arm(page, { input: 'wheel', zoomChange: true, timeoutMs: setup.interactionTimeoutMs });
      await page.mouse.wheel(0, i % 2 === 0 ? -120 : 120);
      samples.push((await outcome(page, setup.interactionTimeoutMs)).latency);
    } catch (error) {
      errors.push(`zoom ${i + 1}: ${message(error)}`);
      samples.push(NaN);
    }
  }
  return samples;
}

/** A cold load of one page with its interactions. Never throws: failures are in `errors`. */
export async function measurePage(setup: RunSetup): Promise<PageRun> {
  const errors: string[] = [];
  // BENCH_TRACE=1 prints where the wall-clock time of each load goes (to tune the budget).
  let last = performance.now();
  const phase = (name: string): void => {
    const now = performance.now();
    if (process.env['BENCH_TRACE'])
      process.stderr.write(`    ${setup.kind} ${name}: ${(now - last).toFixed(0)} ms\n`);
    last = now;
  };
  let context: BrowserContext | null = null;
  let heap: HeapSampler | null = null;
  const failed = (extra: Partial<PageRun> = {}): PageRun => ({
    loadMs: NaN,
    interactiveMs: NaN,
    tbtMs: NaN,
    longTasks: NaN,
    longTaskMs: NaN,
    longestTaskMs: NaN,
    longestTaskAfterPaintMs: NaN,
    overviewNote: null,
    filterMs: [],
    selectionMs: [],
    zoomMs: [],
    floorMs: [],
    peakHeapBytes: heap?.peak ?? NaN,
    graphMs: null,
    renderer: null,
    canvas: null,
    errors,
    ...extra,
  });
  try {
    // A fresh context has an empty HTTP cache, and the server answers no-store: a cold load.
    context = await setup.browser.newContext({
      viewport: { ...setup.viewport },
      deviceScaleFactor: 1,
      reducedMotion: 'no-preference',
    });
    await context.addInitScript({ content: setup.probeScript });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${message(e)}`));
    const cdp = await context.newCDPSession(page);
    heap = new HeapSampler(cdp);
    await heap.start();
    phase('context');

    await page.goto(setup.url, { waitUntil: 'commit', timeout: setup.loadTimeoutMs });
    let loadMs: number;
    try {
      loadMs = await withTimeout(
        page.evaluate(() => window.__mgBench!.ready),
        setup.loadTimeoutMs,
        'graph ready',
      );
    } catch (error) {
      errors.push(`load: ${message(error)}`);
      return failed();
    }
    phase('load');
    const tasks: ProbeLongTask[] = await withTimeout(
      page.evaluate((ms) => window.__mgBench!.settle(ms), TBT_TAIL_MS),
      setup.loadTimeoutMs,
      'long tasks',
    );
    const windowEnd = loadMs + TBT_TAIL_MS;
    const inWindow = tasksInWindow(tasks, 0, windowEnd);
    const graphMs = await page.evaluate(() => window.__mgBench!.graphMs);
    const renderer = await page.evaluate(() => window.__mgBench!.rendererInfo());
    const note = page.locator('memograph-app .overview-note');
    const overviewNote =
      setup.kind === 'app' && (await note.count()) > 0
        ? ((await note.first().textContent())?.replace(/\s+/g, ' ').trim() ?? null)
        : null;

    const canvasSelector = setup.kind === 'app' ? 'mg-graph .canvas' : '#graph';
    const box = await page.locator(canvasSelector).first().boundingBox();

    const inert = page.locator(setup.kind === 'app' ? 'memograph-app .brand' : '#inert').first();
    phase('settle');
    const floorMs = await measureFloor(page, setup, inert, errors);
    phase('inert');
    const filterMs = await measureFilter(page, setup, errors);
    phase('filter');
    const selectionMs =
      setup.kind === 'app'
        ? await measureAppSelection(page, setup, errors)
        : await measureBaselineSelection(page, setup, errors);
    phase('selection');
    const zoomMs = box ? await measureZoom(page, setup, box, errors) : [];
    phase('zoom');
    await heap.sample();
    heap.stop();
    return {
      loadMs,
      interactiveMs: inWindow.reduce((end, t) => Math.max(end, t.startTime + t.duration), loadMs),
      tbtMs: totalBlockingTime(inWindow, 0, windowEnd),
      longTasks: inWindow.length,
      longTaskMs: inWindow.reduce((sum, t) => sum + t.duration, 0),
      longestTaskMs: inWindow.reduce((most, t) => Math.max(most, t.duration), 0),
      longestTaskAfterPaintMs: inWindow
        .filter((t) => t.startTime >= loadMs)
        .reduce((most, t) => Math.max(most, t.duration), 0),
      overviewNote,
      filterMs,
      selectionMs,
      zoomMs,
      floorMs,
      peakHeapBytes: heap.peak,
      graphMs,
      renderer,
      canvas: box ? { width: Math.round(box.width), height: Math.round(box.height) } : null,
      errors,
    };
  } catch (error) {
    errors.push(message(error));
    return failed();
  } finally {
    heap?.stop();
    await context?.close().catch(() => undefined);
    phase('close');
  }
}
