import type { BundleReport } from './bundle.ts';
import {
  KB,
  ms,
  within,
  type Figure,
  type PageFigures,
  type ScenarioResult,
  type TargetCheck,
} from './report.ts';

/**
 * The performance targets (docs/performance.md, "Targets"), checked against one run's figures.
 * Speed against the plain-Cytoscape baseline is a ratio of medians from the same run, loads
 * interleaved, so that the machine's speed and load cancel out; absolute limits are for what a
 * reader feels whatever the machine (a filter, a selection, a frozen page). Every target is
 * reported, measured or not: an unmeasured one says so, and is never counted as met.
 */

export interface ScenarioNames {
  /** The INR memo. */
  readonly memo: string;
  /** 5,000 relations without stored positions (the app lays them out). */
  readonly free5k: string;
  /** 25,000 relations with stored positions. */
  readonly scale25k: string;
  /** 100,000 relations with stored positions. */
  readonly scale100k: string;
}

/** Half a frame at 60 Hz: "at the floor" leaves this much for the filter's own work. */
export const HALF_FRAME_MS = 1000 / 120;

function unmeasured(id: string, target: string): TargetCheck {
  return { id, target, measured: 'not measured', met: null, margin: '—' };
}

function limit(
  id: string,
  target: string,
  figure: Figure,
  max: number,
  key = 'median',
): TargetCheck {
  if (!figure) return unmeasured(id, target);
  const value = key === 'max' ? figure.max : figure.median;
  return {
    id,
    target,
    measured: `${ms(value)}${key === 'max' ? ` at worst (median ${ms(figure.median)})` : ''}`,
    met: value <= max,
    margin: within(value, max, ms),
  };
}

function versusBaseline(
  id: string,
  target: string,
  s: ScenarioResult | undefined,
  most: number,
): TargetCheck {
  const app = s?.app.load;
  const base = s?.baseline.load;
  if (!app || !base || s!.app.failedRuns > 0) {
    return s && s.app.failedRuns > 0
      ? {
          id,
          target,
          measured: `${s.app.failedRuns} of ${s.app.runs} app loads never painted`,
          met: false,
          margin: '—',
        }
      : unmeasured(id, target);
  }
  const r = app.median / base.median;
  return {
    id,
    target,
    measured: `${ms(app.median)} vs baseline ${ms(base.median)}: ${r.toFixed(2)} ×`,
    met: r <= most,
    margin: `${within(r, most, (v) => `${v.toFixed(2)} ×`)} (limit ${ms(most * base.median)})`,
  };
}

function atFloor(id: string, target: string, app: PageFigures | undefined): TargetCheck {
  if (!app?.filter || !app.floor) return unmeasured(id, target);
  const max = app.floor.median + HALF_FRAME_MS;
  return {
    id,
    target,
    measured: `${ms(app.filter.median)}; an inert click paints in ${ms(app.floor.median)}`,
    met: app.filter.median <= max,
    margin: within(app.filter.median, max, ms),
  };
}

export function checkTargets(
  scenarios: readonly ScenarioResult[],
  bundle: BundleReport,
  names: ScenarioNames,
): TargetCheck[] {
  const by = new Map(scenarios.map((s) => [s.name, s]));
  const memo = by.get(names.memo);
  const free = by.get(names.free5k);
  const s25 = by.get(names.scale25k);
  const s100 = by.get(names.scale100k);
  const checks: TargetCheck[] = [
    versusBaseline('memo-paint', "memo: painted ≤ 1.2 × the baseline's", memo, 1.2),
    atFloor(
      'memo-filter',
      'memo: type filter at the two-frame floor (≤ an inert click + half a frame)',
      memo?.app,
    ),
    limit('memo-selection', 'memo: selection to evidence ≤ 50 ms', memo?.app.selection ?? null, 50),
    versusBaseline(
      'paint-25k',
      "25,000 relations, stored layout: painted ≤ 0.5 × the baseline's",
      s25,
      0.5,
    ),
    limit('filter-25k', '25,000 relations: type filter ≤ 100 ms', s25?.app.filter ?? null, 100),
    limit(
      'selection-25k',
      '25,000 relations: selection to evidence ≤ 50 ms',
      s25?.app.selection ?? null,
      50,
    ),
    limit(
      'long-task-25k',
      '25,000 relations: no long task over 200 ms after the first paint',
      s25?.app.longestTaskAfterPaint ?? null,
      200,
      'max',
    ),
    versusBaseline(
      'paint-5k-free',
      "5,000 relations without positions: painted ≤ 0.8 × the baseline's",
      free,
      0.8,
    ),
    limit(
      'filter-5k-free',
      '5,000 relations without positions: type filter ≤ 50 ms',
      free?.app.filter ?? null,
      50,
    ),
    limit(
      'long-task-100k',
      '100,000 relations: loads without a long task over 500 ms',
      s100?.app.longestTask ?? null,
      500,
      'max',
    ),
    overviewInteractive(s100),
    heap100k(s100),
  ];
  const js = bundle.initial.js.gzip;
  checks.push({
    id: 'initial-js',
    target: 'initial JS ≤ 180 KB gzip',
    measured: `${(js / KB).toFixed(1)} KB gzip (${(bundle.initial.js.raw / KB).toFixed(1)} KB raw)`,
    met: js <= 180 * KB,
    margin: within(js / KB, 180, (v) => `${v.toFixed(1)} KB`),
  });
  return checks;
}

const INTERACTIVE_100K = '100,000 relations: the overview is interactive within 5 s';

/** Interactive means painted in every run, with the overview's note, and the main thread free. */
function overviewInteractive(s: ScenarioResult | undefined): TargetCheck {
  const id = 'interactive-100k';
  if (!s) return unmeasured(id, INTERACTIVE_100K);
  const app = s.app;
  if (!app.interactive || app.failedRuns > 0) {
    return {
      id,
      target: INTERACTIVE_100K,
      measured: `${app.failedRuns} of ${app.runs} runs never painted (${app.errors[0] ?? 'no error recorded'})`,
      met: false,
      margin: '—',
    };
  }
  const usable = app.filter !== null && app.selection !== null && app.zoom !== null;
  const value = app.interactive.median;
  return {
    id,
    target: INTERACTIVE_100K,
    measured: `${ms(value)} median; ${app.overviewNote ? `says “${app.overviewNote}”` : 'no overview message'}; ${usable ? 'filter, selection and zoom completed' : 'filter, selection or zoom did not complete'}`,
    met: value <= 5000 && app.overviewNote !== null && usable,
    margin: within(value, 5000, ms),
  };
}

function heap100k(s: ScenarioResult | undefined): TargetCheck {
  const target = '100,000 relations: the heap stays under 600 MB';
  const heap = s?.app.peakHeap;
  if (!heap) return unmeasured('heap-100k', target);
  const mb = (v: number) => `${(v / 1e6).toFixed(0)} MB`;
  return {
    id: 'heap-100k',
    target,
    measured: `${mb(heap.max)} at peak (median of the runs' peaks ${mb(heap.median)})`,
    met: heap.max < 600e6,
    margin: within(heap.max, 600e6, mb),
  };
}
