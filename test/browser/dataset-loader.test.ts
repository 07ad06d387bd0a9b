import { describe, expect, it } from 'vitest';
import type { BundleSource } from '../../src/model/annotation/bundle-source.ts';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import { formatDiagnostic } from '../../src/model/json/diagnostics.ts';
import type { Progress } from '../../src/ui/app/fetch-bytes.ts';
import { loadDataset, type LoadOutcome } from '../../src/ui/load-dataset.ts';
import { fullDataset, syntheticDataset } from '../fixtures/datasets.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { trickle } from './support.ts';

/**
 * The explorer validates `?data=` files with the same model code the CLI uses; these tests run
 * that code in real Chromium to prove it needs nothing from Node.
 */
describe('parseDataset in the browser', () => {
  it('accepts a good dataset and locates a broken one', () => {
    const good = fullDataset();
    expect(parseDataset(JSON.stringify(good, null, 2), 'data.json')).toEqual({
      dataset: good,
      diagnostics: [],
    });
    const broken = JSON.stringify(good, null, 2).replace(
      '"target": "bolivia"',
      '"target": "bolivi"',
    );
    expect(
      parseDataset(broken, 'https://example.org/data.json').diagnostics.map(formatDiagnostic),
    ).toEqual([
      expect.stringMatching(
        /^https:\/\/example\.org\/data\.json:\d+:\d+: relations\[2\]\.target: unknown actor "bolivi" \(did you mean "bolivia"\?\) — relation "r3"$/,
      ),
    ]);
  });

  it('loads 100,000 relations (time printed, not asserted)', () => {
    const text = JSON.stringify(syntheticDataset(100_000));
    const started = performance.now();
    const { dataset, diagnostics } = parseDataset(text, 'big.json');
    const ms = performance.now() - started;
    expect(diagnostics).toEqual([]);
    expect(dataset?.relations).toHaveLength(100_000);
    console.log(`parseDataset in Chromium, 100,000 relations: ${Math.round(ms)} ms`);
  });

  it('compiles an in-memory bundle', () => {
    const files: Record<string, string> = {
      'document.json': JSON.stringify({
        id: 'memo',
        source: 'memo.txt',
        issuer: 'INR',
        date: '1996-12-28',
        citation: { documentType: 'Intelligence memorandum' },
      }),
      'memo.txt': 'Peru: Standoff (U)\n\nThe MRTA probably holds the ambassador. (C)\n',
      'actors.json': JSON.stringify({
        actors: [
          { id: 'mrta', name: 'MRTA', kind: 'armed-group', aliases: [], description: '' },
          { id: 'ambassador', name: 'Ambassador', kind: 'person', aliases: [], description: '' },
        ],
      }),
      'relation-types.json': JSON.stringify({
        relationTypes: [
          { id: 'holds', label: 'holds', directed: true, definition: 'Holds.', color: '#aa3377' },
        ],
      }),
      'relations.json': JSON.stringify({
        relations: [
          {
            id: 'r1',
            source: 'mrta',
            target: 'ambassador',
            type: 'holds',
            paragraph: 'p1',
            quote: 'probably  holds the ambassador',
            polarity: 'affirmed',
            likelihood: { term: 'probably', band: 'likely' },
            basis: 'judgment',
          },
        ],
      }),
    };
    const src: BundleSource = { name: 'memo', exists: true, readFile: (f) => files[f] };
    const { dataset, diagnostics } = compileBundles([src]);
    expect(diagnostics).toEqual([]);
    expect(dataset?.relations[0]).toMatchObject({
      quote: 'probably holds the ambassador',
      start: 9,
      end: 38,
    });
  });
});

const PAGE = 'http://app.test/explorer/index.html';

/** A fetch that answers every request with `respond()`, recording what was asked. */
function fetchOf(respond: (init: RequestInit | undefined) => Promise<Response> | Response) {
  const calls: RequestInit[] = [];
  const impl = ((_url: string, init?: RequestInit) => {
    calls.push(init ?? {});
    return Promise.resolve(respond(init));
  }) as typeof fetch;
  return { impl, calls };
}

function problemOf(outcome: LoadOutcome) {
  if (outcome.ok) throw new Error('loaded');
  return outcome.problem;
}

describe('loadDataset', () => {
  it('streams the body, counting the bytes that arrive against the announced length', async () => {
    const text = JSON.stringify(miniDataset);
    const body = new TextEncoder().encode(text);
    const progress: Progress[] = [];
    const { impl } = fetchOf(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(body.subarray(0, 100));
              controller.enqueue(body.subarray(100));
              controller.close();
            },
          }),
          { headers: { 'content-length': String(body.length) } },
        ),
    );
    const outcome = await loadDataset('data/mini.json', PAGE, {
      fetchImpl: impl,
      onProgress: (p) => progress.push(p),
    });
    expect(outcome.ok).toBe(true);
    expect(progress).toEqual([
      { received: 0, total: body.length },
      { received: 100, total: body.length },
      { received: body.length, total: body.length },
    ]);
  });

  it('loads a body longer than announced whole', async () => {
    const { impl } = fetchOf(
      () => new Response(JSON.stringify(miniDataset), { headers: { 'content-length': '10' } }),
    );
    const outcome = await loadDataset('data/mini.json', PAGE, { fetchImpl: impl });
    expect(outcome).toMatchObject({ ok: true, dataset: miniDataset });
  });

  it('reports an error status even when the error page never ends', async () => {
    const chunk = new TextEncoder().encode('Oops. '.repeat(1000));
    const { impl } = fetchOf(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(chunk) }),
          { status: 500, statusText: 'Internal Server Error' },
        ),
    );
    const problem = problemOf(await loadDataset('data/err.json', PAGE, { fetchImpl: impl }));
    expect(problem.summary).toBe(
      'The dataset /explorer/data/err.json could not be loaded: the server answered 500 Internal Server Error.',
    );
    expect(problem.details).toEqual([]);
  });

  it('gives up on a server that stops sending, and says how much came', async () => {
    const progress: Progress[] = [];
    const { impl } = fetchOf(
      () =>
        new Response(trickle('{"a"', 20), {
          headers: { 'content-length': '2000' },
        }),
    );
    const problem = problemOf(
      await loadDataset('data/slow.json', PAGE, {
        fetchImpl: impl,
        onProgress: (p) => progress.push(p),
        limits: { stallMs: 500 },
      }),
    );
    expect(problem.summary).toBe(
      'The dataset /explorer/data/slow.json could not be loaded: the server stopped sending: nothing arrived for 0.5 seconds, after 4 bytes of 2 kB.',
    );
    expect(progress.map((p) => p.received)).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives up on a server that sends headers and never a byte', async () => {
    const { impl } = fetchOf(() => new Response(new ReadableStream({})));
    const problem = problemOf(
      await loadDataset('data/silent.json', PAGE, { fetchImpl: impl, limits: { stallMs: 200 } }),
    );
    expect(problem.summary).toBe(
      'The dataset /explorer/data/silent.json could not be loaded: the server stopped sending: nothing arrived for 0.2 seconds, after 0 bytes.',
    );
  });

  it('takes a limit that is not a positive number for the default', async () => {
    const { impl } = fetchOf(() => new Response(JSON.stringify(miniDataset)));
    const outcome = await loadDataset('data/mini.json', PAGE, {
      fetchImpl: impl,
      limits: { stallMs: Number.NaN, maxBytes: -1 },
    });
    expect(outcome.ok).toBe(true);
  });

  it('gives up on a server that never answers', async () => {
    const { impl } = fetchOf(() => new Promise<Response>(() => {}));
    const problem = problemOf(
      await loadDataset('data/mute.json', PAGE, { fetchImpl: impl, limits: { stallMs: 200 } }),
    );
    expect(problem.summary).toBe(
      'The dataset /explorer/data/mute.json could not be loaded: the server did not answer for 0.2 seconds.',
    );
  });

  it('cancels, aborting the request', async () => {
    const { impl, calls } = fetchOf(() => new Response(trickle('{"a": 1}', 20)));
    const abort = new AbortController();
    const loading = loadDataset('data/slow.json', PAGE, {
      fetchImpl: impl,
      signal: abort.signal,
      onProgress: (p) => p.received === 2 && abort.abort(),
    });
    const outcome = await loading;
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(problemOf(outcome).summary).toBe(
      'Loading the dataset /explorer/data/slow.json was cancelled.',
    );
    expect(calls[0]!.signal?.aborted).toBe(true);
  });

  it('stops an endless body at the size limit and names the limit', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const { impl } = fetchOf(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(chunk) }),
        ),
    );
    const problem = problemOf(
      await loadDataset('data/endless.json', PAGE, {
        fetchImpl: impl,
        limits: { maxBytes: 1024 * 1024 },
      }),
    );
    expect(problem.summary).toBe(
      'The dataset /explorer/data/endless.json could not be loaded: the response was larger than 1 MB, the most Memograph loads.',
    );
  });

  it('refuses at once a response announced larger than 256 MB', async () => {
    let pulled = 0;
    const { impl } = fetchOf(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull: (controller) => {
              pulled++;
              controller.enqueue(new Uint8Array(16));
            },
          }),
          { headers: { 'content-length': String(300 * 1024 * 1024) } },
        ),
    );
    const problem = problemOf(await loadDataset('data/huge.json', PAGE, { fetchImpl: impl }));
    expect(problem.summary).toBe(
      'The dataset /explorer/data/huge.json could not be loaded: the response was larger than 256 MB, the most Memograph loads.',
    );
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('says when a failed request was an address redirecting off the site', async () => {
    const { impl, calls } = fetchOf((init) =>
      init?.redirect === 'manual'
        ? ({ type: 'opaqueredirect', ok: false, status: 0 } as Response)
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    const problem = problemOf(await loadDataset('data/moved.json', PAGE, { fetchImpl: impl }));
    expect(problem.summary).toBe(
      "The dataset /explorer/data/moved.json could not be loaded: the address redirected off this site, and Memograph loads data only from the page's own origin.",
    );
    expect(problem.details).toEqual(['Failed to fetch']);
    expect(calls.map((c) => c.redirect)).toEqual([undefined, 'manual']);
  });

  it('keeps "the request failed" for a failure that is not a redirect', async () => {
    const { impl } = fetchOf((init) =>
      init?.redirect === 'manual'
        ? new Response('{}')
        : Promise.reject(new TypeError('Failed to fetch')),
    );
    const problem = problemOf(await loadDataset('data/down.json', PAGE, { fetchImpl: impl }));
    expect(problem.summary).toBe(
      'The dataset /explorer/data/down.json could not be loaded: the request failed.',
    );
    expect(problem.details).toEqual(['Failed to fetch']);
  });

  it('refuses bytes that are not UTF-8, as memograph check does', async () => {
    const text = JSON.stringify(miniDataset, null, 2);
    const at = text.indexOf('The Front holds');
    const encoded = new TextEncoder().encode(text);
    const cut = new TextEncoder().encode(text.slice(0, at)).length;
    const bytes = new Uint8Array([
      ...encoded.subarray(0, cut),
      0xff,
      0xfe,
      ...encoded.subarray(cut),
    ]);
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    const { impl } = fetchOf(() => new Response(bytes));
    const problem = problemOf(await loadDataset('data/latin.json', PAGE, { fetchImpl: impl }));
    expect(problem.summary).toBe(
      'The dataset /explorer/data/latin.json is not a valid Memograph dataset (1 problem).',
    );
    expect(problem.details).toEqual([
      `/explorer/data/latin.json:${line}:${column}: the file is not UTF-8 text: byte 0xFF at line ${line}, column ${column} cannot start a character`,
    ]);
  });

  it('says a UTF-16 file is UTF-16', async () => {
    const units = [0xfeff, ...JSON.stringify(miniDataset)].map((c) =>
      typeof c === 'number' ? c : c.charCodeAt(0),
    );
    const { impl } = fetchOf(() => new Response(new Uint16Array(units)));
    const problem = problemOf(await loadDataset('data/utf16.json', PAGE, { fetchImpl: impl }));
    expect(problem.details).toEqual([
      '/explorer/data/utf16.json: the file is UTF-16 text; save it as UTF-8',
    ]);
  });

  it('asks for an address when ?data= is empty, and refuses what is not http(s)', async () => {
    const { impl, calls } = fetchOf(() => new Response('{}'));
    expect(problemOf(await loadDataset('', PAGE, { fetchImpl: impl })).summary).toBe(
      '?data= is empty: give the address of a dataset.',
    );
    for (const raw of ['javascript:alert(1)', 'data:application/json,{}', 'blob:x']) {
      expect(problemOf(await loadDataset(raw, PAGE, { fetchImpl: impl })).summary).toBe(
        `“${raw}” cannot be loaded: only http(s) addresses on this site can be loaded.`,
      );
    }
    expect(calls).toEqual([]);
  });
});
