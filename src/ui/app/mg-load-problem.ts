import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LoadProblem } from '../load-dataset.ts';
import { sharedStyles } from '../theme.ts';

/**
 * Why a dataset could not be shown: the summary, each problem with its place, and what to do.
 */
@customElement('mg-load-problem')
export class MgLoadProblem extends LitElement {
  @property({ attribute: false }) problem: LoadProblem | null = null;
  /** Whether a dataset opened earlier is still shown, so the hint says so. */
  @property({ type: Boolean, attribute: false }) keptOpen = false;

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .problem {
        margin: 1rem;
        padding: 1rem 1.25rem;
        border: 2px solid var(--mg-danger);
        border-radius: var(--mg-radius);
        background: var(--mg-danger-bg);
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.1rem;
        color: var(--mg-text);
      }
      .diagnostics {
        margin: 0.5rem 0;
        padding-left: 1.2rem;
        max-height: 40vh;
        overflow: auto;
      }
      .diagnostics code {
        white-space: pre-wrap;
        word-break: break-word;
      }
      a {
        color: var(--mg-accent);
      }
    `,
  ];

  protected override render() {
    const problem = this.problem;
    if (!problem) return nothing;
    return html`
      <section class="problem" role="alert" aria-labelledby="problem-title">
        <h2 id="problem-title">${problem.summary}</h2>
        ${
          problem.details.length > 0
            ? html`<ul class="diagnostics">
                ${problem.details.map((d) => html`<li><code>${d}</code></li>`)}
              </ul>`
            : nothing
        }
        ${problem.omitted > 0 ? html`<p>…and ${problem.omitted} more.</p>` : nothing}
        <p class="hint">
          ${
            this.keptOpen
              ? 'The dataset that was already open is still shown below.'
              : html`Check a dataset file with <code>npx memograph check &lt;file&gt;</code>.
                  <a href=${defaultDatasetLink()}>Open the default dataset</a>.`
          }
        </p>
      </section>
    `;
  }
}

/**
 * The page without its parameters, as a full address: a bare path such as `//host/index.html`
 * (a static server that answers any path with the app) would be read as another site.
 */
function defaultDatasetLink(): string {
  return `${location.origin}${location.pathname}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-load-problem': MgLoadProblem;
  }
}
