import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { pageTitle, panelLabel } from '../../src/model/explorer/titles.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const mini = indexDataset(miniDataset);
const twoDocuments = indexDataset({
  ...miniDataset,
  documents: [
    miniDataset.documents[0]!,
    { ...miniDataset.documents[0]!, id: 'second-doc', title: 'Second' },
  ],
});

describe('pageTitle', () => {
  it('says Memograph before a dataset opens, and whether loading failed', () => {
    expect(pageTitle(null, null, false)).toBe('Memograph');
    expect(pageTitle(null, null, true)).toBe('Dataset error — Memograph');
  });

  it('names the document of a one-document dataset', () => {
    expect(pageTitle(mini, null, false)).toBe('Ruritania: Envoys Held — Memograph');
    // A failed load keeps the open dataset, and its title.
    expect(pageTitle(mini, null, true)).toBe('Ruritania: Envoys Held — Memograph');
  });

  it('names a collection Memograph', () => {
    expect(pageTitle(twoDocuments, null, false)).toBe('Memograph');
    expect(pageTitle(twoDocuments, { kind: 'actor', id: 'crown' }, false)).toBe(
      'The Crown — Memograph — Memograph',
    );
  });

  it('puts the selected relation or actor first', () => {
    expect(pageTitle(mini, { kind: 'relation', id: 'r1' }, false)).toBe(
      'The Front — holds hostage → The envoys — Ruritania: Envoys Held — Memograph',
    );
    expect(pageTitle(mini, { kind: 'actor', id: 'crown' }, false)).toBe(
      'The Crown — Ruritania: Envoys Held — Memograph',
    );
  });

  it('leaves out a selection the dataset does not have, and a paragraph', () => {
    expect(pageTitle(mini, { kind: 'relation', id: 'nope' }, false)).toBe(
      'Ruritania: Envoys Held — Memograph',
    );
    expect(pageTitle(mini, { kind: 'paragraph', document: 'mini-doc', id: 'p1' }, false)).toBe(
      'Ruritania: Envoys Held — Memograph',
    );
  });
});

describe('panelLabel', () => {
  it('says what the side panel shows', () => {
    expect(panelLabel(null)).toBe('Overview');
    expect(panelLabel({ kind: 'relation', id: 'r1' })).toBe('Evidence for the selected relation');
    expect(panelLabel({ kind: 'actor', id: 'crown' })).toBe('Selected actor');
    expect(panelLabel({ kind: 'paragraph', document: 'mini-doc', id: 'p1' })).toBe(
      'Selected paragraph',
    );
  });
});
