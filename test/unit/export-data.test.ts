import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { BOM, CSV_COLUMNS, parseCsv, toCsv } from '../../src/model/export/csv.ts';
import { cslItems, toCslJson } from '../../src/model/export/csl-json.ts';
import { datasetSubset, toDatasetJson } from '../../src/model/export/dataset-subset.ts';
import { EXPORT_FORMATS, exportFileName, exportView } from '../../src/model/export/formats.ts';
import type { ExportInput } from '../../src/model/export/export-input.ts';
import { parseDataset } from '../../src/model/dataset/dataset.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { validateDataset } from '../../src/model/dataset/dataset-check.ts';
import { bibliography } from '../../src/model/words/bibliography.ts';
import { chicagoNote } from '../../src/model/words/citation.ts';
import type { Relation } from '../../src/model/contract/types.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { memoIndex } from '../fixtures/memo-dataset.ts';
import cslSchema from '../fixtures/csl-data.schema.json' with { type: 'json' };

const memo = memoIndex();
const whole: ExportInput = {
  index: memo,
  relations: memo.dataset.relations,
  filters: 'All relations',
};
const mini = indexDataset(miniDataset);
const miniInput: ExportInput = { index: mini, relations: miniDataset.relations, filters: 'All' };

describe('CSV', () => {
  const text = toCsv(whole);

  it('starts with a BOM, quotes every cell and ends every row in CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
  });

  it('parses back to the same relations, row for row', () => {
    const [head, ...rows] = parseCsv(text);
    expect(head).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(memo.dataset.relations.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const [i, r] of memo.dataset.relations.entries()) {
      const row = rows[i]!;
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[col('id')]).toBe(r.id);
      expect(row[col('source')]).toBe(memo.actorById.get(r.source)!.name);
      expect(row[col('relation')]).toBe(memo.typeById.get(r.type)!.label);
      expect(row[col('target')]).toBe(memo.actorById.get(r.target)!.name);
      expect(row[col('quote')]).toBe(r.quote);
      expect(row[col('likelihood term')]).toBe(r.likelihood?.term ?? '');
      expect(row[col('polarity')]).toBe(r.polarity);
      expect(row[col('basis')]).toBe(r.basis);
      expect(row[col('attributed to')]).toBe(r.attributedTo ?? '');
      expect(row[col('citation')]).toBe(chicagoNote(memo, r));
    }
    const spanned = memo.dataset.relations.find((r) => r.date?.until);
    if (spanned) {
      const row = rows[memo.dataset.relations.indexOf(spanned)]!;
      expect(row[col('date')]).toBe(`${spanned.date!.iso}/${spanned.date!.until}`);
    }
  });

  it('keeps commas, quotation marks and line breaks in one cell, and defuses formulas', () => {
    const r: Relation = {
      ...miniDataset.relations[0]!,
      attributedTo: '=HYPERLINK("http://x", "a, b")\nsecond line',
    };
    const [, row] = parseCsv(toCsv({ ...miniInput, relations: [r] }));
    expect(row![CSV_COLUMNS.indexOf('attributed to')]).toBe(r.attributedTo);
    expect(toCsv({ ...miniInput, relations: [r] })).toContain(
      '"\'=HYPERLINK(""http://x"", ""a, b"")\nsecond line"',
    );
  });
});

describe('dataset JSON subset', () => {
  it('is a valid dataset holding just the view and what it needs', () => {
    const view = memo.dataset.relations.filter((r) => r.type === memo.dataset.relations[0]!.type);
    const subset = datasetSubset({ index: memo, relations: view, filters: '' });
    expect(validateDataset(subset, 'subset.json').diagnostics).toEqual([]);
    expect(subset.relations).toEqual(view);
    expect(subset.relationTypes.map((t) => t.id)).toEqual([view[0]!.type]);
    const paragraphs = new Set(view.map((r) => r.paragraph));
    expect(subset.documents[0]!.paragraphs.map((p) => p.id).sort()).toEqual([...paragraphs].sort());
    for (const a of subset.actors) {
      const used = view.some((r) => r.source === a.id || r.target === a.id);
      const parent = subset.actors.some((b) => b.memberOf?.includes(a.id));
      expect(used || parent).toBe(true);
    }
  });

  it('passes the validator as text for the whole memo and for every single relation', () => {
    const { dataset, diagnostics } = parseDataset(toDatasetJson(whole), 'memo.json');
    expect(diagnostics).toEqual([]);
    expect(dataset!.relations).toHaveLength(memo.dataset.relations.length);
    for (const r of memo.dataset.relations) {
      const one = datasetSubset({ index: memo, relations: [r], filters: '' });
      expect(validateDataset(one, `${r.id}.json`).diagnostics).toEqual([]);
    }
  });

  it('keeps the actors an actor belongs to, so memberOf stays whole', () => {
    const member = memo.dataset.actors.find((a) => a.memberOf && a.memberOf.length > 0)!;
    const r = memo.dataset.relations.find((x) => x.source === member.id || x.target === member.id)!;
    const subset = datasetSubset({ index: memo, relations: [r], filters: '' });
    for (const parent of member.memberOf!)
      expect(subset.actors.some((a) => a.id === parent)).toBe(true);
  });
});

describe('CSL-JSON', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(cslSchema);

  it('validates against the CSL-JSON schema, one item per cited paragraph', () => {
    const items = JSON.parse(toCslJson(whole)) as unknown;
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(cslItems(whole)).toHaveLength(10);
  });

  it('cites the memo as a report by its issuer, with paragraph, marking and release', () => {
    const r = memo.dataset.relations.find((x) => x.paragraph === 'p10')!;
    const [item] = cslItems({ index: memo, relations: [r], filters: '' });
    expect(item).toEqual({
      id: 'inr1996peru-p10',
      type: 'report',
      title: 'Peru/Hostages: What Next?',
      'title-short': 'Peru/Hostages',
      author: [{ literal: 'U.S. Department of State, Bureau of Intelligence and Research' }],
      issued: { 'date-parts': [[1996, 12, 28]] },
      genre: 'Intelligence memorandum',
      publisher: 'U.S. Department of State, Bureau of Intelligence and Research',
      locator: '10',
      note: 'Paragraph 10 (S). Classification: SECRET/NOFORN. Released with redactions under FOIA exemption (b)(1).',
    });
  });

  it('refuses what CSL does not define (the schema can fail)', () => {
    expect(validate([{ id: 'x', type: 'memo' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'report', paragraph: 3 }])).toBe(false);
  });
});

describe('formats', () => {
  it('writes every format for the memo and an empty view without failing', () => {
    for (const id of EXPORT_FORMATS) {
      expect(exportView(id, whole).length).toBeGreaterThan(0);
      expect(typeof exportView(id, { ...whole, relations: [] })).toBe('string');
    }
    expect(exportView('bibtex', whole)).toBe(bibliography(memo, memo.dataset.relations, 'bibtex'));
  });

  it('names the file after the document', () => {
    expect(exportFileName(whole, 'gexf')).toBe('memograph-inr-1996-12-28-peru-hostages.gexf');
    expect(exportFileName(whole, 'csl-json')).toBe(
      'memograph-inr-1996-12-28-peru-hostages.csl.json',
    );
  });
});
