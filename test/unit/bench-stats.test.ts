import { checkTargets } from '../../bench/checks.ts';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBundle, htmlAssets, sumSizes, type Manifest } from '../../bench/bundle.ts';
import { corpusKey, isStaleCorpus } from '../../bench/corpora.ts';
import {
  figure,
  ratios,
  type PageFigures,
  type ScenarioResult,
  type TargetCheck,
} from '../../bench/report.ts';
import { resolveMounted } from '../../bench/server.ts';
import {
  median,
  percentile,
  ratio,
  summarize,
  tasksInWindow,
  totalBlockingTime,
} from '../../bench/stats.ts';
import { pickTargets } from '../../bench/targets.ts';
import { fullDataset } from '../fixtures/datasets.ts';

describe('median and p95', () => {
  it('takes the middle sample of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves out runs that failed (NaN) and refuses to summarise nothing', () => {
    expect(median([NaN, 7, 9, Infinity])).toBe(8);
    expect(() => median([])).toThrow(/no samples/);
    expect(() => median([NaN])).toThrow(/no samples/);
  });

  it('uses the nearest rank, so a percentile is always a measured value', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 50)).toBe(10);
    expect(percentile(twenty, 100)).toBe(20);
    // Fewer than 20 samples: the p95 is the slowest run.
    expect(percentile([12, 30, 11, 14, 13], 95)).toBe(30);
    expect(percentile([12, 30, 11, 14, 13], 1)).toBe(11);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarises with n, median, p95, min and max over the finite samples', () => {
    expect(summarize([3, NaN, 1, 2, 10, 4])).toEqual({ n: 5, median: 3, p95: 10, min: 1, max: 10 });
  });

  it('gives no figure rather than a made-up one when every run failed', () => {
    expect(figure([NaN, NaN])).toBeNull();
    expect(figure([NaN, 4])?.median).toBe(4);
  });
});

describe('total blocking time', () => {
  it('counts only the part of each long task beyond 50 ms', () => {
    const tasks = [
      { startTime: 100, duration: 120 },
      { startTime: 400, duration: 50 },
      { startTime: 600, duration: 51 },
    ];
    expect(totalBlockingTime(tasks, 0, 2000)).toBeCloseTo(71);
  });

  it('clips tasks to the window, so a task straddling its end counts only inside it', () => {
    const tasks = [
      { startTime: 900, duration: 300 },
      { startTime: -100, duration: 200 },
    ];
    // 900–1000 inside: 100 ms, 50 blocking; 0–100 inside: 100 ms, 50 blocking.
    expect(totalBlockingTime(tasks, 0, 1000)).toBeCloseTo(100);
    expect(totalBlockingTime(tasks, 0, 2000)).toBeCloseTo(300);
  });

  it('is zero without long tasks and refuses a window that ends before it starts', () => {
    expect(totalBlockingTime([], 0, 1000)).toBe(0);
    expect(() => totalBlockingTime([], 10, 5)).toThrow(RangeError);
  });

  it('keeps the tasks that overlap the window', () => {
    const tasks = [
      { startTime: 0, duration: 60 },
      { startTime: 990, duration: 60 },
      { startTime: 1100, duration: 60 },
    ];
    expect(tasksInWindow(tasks, 0, 1000)).toEqual(tasks.slice(0, 2));
  });
});

describe('ratio', () => {
  it('divides app by baseline, and has no answer without a baseline', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(150, 0)).toBeNull();
    expect(ratio(150, null)).toBeNull();
    expect(ratio(NaN, 100)).toBeNull();
  });
});

describe('bundle classification', () => {
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index-a.js',
      src: 'index.html',
      isEntry: true,
      imports: ['_vendor-b.js'],
      dynamicImports: ['src/panel.ts', 'src/shared-both.ts'],
      css: ['assets/index-a.css'],
    },
    '_vendor-b.js': { file: 'assets/vendor-b.js', imports: ['_shared-both.js'] },
    '_shared-both.js': { file: 'assets/shared-both.js' },
    'src/shared-both.ts': { file: 'assets/shared-both.js', isDynamicEntry: true },
    'src/panel.ts': {
      file: 'assets/panel-c.js',
      isDynamicEntry: true,
      // Lazy chunks import the entry back (Vite writes this); that must not make them initial.
      imports: ['index.html', '_panel-dep.js'],
      dynamicImports: ['src/export.ts'],
      css: ['assets/panel-c.css'],
    },
    '_panel-dep.js': { file: 'assets/panel-dep.js' },
    'src/export.ts': { file: 'assets/export-d.js', isDynamicEntry: true },
    'src/orphan.ts': { file: 'assets/orphan.js' },
  };

  it('puts the entry, its static imports (transitively) and their CSS in the initial load', () => {
    const { initial } = classifyBundle(manifest);
    expect(initial).toEqual([
      'assets/index-a.css',
      'assets/index-a.js',
      'assets/shared-both.js',
      'assets/vendor-b.js',
    ]);
  });

  it('puts what only dynamic imports reach, with their own imports and CSS, in lazy', () => {
    const { lazy } = classifyBundle(manifest);
    expect(lazy).toEqual([
      'assets/export-d.js',
      'assets/panel-c.css',
      'assets/panel-c.js',
      'assets/panel-dep.js',
    ]);
  });

  it('counts a file index.html references directly as initial', () => {
    const html = '<link rel="modulepreload" href="./assets/panel-dep.js">';
    const { initial, lazy } = classifyBundle(manifest, html);
    expect(initial).toContain('assets/panel-dep.js');
    expect(lazy).not.toContain('assets/panel-dep.js');
  });

  it('reads module scripts, modulepreloads and stylesheets from index.html, nothing else', () => {
    const html = `
      <link rel="icon" href="favicon.svg" type="image/svg+xml" />
      <script type="module" crossorigin src="./assets/index-DKXk00l6.js"></script>
      <link rel="stylesheet" crossorigin href="./assets/index-DX4XqZMS.css">
      <link rel=modulepreload href='/assets/vendor.js'>
      <script src="https://cdn.example.org/x.js"></script>
      <script>inline()</script>`;
    expect(htmlAssets(html).sort()).toEqual([
      'assets/index-DKXk00l6.js',
      'assets/index-DX4XqZMS.css',
      'assets/vendor.js',
    ]);
  });

  it('sums sizes by file kind', () => {
    const files = [
      { file: 'a.js', raw: 100, gzip: 40 },
      { file: 'b.css', raw: 10, gzip: 5 },
      { file: 'c.js', raw: 1, gzip: 1 },
    ];
    expect(sumSizes(files, '.js')).toEqual({ raw: 101, gzip: 41 });
    expect(sumSizes(files, '.css')).toEqual({ raw: 10, gzip: 5 });
  });
});

describe('interaction targets', () => {
  it('toggles the type with the most relations, witnessed by one of its drawable relations', () => {
    const d = fullDataset();
    expect(pickTargets(d)).toEqual({
      type: { id: 'holds-hostage', label: 'holds hostage', relations: 2 },
      edgeIds: ['r1', 'r3'],
    });
  });

  it('lists only the relations a page can draw', () => {
    const d = fullDataset();
    const relations = d.relations.map((r) => (r.id === 'r1' ? { ...r, target: 'mrta' } : r));
    expect(pickTargets({ ...d, relations })?.edgeIds).toEqual(['r3']);
  });

  it('skips relations no page can draw, and types without any', () => {
    const d = fullDataset();
    const relations = d.relations.map((r) =>
      r.type === 'holds-hostage' ? { ...r, target: 'nobody' } : r,
    );
    expect(pickTargets({ ...d, relations })?.type.id).toBe('mediates');
    expect(pickTargets({ ...d, relations: [] })).toBeNull();
  });
});

describe('corpus cache key', () => {
  it('changes with every parameter and with the generator hash', () => {
    const spec = {
      name: '1k',
      documents: 50,
      actors: 1000,
      relations: 5000,
      seed: 7,
      layout: true,
    };
    const key = corpusKey(spec, 'abc');
    expect(key).toBe('a1000-r5000-d50-s7-layout-abc');
    expect(corpusKey({ ...spec, seed: 8 }, 'abc')).not.toBe(key);
    expect(corpusKey({ ...spec, layout: false }, 'abc')).not.toBe(key);
    expect(corpusKey(spec, 'abd')).not.toBe(key);
  });

  it('takes only older copies of the same corpus for stale, never its sibling with positions', () => {
    const free = {
      name: '5k-free',
      documents: 10,
      actors: 1000,
      relations: 5000,
      seed: 1996,
      layout: false,
    };
    const placed = { ...free, name: '5k', layout: true };
    const key = corpusKey(free, '3e16071817de');
    expect(isStaleCorpus(corpusKey(free, '0049f1f84047'), free, key)).toBe(true);
    expect(isStaleCorpus(key, free, key)).toBe(false);
    // Made in the same run a moment before: "…-s1996-layout-<hash>" starts like "…-s1996-".
    expect(isStaleCorpus(corpusKey(placed, '3e16071817de'), free, key)).toBe(false);
    expect(isStaleCorpus(corpusKey(placed, '0049f1f84047'), free, key)).toBe(false);
    expect(isStaleCorpus(corpusKey(free, '0049f1f84047'), placed, corpusKey(placed, 'aa'))).toBe(
      false,
    );
  });
});

describe('bench server paths', () => {
  const dist = resolve('/srv/dist');
  const corpora = resolve('/srv/corpora');
  const mounts = [
    { prefix: '/', dir: dist },
    { prefix: '/corpora/', dir: corpora },
  ];

  it('maps URL paths into the longest matching mount, index.html for folders', () => {
    expect(resolveMounted(mounts, '/')).toBe(join(dist, 'index.html'));
    expect(resolveMounted(mounts, '/assets/a.js')).toBe(join(dist, 'assets/a.js'));
    expect(resolveMounted(mounts, '/corpora/k/dataset.json')).toBe(join(corpora, 'k/dataset.json'));
  });

  it('never serves a file outside its mount', () => {
    expect(resolveMounted(mounts, '/../etc/passwd')).toBeNull();
    expect(resolveMounted(mounts, '/corpora/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveMounted(mounts, '/%00')).toBeNull();
    expect(resolveMounted(mounts, '/%zz')).toBeNull();
  });
});

describe('target checks', () => {
  const s = (median: number) => ({ n: 5, median, p95: median * 1.5, min: median, max: median * 2 });
  const page = (over: Partial<PageFigures>): PageFigures => ({
    runs: 5,
    failedRuns: 0,
    load: s(1000),
    interactive: s(1100),
    tbt: s(100),
    longTasks: s(2),
    longestTask: s(300),
    longestTaskAfterPaint: s(100),
    floor: s(8),
    filter: s(10),
    selection: s(40),
    zoom: s(20),
    peakHeap: s(1e7),
    graphBuild: s(50),
    renderer: null,
    overviewNote: null,
    errors: [],
    ...over,
  });
  const scenario = (name: string, app: PageFigures, baseline: PageFigures): ScenarioResult => ({
    name,
    title: name,
    dataset: {
      url: '/x.json',
      actors: 1,
      relations: 1,
      relationTypes: 1,
      bytes: 1,
      storedPositions: true,
    },
    filterType: { label: 't', relations: 1 },
    canvas: null,
    app,
    baseline,
    ratios: ratios(app, baseline),
  });
  const bundle = {
    html: { raw: 1, gzip: 1 },
    initial: { js: { raw: 500_000, gzip: 181_000 }, css: { raw: 0, gzip: 0 } },
    lazy: { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } },
    files: { initial: [], lazy: [] },
  };
  const names = { memo: 'memo', free5k: '5k-free', scale25k: '25k', scale100k: '100k' };
  const find = (checks: readonly TargetCheck[], id: string) => checks.find((c) => c.id === id);

  it('compares the memo first paint with 1.2 × the baseline and says by how much', () => {
    const checks = checkTargets(
      [scenario('memo', page({ load: s(1300) }), page({ load: s(1000) }))],
      bundle,
      names,
    );
    const paint = checks.find((c) => c.id === 'memo-paint')!;
    expect(paint.met).toBe(false);
    expect(paint.measured).toContain('1.30 ×');
    expect(paint.margin).toContain('0.10 × over');
    expect(checks.find((c) => c.id === 'memo-selection')?.met).toBe(true);
    expect(checks.find((c) => c.id === 'initial-js')).toMatchObject({
      met: false,
      margin: '1.0 KB over',
    });
    // Nothing measured at 25,000 or 100,000: said so, not guessed, and not counted as met.
    for (const id of [
      'paint-25k',
      'filter-25k',
      'long-task-25k',
      'heap-100k',
      'interactive-100k',
    ]) {
      expect(find(checks, id)).toMatchObject({ met: null, measured: 'not measured' });
    }
  });

  it('holds the memo filter to the floor an inert click paints at, plus half a frame', () => {
    const at = (filter: number) =>
      checkTargets(
        [scenario('memo', page({ filter: s(filter), floor: s(20) }), page({}))],
        bundle,
        names,
      ).find((c) => c.id === 'memo-filter')!;
    expect(at(28).met).toBe(true);
    expect(at(29).met).toBe(false);
    expect(at(29).margin).toBe('0.7 ms over');
  });

  it('judges 25,000 relations against half the baseline, and every task after the paint', () => {
    const checks = checkTargets(
      [
        scenario(
          '25k',
          page({
            load: s(1400),
            filter: s(120),
            selection: s(45),
            longestTaskAfterPaint: { ...s(150), max: 260 },
          }),
          page({ load: s(3000) }),
        ),
      ],
      bundle,
      names,
    );
    expect(find(checks, 'paint-25k')).toMatchObject({ met: true });
    expect(find(checks, 'filter-25k')).toMatchObject({ met: false, margin: '20.0 ms over' });
    expect(find(checks, 'selection-25k')).toMatchObject({ met: true });
    // The worst run counts: one 260 ms task is a miss although the median is 150 ms.
    expect(find(checks, 'long-task-25k')).toMatchObject({ met: false, margin: '60.0 ms over' });
  });

  it('judges 5,000 relations without positions against 0.8 × the baseline', () => {
    const checks = checkTargets(
      [scenario('5k-free', page({ load: s(900), filter: s(40) }), page({ load: s(1000) }))],
      bundle,
      names,
    );
    expect(find(checks, 'paint-5k-free')).toMatchObject({ met: false });
    expect(find(checks, 'filter-5k-free')).toMatchObject({ met: true, margin: '10.0 ms under' });
  });

  it('holds 100,000 relations to every part: no long task, interactive in 5 s, heap', () => {
    const note = 'The graph shows the 25,000 relations among the 900 most connected actors.';
    const check = (over: Partial<PageFigures>, id: string) =>
      find(checkTargets([scenario('100k', page(over), page({}))], bundle, names), id)!;
    const good = { overviewNote: note, interactive: s(4000), longestTask: { ...s(300), max: 450 } };
    expect(check(good, 'interactive-100k')).toMatchObject({ met: true });
    expect(check(good, 'long-task-100k')).toMatchObject({ met: true });
    expect(check(good, 'heap-100k')).toMatchObject({ met: true });
    expect(check({ ...good, overviewNote: null }, 'interactive-100k').met).toBe(false);
    expect(check({ ...good, zoom: null }, 'interactive-100k').met).toBe(false);
    expect(check({ ...good, interactive: s(5200) }, 'interactive-100k').margin).toBe(
      '200.0 ms over',
    );
    expect(check({ ...good, longestTask: { ...s(300), max: 700 } }, 'long-task-100k').met).toBe(
      false,
    );
    expect(check({ ...good, peakHeap: { ...s(5e8), max: 6.2e8 } }, 'heap-100k')).toMatchObject({
      met: false,
      margin: '20 MB over',
    });
    const failed = check(
      { ...good, load: null, interactive: null, failedRuns: 5 },
      'interactive-100k',
    );
    expect(failed.met).toBe(false);
    expect(failed.measured).toContain('5 of 5 runs never painted');
  });
});
