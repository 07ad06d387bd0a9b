import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/app/mg-paragraph-panel.ts';
import type { MgParagraphPanel } from '../../src/ui/app/mg-paragraph-panel.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import type { Relation } from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

/** ¶2 with a third relation of the same ends and type as r4: only the quote tells them apart. */
const twin: Relation = {
  ...miniDataset.relations.find((r) => r.id === 'r4')!,
  id: 'r4b',
  quote: 'it has offered before',
  start: 0,
  end: 0,
  likelihood: null,
};
const dataset = { ...miniDataset, relations: [...miniDataset.relations, twin] };
const index = indexDataset(dataset);
let panel: MgParagraphPanel;

afterEach(() => panel.remove());

describe('<mg-paragraph-panel>', () => {
  it('tells apart relations with the same ends and type by quote and likelihood', async () => {
    panel = document.createElement('mg-paragraph-panel');
    panel.index = index;
    panel.document = 'mini-doc';
    panel.paragraph = 'p2';
    panel.visible = dataset.relations;
    document.body.append(panel);
    await panel.updateComplete;
    const names = [...panel.shadowRoot!.querySelectorAll('button.link')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(names).toEqual([
      'The Crown — negotiates with — The Front (negated) “The Crown has not opened genuine talks with the…” · unhedged',
      'The League — may mediate for → The Crown “The League may mediate” · may',
      'The League — may mediate for → The Front (indeterminate) “The League may mediate” · may',
      'The League — may mediate for → The Crown “it has offered before” · unhedged',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });
});
