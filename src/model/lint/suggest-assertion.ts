import type { Basis, Likelihood, Polarity } from '../contract/types.ts';
import { bandForTerm } from '../words/likelihood.ts';
import type { Cue } from './cues.ts';
import { nearestCue, quoteContext } from './quote-context.ts';

/** Why the form proposes a value, to show beside it: `from 'probably'`. */
export interface SuggestionReason {
  readonly field: 'polarity' | 'likelihood' | 'basis' | 'attributedTo';
  readonly value: string | null;
  readonly because: string;
}

export interface AssertionSuggestion {
  readonly polarity: Polarity;
  readonly likelihood: Likelihood | null;
  readonly basis: Basis;
  readonly attributedTo?: string;
  readonly reasons: readonly SuggestionReason[];
}

function from(cue: Cue): string {
  return `from '${cue.text}'`;
}

/**
 * Who "according to" names: the words after it up to the next comma or clause-ending mark,
 * when they are a short name.
 */
function attributee(text: string, cue: Cue): string | undefined {
  if (cue.cue !== 'according to') return undefined;
  const name = /^\s*([^,;:.?!–—()]+)/u.exec(text.slice(cue.end))?.[1]?.trim();
  return name && name.split(/\s+/u).length <= 6 ? name : undefined;
}

/**
 * What an annotation of `paragraphText.slice(start, end)` most likely records, read from the same
 * cues the linter checks, so that accepting every suggestion never draws a linter warning from
 * the cue rules. The annotator still decides: the reasons say what each value was read from.
 */
export function suggestAssertion(
  paragraphText: string,
  start: number,
  end: number,
): AssertionSuggestion {
  const ctx = quoteContext(paragraphText, start, end);
  const reasons: SuggestionReason[] = [];
  const of = (kind: Cue['kind'], cues: readonly Cue[]) =>
    nearestCue(
      cues.filter((c) => c.kind === kind),
      start,
      end,
    );

  const indeterminate = of('indeterminate', ctx.clauseCues);
  const negation = of('negation', ctx.clauseCues);
  const estimative = of('estimative', ctx.clauseCues);
  const attribution = of('attribution', ctx.sentenceCues);

  let polarity: Polarity = 'affirmed';
  let likelihood: Likelihood | null = null;
  if (indeterminate) {
    polarity = 'indeterminate';
    likelihood = { term: indeterminate.text, band: 'unquantified' };
    reasons.push({ field: 'polarity', value: polarity, because: from(indeterminate) });
    reasons.push({ field: 'likelihood', value: 'unquantified', because: from(indeterminate) });
  } else {
    if (negation) {
      polarity = 'negated';
      reasons.push({ field: 'polarity', value: polarity, because: from(negation) });
    } else {
      reasons.push({ field: 'polarity', value: polarity, because: 'no negation in the clause' });
    }
    const band = estimative ? bandForTerm(estimative.text) : undefined;
    if (estimative && band) {
      likelihood = { term: estimative.text, band };
      reasons.push({ field: 'likelihood', value: band, because: from(estimative) });
    } else {
      reasons.push({
        field: 'likelihood',
        value: null,
        because: 'no estimative word in the clause',
      });
    }
  }

  let basis: Basis;
  let attributedTo: string | undefined;
  if (attribution) {
    basis = 'reported';
    reasons.push({ field: 'basis', value: basis, because: from(attribution) });
    attributedTo = attributee(paragraphText, attribution);
    if (attributedTo !== undefined) {
      reasons.push({ field: 'attributedTo', value: attributedTo, because: from(attribution) });
    }
  } else if (likelihood) {
    basis = 'judgment';
    reasons.push({ field: 'basis', value: basis, because: `from '${likelihood.term}'` });
  } else {
    basis = 'fact';
    reasons.push({ field: 'basis', value: basis, because: 'stated without hedge or attribution' });
  }
  return {
    polarity,
    likelihood,
    basis,
    ...(attributedTo !== undefined && { attributedTo }),
    reasons,
  };
}
