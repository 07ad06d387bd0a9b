import { html, nothing, type TemplateResult } from 'lit';
import { spellMarking } from '../../model/memo/markings.ts';
import type { Segment } from '../../model/memo/segments.ts';
import { paragraphKey, type DatasetIndex } from '../../model/dataset/query.ts';
import type { MemoDocument, Paragraph } from '../../model/contract/types.ts';
import type { Selection } from '../../model/explorer/view-state.ts';
import { renderExemption, renderPageBreak } from './furniture.ts';
import { renderMarking } from './marking.ts';
import type { ParagraphView } from './paragraph-views.ts';

/** What drawing a paragraph needs from the reader besides the paragraph itself. */
export interface ParagraphContext {
  readonly index: DatasetIndex;
  readonly doc: MemoDocument;
  readonly selection: Selection | null;
  /** The name that has keyboard focus ("p3#2"), the only one exposed as a button. */
  readonly activeMention: string | null;
  readonly onClick: (e: MouseEvent, p: Paragraph) => void;
  readonly onKeydown: (e: KeyboardEvent, p: Paragraph) => void;
  readonly onFocusIn: (e: FocusEvent) => void;
  readonly onFocusOut: (e: FocusEvent) => void;
}

function relationCount(n: number): string {
  if (n === 0) return 'no relations';
  return n === 1 ? '1 relation' : `${n} relations`;
}

/**
 * One paragraph, one Tab stop: number and marking in the gutter, the text with its names,
 * quote, redactions and page breaks, and the relation count and exemption tags beside it.
 */
export function renderParagraph(
  ctx: ParagraphContext,
  v: ParagraphView,
  current: boolean,
): TemplateResult {
  const { index, doc } = ctx;
  const p = v.paragraph;
  const count = index.relationsByParagraph.get(paragraphKey(doc.id, p.id))?.length ?? 0;
  const name = [
    `Paragraph ${p.n}`,
    p.marking ? spellMarking(p.marking) : null,
    relationCount(count),
  ]
    .filter((s) => s !== null)
    .join(', ');
  const tags = doc.redactions.filter((r) => r.kind === 'exemption' && r.paragraph === p.id);
  return html`<div
    class="para ${current ? 'current' : ''} ${v.mark ? 'has-mark' : ''}"
    id="para-${p.id}"
    data-paragraph=${p.id}
    role="group"
    tabindex="0"
    aria-label=${name}
    aria-describedby="reader-help"
    aria-current=${current ? 'true' : nothing}
    @click=${(e: MouseEvent) => ctx.onClick(e, p)}
    @keydown=${(e: KeyboardEvent) => ctx.onKeydown(e, p)}
    @focusin=${ctx.onFocusIn}
    @focusout=${ctx.onFocusOut}
  >
    <div class="gutter">
      <span class="number" aria-hidden="true">¶${p.n}</span>
      ${p.marking ? renderMarking(p.marking) : nothing}
    </div>
    <p class="text">${renderSegments(ctx, v, v.segments)}</p>
    <div class="aside">
      ${count > 0 ? html`<span class="count" aria-hidden="true">${relationCount(count)}</span>` : nothing}
      ${tags.map((t) => renderExemption(t))}
    </div>
  </div>`;
}

function renderSegments(
  ctx: ParagraphContext,
  v: ParagraphView,
  segments: readonly Segment[],
): (TemplateResult | string)[] {
  return segments.map((s) => renderSegment(ctx, v, s));
}

function renderSegment(
  ctx: ParagraphContext,
  v: ParagraphView,
  s: Segment,
): TemplateResult | string {
  const p = v.paragraph;
  switch (s.kind) {
    case 'text':
      return p.text.slice(s.start, s.end);
    case 'break':
      return renderPageBreak(ctx.doc, s.page, 'span');
    case 'mark':
      return html`<mark class="quote" data-relation=${v.mark?.id ?? ''}
        >${renderSegments(ctx, v, s.children)}</mark
      >`;
    case 'redaction':
      return html`<span class="redaction" title="Withheld in the released copy"
        >${renderSegments(ctx, v, s.children)}</span
      >`;
    case 'mention': {
      const m = v.mentions[s.ref]!;
      const key = `${p.id}#${s.ref}`;
      const actor = ctx.index.actorById.get(m.actorId);
      const sel = ctx.selection;
      const selected = sel?.kind === 'actor' && sel.id === m.actorId;
      return html`<span
        class="mention ${selected ? 'selected' : ''}"
        data-actor=${m.actorId}
        data-key=${key}
        tabindex="-1"
        role=${ctx.activeMention === key ? 'button' : nothing}
        title=${actor ? `Actor: ${actor.name}` : nothing}
        >${renderSegments(ctx, v, s.children)}</span
      >`;
    }
  }
}
