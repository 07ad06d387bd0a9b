import { describe, expect, it, vi } from 'vitest';
import '../../src/ui/memograph-app.ts';
import type { MemographApp } from '../../src/ui/memograph-app.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { appPerTest, trickle } from './support.ts';

/**
 * What the reader sees while a dataset loads slowly or never: how much has arrived, a Cancel
 * button, and, when the server stops sending, a message; whatever was open stays open.
 */

const app = appPerTest();
let failed: string[] = [];

/** Serves the mini dataset at /datasets/mini.json, a trickle at /slow.json, silence at /silent.json. */
function serve(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      if (url.endsWith('/datasets/mini.json')) {
        return Promise.resolve(new Response(JSON.stringify(miniDataset)));
      }
      if (url.endsWith('/slow.json')) {
        return Promise.resolve(
          new Response(trickle('{"schemaVersion": 1', 30), {
            headers: { 'content-length': '2048' },
          }),
        );
      }
      return Promise.resolve(new Response(new ReadableStream({})));
    }),
  );
}

function inApp<T extends Element>(selector: string): T | null {
  return app.current.shadowRoot!.querySelector<T>(selector);
}

function cancelButton(): HTMLButtonElement | null {
  const buttons = [...app.current.shadowRoot!.querySelectorAll('button')];
  return buttons.find((b) => b.textContent?.trim() === 'Cancel') ?? null;
}

async function alertText(): Promise<string> {
  await expect.poll(() => inApp('mg-load-problem')).not.toBeNull();
  const problem = inApp('mg-load-problem')!;
  await (problem as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return problem.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
}

async function mount(src: string, stallMs: number): Promise<MemographApp> {
  serve();
  failed = [];
  const el = app.create();
  el.noUrl = true;
  el.setAttribute('stall-timeout', String(stallMs));
  el.src = src;
  el.addEventListener('mg-dataset-error', (e) => failed.push(e.detail.problem.summary));
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function mountWithMini(stallMs: number): Promise<MemographApp> {
  const el = await mount('/datasets/mini.json', stallMs);
  await new Promise((resolve) => el.addEventListener('mg-dataset-loaded', resolve, { once: true }));
  await expect.poll(() => inApp('mg-graph')).not.toBeNull();
  return el;
}

describe('<memograph-app> while a dataset loads', () => {
  it('shows the bytes received of the announced length, and a Cancel button', async () => {
    await mount('/slow.json', 60_000);
    expect(inApp('[role="status"]')?.textContent).toBe('Loading dataset…');
    await expect
      .poll(() => inApp('.loading')?.textContent?.replace(/\s+/g, ' '))
      .toMatch(/([3-9]|1\d) bytes of 2 kB received/);
    const progress = inApp<HTMLProgressElement>('.loading progress')!;
    expect(progress.max).toBe(2048);
    expect(progress.getAttribute('aria-label')).toBe('Dataset received');
    expect(cancelButton()).not.toBeNull();
  });

  it('cancels a load when nothing was open, and says so', async () => {
    await mount('/slow.json', 60_000);
    await expect.poll(() => inApp('.loading .progress')?.textContent).toMatch(/bytes of 2 kB/);
    cancelButton()!.click();
    expect(await alertText()).toContain('Loading the dataset /slow.json was cancelled.');
    expect(inApp('.loading')).toBeNull();
    expect(cancelButton()).toBeNull();
  });

  it('cancels a load and keeps the open dataset', async () => {
    await mountWithMini(60_000);
    app.current.src = '/slow.json';
    await expect.poll(() => cancelButton()).not.toBeNull();
    // The open dataset stays on screen, under the progress bar.
    expect(inApp('mg-graph')).not.toBeNull();
    cancelButton()!.click();
    const text = await alertText();
    expect(text).toContain('Loading the dataset /slow.json was cancelled.');
    expect(text).toContain('The dataset that was already open is still shown below.');
    expect(inApp('mg-graph')).not.toBeNull();
    expect(failed).toEqual(['Loading the dataset /slow.json was cancelled.']);
  });

  it('says the server stopped sending when nothing arrives, keeping the open dataset', async () => {
    await mountWithMini(1000);
    app.current.src = '/silent.json';
    await expect.poll(() => inApp('.loading .progress')?.textContent).toBe('0 bytes received');
    const text = await alertText();
    expect(text).toContain(
      'The dataset /silent.json could not be loaded: the server stopped sending: nothing arrived for 1 second, after 0 bytes.',
    );
    expect(text).toContain('The dataset that was already open is still shown below.');
    expect(inApp('mg-graph')).not.toBeNull();
    expect(inApp('.loading')).toBeNull();
  });
});
