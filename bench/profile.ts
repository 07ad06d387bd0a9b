/**
 * `npx tsx bench/profile.ts [--data <name>] [--top <n>]`: where a cold load's main-thread time
 * goes, by source file and by function, read through the build's source maps. The benchmark
 * says how long a load takes; this says why, so that a change is chosen by measurement.
 *
 * It profiles bench/results/dist (run `npm run bench` once, or `--only memo`, to build it) and
 * the corpora the benchmark made. `--data` is `memo` (default) or a corpus name (5k, 5k-free,
 * 25k, 100k). The profile runs from navigation to the frame after the graph is ready.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../test/chromium.ts';
import { startServer } from './server.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench', 'results', 'dist');
const CORPORA = join(ROOT, 'bench', 'results', 'corpora');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** The corpus folder whose key starts the way run.ts names it for `name`. */
function corpusPath(name: string): string {
  const spec: Record<string, string> = {
    '5k': 'a1000-r5000-d10-s1996-layout-',
    '5k-free': 'a1000-r5000-d10-s1996-free-',
    '25k': 'a5000-r25000-d50-s1996-layout-',
    '100k': 'a20000-r100000-d200-s1996-layout-',
  };
  const prefix = spec[name];
  const dir = readdirSync(CORPORA).find((d) => prefix && d.startsWith(prefix));
  if (!dir) throw new Error(`no corpus for ${name} in ${CORPORA}: run npm run bench first`);
  return `/corpora/${dir}/dataset.json`;
}

const maps = new Map<string, SourceMap | null>();
function mapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    const path = new URL(url).pathname;
    try {
      map = new SourceMap(JSON.parse(readFileSync(join(DIST, `${path}.map`), 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

function sourceOf(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return `(${frame.functionName || 'program'})`;
  const map = mapFor(frame.url);
  if (!map) return new URL(frame.url).pathname;
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
  const source = entry.originalSource ?? new URL(frame.url).pathname;
  return source.replace(/^.*node_modules\//, 'npm:').replace(/^.*\/src\//, 'src/');
}

async function main(): Promise<void> {
  const data = option('--data', 'memo');
  const top = Number(option('--top', '25'));
  const server = await startServer([
    { prefix: '/', dir: DIST },
    { prefix: '/corpora/', dir: CORPORA },
  ]);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
    headless: true,
  });
  try {
    // A warm-up load pays for starting the renderer process, as the benchmark's does.
    const address = `${server.origin}/${data === 'memo' ? '' : `?data=${corpusPath(data)}`}`;
    const warm = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await (await warm.newPage()).goto(address);
    await warm.close();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // Long tasks, to set against the timeline below.
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const twoFrames = (): Promise<number> =>
      page.evaluate(
        () =>
          new Promise<number>((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))),
          ),
      );
    // --click "<checkbox label>": profile one click on that relation type's checkbox instead of
    // the load, from the click to two frames after it.
    const click = option('--click', '');
    // --row <n>: profile a click on the relations table's row n (a selection) instead.
    const row = option('--row', '');
    if (row) {
      await page.goto(address);
      await page.waitForSelector('memograph-app[data-graph-ready]', { timeout: 120_000 });
      await page.waitForTimeout(3000);
      await cdp.send('Profiler.start');
      const before = await twoFrames();
      await page.locator(`mg-relations-table tr.row[data-index="${row}"] td`).first().click();
      await page.waitForTimeout(Number(option('--wait', '300')));
      console.log(`click settled within ${((await twoFrames()) - before).toFixed(0)} ms`);
    } else if (click) {
      await page.goto(address);
      await page.waitForSelector('memograph-app[data-graph-ready]', { timeout: 120_000 });
      await page.waitForTimeout(3000);
      await cdp.send('Profiler.start');
      const before = await twoFrames();
      await page.getByRole('checkbox', { name: click, exact: true }).first().click();
      await page.waitForTimeout(Number(option('--wait', '300')));
      console.log(`click settled within ${((await twoFrames()) - before).toFixed(0)} ms`);
    } else {
      await cdp.send('Profiler.start');
      await page.goto(address);
      await page.waitForSelector('memograph-app[data-graph-ready]', { timeout: 120_000 });
    }
    const ready = await twoFrames();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    // What the page fetched and when, in ms since navigation: the critical path's outline.
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => {
          const r = e as PerformanceResourceTiming;
          return `${r.startTime.toFixed(0).padStart(6)} → ${r.responseEnd.toFixed(0).padStart(6)} ms  ${r.name.replace(location.origin, '')}`;
        })
        .concat(
          (() => {
            const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
            return [
              `${n.responseEnd.toFixed(0).padStart(6)} ms  document received`,
              `${n.domContentLoadedEventStart.toFixed(0).padStart(6)} ms  DOMContentLoaded`,
            ];
          })(),
        ),
    );
    console.log(fetched.join('\n'));
    const longTasks = await page.evaluate(
      () =>
        (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
    );
    for (const t of longTasks.filter((t) => t.duration >= 100))
      console.log(`long task at ${t.start.toFixed(0)} ms: ${t.duration.toFixed(0)} ms`);

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // The first app source on each sample's stack, bucketed in time: the load's sequence.
    const bucketMs = Number(option('--bucket', '25'));
    const start = (profile as unknown as { startTime: number }).startTime;
    const navigation = await page.evaluate(() => performance.timeOrigin * 1000);
    const buckets = new Map<number, Map<string, number>>();
    let t = start;
    profile.samples.forEach((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      let source = sourceOf(byId.get(id)!.callFrame);
      if (source === '((idle))') return;
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const s = sourceOf(byId.get(n)!.callFrame);
        if (s.startsWith('src/')) {
          source = s;
          break;
        }
      }
      const b = Math.floor((t - start) / 1000 / bucketMs);
      const m = buckets.get(b) ?? new Map<string, number>();
      m.set(source, (m.get(source) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      buckets.set(b, m);
    });
    void navigation;
    if (process.argv.includes('--timeline')) {
      for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0])) {
        const parts = [...m].sort((x, y) => y[1] - x[1]).slice(0, 3);
        console.log(
          `${String(b * bucketMs).padStart(6)} ms  ${parts.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · ')}`,
        );
      }
    }
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const bySource = new Map<string, number>();
    const byFunction = new Map<string, number>();
    // --window a,b: the self times of the samples between a and b ms into the profile only.
    const windowed = option('--window', '');
    if (windowed) {
      const [from, to] = windowed.split(',').map(Number) as [number, number];
      self.clear();
      let at = start;
      profile.samples.forEach((id, i) => {
        at += profile.timeDeltas[i] ?? 0;
        const ms = (at - start) / 1000;
        if (ms >= from && ms < to)
          self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
    }
    for (const [id, ms] of self) {
      const node = byId.get(id)!;
      const source = sourceOf(node.callFrame);
      bySource.set(source, (bySource.get(source) ?? 0) + ms);
      const fn = `${node.callFrame.functionName || '(anonymous)'}  ${source}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
    const print = (title: string, m: Map<string, number>): void => {
      console.log(`\n${title}`);
      for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
    };
    console.log(`${data}: graph ready and painted ${ready.toFixed(0)} ms after navigation`);
    const idle = bySource.get('(idle)') ?? 0;
    const total = [...bySource.values()].reduce((a, b) => a + b, 0);
    console.log(`sampled ${total.toFixed(0)} ms, of which idle ${idle.toFixed(0)} ms`);
    print('self time by source', bySource);
    print('self time by function', byFunction);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
