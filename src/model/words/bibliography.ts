import type { Relation } from '../contract/types.ts';
import type { DatasetIndex } from '../dataset/query.ts';
import {
  bibtexEntryForPassage,
  bibtexKey,
  bibtexPassageKey,
  chicagoNoteForPassage,
  chicagoShortNoteForPassage,
  citedPassage,
  escapeMarkdown,
  relationLine,
  type CitationFormatId,
  type CitedPassage,
} from './citation.ts';

/**
 * Several citations at once: the bibliography of a set of relations (the current view, or one
 * actor's), one entry per cited paragraph however many relations it supports.
 */

/** One cited paragraph and the relations, of those given, that cite it. */
export interface CitedGroup extends CitedPassage {
  readonly relations: readonly Relation[];
}

/**
 * The paragraphs the relations cite, each once, in the dataset's document order and then in
 * paragraph order; each with its relations in the order given.
 */
export function citedGroups(index: DatasetIndex, relations: readonly Relation[]): CitedGroup[] {
  const groups = new Map<string, { passage: CitedPassage; relations: Relation[] }>();
  for (const r of relations) {
    const key = `${r.document}\u0000${r.paragraph}`;
    const group = groups.get(key);
    if (group) group.relations.push(r);
    else groups.set(key, { passage: citedPassage(index, r), relations: [r] });
  }
  const docOrder = new Map(index.dataset.documents.map((d, i) => [d.id, i]));
  return [...groups.values()]
    .sort(
      (a, b) =>
        (docOrder.get(a.passage.document.id) ?? 0) - (docOrder.get(b.passage.document.id) ?? 0) ||
        a.passage.paragraph.n - b.passage.paragraph.n,
    )
    .map((g) => ({ ...g.passage, relations: g.relations }));
}

/**
 * BibTeX keys for the cited paragraphs, unique within the bibliography: two documents whose
 * issuer, year and first title word agree get "a", "b"… after the document part of the key.
 */
export function bibtexKeys(groups: readonly CitedPassage[]): Map<CitedPassage, string> {
  const docsByKey = new Map<string, string[]>();
  for (const g of groups) {
    const key = bibtexKey(g.document);
    const docs = docsByKey.get(key) ?? [];
    if (!docs.includes(g.document.id)) docs.push(g.document.id);
    docsByKey.set(key, docs);
  }
  const keys = new Map<CitedPassage, string>();
  for (const g of groups) {
    const key = bibtexKey(g.document);
    const docs = docsByKey.get(key)!;
    if (docs.length === 1) keys.set(g, bibtexPassageKey(g));
    else {
      const letter = String.fromCharCode(97 + (docs.indexOf(g.document.id) % 26));
      const round = Math.floor(docs.indexOf(g.document.id) / 26);
      keys.set(g, `${key}${letter}${round > 0 ? round : ''}-p${g.paragraph.n}`);
    }
  }
  return keys;
}

/** The quote as one line of running text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The bibliography of the relations in a citation format:
 * - Chicago: one full note per cited paragraph, a line each;
 * - short note: the first paragraph of each document in full, later ones as short notes, as
 *   Chicago asks of later references;
 * - Markdown: a list of the cited paragraphs' notes, each with its quotes and relations below;
 * - BibTeX: one entry per cited paragraph, keys unique.
 * An empty list of relations gives an empty string.
 */
export function bibliography(
  index: DatasetIndex,
  relations: readonly Relation[],
  format: CitationFormatId,
): string {
  const groups = citedGroups(index, relations);
  if (groups.length === 0) return '';
  switch (format) {
    case 'chicago':
      return groups.map((g) => `${chicagoNoteForPassage(g)}\n`).join('');
    case 'chicago-short': {
      const seen = new Set<string>();
      return groups
        .map((g) => {
          const first = !seen.has(g.document.id);
          seen.add(g.document.id);
          return `${first ? chicagoNoteForPassage(g) : chicagoShortNoteForPassage(g)}\n`;
        })
        .join('');
    }
    case 'markdown':
      return groups
        .map((g) => {
          const items = g.relations.map(
            (r) =>
              `  - “${escapeMarkdown(oneLine(r.quote))}”: ${escapeMarkdown(relationLine(index, r))}\n`,
          );
          return `- ${escapeMarkdown(chicagoNoteForPassage(g))}\n${items.join('')}`;
        })
        .join('');
    case 'bibtex': {
      const keys = bibtexKeys(groups);
      return groups.map((g) => bibtexEntryForPassage(g, keys.get(g))).join('\n');
    }
  }
}
