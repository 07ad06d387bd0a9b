import type { BundleReport } from './bundle.ts';
import { ratio, summarize, type Summary } from './stats.ts';

/**
 * The shape of bench/results.json, the target checks and the printed table. Pure: everything
 * here works on numbers already measured.
 */

/** A figure for one page kind; null when no run produced a number. */
export type Figure = Summary | null;

export interface PageFigures {
  readonly runs: number;
  readonly failedRuns: number;
  readonly load: Figure;
  /** Painted and the main thread free (see PageRun.interactiveMs). */
  readonly interactive: Figure;
  readonly tbt: Figure;
  readonly longTasks: Figure;
  /** The longest single task in the load window. */
  readonly longestTask: Figure;
  /** The longest task that started after the first painted graph. */
  readonly longestTaskAfterPaint: Figure;
  readonly filter: Figure;
  readonly selection: Figure;
  readonly zoom: Figure;
  /** A click on something inert, to the next painted frame. */
  readonly floor: Figure;
  readonly peakHeap: Figure;
  /** The app's own mg-graph-ready figure; null for the baseline. */
  readonly graphBuild: Figure;
  /** The app's overview note in the first run that showed one. */
  readonly overviewNote: string | null;
  /** How Cytoscape drew in the first run that got ready. */
  readonly renderer: {
    readonly webgl: boolean;
    readonly glRenderer: string | null;
    readonly glMajorPerformanceCaveat: boolean | null;
  } | null;
  /** First few distinct problems, for the record. */
  readonly errors: readonly string[];
}

export interface ScenarioResult {
  readonly name: string;
  readonly title: string;
  readonly dataset: {
    readonly url: string;
    readonly actors: number;
    readonly relations: number;
    readonly relationTypes: number;
    readonly bytes: number;
    readonly storedPositions: boolean;
  };
  /** The relation type toggled by the filter figure. */
  readonly filterType: { readonly label: string; readonly relations: number };
  readonly canvas: { readonly width: number; readonly height: number } | null;
  readonly app: PageFigures;
  readonly baseline: PageFigures;
  /** app median / baseline median per figure. */
  readonly ratios: Readonly<Record<FigureKey, number | null>>;
  readonly corpus?: {
    readonly key: string;
    readonly synthSeconds: number;
    readonly buildSeconds: number;
    readonly cached: boolean;
  };
}

export type FigureKey =
  | 'load'
  | 'interactive'
  | 'tbt'
  | 'longestTask'
  | 'longestTaskAfterPaint'
  | 'floor'
  | 'filter'
  | 'selection'
  | 'zoom'
  | 'peakHeap';

export const FIGURE_KEYS: readonly FigureKey[] = [
  'load',
  'interactive',
  'tbt',
  'longestTask',
  'longestTaskAfterPaint',
  'floor',
  'filter',
  'selection',
  'zoom',
  'peakHeap',
];

export interface TargetCheck {
  readonly id: string;
  readonly target: string;
  /** What was measured, in words with the number. */
  readonly measured: string;
  /** true met, false missed, null not measurable from these figures. */
  readonly met: boolean | null;
  /** How far from the limit: "4.2 ms under", "1.9 s over". */
  readonly margin: string;
}

/** Summary of the finite samples, or null when there is none. */
export function figure(samples: readonly number[]): Figure {
  return samples.some((v) => Number.isFinite(v)) ? summarize(samples) : null;
}

/** The ratios app / baseline of the medians. */
export function ratios(app: PageFigures, baseline: PageFigures): Record<FigureKey, number | null> {
  const out = {} as Record<FigureKey, number | null>;
  for (const key of FIGURE_KEYS) {
    const a = app[key];
    const b = baseline[key];
    out[key] = a && b ? ratio(a.median, b.median) : null;
  }
  return out;
}

/** 1 KB = 1,000 bytes throughout, as Vite's build report counts. */
export const KB = 1000;

export function ms(v: number): string {
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`;
}

export function within(value: number, limit: number, unit: (v: number) => string): string {
  return value <= limit ? `${unit(limit - value)} under` : `${unit(value - limit)} over`;
}

// --- printing --------------------------------------------------------------------------------------

const FIGURE_LABELS: Readonly<Record<FigureKey | 'longTasks', string>> = {
  load: 'load → first painted graph',
  interactive: 'load → painted and idle',
  tbt: 'total blocking time',
  longTasks: 'long tasks (count)',
  longestTask: 'longest task',
  longestTaskAfterPaint: 'longest task after paint',
  floor: 'inert click → painted',
  filter: 'filter toggle → painted',
  selection: 'selection → painted',
  zoom: 'zoom step → painted',
  peakHeap: 'peak JS heap',
};

function fmt(key: FigureKey | 'longTasks', v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  if (key === 'peakHeap') return `${(v / 1e6).toFixed(1)} MB`;
  if (key === 'longTasks') return v.toFixed(0);
  return ms(v);
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

/** The bundle and per-scenario tables, plain text, for the terminal. */
export function formatTables(bundle: BundleReport, scenarios: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;
  const bw = [22, 12, 12];
  lines.push('Bundle (1 KB = 1,000 bytes; gzip level 6)');
  lines.push(pad(['', 'raw', 'gzip'], bw));
  lines.push(pad(['index.html', kb(bundle.html.raw), kb(bundle.html.gzip)], bw));
  lines.push(pad(['initial JS', kb(bundle.initial.js.raw), kb(bundle.initial.js.gzip)], bw));
  lines.push(pad(['initial CSS', kb(bundle.initial.css.raw), kb(bundle.initial.css.gzip)], bw));
  lines.push(pad(['lazy JS', kb(bundle.lazy.js.raw), kb(bundle.lazy.js.gzip)], bw));
  lines.push(pad(['lazy CSS', kb(bundle.lazy.css.raw), kb(bundle.lazy.css.gzip)], bw));
  for (const f of bundle.files.lazy)
    lines.push(pad([`  lazy: ${f.file}`, kb(f.raw), kb(f.gzip)], bw));
  lines.push('');
  const w = [30, 11, 11, 11, 11, 8];
  for (const s of scenarios) {
    lines.push(
      `${s.title} — ${s.dataset.actors.toLocaleString('en-US')} actors, ${s.dataset.relations.toLocaleString('en-US')} relations, ${kb(s.dataset.bytes)} dataset; app ${s.app.runs - s.app.failedRuns}/${s.app.runs} runs, baseline ${s.baseline.runs - s.baseline.failedRuns}/${s.baseline.runs}`,
    );
    const r = s.app.renderer;
    if (r)
      lines.push(
        `app drew with ${r.webgl ? 'WebGL' : 'canvas 2D'}${r.glRenderer ? ` (WebGL is ${r.glRenderer}${r.glMajorPerformanceCaveat ? ', a software renderer' : ''})` : ''}`,
      );
    lines.push(pad(['', 'app med', 'app p95', 'base med', 'base p95', 'ratio'], w));
    const keys: (FigureKey | 'longTasks')[] = [
      'load',
      'interactive',
      'tbt',
      'longTasks',
      'longestTask',
      'longestTaskAfterPaint',
      'floor',
      'filter',
      'selection',
      'zoom',
      'peakHeap',
    ];
    for (const key of keys) {
      const a = s.app[key];
      const b = s.baseline[key];
      const r = key === 'longTasks' ? null : s.ratios[key];
      lines.push(
        pad(
          [
            FIGURE_LABELS[key],
            fmt(key, a?.median),
            fmt(key, a?.p95),
            fmt(key, b?.median),
            fmt(key, b?.p95),
            r === null || r === undefined ? '—' : `${r.toFixed(2)}×`,
          ],
          w,
        ),
      );
    }
    for (const e of [
      ...s.app.errors.map((e) => `app: ${e}`),
      ...s.baseline.errors.map((e) => `baseline: ${e}`),
    ])
      lines.push(`  ! ${e}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The target checks as lines. */
export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map(
      (c) =>
        `${c.met === null ? '?   ' : c.met ? 'MET ' : 'MISS'}  ${c.target}: ${c.measured} (${c.margin})`,
    )
    .join('\n');
}
