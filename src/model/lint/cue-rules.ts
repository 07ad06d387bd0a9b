import { paragraphUsesTerm } from '../annotation/quotes.ts';
import { excerpt } from '../dataset/dataset-check.ts';
import type { Cue, CueKind } from './cues.ts';
import type { LintFinding, LintedRelation } from './finding.ts';
import { nearestCue } from './quote-context.ts';

/** The rules that compare one relation's fields with the cues around its quote. */

function quoted(cues: readonly Cue[]): string {
  return [...new Set(cues.map((c) => `"${c.text}"`))].join(', ');
}

function ofKind(cues: readonly Cue[], kind: CueKind): Cue[] {
  return cues.filter((c) => c.kind === kind);
}

export function cueFindings({ relation: r, text, context }: LintedRelation): LintFinding[] {
  const out: LintFinding[] = [];
  const finding = (rule: LintFinding['rule'], field: LintFinding['field'], message: string) =>
    out.push({ rule, relation: r.id, field, message });
  const nearest = (kind: CueKind, cues: readonly Cue[]) =>
    nearestCue(ofKind(cues, kind), r.start, r.end);

  const attribution = nearest('attribution', context.sentenceCues);
  if (attribution && (r.basis !== 'reported' || r.attributedTo === undefined)) {
    const what =
      r.basis !== 'reported' ? `basis is "${r.basis}", not "reported"` : 'attributedTo is missing';
    finding(
      'attribution-cue',
      ['basis'],
      `relation "${r.id}": "${attribution.text}" in the quote's sentence attributes it to a source, but ${what}; record it as reported and say who reports it`,
    );
  }

  const estimative = ofKind(context.clauseCues, 'estimative');
  if (estimative.length > 0 && r.likelihood === null) {
    finding(
      'estimative-word',
      ['likelihood'],
      `relation "${r.id}": the quote's clause hedges with ${quoted(estimative)}, but likelihood is null; record the estimative word as the likelihood term`,
    );
  }

  if (r.likelihood) {
    const sentence = text.slice(context.sentence.start, context.sentence.end);
    if (!paragraphUsesTerm(sentence, r.likelihood.term)) {
      finding(
        'likelihood-term-absent',
        ['likelihood', 'term'],
        `relation "${r.id}": the likelihood term "${excerpt(r.likelihood.term, 60)}" is not in the quote's sentence; the hedge must be the one that governs the quote`,
      );
    }
  }

  const indeterminate = nearest('indeterminate', context.clauseCues);
  if (indeterminate && (r.polarity !== 'indeterminate' || r.likelihood?.band !== 'unquantified')) {
    const wrong = [
      r.polarity !== 'indeterminate' ? `polarity is "${r.polarity}"` : '',
      r.likelihood?.band !== 'unquantified'
        ? `likelihood is ${r.likelihood ? `"${r.likelihood.band}"` : 'null'}`
        : '',
    ]
      .filter(Boolean)
      .join(' and ');
    finding(
      'indeterminate-cue',
      r.polarity !== 'indeterminate' ? ['polarity'] : ['likelihood'],
      `relation "${r.id}": "${indeterminate.text}" declines to say, but ${wrong}; the polarity is "indeterminate" and the likelihood "unquantified"`,
    );
  }

  const negation = ofKind(context.clauseCues, 'negation');
  if (negation.length > 0 && r.polarity === 'affirmed') {
    finding(
      'negation-cue',
      ['polarity'],
      `relation "${r.id}": the quote's clause has ${quoted(negation)}, but polarity is "affirmed"; is the assertion negated?`,
    );
  }
  return out;
}
