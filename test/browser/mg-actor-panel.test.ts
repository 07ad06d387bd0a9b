import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/ui/mg-actor-panel.ts';
import { GROUP_LIMIT, type MgActorPanel } from '../../src/ui/mg-actor-panel.ts';
import { indexDataset, type DatasetIndex } from '../../src/model/dataset/query.ts';
import { hideHedged, hideNegated } from '../../src/model/explorer/filters.ts';
import { INITIAL_STATE, visibleRelations } from '../../src/model/explorer/view-state.ts';
import type { SelectDetail } from '../../src/ui/events.ts';
import { themeTokens } from '../../src/ui/theme.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const index = indexDataset(miniDataset);

let host: HTMLElement;
let panel: MgActorPanel;
let selected: SelectDetail[];

async function show(id: string | null, visible: ReadonlySet<string> | null = null): Promise<void> {
  panel.actor = id === null ? null : index.actorById.get(id)!;
  panel.visibleRelationIds = visible;
  await panel.updateComplete;
}

beforeEach(async () => {
  host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [themeTokens.styleSheet!];
  document.body.append(host);
  panel = document.createElement('mg-actor-panel');
  panel.index = index;
  selected = [];
  panel.addEventListener('mg-select', (e) => selected.push(e.detail));
  root.append(panel);
  await panel.updateComplete;
});

afterEach(() => host.remove());

const sr = () => panel.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Each group as [type label, [button texts]], visible ones only (outside the fold). */
function groups(within: ParentNode): [string, string[]][] {
  return [...within.querySelectorAll(':scope > .group')].map((g) => [
    squash(g.querySelector('h4 span:nth-child(2)')!.textContent),
    [...g.querySelectorAll('button.relation')].map((b) => squash(b.textContent)),
  ]);
}

function facts(): Record<string, string> {
  return Object.fromEntries(
    [...sr().querySelectorAll('dt')].map((dt) => [
      squash(dt.textContent),
      squash(dt.nextElementSibling!.textContent),
    ]),
  );
}

describe('<mg-actor-panel>', () => {
  it('says how to pick an actor when none is selected', async () => {
    await show(null);
    await expect
      .element(page.getByRole('heading', { name: 'No actor selected' }))
      .toBeInTheDocument();
    expect(squash(sr().querySelector('.empty p')!.textContent)).toContain('click a node');
  });

  it('shows name, kind, aliases, members, description and degree', async () => {
    await show('front');
    await expect
      .element(page.getByRole('heading', { level: 2, name: 'The Front' }))
      .toBeInTheDocument();
    expect(squash(sr().querySelector('.kind')!.textContent)).toBe('Armed group');
    expect(squash(sr().querySelector('.description')!.textContent)).toBe('An armed group.');
    expect(facts()).toEqual({
      'Also called': 'the Front',
      Members: '<img src=x onerror=alert(1)>',
      'Takes part in': '5 relations',
    });
  });

  it('lists every group an actor is part of, each a button, one per line item', async () => {
    const two = indexDataset({
      ...miniDataset,
      actors: miniDataset.actors.map((a) =>
        a.id === 'xss' ? { ...a, memberOf: ['front', 'league'] } : a,
      ),
    });
    panel.index = two;
    panel.actor = two.actorById.get('xss')!;
    await panel.updateComplete;
    expect(facts()['Part of']).toBe('The Front The League');
    const items = [...sr().querySelectorAll('dd .members li')];
    expect(items.map((li) => squash(li.textContent))).toEqual(['The Front', 'The League']);
    // Side by side on one line, not run together.
    const [a, b] = items.map((li) => li.getBoundingClientRect());
    expect(b!.left).toBeGreaterThanOrEqual(a!.right);
    await userEvent.click(page.getByRole('button', { name: 'The League', exact: true }));
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'league' }, origin: 'panel' }]);
  });

  it('groups relations by type in the dataset order, each pointing the right way', async () => {
    await show('front');
    expect(groups(sr().querySelector('[part="relations"]')!)).toEqual([
      ['holds hostage', ['→to The envoys ¶1 C']],
      ['makes demands of', ['→to The Crown “probably” ¶1 C']],
      ['negotiates with', ['—with The Crown ✕ negated ¶2 S/NF']],
      ['may mediate for', ['←from The League ? indeterminate “may” ¶2 S/NF']],
      ['backs', ['←from <img src=x onerror=alert(1)> ¶3 S']],
    ]);
    expect(sr().querySelector('details')).toBeNull();
    expect(squash(sr().querySelector('.tally')!.textContent)).toBe('5 shown');
  });

  it('selects a relation on click and from the keyboard', async () => {
    await show('front');
    await userEvent.click(page.getByRole('button', { name: /^to The Crown/ }));
    expect(selected).toEqual([{ selection: { kind: 'relation', id: 'r2' }, origin: 'panel' }]);
    (page.getByRole('button', { name: /^from The League/ }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(selected[1]).toEqual({ selection: { kind: 'relation', id: 'r5' }, origin: 'panel' });
  });

  it('lists relations hidden by the filters in a folded group instead of dropping them', async () => {
    const state = {
      ...INITIAL_STATE,
      filters: hideHedged(hideNegated(INITIAL_STATE.filters, true), true),
    };
    const visible = new Set(visibleRelations(index, state).map((r) => r.id));
    await show('front', visible);
    expect(groups(sr().querySelector('[part="relations"]')!).map(([t]) => t)).toEqual([
      'holds hostage',
      'makes demands of',
      'backs',
    ]);
    expect(squash(sr().querySelector('.tally')!.textContent)).toBe('3 shown, 2 hidden by filters');
    const fold = sr().querySelector('details')!;
    expect(fold.open).toBe(false);
    expect(squash(fold.querySelector('summary')!.textContent)).toBe(
      '2 relations hidden by filters',
    );
    expect(groups(fold)).toEqual([
      ['negotiates with', ['—with The Crown ✕ negated ¶2 S/NF']],
      ['may mediate for', ['←from The League ? indeterminate “may” ¶2 S/NF']],
    ]);
    // Folded: present but out of sight and out of the accessibility tree until opened.
    expect(fold.querySelector('button.relation')!.checkVisibility()).toBe(false);
    expect(page.getByRole('button', { name: /^with The Crown/ }).query()).toBeNull();
    (fold.querySelector('summary') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(fold.open).toBe(true);
    await userEvent.click(page.getByRole('button', { name: /^with The Crown/ }));
    expect(selected).toEqual([{ selection: { kind: 'relation', id: 'r3' }, origin: 'panel' }]);
  });

  it('says so when the filters hide every relation', async () => {
    await show('envoys', new Set());
    expect(squash(sr().querySelector('.none')!.textContent)).toBe(
      'The current filters hide every relation of this actor.',
    );
    expect(squash(sr().querySelector('summary')!.textContent)).toBe('1 relation hidden by filters');
  });

  it('selects the parent actor and a member', async () => {
    await show('xss');
    expect(facts()['Part of']).toBe('The Front');
    await userEvent.click(page.getByRole('button', { name: 'The Front', exact: true }));
    expect(selected).toEqual([{ selection: { kind: 'actor', id: 'front' }, origin: 'panel' }]);
    await show('front');
    await userEvent.click(
      page.getByRole('button', { name: '<img src=x onerror=alert(1)>', exact: true }),
    );
    expect(selected[1]).toEqual({ selection: { kind: 'actor', id: 'xss' }, origin: 'panel' });
  });

  it("lists a hub actor's relations up to a limit per type, then all on request", async () => {
    const r1 = miniDataset.relations[0]!;
    const many = Array.from({ length: GROUP_LIMIT + 30 }, (_, i) => ({ ...r1, id: `h${i}` }));
    const hub: DatasetIndex = indexDataset({ ...miniDataset, relations: many });
    panel.index = hub;
    await show('front');
    expect(sr().querySelectorAll('button.relation')).toHaveLength(GROUP_LIMIT);
    expect(squash(sr().querySelector('.tally')!.textContent)).toBe(`${GROUP_LIMIT + 30} shown`);
    await userEvent.click(
      page.getByRole('button', { name: `Show all ${GROUP_LIMIT + 30} “holds hostage” relations` }),
    );
    expect(sr().querySelectorAll('button.relation')).toHaveLength(GROUP_LIMIT + 30);
    expect(sr().querySelector('button.more')).toBeNull();
    // Another actor starts folded again.
    await show('envoys');
    expect(sr().querySelectorAll('button.relation')).toHaveLength(GROUP_LIMIT);
  });

  it('shows markup in names and descriptions as text', async () => {
    await show('xss');
    await expect
      .element(page.getByRole('heading', { level: 2, name: '<img src=x onerror=alert(1)>' }))
      .toBeInTheDocument();
    expect(squash(sr().querySelector('.description')!.textContent)).toBe('<b>not bold</b>');
    expect(sr().querySelector('img, script, b')).toBeNull();
  });

  it("offers its members' relations too, each marked with the member", async () => {
    panel.index = indexDataset({
      ...miniDataset,
      actors: miniDataset.actors.map((a) =>
        a.id === 'envoys' ? { ...a, memberOf: ['crown'] } : a,
      ),
    });
    panel.actor = panel.index.actorById.get('crown')!;
    await panel.updateComplete;
    const section = sr().querySelector('[part="member-relations"]')!;
    expect(squash(sr().querySelector('#member-relations-title')!.textContent)).toBe(
      'Through its members 1 shown',
    );
    expect(groups(section)).toEqual([
      ['holds hostage', ['member The envoys ←from The Front ¶1 C']],
    ]);
    await userEvent.click(page.getByRole('button', { name: /member The envoys/ }));
    expect(selected).toEqual([{ selection: { kind: 'relation', id: 'r1' }, origin: 'panel' }]);
    // Filtered out, it is counted, not silently dropped.
    panel.visibleRelationIds = new Set(['r2']);
    await panel.updateComplete;
    expect(squash(sr().querySelector('#member-relations-title')!.textContent)).toBe(
      'Through its members 0 shown, 1 hidden by filters',
    );
  });

  it('jumps to the relation naming the actor typed', async () => {
    await show('front');
    const first = sr().querySelector<HTMLButtonElement>('button.relation')!;
    first.focus();
    await userEvent.keyboard('l');
    expect((sr().activeElement as HTMLElement).dataset['jump']).toBe('The League');
    await userEvent.keyboard('{Escape}');
    await new Promise((r) => setTimeout(r, 900));
    await userEvent.keyboard('e');
    expect((sr().activeElement as HTMLElement).dataset['jump']).toBe('The envoys');
    expect(selected).toEqual([]);
  });
});
