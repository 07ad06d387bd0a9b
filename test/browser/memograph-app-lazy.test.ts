import { describe, expect, it, vi } from 'vitest';
import '../../src/ui/memograph-app.ts';
import { laterLoaded } from '../../src/ui/app/lazy-elements.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { appPerTest } from './support.ts';

const LATER = [
  'mg-search',
  'mg-relations-table',
  'mg-help-dialog',
  'mg-load-problem',
  'mg-overview-panel',
  'mg-paragraph-panel',
  'mg-export-menu',
];

// Read as this file is evaluated, before the chunk the root asked for can have arrived.
const definedWithTheRoot = LATER.filter((tag) => customElements.get(tag) !== undefined);

const app = appPerTest();

function serveMini(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(miniDataset)))),
  );
}

async function mount() {
  serveMini();
  const el = app.create();
  el.noUrl = true;
  el.src = '/datasets/mini.json';
  document.body.append(el);
  await expect
    .poll(() => el.shadowRoot?.querySelector('mg-relations-table') ?? null)
    .not.toBeNull();
  return el;
}

describe('<memograph-app> loads what the first graph does not need later', () => {
  it('leaves the search box, the table, the help and the panels out of the root', async () => {
    expect(definedWithTheRoot).toEqual([]);
    await laterLoaded;
    expect(LATER.filter((tag) => customElements.get(tag) === undefined)).toEqual([]);
  });

  it('shows the table and the overview only once they are defined', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    for (const tag of ['mg-relations-table', 'mg-overview-panel', 'mg-search', 'mg-help-dialog']) {
      const found = root.querySelector(tag)!;
      expect(found, tag).toBeInstanceOf(customElements.get(tag)!);
    }
  });

  it('puts the keyboard in the search box on /', async () => {
    const el = await mount();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '/', cancelable: true }));
    const search = el.shadowRoot!.querySelector('mg-search')!;
    await expect.poll(() => search.shadowRoot?.activeElement?.id).toBe('search-input');
  });

  it('gives the search box its width itself, so the header does not move when it is defined', async () => {
    const el = await mount();
    const search = el.shadowRoot!.querySelector('mg-search')!;
    const style = getComputedStyle(search);
    expect(style.display).toBe('block');
    // Its size comes from the header's rules, whether or not the element is defined yet: a basis
    // of 21em, and never narrower than 12em when the header is crowded.
    const em = parseFloat(style.fontSize);
    expect(parseFloat(style.flexBasis)).toBeCloseTo(21 * em, 0);
    expect(search.getBoundingClientRect().width).toBeGreaterThanOrEqual(12 * em - 0.5);
    expect(search.getBoundingClientRect().width).toBeLessThanOrEqual(21 * em + 0.5);
  });
});
