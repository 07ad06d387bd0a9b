import { chicagoDate } from '../words/citation.ts';
import type { ExportInput } from './export-input.ts';
import { buildReport, type ReportGrouping } from './report.ts';

/**
 * The evidence report as one printable HTML page: no script, no external resource (a
 * Content-Security-Policy in the page says so to the browser too), styles inline with a print
 * stylesheet that keeps each relation on one page and prints citations in full. Every piece of
 * text from the dataset is escaped.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #767676; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
header p { margin: 0.2rem 0; }
blockquote { margin: 0.5rem 0; padding: 0.25rem 0.75rem; border-left: 4px solid #595959; background: #f4f4f4; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.5rem 0 0; }
dt { font-weight: bold; }
dd { margin: 0; }
.relation { break-inside: avoid; page-break-inside: avoid; }
.filters { font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  blockquote { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;

export function toHtmlReport(input: ExportInput, grouping: ReportGrouping = 'type'): string {
  const report = buildReport(input, grouping);
  const h = escapeHtml;
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(report.title)}${report.documents[0] ? ` — ${h(report.documents[0].title)}` : ''}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${h(report.title)}</h1>`,
  ];
  for (const d of report.documents) {
    out.push(`<p><cite>${h(d.title)}</cite>, ${h(d.issuer)}, ${h(chicagoDate(d.date))}.</p>`);
    if (d.classification) out.push(`<p>Classification: ${h(d.classification)}.</p>`);
    if (d.release) out.push(`<p>Release: ${h(d.release)}.</p>`);
  }
  out.push(`<p class="filters">Filters: ${h(report.filters)}</p>`);
  out.push(
    `<p>${report.relationCount} relation${report.relationCount === 1 ? '' : 's'}. ${h(report.groupingNote)}</p>`,
  );
  out.push('</header>', '<main>');
  for (const g of report.groups) {
    out.push('<section>', `<h2>${h(g.title)} (${g.entries.length})</h2>`);
    for (const e of g.entries) {
      out.push(
        `<article class="relation" id="${h(`${g.title}-${e.relation.id}`.replace(/\s+/g, '-'))}">`,
        `<h3>${h(e.line)}</h3>`,
        `<blockquote>${h(e.quote)}</blockquote>`,
        '<dl>',
        `<dt>Where</dt><dd>${h(e.where)}</dd>`,
        `<dt>Likelihood</dt><dd>${h(e.likelihood)}</dd>`,
        `<dt>Polarity</dt><dd>${h(e.polarity)}</dd>`,
        `<dt>Basis</dt><dd>${h(e.basis)}</dd>`,
        `<dt>Citation</dt><dd>${h(e.citation)}</dd>`,
        '</dl>',
        '</article>',
      );
    }
    out.push('</section>');
  }
  if (report.groups.length === 0) out.push('<p>No relations are in this view.</p>');
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
