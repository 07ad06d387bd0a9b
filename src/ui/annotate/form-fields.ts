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
      <label
        >Polarity
        <select
          aria-describedby="why-polarity"
          @change=${(e: Event) => f.set({ polarity: value(e) as FormValues['polarity'] }, 'polarity')}
        >
          ${POLARITIES.map(
            (x) =>
              html`<option value=${x} ?selected=${x === v.polarity}>${POLARITY_LABELS[x]}</option>`,
          )}
        </select>
        ${f.reason('polarity')}
      </label>
      <label
        >Likelihood
        <select
          aria-describedby="why-likelihood"
          @change=${(e: Event) => f.set({ band: value(e) as FormValues['band'] }, 'likelihood')}
        >
          <option value="" ?selected=${v.band === ''}>None: stated without hedge</option>
          ${LIKELIHOOD_BANDS.map(
            (b) => html`<option value=${b} ?selected=${b === v.band}>${BANDS[b].label}</option>`,
          )}
        </select>
        ${f.reason('likelihood')}
      </label>
      <label
        >Basis
        <select
          aria-describedby="why-basis"
          @change=${(e: Event) => f.set({ basis: value(e) as FormValues['basis'] }, 'basis')}
        >
          ${BASES.map(
            (b) => html`<option value=${b} ?selected=${b === v.basis}>${BASIS_LABELS[b]}</option>`,
          )}
        </select>
        ${f.reason('basis')}
      </label>
    </div>
    <div class="grid three">
      <label ?hidden=${v.band === ''}
        >Likelihood term
        <input
          .value=${v.term}
          placeholder="probably"
          @input=${(e: Event) => f.set({ term: value(e) }, 'likelihood')}
      /></label>
      <label class=${v.band === '' ? 'span2' : ''}
        >Attributed to
        <input
          .value=${v.attributedTo}
          placeholder="who says so"
          aria-describedby="why-attributedTo"
          @input=${(e: Event) => f.set({ attributedTo: value(e) }, 'attributedTo')}
        />
        ${f.reason('attributedTo')}
      </label>
      <label
        >Date
        <input
          type="date"
          .value=${v.dateIso}
          aria-describedby="why-date"
          @input=${(e: Event) => f.set({ dateIso: value(e) }, 'date')}
        />
        ${f.reason('date')}
      </label>
    </div>
    ${
      v.dateIso !== ''
        ? html`<div class="grid two">
            <label
              >Date as worded
              <input
                .value=${v.datePhrase}
                placeholder="Sunday’s release"
                @input=${(e: Event) => f.set({ datePhrase: value(e) }, 'date')}
            /></label>
            <label
              >Until <span class="optional">for a span</span>
              <input
                type="date"
                .value=${v.dateUntil}
                @input=${(e: Event) => f.set({ dateUntil: value(e) }, 'date')}
            /></label>
          </div>`
        : nothing
    }
    <label
      >Note
      <textarea
        rows="2"
        .value=${v.note}
        @input=${(e: Event) => f.set({ note: value(e) })}
      ></textarea>
    </label>`;
}
