import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Relation } from '../../model/contract/types.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { INITIAL_FILTERS, filterRelations, type Filters } from '../../model/explorer/filters.ts';
import { focusPaths, type Focus } from '../../model/explorer/focus.ts';
import { neighbourhood } from '../../model/explorer/neighbourhood.ts';
import { chainText, routeName, stepQualifier } from '../../model/explorer/path-chain.ts';
import { pathRelations, type PathResult } from '../../model/explorer/paths.ts';
import { actorName, paragraphLabel, relationHeadline } from '../../model/words/describe.ts';
import { copyText } from '../clipboard.ts';
import { focusChangeEvent, selectEvent } from '../events.ts';
import { focusBarStyles } from './mg-focus-bar.styles.ts';

/**
 * Above the graph while a focus narrows it. For a neighbourhood, what it shows and a way back to
 * the whole graph. For a path, the chain of evidence: each shortest path step by step, each step
 * with its quote and ¶ (a button that selects the relation), and "Copy chain", which copies the
 * chain with a citation per step. Esc, anywhere on the page, also clears the focus.
 *
 * @fires mg-focus-change - detail `{ focus: null }` to show the whole graph again.
 * @fires mg-select - `{ selection: { kind: 'relation', id }, origin: 'panel' }` from a step.
 */
@customElement('mg-focus-bar')
export class MgFocusBar extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;
  @property({ attribute: false }) viewFocus: Focus | null = null;
  /** The filters in force: the focus is computed over what they let through. */
  @property({ attribute: false }) filters: Filters = INITIAL_FILTERS;

  @state() private copied: 'yes' | 'no' | null = null;
  @state() private fallbackText = '';
  private paths: PathResult | null = null;
  private shown = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('index') && !changed.has('viewFocus') && !changed.has('filters')) return;
    this.copied = null;
    const index = this.index;
    const focus = this.viewFocus;
    if (!index || !focus) return;
    const pool = filterRelations(index, index.dataset.relations, this.filters);
    if (focus.kind === 'path') {
      this.paths = focusPaths(focus, pool);
      this.shown = pathRelations(this.paths, pool).length;
    } else {
      this.paths = null;
      this.shown = neighbourhood(focus.actor, focus.steps, pool).relations.length;
    }
  }

  private clear(): void {
    this.dispatchEvent(focusChangeEvent({ focus: null }));
  }

  private async copy(): Promise<void> {
    const { index, viewFocus: focus, paths } = this;
    if (!index || focus?.kind !== 'path' || !paths) return;
    const text = chainText(index, focus.from, focus.to, paths, focus.affirmedOnly);
    const outcome = await copyText(text, this.renderRoot as ShadowRoot);
    this.copied = outcome.ok ? 'yes' : 'no';
    this.fallbackText = outcome.ok ? '' : outcome.text;
  }

  private resultText(paths: PathResult, affirmedOnly: boolean): string {
    const n = paths.routes.length;
    const steps = `${paths.length} ${paths.length === 1 ? 'step' : 'steps'}`;
    const through = affirmedOnly ? ', affirmed relations only' : '';
    const more = paths.truncated ? ` (the first ${n})` : '';
    return `${n === 1 ? 'One shortest path' : `${n} shortest paths`} of ${steps}${through}${more}.`;
  }

  private renderStep(index: DatasetIndex, r: Relation) {
    const q = stepQualifier(r);
    const select = () =>
      this.dispatchEvent(
        selectEvent({ selection: { kind: 'relation', id: r.id }, origin: 'panel' }),
      );
    return html`<li>
      ${relationHeadline(index, r)} ${q ? html`<span class="qualifier">(${q})</span>` : nothing} ·
      <button class="link" @click=${select}>${paragraphLabel(index, r)}</button>
      <q>${r.quote}</q>
    </li>`;
  }

  protected override render() {
    const index = this.index;
    const focus = this.viewFocus;
    if (!index || !focus) return nothing;
    const n = this.shown;
    const relations = `${n} ${n === 1 ? 'relation' : 'relations'}`;
    if (focus.kind === 'neighbourhood') {
      return html`<div class="head">
        <span class="what"
          >Neighbourhood of ${actorName(index, focus.actor)}, ${focus.steps}
          ${focus.steps === 1 ? 'step' : 'steps'}: ${relations}.</span
        >
        <button @click=${this.clear} aria-keyshortcuts="Escape">Show the whole graph</button>
      </div>`;
    }
    const paths = this.paths;
    const from = actorName(index, focus.from);
    const to = actorName(index, focus.to);
    const found = paths !== null && paths.routes.length > 0;
    return html`
      <section aria-labelledby="chain-title">
        <div class="head">
          <h2 id="chain-title">Path from ${from} to ${to}</h2>
          <span class="what">
            ${
              found
                ? this.resultText(paths, focus.affirmedOnly)
                : `No path: the relations the filters let through${focus.affirmedOnly ? ' (affirmed only)' : ''} do not connect them.`
            }
          </span>
          ${found ? html`<button @click=${this.copy}>Copy chain</button>` : nothing}
          <button @click=${this.clear} aria-keyshortcuts="Escape">Clear path</button>
          <span class="copied" role="status"
            >${this.copied === 'yes' ? 'Chain copied, with a citation per step.' : ''}${
              this.copied === 'no' ? 'Copying was refused; the chain is below to copy by hand.' : ''
            }</span
          >
        </div>
        ${
          this.copied === 'no'
            ? html`<div class="paths">
                <textarea readonly aria-label="The chain, to copy">${this.fallbackText}</textarea>
              </div>`
            : nothing
        }
        ${
          found
            ? html`<div class="paths">
                ${paths.routes.map(
                  (route) => html`
                    <h3>${routeName(index, route)}</h3>
                    <ol aria-label=${routeName(index, route)}>
                      ${route.hops.map(
                        (hop) =>
                          html`<li>
                            ${actorName(index, hop.from)} to ${actorName(index, hop.to)}
                            <ul>
                              ${hop.relations.map((r) => this.renderStep(index, r))}
                            </ul>
                          </li>`,
                      )}
                    </ol>
                  `,
                )}
              </div>`
            : nothing
        }
      </section>
    `;
  }

  static override styles = focusBarStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-focus-bar': MgFocusBar;
  }
}
