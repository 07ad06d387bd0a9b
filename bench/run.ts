/**
 * `npm run bench`: builds the explorer, makes (or takes from the cache) the synthetic corpora,
 * serves everything on loopback and measures the explorer against a plain-Cytoscape baseline in
 * Debian's headless Chromium. Prints a table on stdout, progress on stderr, and writes
 * bench/results.json. See docs/performance.md for the method.
 *
 * Options: --runs <n> (cold loads per page and dataset, at least 5), --only <names> (comma
 * separated: memo,5k,5k-free,25k,100k), --skip-build (reuse bench/results/dist). BENCH_GPU=1 lets
 * Chromium use the GPU (see browserArgs). BENCH_TRACE=1 prints
 * where each load's wall-clock time goes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../test/chromium.ts';
import type { Dataset } from '../src/model/contract/types.ts';
import { measureBundle } from './bundle.ts';
import { checkTargets } from './checks.ts';
import { ensureCorpus, generatorHash, type Corpus, type CorpusSpec } from './corpora.ts';
import { measurePage, type PageKind, type PageRun } from './measure.ts';
import {
  figure,
  formatTables,
  formatTargets,
  ratios,
  type PageFigures,
  type ScenarioResult,
} from './report.ts';
import { startServer } from './server.ts';
import { summarize } from './stats.ts';
import { pickTargets } from './targets.ts';
import { asInitScript, transpileFile } from './transpile.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results');
const DIST = join(RESULTS, 'dist');
const CORPORA = join(RESULTS, 'corpora');
const MEMO_PATH = 'data/peru-hostages-1996.json';
const VIEWPORT = { width: 1440, height: 900 } as const;

/** The corpora: 500 relations a memo, as `memograph help synth`'s own example has them. */
const CORPORA_SPECS: readonly CorpusSpec[] = [
  { name: '5k', documents: 10, actors: 1000, relations: 5000, seed: 1996, layout: true },
  { name: '5k-free', documents: 10, actors: 1000, relations: 5000, seed: 1996, layout: false },
  { name: '25k', documents: 50, actors: 5000, relations: 25000, seed: 1996, layout: true },
  { name: '100k', documents: 200, actors: 20000, relations: 100000, seed: 1996, layout: true },
];

/**
 * Chromium's flags. BENCH_GPU=1 lets it use the machine's GPU (no --disable-gpu, and the GPU
 * blocklist ignored), so that on a machine with one the app draws large graphs with
 * Cytoscape's WebGL renderer and a larger overview (src/ui/graph/renderer.ts); the report's
 * "drew with" line says which renderer was used.
 */
function browserArgs(): string[] {
  if (process.env['BENCH_GPU'] !== '1') return [...chromiumArgs];
  return [...chromiumArgs.filter((a) => a !== '--disable-gpu'), '--ignore-gpu-blocklist'];
}

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (line: string): void => {
  process.stderr.write(`[bench ${elapsed()}] ${line}\n`);
};

interface Options {
  runs: number;
  only: Set<string> | null;
  skipBuild: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { runs: 5, only: null, skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--only') options.only = new Set(value().split(','));
    else if (arg === '--skip-build') options.skipBuild = true;
    else throw new Error(`unknown option ${arg} (known: --runs <n>, --only <names>, --skip-build)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 5)
    throw new Error('--runs must be a whole number, at least 5: a median and p95 need them');
  return options;
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer): void => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed:\n${tail}`)),
    );
  });
}

function machine(browserVersion: string) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? '?';
  let os = 'unknown';
  try {
    os = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // Not Linux: the rest still says enough.
  }
  return {
    cpu: model,
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os,
    node: process.version,
    chromium: browserVersion,
    chromiumPath,
  };
}

/** The commit the build came from, and how many files differed from it (others' work). */
function source(): { commit: string; changedFiles: number } {
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = git(
      'status',
      '--porcelain',
      '--untracked-files=no',
      '--',
      'src',
      'index.html',
      'vite.config.ts',
      'package.json',
    );
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      changedFiles: changed ? changed.split('\n').length : 0,
    };
  } catch {
    return { commit: 'unknown', changedFiles: 0 };
  }
}

function pageFigures(runs: readonly PageRun[]): PageFigures {
  const ok = runs.filter((r) => Number.isFinite(r.loadMs));
  const errors = [...new Set(runs.flatMap((r) => r.errors))].slice(0, 6);
  return {
    runs: runs.length,
    failedRuns: runs.length - ok.length,
    load: figure(ok.map((r) => r.loadMs)),
    interactive: figure(ok.map((r) => r.interactiveMs)),
    tbt: figure(ok.map((r) => r.tbtMs)),
    longTasks: figure(ok.map((r) => r.longTasks)),
    longestTask: figure(ok.map((r) => r.longestTaskMs)),
    longestTaskAfterPaint: figure(ok.map((r) => r.longestTaskAfterPaintMs)),
    filter: figure(ok.flatMap((r) => r.filterMs)),
    selection: figure(ok.flatMap((r) => r.selectionMs)),
    zoom: figure(ok.flatMap((r) => r.zoomMs)),
    floor: figure(ok.flatMap((r) => r.floorMs)),
    peakHeap: figure(runs.map((r) => r.peakHeapBytes).filter((v) => v > 0)),
    graphBuild: figure(ok.map((r) => r.graphMs ?? NaN)),
    renderer: ok.find((r) => r.renderer)?.renderer ?? null,
    overviewNote: ok.find((r) => r.overviewNote)?.overviewNote ?? null,
    errors,
  };
}

interface Scenario {
  readonly name: string;
  readonly title: string;
  /** Path of the dataset on the bench server. */
  readonly url: string;
  readonly file: string;
  readonly runs: number;
  /** Selections, zoom steps and inert clicks per load (filter toggles are always 2). */
  readonly repeats: number;
  readonly loadTimeoutMs: number;
  readonly corpus?: Corpus;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const wanted = (name: string): boolean => options.only === null || options.only.has(name);
  const loadAtStart = loadavg().map((v) => Math.round(v * 100) / 100);
  const built = source();
  const loads: number[] = [loadavg()[0]!];
  // Unreferenced: a failure anywhere must end the process, not leave this timer holding it open.
  const loadTimer = setInterval(() => loads.push(loadavg()[0]!), 10_000);
  loadTimer.unref();
  log(
    `load average at start: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')} (${cpus().length} cores)`,
  );

  mkdirSync(RESULTS, { recursive: true });
  if (options.skipBuild) log('build: skipped, reusing bench/results/dist');
  else {
    log('build: vite build --manifest into bench/results/dist');
    await run(process.execPath, [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      DIST,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'warn',
    ]);
  }
  const bundle = measureBundle(DIST);
  log(
    `bundle: initial JS ${(bundle.initial.js.gzip / 1000).toFixed(1)} KB gzip, lazy JS ${(bundle.lazy.js.gzip / 1000).toFixed(1)} KB gzip`,
  );

  const hash = generatorHash(ROOT);
  const corpora: Corpus[] = [];
  for (const spec of CORPORA_SPECS)
    if (wanted(spec.name)) corpora.push(await ensureCorpus(ROOT, CORPORA, spec, hash, log));

  const scenarios: Scenario[] = [];
  if (wanted('memo'))
    scenarios.push({
      name: 'memo',
      title: 'INR memo',
      url: `/${MEMO_PATH}`,
      file: join(DIST, MEMO_PATH),
      runs: options.runs + 2,
      repeats: 2,
      loadTimeoutMs: 30_000,
    });
  for (const c of corpora)
    scenarios.push({
      name: c.spec.name,
      title: `${c.spec.actors.toLocaleString('en-US')} actors / ${c.spec.relations.toLocaleString('en-US')} relations`,
      url: `/corpora/${c.path}`,
      file: c.file,
      runs: options.runs,
      // Above 10,000 relations one of each per load: every interaction there costs seconds,
      // and five loads still give five samples within the ten-minute budget.
      repeats: c.spec.relations > 10_000 ? 1 : 2,
      loadTimeoutMs: c.spec.relations >= 100_000 ? 120_000 : 60_000,
      corpus: c,
    });

  const probeScript = asInitScript(
    transpileFile(join(ROOT, 'bench/probe.ts')),
    'installBenchProbe()',
  );
  const server = await startServer(
    [
      { prefix: '/', dir: DIST },
      { prefix: '/corpora/', dir: CORPORA },
      { prefix: '/bench/vendor/', dir: join(ROOT, 'node_modules/cytoscape/dist') },
    ],
    new Map([
      [
        '/bench/baseline.html',
        {
          type: 'text/html; charset=utf-8',
          body: () => readFileSync(join(ROOT, 'bench/baseline.html'), 'utf8'),
        },
      ],
      [
        '/bench/baseline.js',
        {
          type: 'text/javascript; charset=utf-8',
          body: () => transpileFile(join(ROOT, 'bench/baseline.ts')),
        },
      ],
    ]),
  );
  log(`serving on ${server.origin}`);

  const browser = await chromium
    .launch({ executablePath: chromiumPath, args: browserArgs(), headless: true })
    .catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
  const results: ScenarioResult[] = [];
  try {
    let canvas: { width: number; height: number } | null = null;
    for (const scenario of scenarios) {
      const dataset = JSON.parse(readFileSync(scenario.file, 'utf8')) as Dataset;
      const targets = pickTargets(dataset);
      if (!targets) throw new Error(`${scenario.file}: no relation type with a drawable relation`);
      const storedPositions = dataset.actors.every((a) => a.position !== undefined);
      log(
        `${scenario.title}: ${scenario.runs} cold loads each of app and baseline; filter toggles "${targets.type.label}" (${targets.type.relations} relations)`,
      );
      const appUrl = `${server.origin}/index.html${scenario.name === 'memo' ? '' : `?data=${encodeURIComponent(scenario.url)}`}`;
      const common = {
        browser,
        probeScript,
        targets,
        loadTimeoutMs: scenario.loadTimeoutMs,
        interactionTimeoutMs: 15_000,
        repeats: scenario.repeats,
        filterRepeats: 2,
        viewport: VIEWPORT,
      };
      const measure = async (kind: PageKind): Promise<PageRun> => {
        const url =
          kind === 'app'
            ? appUrl
            : `${server.origin}/bench/baseline.html?data=${encodeURIComponent(scenario.url)}&w=${canvas?.width ?? 800}&h=${canvas?.height ?? 500}`;
        const result = await measurePage({ ...common, url, kind });
        if (kind === 'app' && result.canvas && !canvas) canvas = result.canvas;
        log(
          `  ${kind.padEnd(8)} load ${result.loadMs.toFixed(0)} ms, filter ${result.filterMs.map((v) => v.toFixed(1)).join('/')} ms, selection ${result.selectionMs.map((v) => v.toFixed(1)).join('/')} ms, zoom ${result.zoomMs.map((v) => v.toFixed(1)).join('/')} ms, inert ${result.floorMs.map((v) => v.toFixed(1)).join('/')} ms, heap ${(result.peakHeapBytes / 1e6).toFixed(0)} MB${result.errors.length ? ` — ${result.errors.length} problem(s): ${result.errors[0]}` : ''}`,
        );
        return result;
      };
      if (scenario === scenarios[0]) {
        // The browser's first page pays for starting renderer processes and warming caches
        // that no user's first view of Memograph would: measured, and thrown away.
        log('  warm-up load (not counted)');
        await measure('app');
        await measure('baseline');
      }
      const appRuns: PageRun[] = [];
      const baselineRuns: PageRun[] = [];
      let appGaveUp = false;
      for (let i = 0; i < scenario.runs; i++) {
        // Interleaved, so that a slow spell on the shared machine hits both pages alike.
        if (!appGaveUp) {
          const r = await measure('app');
          appRuns.push(r);
          // A page that never gets ready will not get ready the next time either; the budget
          // is better spent on the other figures.
          if (!Number.isFinite(r.loadMs) && appRuns.every((x) => !Number.isFinite(x.loadMs)))
            appGaveUp = i >= 1;
        }
        baselineRuns.push(await measure('baseline'));
      }
      const app = pageFigures(appRuns);
      const baseline = pageFigures(baselineRuns);
      results.push({
        name: scenario.name,
        title: scenario.title,
        dataset: {
          url: scenario.url,
          actors: dataset.actors.length,
          relations: dataset.relations.length,
          relationTypes: dataset.relationTypes.length,
          bytes: readFileSync(scenario.file).length,
          storedPositions,
        },
        filterType: { label: targets.type.label, relations: targets.type.relations },
        canvas,
        app,
        baseline,
        ratios: ratios(app, baseline),
        ...(scenario.corpus
          ? {
              corpus: {
                key: scenario.corpus.path.split('/')[0]!,
                synthSeconds: scenario.corpus.madeIn.synth,
                buildSeconds: scenario.corpus.madeIn.build,
                cached: scenario.corpus.cached,
              },
            }
          : {}),
      });
    }
    const info = machine(browser.version());
    clearInterval(loadTimer);
    loads.push(loadavg()[0]!);
    const checks = checkTargets(results, bundle, {
      memo: 'memo',
      free5k: '5k-free',
      scale25k: '25k',
      scale100k: '100k',
    });
    const seconds = (performance.now() - started) / 1000;
    const output = {
      generatedAt: new Date().toISOString(),
      durationSeconds: Math.round(seconds),
      source: built,
      machine: {
        ...info,
        loadAverageAtStart: { '1m': loadAtStart[0], '5m': loadAtStart[1], '15m': loadAtStart[2] },
        loadAverage1m: { ...summarize(loads), samples: loads.length, everySeconds: 10 },
      },
      method: {
        viewport: VIEWPORT,
        runs: Object.fromEntries(scenarios.map((s) => [s.name, s.runs])),
        interactionsPerLoad: Object.fromEntries(
          scenarios.map((s) => [s.name, { filter: 2, selection: s.repeats, zoom: s.repeats }]),
        ),
        percentile: 'nearest-rank',
        tbtWindow: 'navigation start to ready + 1000 ms',
        heap: 'CDP Performance.getMetrics JSHeapUsedSize, every 100 ms',
        gzip: 'zlib level 6',
      },
      bundle,
      scenarios: results,
      targets: checks,
    };
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(output, null, 2)}\n`);
    process.stdout.write(`${formatTables(bundle, results)}\nTargets\n${formatTargets(checks)}\n`);
    process.stdout.write(
      `\nMachine: ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB, ${info.os}, Node ${info.node}, Chromium ${info.chromium}; 1-min load average ${summarize(loads).min.toFixed(2)}–${summarize(loads).max.toFixed(2)} (median ${summarize(loads).median.toFixed(2)})\n`,
    );
    log(`done in ${seconds.toFixed(0)} s; wrote bench/results.json`);
  } finally {
    clearInterval(loadTimer);
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
