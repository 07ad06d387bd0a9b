import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/memograph-app.ts';
import type { MemographApp } from '../../src/ui/memograph-app.ts';
import { selectEvent } from '../../src/ui/events.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

let app: MemographApp;
let failed: string[];

/** Serves the mini dataset at /datasets/mini.json and a 404 anywhere else. */
function serve(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        url.endsWith('/datasets/mini.json')
          ? new Response(JSON.stringify(miniDataset))
          : new Response('gone', { status: 404, statusText: 'Not Found' }),
      ),
    ),
  );
}

function inApp<T extends Element>(selector: string): T | null {
  return app.shadowRoot!.querySelector<T>(selector);
}

beforeEach(async () => {
  serve();
  failed = [];
  app = document.createElement('memograph-app');
  app.noUrl = true;
  app.src = '/datasets/mini.json';
  app.addEventListener('mg-dataset-error', (e) => failed.push(e.detail.problem.summary));
  const loaded = new Promise((resolve) => app.addEventListener('mg-dataset-loaded', resolve));
  document.body.append(app);
  await loaded;
  await expect.poll(() => inApp('mg-overview-panel')).not.toBeNull();
});

afterEach(() => {
  app.remove();
  vi.unstubAllGlobals();
});

describe('<memograph-app> panels', () => {
  it('shows the overview while nothing is selected', async () => {
    const overview = inApp('mg-overview-panel')!;
    await (overview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(inApp('.panel')!.getAttribute('aria-label')).toBe('Overview');
    expect(overview.shadowRoot!.querySelector('h2')!.textContent).toBe('Evidence');
    expect(overview.shadowRoot!.textContent).toContain('Dataset: /datasets/mini.json');
  });

  it('narrows to a selected paragraph, and clears it with Esc', async () => {
    inApp('main')!.dispatchEvent(
      selectEvent({
        selection: { kind: 'paragraph', document: 'mini-doc', id: 'p1' },
        origin: 'reader',
      }),
    );
    await app.updateComplete;
    const inP1 = miniDataset.relations.filter((r) => r.paragraph === 'p1').length;
    expect(inApp('.narrowing')!.textContent!.replace(/\s+/g, ' ')).toContain(
      `Showing the ${inP1} relations that ¶1 supports.`,
    );
    expect(inApp('.panel')!.getAttribute('aria-label')).toBe('Selected paragraph');
    const panel = inApp('mg-paragraph-panel')!;
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('button.link')).toHaveLength(inP1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await app.updateComplete;
    expect(inApp('.narrowing')).toBeNull();
    expect(inApp('.panel')!.getAttribute('aria-label')).toBe('Overview');
  });

  it('opens the keyboard help on ?', async () => {
    const help = inApp('mg-help-dialog')!;
    const dialog = help.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).toBe(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '?' }));
    expect(dialog.open).toBe(true);
    dialog.close();
  });

  it('keeps the open dataset when the next one fails, and says so', async () => {
    app.src = '/datasets/missing.json';
    await expect.poll(() => failed.length).toBe(1);
    await app.updateComplete;
    const problem = inApp('mg-load-problem')!;
    await (problem as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const alert = problem.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('404');
    expect(alert.textContent).toContain('The dataset that was already open is still shown below.');
    expect(inApp('mg-graph')).not.toBeNull();
  });
});
