import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/memograph-app.ts';
import type { MemographApp } from '../../src/ui/memograph-app.ts';
import type { MgLegend } from '../../src/ui/mg-legend.ts';
import { laterLoaded } from '../../src/ui/app/lazy-elements.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/**
 * The legend's bulk actions (All, None, Only) change every type at once: one click is one
 * change of filters, one re-filter and one history write, however many types there are.
 */

let app: MemographApp;
let filterEvents: number;
let historyWrites: number;
/** History entries added: a run of filter changes is one. */
let pushes: number;
const pageUrl = location.href;

beforeEach(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(miniDataset)))),
  );
  app = document.createElement('memograph-app');
  app.src = '/datasets/mini.json';
  const loaded = new Promise((resolve) => app.addEventListener('mg-dataset-loaded', resolve));
  document.body.append(app);
  await loaded;
  // The legend comes in the chunk that follows the graph.
  await laterLoaded;
  await app.updateComplete;
  filterEvents = 0;
  historyWrites = 0;
  pushes = 0;
  // Counted on the way down, before the explorer handles (and stops) the event.
  app.shadowRoot!.addEventListener('mg-filters-change', () => filterEvents++, { capture: true });
  const push = history.pushState.bind(history);
  vi.spyOn(history, 'pushState').mockImplementation((...args) => {
    historyWrites++;
    pushes++;
    push(...args);
  });
  const replace = history.replaceState.bind(history);
  vi.spyOn(history, 'replaceState').mockImplementation((...args) => {
    historyWrites++;
    replace(...args);
  });
});

afterEach(() => {
  app.remove();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  history.replaceState(null, '', pageUrl);
});

function legend(): MgLegend {
  return app.shadowRoot!.querySelector('mg-legend')!;
}

function button(name: string): HTMLButtonElement {
  const buttons = [...legend().shadowRoot!.querySelectorAll('button')];
  const found = buttons.find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function click(name: string): Promise<void> {
  button(name).click();
  await app.updateComplete;
  await legend().updateComplete;
}

describe('<memograph-app> legend bulk actions', () => {
  it('re-filters once per click of None, All and Only', async () => {
    const types = miniDataset.relationTypes;
    expect(types.length).toBeGreaterThan(2);
    await click('None');
    expect(filterEvents).toBe(1);
    expect(historyWrites).toBe(1);
    expect(legend().filters.hiddenTypes).toHaveLength(types.length);

    await click('All');
    expect(filterEvents).toBe(2);
    expect(historyWrites).toBe(2);
    expect(legend().filters.hiddenTypes).toEqual([]);

    await click(`Show only ${types[1]!.label}`);
    expect(filterEvents).toBe(3);
    expect(historyWrites).toBe(3);
    expect(legend().filters.hiddenTypes).toHaveLength(types.length - 1);
    expect(new URLSearchParams(location.search).get('types')).toBe(types[1]!.id);
    expect(pushes).toBe(1);
  });
});
