import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { spellMarking } from '../../model/memo/markings.ts';
import { BASIS_LABELS } from '../../model/words/describe.ts';
import { BANDS } from '../../model/words/likelihood.ts';
import {
  BASES,
  INITIAL_FILTERS,
  LIKELIHOOD_CHOICES,
  MARKING_CEILINGS,
  POLARITIES,
  isFiltered,
  resetFilters,
  setDateRange,
  setMaxMarking,
  showBasis,
  showDocument,
  showLikelihood,
  showPolarity,
  showReporter,
  type Filters,
  type LikelihoodChoice,
  type MarkingCeiling,
} from '../../model/explorer/filters.ts';
import {
  LIKELIHOOD_CHOICE_LABELS,
  filterCounts,
  type FilterCounts,
} from '../../model/explorer/filter-counts.ts';
import { datedSpan } from '../../model/explorer/timeline.ts';
import { filtersChangeEvent } from '../events.ts';
import { filterPanelStyles } from './mg-filter-panel.styles.ts';

const POLARITY_LABELS: Readonly<Record<string, string>> = {
  affirmed: 'affirmed',
  negated: 'negated (the memo says it is not so)',
  indeterminate: 'indeterminate (declines to say)',
};

/** A band's choice with its ICD 203 percentages, for the checkbox's description. */
function likelihoodDescription(choice: LikelihoodChoice): string {
  if (choice === 'stated') return 'no estimative word';
  const range = BANDS[choice].range;
  return range ? `${range[0]}–${range[1]}%` : 'not on the ICD 203 scale';
}

/**
 * The filters beyond relation types: likelihood (the ICD 203 bands, "unquantified" and "none,
 * stated as fact"), polarity, basis (and, for reported claims, by whom), the highest paragraph
 * marking, the date range and, for a corpus, the documents. Every choice shows how many relations
 * it holds under the other filters. "Reset filters" clears them all, types included.
 *
 * Like the legend, it never changes the filters itself: it sends the next `Filters` up.
 *
 * @fires mg-filters-change - detail `{ filters }`: the filters the reader asked for.
 * @csspart likelihood - the likelihood choices.
 */
@customElement('mg-filter-panel')
export class MgFilterPanel extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;

  /** The filters in force, from the view state. */
  @property({ attribute: false }) filters: Filters = INITIAL_FILTERS;

  /** How many relations each choice holds, under the other filters. */
  private counts: FilterCounts | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('index') || changed.has('filters')) && this.index) {
      this.counts = filterCounts(this.index, this.filters);
    }
  }

  private send(filters: Filters): void {
    this.dispatchEvent(filtersChangeEvent({ filters }));
  }

  private checkbox(
    id: string,
    label: string,
    shown: boolean,
    count: number,
    onChange: (shown: boolean) => Filters,
    description?: string,
  ): TemplateResult {
    return html`<li ?data-hidden=${!shown} ?data-empty=${count === 0}>
      <input
        id=${id}
        type="checkbox"
        .checked=${shown}
        aria-describedby=${`${id}-count`}
        @change=${(e: Event) => this.send(onChange((e.target as HTMLInputElement).checked))}
      />
      <label for=${id} title=${description ?? nothing}>${label}</label>
      <span class="count" id=${`${id}-count`}
        >${count}<span class="visually-hidden">
          ${count === 1 ? 'relation' : 'relations'}${description ? `, ${description}` : ''}</span
        ></span
      >
    </li>`;
  }

  /** A folding group: open while it hides something, so a link's filters are in view. */
  private group(title: string, hiding: number | string, body: unknown, part?: string) {
    const active = hiding !== 0 && hiding !== '';
    const note = typeof hiding === 'number' ? `${hiding} hidden` : hiding;
    return html`<details ?open=${active} part=${part ?? nothing}>
      <summary>${title}${active ? html` <span class="hiding">· ${note}</span>` : nothing}</summary>
      <fieldset>
        <legend class="visually-hidden">${title}</legend>
        ${body}
      </fieldset>
    </details>`;
  }

  protected override render() {
    const index = this.index;
    const counts = this.counts;
    if (!index || !counts) return nothing;
    const f = this.filters;
    const hidden = <T>(list: readonly T[], v: T) => list.includes(v);
    const reporters = [...counts.reporter.keys()];
    return html`
      <section aria-labelledby="filters-title">
        <div class="head">
          <h2 id="filters-title">Filters</h2>
          <button @click=${() => this.send(resetFilters())} ?disabled=${!isFiltered(f)}>
            Reset filters
          </button>
        </div>
        ${this.renderMarking(counts)}
        ${this.group(
          'Likelihood',
          f.hiddenLikelihoods.length,
          html`<ul>
            ${LIKELIHOOD_CHOICES.map((c) =>
              this.checkbox(
                `likelihood-${c}`,
                LIKELIHOOD_CHOICE_LABELS[c],
                !hidden(f.hiddenLikelihoods, c),
                counts.likelihood.get(c) ?? 0,
                (shown) => showLikelihood(f, c, shown),
                likelihoodDescription(c),
              ),
            )}
          </ul>`,
          'likelihood',
        )}
        ${this.group(
          'Polarity',
          f.hiddenPolarities.length,
          html`<ul>
            ${POLARITIES.map((p) =>
              this.checkbox(
                `polarity-${p}`,
                POLARITY_LABELS[p] ?? p,
                !hidden(f.hiddenPolarities, p),
                counts.polarity.get(p) ?? 0,
                (shown) => showPolarity(f, p, shown),
              ),
            )}
          </ul>`,
        )}
        ${this.group(
          'Basis and source',
          f.hiddenBases.length + f.hiddenReporters.length,
          html`<ul>
              ${BASES.map((b) =>
                this.checkbox(
                  `basis-${b}`,
                  BASIS_LABELS[b],
                  !hidden(f.hiddenBases, b),
                  counts.basis.get(b) ?? 0,
                  (shown) => showBasis(f, b, shown),
                ),
              )}
            </ul>
            ${
              reporters.length > 0
                ? html`<ul class="sub" aria-label="Reported by">
                    ${reporters.map((name, i) =>
                      this.checkbox(
                        `reporter-${i}`,
                        `by ${name}`,
                        !hidden(f.hiddenReporters, name),
                        counts.reporter.get(name) ?? 0,
                        (shown) => showReporter(f, name, shown),
                      ),
                    )}
                  </ul>`
                : nothing
            }`,
        )}
        ${this.renderDates(index, counts)}
        ${
          index.dataset.documents.length > 1
            ? this.group(
                'Documents',
                f.hiddenDocuments.length,
                html`<ul>
                  ${index.dataset.documents.map((d, i) =>
                    this.checkbox(
                      `document-${i}`,
                      d.title,
                      !hidden(f.hiddenDocuments, d.id),
                      counts.document.get(d.id) ?? 0,
                      (shown) => showDocument(f, d.id, shown),
                    ),
                  )}
                </ul>`,
              )
            : nothing
        }
      </section>
    `;
  }

  private renderMarking(counts: FilterCounts) {
    const f = this.filters;
    const onChange = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      this.send(setMaxMarking(f, v === '' ? null : (v as MarkingCeiling)));
    };
    const total = this.index?.dataset.relations.length ?? 0;
    return html`<div class="marking-field">
      <label for="max-marking">Highest marking</label>
      <select id="max-marking" @change=${onChange} aria-describedby="max-marking-note">
        <option value="" ?selected=${f.maxMarking === null}>Any marking</option>
        ${MARKING_CEILINGS.map(
          (c) =>
            html`<option value=${c} ?selected=${f.maxMarking === c}>
              ${spellMarking(c)} (${counts.marking.get(c) ?? 0})
            </option>`,
        )}
      </select>
      <p class="note" id="max-marking-note">
        What could be shared at that level: caveats (NOFORN) never lower a paragraph's
        level${
          counts.unmarked > 0 ? html`; ${counts.unmarked} of ${total} relations are unmarked` : ''
        }.
      </p>
    </div>`;
  }

  private renderDates(index: DatasetIndex, counts: FilterCounts) {
    const f = this.filters;
    const span = datedSpan(index);
    const onDate = (end: 'from' | 'until') => (e: Event) => {
      const v = (e.target as HTMLInputElement).value || null;
      this.send(end === 'from' ? setDateRange(f, v, f.until) : setDateRange(f, f.from, v));
    };
    const active = f.from !== null || f.until !== null;
    return this.group(
      'Dates',
      active ? 'range set' : '',
      html`<div class="field">
          <label for="date-from">From</label>
          <input
            id="date-from"
            type="date"
            .value=${f.from ?? ''}
            min=${span?.first ?? nothing}
            max=${span?.last ?? nothing}
            @change=${onDate('from')}
          />
          <label for="date-until">Until</label>
          <input
            id="date-until"
            type="date"
            .value=${f.until ?? ''}
            min=${span?.first ?? nothing}
            max=${span?.last ?? nothing}
            @change=${onDate('until')}
          />
        </div>
        <p class="note">
          ${counts.dated} dated
          ${counts.dated === 1 ? 'relation' : 'relations'}${
            f.from !== null || f.until !== null ? ' in range' : ''
          };
          ${counts.undated} undated, shown only when no date range is set.
        </p>
        ${
          f.from !== null || f.until !== null
            ? html`<div class="actions">
                <button @click=${() => this.send(setDateRange(f, null, null))}>Clear dates</button>
              </div>`
            : nothing
        }`,
    );
  }

  static override styles = filterPanelStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-filter-panel': MgFilterPanel;
  }
}
