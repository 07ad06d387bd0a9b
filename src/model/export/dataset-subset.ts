import type { Actor, Dataset, MemoDocument } from '../contract/types.ts';
import type { ExportInput } from './export-input.ts';

/**
 * The view as a compiled dataset of its own: the view's relations and exactly what they need,
 * the actors they connect (and the actors those belong to, so `memberOf` stays whole), their
 * relation types, and of each cited document the paragraphs they cite with the redactions and
 * page breaks inside those paragraphs. It passes the same validator as any dataset, so it opens
 * in the explorer (`?data=`, Open document…) and in `memograph check`.
 */
export function datasetSubset(input: ExportInput): Dataset {
  const { index, relations } = input;
  const actorIds = new Set<string>();
  const addActor = (id: string) => {
    if (actorIds.has(id)) return;
    actorIds.add(id);
    for (const parent of index.actorById.get(id)?.memberOf ?? []) addActor(parent);
  };
  const typeIds = new Set<string>();
  const paragraphsByDocument = new Map<string, Set<string>>();
  for (const r of relations) {
    addActor(r.source);
    addActor(r.target);
    typeIds.add(r.type);
    const cited = paragraphsByDocument.get(r.document) ?? new Set<string>();
    cited.add(r.paragraph);
    paragraphsByDocument.set(r.document, cited);
  }
  const documents: MemoDocument[] = [];
  for (const doc of index.dataset.documents) {
    const cited = paragraphsByDocument.get(doc.id);
    if (!cited) continue;
    documents.push({
      ...doc,
      paragraphs: doc.paragraphs.filter((p) => cited.has(p.id)),
      redactions: doc.redactions.filter((x) => x.paragraph !== null && cited.has(x.paragraph)),
      pageBreaks: doc.pageBreaks.filter((b) => cited.has(b.paragraph)),
    });
  }
  const actors: Actor[] = index.dataset.actors.filter((a) => actorIds.has(a.id));
  return {
    schemaVersion: 2,
    documents,
    actors,
    relationTypes: index.dataset.relationTypes.filter((t) => typeIds.has(t.id)),
    relations: [...relations],
  };
}

/** The subset as the JSON `memograph build` writes: two-space indented, ending in a newline. */
export function toDatasetJson(input: ExportInput): string {
  return `${JSON.stringify(datasetSubset(input), null, 2)}\n`;
}
