import type { MemoDocument, Relation } from '../contract/types.ts';
import { paragraphKey } from '../dataset/query.ts';
import { chicagoNote, relationLine } from '../words/citation.ts';
import { BASIS_LABELS, likelihoodText } from '../words/describe.ts';
import type { ExportInput } from './export-input.ts';
import { quotePage } from './fields.ts';

/**
 * What an evidence report says, before it is written as Markdown or HTML: its heading (the
 * documents with their release notes, and the filters used) and the view's relations in groups,
 * each with its quote, ¶, marking, likelihood, polarity, basis and citation.
 */

export type ReportGrouping = 'type' | 'actor';
export const REPORT_GROUPINGS: readonly ReportGrouping[] = ['type', 'actor'];

export interface ReportEntry {
  readonly relation: Relation;
  /** "MRTA → holds hostage → Hostages (likelihood “probably”)". */
  readonly line: string;
  readonly quote: string;
  /** "¶7", "p7" when the paragraph is missing. */
  readonly paragraph: string;
  readonly page: number | null;
  readonly marking: string | null;
  /** "¶10, marked S, page 3": where in the document the quote stands. */
  readonly where: string;
  /** "“probably” — likely / probable (55–80%)", or "stated without hedge". */
  readonly likelihood: string;
  readonly polarity: string;
  readonly basis: string;
  readonly citation: string;
}

export interface ReportGroup {
  readonly title: string;
  readonly entries: readonly ReportEntry[];
}

export interface ReportDocument {
  readonly title: string;
  readonly issuer: string;
  readonly date: string;
  readonly classification: string | null;
  readonly release: string | null;
}

export interface Report {
  readonly title: string;
  readonly documents: readonly ReportDocument[];
  readonly filters: string;
  readonly grouping: ReportGrouping;
  /** "By relation type", "By actor: each relation appears under both of its actors". */
  readonly groupingNote: string;
  readonly relationCount: number;
  readonly groups: readonly ReportGroup[];
}

const POLARITY_WORDS: Readonly<Record<Relation['polarity'], string>> = {
  affirmed: 'affirmed',
  negated: 'negated: the document says it is not so',
  indeterminate: 'indeterminate: the document declines to say',
};

function entry(input: ExportInput, r: Relation): ReportEntry {
  const { index } = input;
  const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
  const paragraph = p ? `¶${p.n}` : r.paragraph;
  const page = p ? quotePage(index, r, p) : null;
  const marking = p?.marking ?? null;
  const where = [paragraph, marking ? `marked ${marking}` : null, page ? `page ${page}` : null]
    .filter((x) => x !== null)
    .join(', ');
  return {
    relation: r,
    line: relationLine(index, r),
    quote: r.quote.replace(/\s+/g, ' ').trim(),
    paragraph,
    page,
    marking,
    where,
    likelihood: likelihoodText(r),
    polarity: POLARITY_WORDS[r.polarity],
    basis: r.attributedTo ? `${BASIS_LABELS[r.basis]} (${r.attributedTo})` : BASIS_LABELS[r.basis],
    citation: chicagoNote(index, r),
  };
}

function document(doc: MemoDocument): ReportDocument {
  return {
    title: doc.title,
    issuer: doc.issuer,
    date: doc.date,
    classification: doc.classification,
    release: doc.citation.release?.trim() || null,
  };
}

/** Relations in reading order: document, then paragraph, then where the quote starts. */
function readingOrder(input: ExportInput): Relation[] {
  const { index } = input;
  const docOrder = new Map(index.dataset.documents.map((d, i) => [d.id, i]));
  const n = (r: Relation) =>
    index.paragraphByKey.get(paragraphKey(r.document, r.paragraph))?.n ?? 0;
  return [...input.relations].sort(
    (a, b) =>
      (docOrder.get(a.document) ?? 0) - (docOrder.get(b.document) ?? 0) ||
      n(a) - n(b) ||
      a.start - b.start,
  );
}

export function buildReport(input: ExportInput, grouping: ReportGrouping): Report {
  const { index } = input;
  const ordered = readingOrder(input);
  const groups: ReportGroup[] = [];
  if (grouping === 'type') {
    for (const t of index.dataset.relationTypes) {
      const rs = ordered.filter((r) => r.type === t.id);
      if (rs.length > 0) groups.push({ title: t.label, entries: rs.map((r) => entry(input, r)) });
    }
  } else {
    const byActor = new Map<string, Relation[]>();
    for (const r of ordered) {
      for (const id of r.source === r.target ? [r.source] : [r.source, r.target]) {
        const list = byActor.get(id) ?? [];
        list.push(r);
        byActor.set(id, list);
      }
    }
    const name = (id: string) => index.actorById.get(id)?.name ?? id;
    const actors = [...byActor.keys()].sort(
      (a, b) => byActor.get(b)!.length - byActor.get(a)!.length || name(a).localeCompare(name(b)),
    );
    for (const id of actors) {
      groups.push({ title: name(id), entries: byActor.get(id)!.map((r) => entry(input, r)) });
    }
  }
  const cited = new Set(input.relations.map((r) => r.document));
  const documents = index.dataset.documents.filter(
    (d) => cited.has(d.id) || input.relations.length === 0,
  );
  return {
    title: 'Evidence report',
    documents: documents.map(document),
    filters: input.filters,
    grouping,
    groupingNote:
      grouping === 'type'
        ? 'Grouped by relation type.'
        : 'Grouped by actor: each relation appears under both of its actors.',
    relationCount: input.relations.length,
    groups,
  };
}
