import { css, html, nothing } from 'lit';
import type { LintFinding } from '../../model/lint/lint.ts';
import type { Relation } from '../../model/contract/types.ts';
import { annotateRelationEvent } from '../events.ts';

/**
 * What the evidence panel adds while annotating: the linter's warnings about the relation as it
 * stands, and buttons to edit it in the annotation form or delete it (Undo brings it back).
 */
export function renderAnnotateActions(
  host: HTMLElement,
  r: Relation,
  findings: readonly LintFinding[],
) {
  const send = (action: 'edit' | 'delete') =>
    host.dispatchEvent(annotateRelationEvent({ action, relation: r.id }));
  return html`<section class="annotate" aria-label="Annotation">
    ${
      findings.length > 0
        ? html`<ul class="findings">
            ${findings.map(
              (f) =>
                html`<li>
                  <span class="badge">Warning</span> ${f.message} <code>${f.rule}</code>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="buttons">
      <button @click=${() => send('edit')}>Edit relation</button>
      <button class="danger" @click=${() => send('delete')}>Delete relation</button>
      ${
        findings.length > 0
          ? html`<span class="hint">Edit it to record a reviewed exception.</span>`
          : nothing
      }
    </div>
  </section>`;
}

export const annotateActionStyles = css`
  .annotate {
    border: 1px dashed var(--mg-accent);
    border-radius: var(--mg-radius);
    padding: 0.5rem 0.6rem;
    margin: 0.6rem 0;
  }
  .annotate .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .annotate .danger {
    color: var(--mg-danger);
  }
  .annotate .hint {
    color: var(--mg-muted);
    font-size: 0.8rem;
  }
  .findings {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
    font-size: 0.85rem;
  }
  .findings li {
    padding: 0.3rem 0.5rem;
    border: 1px solid #b35900;
    background: #fff4e5;
    color: #3d2200;
    border-radius: var(--mg-radius);
    margin-bottom: 0.3rem;
  }
  .findings .badge {
    font: 700 0.68rem/1.4 var(--mg-font);
    text-transform: uppercase;
    padding: 0 0.3rem;
    border-radius: 3px;
    background: #8a4500;
    color: #ffffff;
  }
  .findings code {
    font-size: 0.75rem;
  }
`;
