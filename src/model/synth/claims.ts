import type { Random } from '../common/random.ts';
import type { Basis, LikelihoodBand, Polarity } from '../contract/types.ts';
import { bandForTerm } from '../words/likelihood.ts';
import type { Graph } from './graph.ts';
import { RELATION_TYPES } from './relation-types.ts';

/** Claims: the type, polarity, likelihood, basis and date of every relation. */

/**
 * How an estimative term sits in a sentence:
 * adverb "S probably funds O" · modal "S may fund O" · appear "S appears to fund O" ·
 * to "S is unlikely to fund O" · it "it is highly probable that S funds O" ·
 * there "there is almost no chance that S funds O" · lead "no doubt S funds O" ·
 * remote "the chance that S funds O is remote".
 */
export type Shape = 'adverb' | 'modal' | 'appear' | 'to' | 'it' | 'there' | 'lead' | 'remote';

export interface TermUse {
  readonly term: string;
  readonly shape: Shape;
}

const CONFIDENT_TERMS: readonly TermUse[] = [
  { term: 'probably', shape: 'adverb' },
  { term: 'probably', shape: 'adverb' },
  { term: 'likely', shape: 'adverb' },
  { term: 'most likely', shape: 'adverb' },
  { term: 'very likely', shape: 'adverb' },
  { term: 'almost certainly', shape: 'adverb' },
  { term: 'doubtless', shape: 'adverb' },
  { term: 'undoubtedly', shape: 'adverb' },
  { term: 'highly probable', shape: 'it' },
  { term: 'probable', shape: 'it' },
  { term: 'almost certain', shape: 'it' },
  { term: 'nearly certain', shape: 'it' },
  { term: 'no doubt', shape: 'lead' },
];
const UNQUANTIFIED_TERMS: readonly TermUse[] = [
  { term: 'may', shape: 'modal' },
  { term: 'may', shape: 'modal' },
  { term: 'might', shape: 'modal' },
  { term: 'could', shape: 'modal' },
  { term: 'possibly', shape: 'adverb' },
  { term: 'perhaps', shape: 'adverb' },
  { term: 'apparently', shape: 'adverb' },
  { term: 'appears', shape: 'appear' },
  { term: 'seems', shape: 'appear' },
  { term: 'possible', shape: 'it' },
];
const LOW_TERMS: readonly TermUse[] = [
  { term: 'unlikely', shape: 'to' },
  { term: 'unlikely', shape: 'to' },
  { term: 'very unlikely', shape: 'to' },
  { term: 'improbable', shape: 'it' },
  { term: 'highly improbable', shape: 'it' },
  { term: 'almost no chance', shape: 'there' },
  { term: 'roughly even chance', shape: 'there' },
  { term: 'remote', shape: 'remote' },
];
/** What a negated sentence can carry: "S probably does not fund O", "S may not fund O". */
const NEGATED_CONFIDENT = CONFIDENT_TERMS.filter((t) => t.shape === 'adverb');
const NEGATED_HEDGED = UNQUANTIFIED_TERMS.filter(
  (t) => t.shape === 'modal' || t.shape === 'appear' || t.term === 'apparently',
);

/** Shares of the three likelihood classes and of negation: about 30 % hedged, 10 % negated. */
const PLAIN_SHARE = 0.42;
const CONFIDENT_SHARE = 0.28;
const NEGATED_SHARE = 0.1;
const DATED_SHARE = 0.25;

export interface Claim {
  readonly type: number;
  readonly polarity: Polarity;
  readonly likelihood: { readonly term: string; readonly band: LikelihoodBand } | null;
  readonly use: TermUse | null;
  readonly basis: Basis;
  /** Days before the document's date that the claim is dated, or -1 when undated. */
  readonly daysBefore: number;
  /**
   * For plain negations: 0 "does not", 1 "has not", 2 "no evidence that". The last declines to
   * say rather than denies, so such a claim is indeterminate, with "no evidence" as its hedge.
   */
  readonly negation: number;
}

function band(term: string): LikelihoodBand {
  const b = bandForTerm(term);
  if (b === undefined) throw new Error(`synth: "${term}" is not in the likelihood term table`);
  return b;
}

export function makeClaims(graph: Graph, r: Random): Claim[] {
  const typeWeights = RELATION_TYPES.map((t) => t.weight);
  const claims: Claim[] = [];
  for (let i = 0; i < graph.source.length; i++) {
    const type = r.weighted(typeWeights);
    const polarity: Polarity = r.chance(NEGATED_SHARE) ? 'negated' : 'affirmed';
    const x = r.next();
    let use: TermUse | null = null;
    if (x >= PLAIN_SHARE + CONFIDENT_SHARE) {
      // Hedged: unquantified three times in five, a low band otherwise (never for negations:
      // "S is unlikely not to fund O" is not how memos are written).
      use =
        polarity === 'negated'
          ? r.pick(NEGATED_HEDGED)
          : r.chance(0.6)
            ? r.pick(UNQUANTIFIED_TERMS)
            : r.pick(LOW_TERMS);
    } else if (x >= PLAIN_SHARE) {
      use = r.pick(polarity === 'negated' ? NEGATED_CONFIDENT : CONFIDENT_TERMS);
    }
    if (use && polarity === 'negated' && use.shape === 'appear') {
      // "S does not appear to fund O": the negation takes the bare form of the verb.
      use = { term: use.term === 'appears' ? 'appear' : 'seem', shape: 'appear' };
    }
    const negation = polarity === 'negated' && !use ? r.int(3) : 0;
    let basis: Basis;
    if (!use) basis = negation === 2 ? 'judgment' : r.chance(0.35) ? 'reported' : 'fact';
    else if (band(use.term) === 'unquantified' && isClauseInitial(use.shape)) {
      const y = r.next();
      basis = y < 0.55 ? 'judgment' : y < 0.8 ? 'reported' : 'speculation';
    } else basis = r.chance(0.3) ? 'reported' : 'judgment';
    const undecided = negation === 2;
    claims.push({
      type,
      polarity: undecided ? 'indeterminate' : polarity,
      likelihood: use
        ? { term: use.term, band: band(use.term) }
        : undecided
          ? { term: 'no evidence', band: band('no evidence') }
          : null,
      use,
      basis,
      daysBefore: r.chance(DATED_SHARE) ? r.between(1, 90) : -1,
      negation,
    });
  }
  return claims;
}

/** Shapes whose quote begins with the subject, so a lead-in ("We judge that") can precede it. */
export function isClauseInitial(shape: Shape): boolean {
  return shape === 'adverb' || shape === 'modal' || shape === 'appear' || shape === 'to';
}
