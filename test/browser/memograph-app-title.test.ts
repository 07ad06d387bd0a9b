import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/memograph-app.ts';
import type { MemographApp } from '../../src/ui/memograph-app.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { appPerTest } from './support.ts';

const HOST_TITLE = 'The host page';
const app = appPerTest();

/** Mounts the explorer on the mini dataset, served by a stand-in fetch, and waits for it. */
async function mount(embedded: boolean): Promise<MemographApp> {
  const el = app.create();
  el.src = '/datasets/mini.json';
  el.noUrl = embedded;
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('mg-dataset-loaded', () => resolve());
    el.addEventListener('mg-dataset-error', (e) => reject(new Error(e.detail.problem.summary)));
  });
  document.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  document.title = HOST_TITLE;
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(miniDataset)))),
  );
});

describe('<memograph-app> and the page title', () => {
  it('leaves the host page’s title alone when embedded with no-url', async () => {
    await mount(true);
    expect(document.title).toBe(HOST_TITLE);
  });

  it('names the open document when it owns the page', async () => {
    await mount(false);
    expect(document.title).toBe('Ruritania: Envoys Held — Memograph');
  });
});
