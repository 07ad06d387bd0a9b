import type { Mention, MentionMatcher } from '../../model/memo/mentions.ts';
import { buildSegments, type OffsetRange, type Segment } from '../../model/memo/segments.ts';
import type { MemoDocument, Paragraph, Relation } from '../../model/contract/types.ts';

/** Everything one paragraph needs to be drawn, worked out once per render. */
export interface ParagraphView {
  readonly paragraph: Paragraph;
  readonly mentions: readonly Mention[];
  readonly segments: readonly Segment[];
  readonly mark: Relation | null;
}

/** Inline redactions of a paragraph, by offsets. */
function redactionsIn(doc: MemoDocument, p: Paragraph): OffsetRange[] {
  return doc.redactions
    .filter(
      (r) => r.kind === 'redaction' && r.paragraph === p.id && r.start !== null && r.end !== null,
    )
    .map((r) => ({ start: r.start!, end: r.end! }));
}

/**
 * The paragraphs of one dataset cut for drawing. The names found in each paragraph are kept
 * until the dataset changes; make a new one for a new dataset.
 */
export class ParagraphViews {
  private readonly mentionsByParagraph = new WeakMap<Paragraph, readonly Mention[]>();

  constructor(private readonly matcher: MentionMatcher | null) {}

  mentionsOf(doc: MemoDocument, p: Paragraph): readonly Mention[] {
    let found = this.mentionsByParagraph.get(p);
    if (!found) {
      const redactions = redactionsIn(doc, p);
      // A name can never stand inside a redaction: whatever was there is withheld.
      found = (this.matcher?.find(p.text) ?? []).filter(
        (m) => !redactions.some((r) => m.start < r.end && r.start < m.end),
      );
      this.mentionsByParagraph.set(p, found);
    }
    return found;
  }

  /** The paragraph cut into segments, with `highlight`'s quote marked when it is there. */
  viewOf(doc: MemoDocument, p: Paragraph, highlight: Relation | null): ParagraphView {
    const redactions = redactionsIn(doc, p);
    const mentions = this.mentionsOf(doc, p);
    const h = highlight;
    const mark = h && h.document === doc.id && h.paragraph === p.id ? h : null;
    const breaks = doc.pageBreaks
      .filter((b) => b.paragraph === p.id && b.offset > 0)
      .map((b) => ({ offset: b.offset, page: b.page }));
    const segments = buildSegments(p.text.length, { mark, mentions, redactions, breaks });
    return { paragraph: p, mentions, segments, mark };
  }
}
