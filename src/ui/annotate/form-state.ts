import type { RelationDraft } from '../../model/edit/relation-edits.ts';
import type { WordSelection } from '../../model/edit/selection.ts';
import type { Suggestions } from '../../model/edit/suggestions.ts';
import type {
  Basis,
  ClaimDate,
  LikelihoodBand,
  Polarity,
  Relation,
  ReviewedException,
} from '../../model/contract/types.ts';

/** The fields the form pre-fills from the words around the quote. */
export const SUGGESTED_FIELDS = [
  'polarity',
  'likelihood',
  'basis',
  'attributedTo',
  'date',
] as const;
export type SuggestedField = (typeof SUGGESTED_FIELDS)[number];

/** Everything the annotation form holds, as plain values (strings for the text boxes). */
export interface FormValues {
  readonly source: string | null;
  readonly type: string | null;
  readonly target: string | null;
  readonly polarity: Polarity;
  /** '' for "stated without hedge". */
  readonly band: LikelihoodBand | '';
  readonly term: string;
  readonly basis: Basis;
  readonly attributedTo: string;
  readonly dateIso: string;
  readonly dateUntil: string;
  readonly datePhrase: string;
  readonly note: string;
  readonly reviewed: readonly ReviewedException[];
}

export const EMPTY_VALUES: FormValues = {
  source: null,
  type: null,
  target: null,
  polarity: 'affirmed',
  band: '',
  term: '',
  basis: 'fact',
  attributedTo: '',
  dateIso: '',
  dateUntil: '',
  datePhrase: '',
  note: '',
  reviewed: [],
};

/** The values an existing relation fills the form with. */
export function valuesOf(r: Relation): FormValues {
  return {
    source: r.source,
    type: r.type,
    target: r.target,
    polarity: r.polarity,
    band: r.likelihood?.band ?? '',
    term: r.likelihood?.term ?? '',
    basis: r.basis,
    attributedTo: r.attributedTo ?? '',
    dateIso: r.date?.iso ?? '',
    dateUntil: r.date?.until ?? '',
    datePhrase: r.date?.phrase ?? '',
    note: r.note ?? '',
    reviewed: r.reviewed ?? [],
  };
}

/** The values a suggestion gives the fields the user has not touched. */
export function applySuggestion(
  values: FormValues,
  s: Suggestions,
  touched: ReadonlySet<SuggestedField>,
): FormValues {
  return {
    ...values,
    ...(!touched.has('polarity') && { polarity: s.polarity }),
    ...(!touched.has('likelihood') && {
      band: s.likelihood?.band ?? '',
      term: s.likelihood?.term ?? '',
    }),
    ...(!touched.has('basis') && { basis: s.basis }),
    ...(!touched.has('attributedTo') && { attributedTo: s.attributedTo ?? '' }),
    ...(!touched.has('date') && {
      dateIso: s.date?.iso ?? '',
      datePhrase: s.date?.phrase ?? '',
      dateUntil: s.date?.until ?? '',
    }),
  };
}

/** Why a suggested field holds what it holds, when it still holds the suggestion. */
export function reasonFor(
  suggestion: Suggestions | null,
  field: SuggestedField,
  values: FormValues,
): string | null {
  if (!suggestion) return null;
  if (field === 'date') {
    const d = suggestion.date;
    return d && values.dateIso === d.iso && values.datePhrase === d.phrase
      ? (suggestion.dateBecause ?? null)
      : null;
  }
  const reason = suggestion.reasons.find((r) => r.field === field);
  if (!reason) return null;
  const holds =
    field === 'polarity'
      ? values.polarity === suggestion.polarity
      : field === 'basis'
        ? values.basis === suggestion.basis
        : field === 'likelihood'
          ? (values.band || null) === (suggestion.likelihood?.band ?? null)
          : values.attributedTo === (suggestion.attributedTo ?? '');
  return holds ? reason.because : null;
}

/** What stops the relation from being added, in the form's words; empty when nothing does. */
export function missing(v: FormValues): string[] {
  const out: string[] = [];
  if (!v.source) out.push('Choose the Source actor.');
  if (!v.type) out.push('Choose the Relation type.');
  if (!v.target) out.push('Choose the Target actor.');
  if (v.basis === 'reported' && v.attributedTo.trim() === '') {
    out.push('A reported claim needs “Attributed to”: say who reports it.');
  }
  if (v.band !== '' && v.term.trim() === '') {
    out.push('Give the likelihood term: the document’s own estimative word.');
  }
  if (v.dateIso !== '' && v.datePhrase.trim() === '') {
    out.push('Give the date as the document words it (“Sunday’s release”).');
  }
  if (v.dateUntil !== '' && v.dateIso === '') out.push('Give the date the span begins.');
  if (v.dateUntil !== '' && v.dateIso !== '' && v.dateUntil < v.dateIso) {
    out.push('The span cannot end before it begins.');
  }
  return out;
}

/** The draft the form describes, for the words selected; complete only when `missing` is empty. */
export function draftOf(v: FormValues, selection: WordSelection, id?: string): RelationDraft {
  const date: ClaimDate | undefined =
    v.dateIso !== ''
      ? {
          iso: v.dateIso,
          phrase: v.datePhrase.trim(),
          ...(v.dateUntil !== '' && v.dateUntil !== v.dateIso && { until: v.dateUntil }),
        }
      : undefined;
  return {
    selection,
    source: v.source ?? '',
    target: v.target ?? '',
    type: v.type ?? '',
    polarity: v.polarity,
    likelihood: v.band === '' ? null : { term: v.term.trim(), band: v.band },
    basis: v.basis,
    ...(v.attributedTo.trim() !== '' && { attributedTo: v.attributedTo.trim() }),
    ...(date && { date }),
    ...(v.note.trim() !== '' && { note: v.note.trim() }),
    ...(id !== undefined && { id }),
  };
}
