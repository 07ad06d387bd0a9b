import { html, nothing } from 'lit';
import type { ReviewedException } from '../../model/contract/types.ts';
import { LINT_RULES } from '../../model/lint/rules.ts';

/** A linter rule in words, by id; an id without words is shown as it is. */
function ruleWords(rule: string): string | undefined {
  return RULE_SUMMARIES.get(rule);
}

/** The linter's rule summaries, by id. */
const RULE_SUMMARIES: ReadonlyMap<string, string> = new Map(
  LINT_RULES.map((r) => [r.id, r.summary]),
);

/**
 * The rules the annotator reviewed for this relation and found not to apply, each with the
 * annotator's reason: the reasoning behind an edge a linter would have questioned.
 */
export function annotatorReasoning(reviewed: readonly ReviewedException[] | undefined) {
  if (!reviewed || reviewed.length === 0) return nothing;
  return html`<section class="reasoning" aria-labelledby="reasoning-title">
    <h3 id="reasoning-title">Annotator's reasoning</h3>
    <ul>
      ${reviewed.map((x) => {
        const words = ruleWords(x.rule);
        return html`<li>
          <p class="rule">
            <span class="visually-hidden">Rule </span><code>${x.rule}</code>${
              words ? html` <span class="summary">${words}</span>` : nothing
            }
          </p>
          <p class="why"><span class="visually-hidden">Does not apply: </span>${x.why}</p>
        </li>`;
      })}
    </ul>
  </section>`;
}
