import { html, nothing, type TemplateResult } from 'lit';
import { BANDS } from '../../model/words/likelihood.ts';
import { BASIS_LABELS } from '../../model/words/describe.ts';
import { BASES, LIKELIHOOD_BANDS, POLARITIES } from '../../model/contract/types.ts';
import type { FormValues, SuggestedField } from './form-state.ts';

const POLARITY_LABELS = {
  affirmed: 'Affirmed',
  negated: 'Negated',
  indeterminate: 'Indeterminate',
} as const;

/** What the assertion's fields need from the form. */
export interface FieldsContext {
  readonly values: FormValues;
  set(patch: Partial<FormValues>, field?: SuggestedField): void;
  /** The reason shown under a suggested field. */
  reason(field: SuggestedField): TemplateResult;
}

/**
 * The form's fields after Source, Relation and Target: polarity, likelihood and basis with the
 * reason each was suggested, the likelihood term, attributed to, the date (as worded, and the
 * end of a span), and a note.
 */
export function renderAssertion(f: FieldsContext) {
  const v = f.values;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  return html`<div class="grid three">
      <div class="field">
        <label for="f-polarity">Polarity</label>
        <select
          id="f-polarity"
          aria-describedby="why-polarity"
          @change=${(e: Event) => f.set({ polarity: value(e) as FormValues['polarity'] }, 'polarity')}
        >
          ${POLARITIES.map(
            (x) =>
              html`<option value=${x} ?selected=${x === v.polarity}>${POLARITY_LABELS[x]}</option>`,
          )}
        </select>
        ${f.reason('polarity')}
      </div>
      <div class="field">
        <label for="f-likelihood">Likelihood</label>
        <select
          id="f-likelihood"
          aria-describedby="why-likelihood"
          @change=${(e: Event) => f.set({ band: value(e) as FormValues['band'] }, 'likelihood')}
        >
          <option value="" ?selected=${v.band === ''}>None: stated without hedge</option>
          ${LIKELIHOOD_BANDS.map(
            (b) => html`<option value=${b} ?selected=${b === v.band}>${BANDS[b].label}</option>`,
          )}
        </select>
        ${f.reason('likelihood')}
      </div>
      <div class="field">
        <label for="f-basis">Basis</label>
        <select
          id="f-basis"
          aria-describedby="why-basis"
          @change=${(e: Event) => f.set({ basis: value(e) as FormValues['basis'] }, 'basis')}
        >
          ${BASES.map(
            (b) => html`<option value=${b} ?selected=${b === v.basis}>${BASIS_LABELS[b]}</option>`,
          )}
        </select>
        ${f.reason('basis')}
      </div>
    </div>
    <div class="grid three">
      <div class="field" ?hidden=${v.band === ''}>
        <label for="f-term">Likelihood term</label>
        <input
          id="f-term"
          .value=${v.term}
          placeholder="probably"
          @input=${(e: Event) => f.set({ term: value(e) }, 'likelihood')}
        />
      </div>
      <div class="field ${v.band === '' ? 'span2' : ''}">
        <label for="f-attributed">Attributed to</label>
        <input
          id="f-attributed"
          .value=${v.attributedTo}
          placeholder="who says so"
          aria-describedby="why-attributedTo"
          @input=${(e: Event) => f.set({ attributedTo: value(e) }, 'attributedTo')}
        />
        ${f.reason('attributedTo')}
      </div>
      <div class="field">
        <label for="f-date">Date</label>
        <input
          id="f-date"
          type="date"
          .value=${v.dateIso}
          aria-describedby="why-date"
          @input=${(e: Event) => f.set({ dateIso: value(e) }, 'date')}
        />
        ${f.reason('date')}
      </div>
    </div>
    ${
      v.dateIso !== ''
        ? html`<div class="grid two">
            <div class="field">
              <label for="f-phrase">Date as worded</label>
              <input
                id="f-phrase"
                .value=${v.datePhrase}
                placeholder="Sunday’s release"
                @input=${(e: Event) => f.set({ datePhrase: value(e) }, 'date')}
              />
            </div>
            <div class="field">
              <label for="f-until">Until</label>
              <input
                id="f-until"
                type="date"
                .value=${v.dateUntil}
                aria-describedby="until-help"
                @input=${(e: Event) => f.set({ dateUntil: value(e) }, 'date')}
              />
              <span class="optional" id="until-help">for a span of days</span>
            </div>
          </div>`
        : nothing
    }
    <div class="field">
      <label for="f-note">Note</label>
      <textarea
        id="f-note"
        rows="2"
        .value=${v.note}
        @input=${(e: Event) => f.set({ note: value(e) })}
      ></textarea>
    </div>`;
}
