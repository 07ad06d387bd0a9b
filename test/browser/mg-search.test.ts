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

const combobox = () => page.getByRole('combobox', { name: 'Search' });
const input = () => search.shadowRoot!.querySelector('input')!;
const options = () => [...search.shadowRoot!.querySelectorAll('[role="option"]')];
const optionNames = () => options().map((o) => o.querySelector('.name')!.textContent);
/** The names of one group's options. */
const groupNames = (group: string) =>
  [
    ...search.shadowRoot!.querySelectorAll(
      `[role="group"][aria-labelledby="group-${group}"] [role="option"] .name`,
    ),
  ].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
const groupHeads = () =>
  [...search.shadowRoot!.querySelectorAll('.group-head')].map((h) =>
    h.textContent!.replace(/\s+/g, ' ').trim(),
  );
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

/** The options' names, whitespace as shown. */
function shown(names: (string | null)[]): string[] {
  return names.map((n) => (n ?? '').replace(/\s+/g, ' ').trim());
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
    expect(groupNames('actors')).toEqual(['The Front', 'The Crown', 'The League', 'The envoys']);
    expect(statusText()).toMatch(/^4 actors, \d+ relations and 3 paragraphs match\. Use the up/);
    expect(options()[0]!.querySelector('.kind')!.textContent).toBe('Armed group');
  });

  it('shows the alias that matched when it is not the name', async () => {
    await typeInto('lima');
    expect(optionNames()).toEqual(['The Crown']);
    expect(options()[0]!.querySelector('.detail')!.textContent).toBe('“Lima”');
    expect(options()[0]!.querySelector('.kind')!.textContent).toBe('Government');
    expect(statusText()).toBe('1 actor matches. Use the up and down arrows to choose.');
    expect(groupHeads()).toEqual(['Actors 1']);
  });

  it('moves through options with Down, Up, Home and End, wrapping at the ends', async () => {
    await typeInto('the');
    const all = optionNames();
    const last = all.at(-1)!;
    expect(all.length).toBeGreaterThan(5);
    expect(activeOption()).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('The Front');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption()).toBe('The League');
    await userEvent.keyboard('{ArrowUp}');
    expect(activeOption()).toBe('The Crown');
    // Down goes on from the last actor into the relations.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(activeOption()).toBe(all[4]);
    expect(input().getAttribute('aria-activedescendant')).toBe('option-4');
    expect(
      search.shadowRoot!.getElementById('option-4')!.closest('[role="group"]')!.id ||
        search
          .shadowRoot!.getElementById('option-4')!
          .closest('[role="group"]')!
          .getAttribute('aria-labelledby'),
    ).toBe('group-relations');
    await userEvent.keyboard('{End}');
    expect(activeOption()).toBe(last);
    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('The Front');
    await userEvent.keyboard('{Home}');
    expect(activeOption()).toBe('The Front');
    await userEvent.keyboard('{ArrowUp}');
    expect(activeOption()).toBe(last);
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
    await userEvent.click(page.getByRole('option', { name: /^The envoys/ }));
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'envoys' }, origin: 'search' }]);
  });

  it('says so when nothing matches', async () => {
    await typeInto('zzz');
    expect(options()).toHaveLength(0);
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(statusText()).toBe('Nothing matches “zzz”.');
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
    expect(groupNames('actors')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(search.shadowRoot!.querySelector('img')).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(selected[0]!.selection).toEqual({ kind: 'actor', id: 'xss' });
    await expect.element(combobox()).toHaveValue('<img src=x onerror=alert(1)>');
  });

  it('finds relations by their type and groups them with a count', async () => {
    await typeInto('mediat');
    expect(groupHeads()).toEqual(['Relations 2', 'Paragraphs 1']);
    expect(shown(groupNames('relations'))).toEqual([
      'The League — may mediate for → The Crown',
      'The League — may mediate for → The Front',
    ]);
    // Each says where it comes from and how sure the memo is, so the two can be told apart.
    const kinds = options().map((o) => o.querySelector('.kind')!.textContent!.trim());
    expect(kinds.slice(0, 2)).toEqual(['¶2 (S/NF) · “may”', '¶2 (S/NF) · “may” · indeterminate']);
    expect(statusText()).toBe(
      '2 relations and 1 paragraph match. Use the up and down arrows to choose.',
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(selected).toEqual([{ selection: { kind: 'relation', id: 'r5' }, origin: 'search' }]);
    // The query stays, so the next result is one Down and Enter away.
    await expect.element(combobox()).toHaveValue('mediat');
  });

  it('finds the memo’s words, in quotes and in paragraphs, with the words marked', async () => {
    await typeInto('genuine talks');
    expect(groupHeads()).toEqual(['Relations 1', 'Paragraphs 1']);
    const paragraph = search.shadowRoot!.querySelector('[data-kind="paragraph"]')!;
    expect(paragraph.querySelector('.name')!.textContent!.trim()).toBe('¶2 (S/NF) · Talks');
    expect(paragraph.querySelector('mark')!.textContent).toBe('genuine talks');
    await userEvent.click(page.getByRole('option', { name: /^¶2/ }));
    expect(selected).toEqual([
      { selection: { kind: 'paragraph', document: 'mini-doc', id: 'p2' }, origin: 'search' },
    ]);
  });

  it('lists at most five of a group and says how many there are', async () => {
    await typeInto('the');
    const heads = groupHeads();
    const relations = heads.find((h) => h.startsWith('Relations'))!;
    expect(relations).toMatch(/^Relations first 5 of \d+$/);
    expect(groupNames('relations')).toHaveLength(5);
  });

  it('"/" in the field selects its text instead of typing a slash', async () => {
    await typeInto('Cuba');
    await userEvent.keyboard('{Escape}{Escape}');
    await expect.element(combobox()).toHaveValue('');
    await userEvent.keyboard('cr/');
    await expect.element(combobox()).toHaveValue('cr');
    expect(input().selectionStart).toBe(0);
    expect(input().selectionEnd).toBe(2);
    await userEvent.keyboard('leag');
    await expect.element(combobox()).toHaveValue('leag');
  });
});
