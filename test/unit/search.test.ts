import { describe, expect, it } from 'vitest';
import { compileBundles } from '../../src/model/annotation/compile-bundles.ts';
import { fsBundleSource } from '../../src/cli/fs-bundle.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { foldForSearch, searchAll, snippetAt, textStart } from '../../src/model/explorer/search.ts';

const compiled = compileBundles([fsBundleSource('graph-data/peru-hostages-1996', process.cwd())]);
const memo = indexDataset(compiled.dataset!);
const typeLabel = (id: string) => memo.typeById.get(id)!.label;

describe('searchAll on the INR memo', () => {
  it('finds relation types by part of a word: "mediat"', () => {
    const { actors, relations } = searchAll(memo, 'mediat');
    expect(actors).toEqual([]);
    const types = new Set(
      relations.filter((m) => m.field === 'type').map((m) => typeLabel(m.relation.type)),
    );
    expect(types).toContain('mediates with');
    expect(types).toContain('is positioned to mediate with');
    // Matches by type come before matches inside a quote.
    const firstQuote = relations.findIndex((m) => m.field === 'quote');
    const lastType = relations.map((m) => m.field).lastIndexOf('type');
    expect(firstQuote === -1 || firstQuote > lastType).toBe(true);
  });

  it('finds the memo text and quotes: "December 22"', () => {
    const { paragraphs, relations } = searchAll(memo, 'December 22');
    expect(paragraphs.map((p) => p.paragraph.n).length).toBeGreaterThanOrEqual(3);
    for (const p of paragraphs) {
      expect(p.snippet.match).toBe('December 22');
      expect(p.paragraph.text).toContain(`${p.snippet.before.replace(/^…/, '')}December 22`);
    }
    for (const r of relations) expect(r.relation.quote.toLowerCase()).toContain('december 22');
  });

  it('ignores case, accents, curly quotes and runs of spaces', () => {
    const a = searchAll(memo, 'DECEMBER   22').paragraphs.length;
    expect(a).toBe(searchAll(memo, 'december 22').paragraphs.length);
    expect(searchAll(memo, 'testing the waters').relations[0]!.relation.quote).toBe(
      'Castro may be quietly testing the waters',
    );
    expect(searchAll(memo, 'Fujimori\u2019s contempt').paragraphs).toHaveLength(1);
    expect(searchAll(memo, "fujimori's contempt").paragraphs).toHaveLength(1);
  });

  it('still finds actors by name and alias, and nothing for an empty query', () => {
    expect(searchAll(memo, 'cuba').actors[0]!.actor.id).toBe('cuba');
    expect(searchAll(memo, '   ')).toEqual({ actors: [], relations: [], paragraphs: [] });
    expect(searchAll(memo, 'zzzqqq')).toEqual({ actors: [], relations: [], paragraphs: [] });
  });
});

describe('snippets', () => {
  it('maps a folded match back to the original text, accents and spaces included', () => {
    const text = 'Le  Président Fujimori a parlé.';
    const folded = foldForSearch(text);
    const at = folded.text.indexOf('president fujimori');
    const s = snippetAt(text, folded, at, at + 'president fujimori'.length);
    expect(s.match).toBe('Président Fujimori');
    expect(`${s.before}${s.match}${s.after}`).toBe(text);
  });

  it('cuts long text at word boundaries with an ellipsis', () => {
    const text = `${'alpha '.repeat(20)}needle${' omega'.repeat(20)}`;
    const folded = foldForSearch(text);
    const at = folded.text.indexOf('needle');
    const s = snippetAt(text, folded, at, at + 6);
    expect(s.before.startsWith('…alpha')).toBe(true);
    expect(s.after.endsWith('omega…')).toBe(true);
    expect(textStart('Havana probably remains best positioned to mediate', 20)).toBe(
      'Havana probably…',
    );
    expect(textStart('short')).toBe('short');
  });
});
