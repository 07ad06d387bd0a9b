import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/annotate/mg-combobox.ts';
import type { MgCombobox } from '../../src/ui/annotate/mg-combobox.ts';
import { rankOptions, type ComboOption } from '../../src/ui/annotate/rank-options.ts';
import type { ComboPickDetail } from '../../src/ui/events.ts';

/** The annotation form's combobox, after the ARIA pattern: names, states, keys, "Add …". */

const ACTORS: ComboOption[] = [
  { value: 'fujimori', label: 'Alberto Fujimori', keywords: ['Fujimori'], hint: 'Person' },
  { value: 'cuba', label: 'Cuba', keywords: ['Havana'], hint: 'State', near: true },
  { value: 'mrta', label: 'MRTA', keywords: ['the terrorists'], hint: 'Armed group' },
  { value: 'japan', label: 'Japan', keywords: ['Tokyo'], hint: 'State' },
];

let box: MgCombobox;
let picks: ComboPickDetail[];

beforeEach(async () => {
  picks = [];
  box = document.createElement('mg-combobox');
  box.label = 'Source';
  box.createLabel = 'Add actor';
  box.options = ACTORS;
  box.addEventListener('mg-combo-pick', (e) => picks.push(e.detail));
  document.body.append(box);
  await box.updateComplete;
});

afterEach(() => box.remove());

const combobox = () => page.getByRole('combobox', { name: 'Source', exact: true });
const input = () => box.shadowRoot!.querySelector('input')!;
const shown = () =>
  [...box.shadowRoot!.querySelectorAll('[role="option"] .label')].map((o) => o.textContent);
const active = () => {
  const id = input().getAttribute('aria-activedescendant');
  return id ? box.shadowRoot!.getElementById(id)!.querySelector('.label')!.textContent : null;
};

describe('<mg-combobox>', () => {
  it('is a labelled, collapsed combobox controlling a listbox', async () => {
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
    await expect.element(combobox()).toHaveAttribute('aria-autocomplete', 'list');
    const list = box.shadowRoot!.getElementById(input().getAttribute('aria-controls')!)!;
    expect(list.getAttribute('role')).toBe('listbox');
  });

  it('opens on Down with the paragraph’s actors on top, and moves the active option', async () => {
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(shown()[0]).toBe('Cuba');
    expect(active()).toBe('Cuba');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(shown()[1]);
    const selected = box.shadowRoot!.querySelectorAll('[aria-selected="true"]');
    expect(selected).toHaveLength(1);
  });

  it('filters by name or alias as one types, best match first, and Enter picks', async () => {
    // An alias is a name of the actor: no "Add" for it.
    await combobox().fill('havana');
    expect(shown()).toEqual(['Cuba']);
    await combobox().fill('fuji');
    expect(shown()[0]).toBe('Alberto Fujimori');
    await userEvent.keyboard('{Enter}');
    expect(picks).toEqual([{ value: 'fujimori' }]);
    await expect.element(combobox()).toHaveValue('Alberto Fujimori');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
  });

  it('offers to add a name that is none of the choices', async () => {
    await combobox().fill('Pedro Arce');
    expect(shown()).toEqual(['Add actor “Pedro Arce”…']);
    await expect.element(combobox()).toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard('{Enter}');
    expect(picks).toEqual([{ value: null, create: 'Pedro Arce' }]);
  });

  it('closes on Escape, then clears on a second Escape', async () => {
    box.value = 'mrta';
    await box.updateComplete;
    await expect.element(combobox()).toHaveValue('MRTA');
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Escape}');
    await expect.element(combobox()).toHaveAttribute('aria-expanded', 'false');
    await expect.element(combobox()).toHaveValue('MRTA');
    await userEvent.keyboard('{Escape}');
    await expect.element(combobox()).toHaveValue('');
    expect(picks).toEqual([{ value: null }]);
  });

  it('takes a name typed in full as picked when focus leaves', async () => {
    await combobox().fill('japan');
    await userEvent.tab();
    expect(picks).toEqual([{ value: 'japan' }]);
  });
});

describe('rankOptions', () => {
  it('puts a name that begins with the text before one with a word that does, before an alias', () => {
    const options: ComboOption[] = [
      { value: 'a', label: 'Red Cross' },
      { value: 'b', label: 'Cross-border group' },
      { value: 'c', label: 'ICRC', keywords: ['Crossing point'] },
    ];
    expect(rankOptions(options, 'cross').map((o) => o.value)).toEqual(['b', 'c', 'a']);
  });
});
