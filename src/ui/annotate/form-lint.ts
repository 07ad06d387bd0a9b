import { html, nothing } from 'lit';
import type { DraftCheck } from '../../model/edit/live-lint.ts';
import { LINT_RULES } from '../../model/lint/rules.ts';
import type { ReviewedException } from '../../model/contract/types.ts';

/** What the lint section needs from the form. */
export interface LintContext {
  readonly check: DraftCheck;
  readonly reviewed: readonly ReviewedException[];
  /** Whether Source, Relation and Target are chosen, so that the linter has had its say. */
  readonly complete: boolean;
  /** The exception being written, if any. */
  readonly reviewing: { readonly rule: string; readonly why: string } | null;
  setReviewing(reviewing: { rule: string; why: string } | null): void;
  /** Records (or, with an empty reason, removes) a reviewed exception. */
  review(rule: string, why: string): void;
}

/**
 * The checker's and the linter's verdict on the relation as the form describes it, live: each
 * finding with a way to record a reviewed exception and its reason.
 */
export function renderLint(ctx: LintContext) {
  const reviewed = ctx.reviewed;
  const open = ctx.check.findings;
  const errors = ctx.check.problems;
  if (open.length === 0 && reviewed.length === 0 && errors.length === 0) {
    return html`<p class="lint ok" role="status">${ctx.complete ? 'No linter warnings.' : ''}</p>`;
  }
  const summary = (rule: string) => LINT_RULES.find((r) => r.id === rule)?.summary ?? rule;
  return html`<div class="lint" role="status">
    <ul>
      ${errors.map(
        (x) =>
          html`<li class=${x.severity === 'error' ? 'error' : 'warning'}>
            <span class="badge">${x.severity === 'error' ? 'Error' : 'Warning'}</span>
            <span class="message"
              >${x.message}${x.field ? html` <code>${x.field}</code>` : nothing}</span
            >
          </li>`,
      )}
      ${open.map((f) => {
        const note = reviewed.find((r) => r.rule === f.rule);
        const editing = ctx.reviewing?.rule === f.rule;
        return html`<li class=${note ? 'reviewed' : 'warning'}>
          <span class="badge">${note ? 'Reviewed' : 'Warning'}</span>
          <span class="message">${f.message} <code>${f.rule}</code></span>
          ${note ? html`<span class="why">Reason: ${note.why}</span>` : nothing}
          ${
            editing
              ? html`<span class="review-form">
                  <label
                    >Why this rule does not apply
                    <input
                      .value=${ctx.reviewing!.why}
                      @input=${(e: Event) =>
                        ctx.setReviewing({
                          rule: f.rule,
                          why: (e.target as HTMLInputElement).value,
                        })}
                      @keydown=${(e: KeyboardEvent) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          ctx.review(f.rule, ctx.reviewing?.why ?? '');
                        }
                      }}
                  /></label>
                  <button
                    type="button"
                    ?disabled=${(ctx.reviewing?.why ?? '').trim() === ''}
                    @click=${() => ctx.review(f.rule, ctx.reviewing?.why ?? '')}
                  >
                    Record exception
                  </button>
                </span>`
              : html`<button
                  type="button"
                  class="link"
                  title=${summary(f.rule)}
                  @click=${() => ctx.setReviewing({ rule: f.rule, why: note?.why ?? '' })}
                >
                  ${note ? 'Change reason' : 'Record a reviewed exception…'}<span
                    class="visually-hidden"
                  >
                    for ${f.rule}</span
                  >
                </button>`
          }
        </li>`;
      })}
      ${reviewed
        .filter((r) => !open.some((f) => f.rule === r.rule))
        .map(
          (r) =>
            html`<li class="reviewed">
              <span class="badge">Reviewed</span>
              <span class="message"><code>${r.rule}</code>: ${r.why}</span>
              <button type="button" class="link" @click=${() => ctx.review(r.rule, '')}>
                Remove
              </button>
            </li>`,
        )}
    </ul>
  </div>`;
}
