import { chicagoDate, escapeMarkdown } from '../words/citation.ts';
import type { ExportInput } from './export-input.ts';
import { buildReport, type ReportGrouping } from './report.ts';

/**
 * The evidence report as Markdown: a heading with the documents, their release notes and the
 * filters used, then one section per group with each relation's quote as a block quote and its
 * ¶, marking, likelihood, polarity, basis and citation. Everything from the dataset is escaped,
 * so a quote shows as written and never becomes a link or markup.
 */
export function toMarkdownReport(input: ExportInput, grouping: ReportGrouping = 'type'): string {
  const report = buildReport(input, grouping);
  const md = escapeMarkdown;
  const out: string[] = [`# ${report.title}`, ''];
  for (const d of report.documents) {
    out.push(`**${md(d.title)}**, ${md(d.issuer)}, ${md(chicagoDate(d.date))}.`);
    if (d.classification) out.push(`Classification: ${md(d.classification)}.`);
    if (d.release) out.push(`Release: ${md(d.release)}.`);
    out.push('');
  }
  out.push(`**Filters:** ${md(report.filters)}`, '');
  out.push(
    `${report.relationCount} relation${report.relationCount === 1 ? '' : 's'}. ${report.groupingNote}`,
    '',
  );
  for (const g of report.groups) {
    out.push(`## ${md(g.title)} (${g.entries.length})`, '');
    for (const e of g.entries) {
      out.push(`### ${md(e.line)}`, '');
      out.push(`> ${md(e.quote)}`, '');
      out.push(`- **Where:** ${md(e.where)}`);
      out.push(`- **Likelihood:** ${md(e.likelihood)}`);
      out.push(`- **Polarity:** ${md(e.polarity)}`);
      out.push(`- **Basis:** ${md(e.basis)}`);
      out.push(`- **Citation:** ${md(e.citation)}`, '');
    }
  }
  if (report.groups.length === 0) out.push('No relations are in this view.', '');
  return `${out.join('\n').trimEnd()}\n`;
}
