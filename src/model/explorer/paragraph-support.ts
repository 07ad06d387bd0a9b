import { paragraphKey, type DatasetIndex } from '../dataset/query.ts';
import type { Paragraph, Relation } from '../contract/types.ts';

/** What a selected paragraph supports, and how much of it the filters let through. */
export interface ParagraphSupport {
  /** The paragraph, or null when the dataset has no such paragraph. */
  readonly paragraph: Paragraph | null;
  /** What to call it: its number, or its id when it is unknown. */
  readonly label: string;
  /** Every relation the paragraph supports, in the dataset's order. */
  readonly relations: readonly Relation[];
  /** The ids of the visible relations (the selected paragraph narrows them to its own). */
  readonly shown: ReadonlySet<string>;
}

export function paragraphSupport(
  index: DatasetIndex,
  document: string,
  id: string,
  visible: readonly Relation[],
): ParagraphSupport {
  const key = paragraphKey(document, id);
  const paragraph = index.paragraphByKey.get(key) ?? null;
  const relations = index.relationsByParagraph.get(key) ?? [];
  return {
    paragraph,
    label: String(paragraph?.n ?? id),
    relations,
    shown: new Set(visible.map((r) => r.id)),
  };
}
