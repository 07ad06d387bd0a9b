import { describe, expect, it } from 'vitest';
import { bibliography, bibtexKeys, citedGroups } from '../../src/model/words/bibliography.ts';
import { bibtexEntry, chicagoNote, chicagoShortNote } from '../../src/model/words/citation.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import type { Dataset, Relation } from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { memoIndex } from '../fixtures/memo-dataset.ts';

const mini = indexDataset(miniDataset);
const rels = (...ids: string[]): Relation[] => ids.map((id) => mini.relationById.get(id)!);

describe('citedGroups', () => {
  it('cites each paragraph once, in paragraph order, keeping its relations', () => {
    const groups = citedGroups(mini, rels('r6', 'r1', 'r3', 'r2'));
    expect(groups.map((g) => g.paragraph.n)).toEqual([1, 2, 3]);
    expect(groups[0]!.relations.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});

describe('bibliography', () => {
  it('gives one Chicago note per cited paragraph', () => {
    const text = bibliography(mini, rels('r1', 'r2', 'r6'), 'chicago');
    expect(text).toBe(
      `${chicagoNote(mini, rels('r1')[0]!)}\n${chicagoNote(mini, rels('r6')[0]!)}\n`,
    );
  });

  it('gives the first reference in full and later ones as short notes', () => {
    const text = bibliography(mini, rels('r1', 'r3'), 'chicago-short');
    expect(text).toBe(
      `${chicagoNote(mini, rels('r1')[0]!)}\n${chicagoShortNote(mini, rels('r3')[0]!)}\n`,
    );
  });

  it('lists the notes in Markdown with each quote and relation below, [redacted] as printed', () => {
    const text = bibliography(mini, rels('r1', 'r2', 'r7'), 'markdown');
    const lines = text.split('\n');
    expect(lines[0]).toBe(`- ${chicagoNote(mini, rels('r1')[0]!)}`);
    expect(lines[1]).toBe(
      '  - “The Front holds the envoys”: The Front → holds hostage → The envoys',
    );
    expect(text).toContain('(according to A [redacted] report)');
    expect(text).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(text.match(/^- /gm)).toHaveLength(2);
  });

  it('gives BibTeX entries with keys unique per paragraph across the whole memo', () => {
    const memo = memoIndex();
    const text = bibliography(memo, memo.dataset.relations, 'bibtex');
    const keys = [...text.matchAll(/^@techreport\{([^,]+),$/gm)].map((m) => m[1]);
    expect(keys).toHaveLength(10);
    expect(new Set(keys).size).toBe(10);
    expect(keys).toContain('inr1996peru-p1');
    expect(keys).toContain('inr1996peru-p10');
    expect(text.split('\n\n')[0]).toBe(bibtexEntry(memo, memo.dataset.relations[0]!).trimEnd());
  });

  it('tells apart two documents that would share a key', () => {
    const doc = miniDataset.documents[0]!;
    const twin = { ...doc, id: 'mini-doc-2' };
    const dataset: Dataset = {
      ...miniDataset,
      documents: [doc, twin],
      relations: [
        ...miniDataset.relations,
        { ...miniDataset.relations[0]!, id: 'twin-r1', document: 'mini-doc-2' },
      ],
    };
    const index = indexDataset(dataset);
    const groups = citedGroups(index, [
      index.relationById.get('r1')!,
      index.relationById.get('twin-r1')!,
    ]);
    expect([...bibtexKeys(groups).values()]).toEqual([
      'toa1996ruritaniaa-p1',
      'toa1996ruritaniab-p1',
    ]);
  });

  it('is empty for no relations', () => {
    expect(bibliography(mini, [], 'bibtex')).toBe('');
  });
});
