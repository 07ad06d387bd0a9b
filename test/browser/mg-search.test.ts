import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/mg-search.ts';
import type { MgSearch } from '../../src/ui/mg-search.ts';
import { indexDataset, type DatasetIndex } from '../../src/model/dataset/query.ts';
import type { SelectDetail, SelectEvent } from '../../src/ui/events.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/** The mini dataset, with an alias that differs from the name, as "Lima" does for Peru's government. */
const index = indexDataset({
  ...miniDataset,
  actors: miniDataset.actors.map((a) =>
    a.id === 'crown' ? { ...a, aliases: ['the Crown', 'Lima', 'the palace'] } : a,
  ),
});

let host: HTMLElement;
let search: MgSearch;
let selected: SelectDetail[];

async function mount(idx: DatasetIndex = index): Promise<void> {
  host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  document.body.append(host);
  search = document.createElement('mg-search');
  search.index = idx;
  selected = [];
  search.addEventListener('mg-select', (e: SelectEvent) => selected.push(e.detail));
  root.append(search);
  await search.updateComplete;
}

const combobox = () => page.getByRole('combobox', { name: 'Find actor' });
const input = () => search.shadowRoot!.querySelector('input')!;
const options = () => [...search.shadowRoot!.querySelectorAll('[role="option"]')];
const optionNames = () => options().map((o) => o.querySelector('.name')!.textContent);
const statusText = () => search.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function typeInto(text: string): Promise<void> {
  search.focus();
  await search.updateComplete;
  await userEvent.keyboard(text);
  await search.updateComplete;
}

function activeOption(): string | null {
  const id = input().getAttribute('aria-activedescendant');
  if (id === null) return null;
  const option = search.shadowRoot!.getElementById(id)!;
  expect(option.getAttribute('aria-selected')).toBe('true');
  expect(search.shadowRoot!.querySelectorAll('[aria-selected="true"]')).toHaveLength(1);
  return option.querySelector('.name')!.textContent;
}

beforeEach(() => mount());
afterEach(() => host.remove());

describe('<mg-search>', () => {
  it('is a labelled combobox wired to its listbox, closed at first', async () => {
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
    await expect.element(combobox()).toHaveAttribute('aria-autocomplete', 'list');
    const listbox = search.shadowRoot!.getElementById(input().getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('lists matches best first and says how many there are', async () => {
    await typeInto('the');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'true');
    // Same rank (prefix): the better-connected actor first.
    expect(optionNames()).toEqual(['The Front', 'The Crown', 'The League', 'The envoys']);
    expect(statusText()).toBe('4 actors match. Use the up and down arrows to choose.');
    expect(options()[0]!.querySelector('.kind')!.textContent).toBe('Armed group');
  });

  it('shows the alias that matched when it is not the name', async () => {
    await typeInto('lima');
    expect(optionNames()).toEqual(['The Crown']);
    expect(options()[0]!.querySelector('.alias')!.textContent).toBe('“Lima”');
    expect(options()[0]!.querySelector('.kind')!.textContent).toBe('Government');
    expect(statusText()).toBe('1 actor matches. Use the up and down arrows to choose.');
  });

  it('moves through options with Down, Up, Home and End, wrapping at the ends', async () => {
    await typeInto('the');
    expect(activeOption()).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('The Front');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption()).toBe('The League');
    await userEvent.keyboard('{ArrowUp}');
    expect(activeOption()).toBe('The Crown');
    await userEvent.keyboard('{End}');
    expect(activeOption()).toBe('The envoys');
    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('The Front');
    await userEvent.keyboard('{Home}');
    expect(activeOption()).toBe('The Front');
    await userEvent.keyboard('{ArrowUp}');
    expect(activeOption()).toBe('The envoys');
    // Focus never leaves the field: the active option is only pointed at.
    expect(search.shadowRoot!.activeElement).toBe(input());
  });

  it('Enter chooses the active option and sends an actor selection from search', async () => {
    await typeInto('the');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'crown' }, origin: 'search' }]);
    await expect.element(combobox()).toHaveValue('The Crown');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('Enter with no active option takes the best match', async () => {
    await typeInto('leag');
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'league' }, origin: 'search' }]);
  });

  it('Escape closes the list, a second Escape clears the field', async () => {
    await typeInto('cr');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
    await expect.element(combobox()).toHaveValue('cr');
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([]);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(activeOption()).toBe('The Crown');
    await userEvent.keyboard('{Escape}{Escape}');
    await expect.element(combobox()).toHaveValue('');
    expect(selected).toEqual([]);
  });

  it('a click on an option chooses it', async () => {
    await typeInto('env');
    await userEvent.click(page.getByRole('option', { name: /The envoys/ }));
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'envoys' }, origin: 'search' }]);
  });

  it('says so when nothing matches', async () => {
    await typeInto('zzz');
    expect(options()).toHaveLength(0);
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(statusText()).toBe('No actor matches “zzz”.');
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([]);
  });

  it('focus() puts the keyboard in the field', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    input().value = 'old';
    search.focus();
    // Synchronous: the keystroke that asked for focus must land in the field.
    expect(search.shadowRoot!.activeElement).toBe(input());
    expect(document.activeElement).toBe(host);
    expect(input().selectionStart).toBe(0);
    expect(input().selectionEnd).toBe(3);
  });

  it('shows an actor named with markup as text and creates no element from it', async () => {
    await typeInto('img');
    expect(optionNames()).toEqual(['<img src=x onerror=alert(1)>']);
    expect(search.shadowRoot!.querySelector('img')).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(selected[0]!.selection).toEqual({ kind: 'actor', id: 'xss' });
    await expect.element(combobox()).toHaveValue('<img src=x onerror=alert(1)>');
  });
});
