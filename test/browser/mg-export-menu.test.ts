import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/mg-export-menu.ts';
import type { MgExportMenu } from '../../src/ui/mg-export-menu.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { INITIAL_FILTERS } from '../../src/model/explorer/filters.ts';
import { bibliography } from '../../src/model/words/bibliography.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);

let host: HTMLElement;
let menu: MgExportMenu;
let saved: { name: string; type: string; text: string }[];

beforeEach(async () => {
  localStorage.removeItem('memograph.citationFormat');
  saved = [];
  // Catch the download link's click: the file's name and contents, without a real download.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const { href, download } = this;
    void fetch(href)
      .then((r) => r.blob())
      .then(async (b) => saved.push({ name: download, type: b.type, text: await b.text() }));
  });
  host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  document.body.append(host);
  menu = document.createElement('mg-export-menu');
  menu.index = index;
  menu.relations = miniDataset.relations;
  menu.filters = INITIAL_FILTERS;
  root.append(menu);
  await menu.updateComplete;
});

afterEach(() => {
  host.remove();
  vi.restoreAllMocks();
  delete (navigator as { clipboard?: unknown }).clipboard;
});

const button = () => page.getByRole('button', { name: 'Export', exact: true });
const focusedLabel = () => menu.shadowRoot!.activeElement?.getAttribute('data-label');

describe('<mg-export-menu>', () => {
  it('is a menu button: closed, then open on its first item', async () => {
    await expect.element(button()).toHaveAttribute('aria-haspopup', 'menu');
    await expect.element(button()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button());
    await expect.element(button()).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByRole('menu', { name: 'Export the current view' })).toBeVisible();
    expect(focusedLabel()).toBe('GraphML');
  });

  it('closes on a click outside, and on Tab, without taking the focus back', async () => {
    await userEvent.click(button());
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await menu.updateComplete;
    await expect.element(button()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button());
    await userEvent.keyboard('{Tab}');
    await expect.element(button()).toHaveAttribute('aria-expanded', 'false');
  });

  it('jumps to an item by its first letter', async () => {
    await userEvent.click(button());
    await userEvent.keyboard('b');
    expect(focusedLabel()).toBe('BibTeX');
    await userEvent.keyboard('e');
    expect(focusedLabel()).toBe('Evidence report (Markdown)');
    await userEvent.keyboard('e');
    expect(focusedLabel()).toBe('Evidence report (HTML)');
  });

  it('saves the view as a file and says so', async () => {
    await userEvent.click(button());
    await userEvent.click(page.getByRole('menuitem', { name: /^CSV/ }));
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]!.name).toBe('memograph-mini-doc.csv');
    // Chromium releases differ on whether a Blob keeps its type's charset parameter.
    expect(saved[0]!.type).toMatch(/^text\/csv(;charset=utf-8)?$/);
    expect(saved[0]!.text.split('\r\n').filter((l) => l !== '')).toHaveLength(
      miniDataset.relations.length + 1,
    );
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(
        `Saved memograph-mini-doc.csv: ${miniDataset.relations.length} relations.`,
      );
    expect(menu.shadowRoot!.activeElement?.id).toBe('export-button');
  });

  it('groups reports by actor once chosen, keeping the menu open', async () => {
    await userEvent.click(button());
    await userEvent.click(page.getByRole('menuitemradio', { name: 'Actor' }));
    await expect
      .element(page.getByRole('menuitemradio', { name: 'Actor' }))
      .toHaveAttribute('aria-checked', 'true');
    await expect.element(page.getByRole('menu')).toBeVisible();
    await userEvent.click(page.getByRole('menuitem', { name: /^Evidence report \(Markdown\)/ }));
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]!.text).toContain('Grouped by actor');
  });

  it('copies the selected actor’s citations in the format the evidence panel keeps', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void written.push(t) },
    });
    localStorage.setItem('memograph.citationFormat', 'bibtex');
    menu.selection = { kind: 'actor', id: 'crown' };
    await userEvent.click(button());
    await userEvent.click(page.getByRole('menuitem', { name: /^Copy citations: The Crown/ }));
    const crown = miniDataset.relations.filter((r) => r.source === 'crown' || r.target === 'crown');
    await expect.poll(() => written).toEqual([bibliography(index, crown, 'bibtex')]);
    await expect.element(page.getByRole('status')).toHaveTextContent(/citations? copied\./);
  });

  it('says so when the graph cannot give an image yet', async () => {
    menu.image = () => Promise.resolve(null);
    await userEvent.click(button());
    await userEvent.click(page.getByRole('menuitem', { name: /^PNG image/ }));
    await expect.element(page.getByRole('status')).toHaveTextContent('The graph is not drawn yet');
    expect(saved).toEqual([]);
  });
});
