import { citedGroups, bibtexKeys } from '../words/bibliography.ts';
import { parseIsoDate } from '../memo/dates.ts';
import type { ExportInput } from './export-input.ts';
import type { CitedPassage } from '../words/citation.ts';

/**
 * The view's citations as CSL-JSON, the format Zotero, Mendeley and every CSL processor read:
 * one item per cited paragraph (deduplicated, like the BibTeX), typed `report` with the issuer as
 * an institutional (literal) author, the paragraph as `locator`, and marking, classification and
 * release in `note`. Only what the dataset holds is written.
 */

export interface CslName {
  readonly literal: string;
}

export interface CslItem {
  readonly id: string;
  readonly type: 'report';
  readonly title: string;
  readonly 'title-short'?: string;
  readonly author: readonly CslName[];
  readonly issued?:
    { readonly 'date-parts': readonly (readonly number[])[] } | { readonly literal: string };
  readonly genre?: string;
  readonly publisher: string;
  readonly number?: string;
  readonly archive?: string;
  readonly URL?: string;
  readonly locator: string;
  readonly note: string;
}

function note({ document: doc, paragraph }: CitedPassage): string {
  const parts = [
    paragraph.marking
      ? `Paragraph ${paragraph.n} (${paragraph.marking})`
      : `Paragraph ${paragraph.n}`,
  ];
  if (doc.classification?.trim()) parts.push(`Classification: ${doc.classification.trim()}`);
  if (doc.citation.release?.trim()) parts.push(doc.citation.release.trim().replace(/[.;,]+$/, ''));
  return `${parts.join('. ')}.`;
}

export function cslItems(input: ExportInput): CslItem[] {
  const groups = citedGroups(input.index, input.relations);
  const keys = bibtexKeys(groups);
  return groups.map((g) => {
    const doc = g.document;
    const c = doc.citation;
    const date = parseIsoDate(doc.date);
    const colon = doc.title.indexOf(':');
    return {
      id: keys.get(g)!,
      type: 'report',
      title: doc.title,
      ...(colon > 0 && { 'title-short': doc.title.slice(0, colon).trim() }),
      author: [{ literal: doc.issuer }],
      issued: date ? { 'date-parts': [[date.year, date.month, date.day]] } : { literal: doc.date },
      ...(c.documentType.trim() && { genre: c.documentType.trim() }),
      publisher: doc.issuer,
      ...(c.identifier && { number: c.identifier }),
      ...(c.archive && { archive: c.archive }),
      ...(c.url && { URL: c.url }),
      locator: String(g.paragraph.n),
      note: note(g),
    };
  });
}

export function toCslJson(input: ExportInput): string {
  return `${JSON.stringify(cslItems(input), null, 2)}\n`;
}
