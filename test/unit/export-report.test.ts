import { describe, expect, it } from 'vitest';
import { toHtmlReport } from '../../src/model/export/report-html.ts';
import { toMarkdownReport } from '../../src/model/export/report-markdown.ts';
import { buildReport } from '../../src/model/export/report.ts';
import { quotePage } from '../../src/model/export/fields.ts';
import type { ExportInput } from '../../src/model/export/export-input.ts';
import { indexDataset } from '../../src/model/dataset/query.ts';
import { chicagoNote } from '../../src/model/words/citation.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { memoIndex } from '../fixtures/memo-dataset.ts';

const memo = memoIndex();
const whole: ExportInput = {
  index: memo,
  relations: memo.dataset.relations,
  filters: 'Showing 61 of 61 relations',
};
const mini = indexDataset(miniDataset);
const miniInput: ExportInput = {
  index: mini,
  relations: miniDataset.relations,
  filters: 'All <b>relations</b>',
};

describe('buildReport', () => {
  it('groups by type, every relation once, in reading order', () => {
    const report = buildReport(whole, 'type');
    const ids = report.groups.flatMap((g) => g.entries.map((e) => e.relation.id));
    expect(ids.sort()).toEqual(memo.dataset.relations.map((r) => r.id).sort());
    expect(report.documents[0]!.release).toBe(
      'Released with redactions under FOIA exemption (b)(1)',
    );
  });

  it('groups by actor, each relation under both of its actors', () => {
    const report = buildReport(whole, 'actor');
    const mrta = report.groups.find((g) => g.title === 'MRTA')!;
    expect(mrta.entries.length).toBe(memo.relationsByActor.get('mrta')!.length);
    const count = report.groups.reduce((n, g) => n + g.entries.length, 0);
    const selfRelations = memo.dataset.relations.filter((r) => r.source === r.target).length;
    expect(count).toBe(2 * memo.dataset.relations.length - selfRelations);
  });
});

describe('Markdown report', () => {
  it('is headed by the document, its release note and the filters, then quotes and cites', () => {
    const md = toMarkdownReport(whole, 'type');
    expect(md.startsWith('# Evidence report\n')).toBe(true);
    expect(md).toContain('Release: Released with redactions under FOIA exemption (b)(1).');
    expect(md).toContain('**Filters:** Showing 61 of 61 relations');
    const r = memo.relationById.get('p8-r4')!;
    expect(md).toContain(`> ${r.quote}\n`);
    expect(md).toContain('- **Where:** ¶8, marked');
    expect(md).toContain(`- **Citation:** ${chicagoNote(memo, r)}`);
  });

  it('keeps markup from the dataset as text', () => {
    const md = toMarkdownReport(miniInput, 'actor');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('All \\<b\\>relations\\</b\\>');
  });
});

describe('HTML report', () => {
  const page = toHtmlReport(miniInput, 'type');

  it('escapes everything from the dataset', () => {
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('All &lt;b&gt;relations&lt;/b&gt;');
  });

  it('has a print stylesheet, no script and no external resource', () => {
    expect(page).toContain('@media print');
    const tags = new Set([...page.matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)].map((m) => m[1]));
    const allowed =
      'html head meta title style body header h1 h2 h3 p cite main section article blockquote dl dt dd';
    expect([...tags].filter((t) => !allowed.split(' ').includes(t!))).toEqual([]);
    expect(page).not.toMatch(/url\(|@import|https?:/);
    expect(page).toContain(`default-src 'none'`);
  });

  it('shows each relation with quote, ¶, marking, likelihood and citation', () => {
    const html = toHtmlReport(whole, 'actor');
    expect((html.match(/<article /g) ?? []).length).toBe(
      buildReport(whole, 'actor').groups.reduce((n, g) => n + g.entries.length, 0),
    );
    expect(html).toContain('<dt>Likelihood</dt><dd>“probably” — likely / probable (55–80%)</dd>');
    expect(html).toContain('Released with redactions under FOIA exemption (b)(1).');
  });
});

describe('quotePage', () => {
  it('gives the page the quote is on when its paragraph runs over a page break', () => {
    const r = memo.relationById.get('p5-r5')!;
    const doc = memo.dataset.documents[0]!;
    const p = doc.paragraphs.find((x) => x.id === r.paragraph)!;
    const brk = doc.pageBreaks.find((b) => b.paragraph === p.id && b.offset > 0)!;
    expect(brk.offset).toBeLessThanOrEqual(r.start);
    expect(quotePage(memo, r, p)).toBe(brk.page);
    expect(quotePage(memo, { ...r, start: 0 }, p)).toBe(p.page);
    const entry = buildReport({ ...whole, relations: [r] }, 'type').groups[0]!.entries[0]!;
    expect(entry.page).toBe(brk.page);
  });
});
