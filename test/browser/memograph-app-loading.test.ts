import { LitElement, html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DatasetLoadController,
  type LoadedDataset,
} from '../../src/ui/app/dataset-load-controller.ts';
import type { DatasetErrorDetail, DatasetLoadedDetail } from '../../src/ui/events.ts';
import type { FetchOptions } from '../../src/ui/app/fetch-bytes.ts';
import type { LoadOutcome } from '../../src/ui/load-dataset.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { syntheticDataset } from '../fixtures/datasets.ts';

/** A load whose outcome the test decides, and when. */
interface Pending {
  readonly address: string;
  readonly options: FetchOptions;
  settle(outcome: LoadOutcome): void;
}

class LoadHost extends LitElement {
  pending: Pending[] = [];
  shown: LoadedDataset[] = [];
  readonly loader = new DatasetLoadController(
    this,
    (loaded) => this.shown.push(loaded),
    (address, _page, options) =>
      new Promise<LoadOutcome>((resolve) =>
        this.pending.push({ address, options, settle: resolve }),
      ),
    () => ({ stallMs: 1234 }),
  );

  protected override render() {
    const progress = this.loader.progress;
    return html`${this.loader.loading ? 'loading' : 'idle'}
    ${progress ? `${progress.received}/${progress.total}` : ''}`;
  }
}
customElements.define('test-load-host', LoadHost);

const good = (url: string, dataset = miniDataset): LoadOutcome => ({
  ok: true,
  url,
  dataset,
  warnings: [],
});
const bad = (url: string): LoadOutcome => ({
  ok: false,
  url,
  problem: { summary: 'Nope.', details: ['x.json:1:1: broken'], omitted: 0 },
});

/** Lets promise callbacks already queued run, but no timer. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

let host: LoadHost;
let loaded: DatasetLoadedDetail[];
let failed: DatasetErrorDetail[];

beforeEach(() => {
  host = document.createElement('test-load-host') as LoadHost;
  loaded = [];
  failed = [];
  host.addEventListener('mg-dataset-loaded', (e) => loaded.push(e.detail));
  host.addEventListener('mg-dataset-error', (e) => failed.push(e.detail));
  document.body.append(host);
});

afterEach(() => host.remove());

describe('DatasetLoadController', () => {
  it('shows a loaded dataset, indexed, and tells the page', async () => {
    const done = host.loader.load('a.json');
    expect(host.loader.loading).toBe(true);
    host.pending[0]!.settle(good('http://x/a.json'));
    await done;
    expect(host.loader.loading).toBe(false);
    expect(host.loader.url).toBe('http://x/a.json');
    expect(host.loader.problem).toBeNull();
    expect(host.shown).toHaveLength(1);
    expect(host.shown[0]!.index.dataset).toBe(miniDataset);
    expect(loaded).toEqual([
      {
        url: 'http://x/a.json',
        actors: miniDataset.actors.length,
        relations: miniDataset.relations.length,
      },
    ]);
    await host.updateComplete;
    expect(host.shadowRoot?.textContent).toContain('idle');
  });

  it('lets a newer load supersede an older one still on its way', async () => {
    const first = host.loader.load('old.json');
    const second = host.loader.load('new.json');
    expect(host.pending.map((p) => p.address)).toEqual(['old.json', 'new.json']);
    host.pending[1]!.settle(good('http://x/new.json'));
    await second;
    host.pending[0]!.settle(bad('http://x/old.json'));
    await first;
    expect(host.shown.map((s) => s.url)).toEqual(['http://x/new.json']);
    expect(host.loader.problem).toBeNull();
    expect(failed).toEqual([]);
    expect(loaded.map((d) => d.url)).toEqual(['http://x/new.json']);
  });

  it('drops an older load that finishes while a large dataset is being indexed', async () => {
    const big = syntheticDataset(6000);
    const first = host.loader.load('big.json');
    host.pending[0]!.settle(good('http://x/big.json', big));
    // The large dataset yields to the page before indexing; a newer load starts meanwhile.
    await microtasks();
    expect(host.loader.loading).toBe(false);
    expect(host.shown).toEqual([]);
    const second = host.loader.load('small.json');
    host.pending[1]!.settle(good('http://x/small.json'));
    await Promise.all([first, second]);
    expect(host.shown.map((s) => s.url)).toEqual(['http://x/small.json']);
    expect(loaded.map((d) => d.url)).toEqual(['http://x/small.json']);
  });

  it('keeps what was open when a load fails, and reports the problem', async () => {
    const first = host.loader.load('a.json');
    host.pending[0]!.settle(good('http://x/a.json'));
    await first;
    const second = host.loader.load('broken.json');
    host.pending[1]!.settle(bad('http://x/broken.json'));
    await second;
    expect(host.shown).toHaveLength(1);
    // The address shown with the open dataset stays that dataset's.
    expect(host.loader.url).toBe('http://x/a.json');
    expect(host.loader.problem?.summary).toBe('Nope.');
    expect(host.loader.loading).toBe(false);
    expect(failed).toEqual([{ url: 'http://x/broken.json', problem: host.loader.problem }]);
    // The next good load clears the problem.
    const third = host.loader.load('b.json');
    host.pending[2]!.settle(good('http://x/b.json'));
    await third;
    expect(host.loader.problem).toBeNull();
    expect(host.shown.map((s) => s.url)).toEqual(['http://x/a.json', 'http://x/b.json']);
  });

  it('passes its limits, shows progress, and cancels by aborting the load', async () => {
    const first = host.loader.load('a.json');
    host.pending[0]!.settle(good('http://x/a.json'));
    await first;
    const second = host.loader.load('slow.json');
    const { options } = host.pending[1]!;
    expect(options.limits).toEqual({ stallMs: 1234 });
    options.onProgress!({ received: 10, total: 200 });
    await host.updateComplete;
    expect(host.loader.progress).toEqual({ received: 10, total: 200 });
    expect(host.shadowRoot?.textContent).toContain('10/200');
    expect(options.signal!.aborted).toBe(false);
    host.loader.cancel();
    expect(options.signal!.aborted).toBe(true);
    host.pending[1]!.settle({
      ok: false,
      url: 'http://x/slow.json',
      cancelled: true,
      problem: {
        summary: 'Loading the dataset /slow.json was cancelled.',
        details: [],
        omitted: 0,
      },
    });
    await second;
    expect(host.loader.loading).toBe(false);
    expect(host.loader.progress).toBeNull();
    expect(host.loader.problem?.summary).toBe('Loading the dataset /slow.json was cancelled.');
    expect(host.shown.map((s) => s.url)).toEqual(['http://x/a.json']);
  });

  it('aborts an older load when a newer one starts', async () => {
    void host.loader.load('old.json');
    void host.loader.load('new.json');
    expect(host.pending[0]!.options.signal!.aborted).toBe(true);
    expect(host.pending[1]!.options.signal!.aborted).toBe(false);
  });
});
