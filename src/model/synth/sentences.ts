import type { Random } from '../common/random.ts';
import { addDays, isoDate, MONTH_NAMES } from '../memo/dates.ts';
import type { SynthActor } from './actors.ts';
import { isClauseInitial, type Claim } from './claims.ts';
import type { SynthDocument } from './documents.ts';
import type { Graph } from './graph.ts';
import { mention } from './mentions.ts';
import { adjective, capitalise, root } from './names.ts';
import { RELATION_TYPES } from './relation-types.ts';

/** Every relation written as one sentence of a memo, with where its quote sits. */

export interface Sentence {
  readonly text: string;
  /** The relation it asserts and where its quote sits in the sentence; -1 for filler. */
  readonly relation: number;
  readonly quoteStart: number;
  readonly quoteEnd: number;
  /** Who reports it, as the sentence names them, for reported claims. */
  readonly attributedTo?: string;
  /** The claim's date, as the sentence prints it and as an ISO date. */
  readonly date?: { readonly iso: string; readonly phrase: string };
}

export interface WriteContext {
  readonly actors: readonly SynthActor[];
  readonly graph: Graph;
  readonly claims: readonly Claim[];
  readonly mentions: Int8Array;
  readonly seed: number;
  readonly relationWidth: number;
  readonly random: Random;
}

const JUDGMENT_LEADS = ['', '', 'we judge that ', 'we assess that ', 'in our view, '];
const SPECULATION_LEADS = [
  'some observers speculate that ',
  'there is speculation that ',
  'press speculation holds that ',
];

export function attributionPool(r: Random): string[] {
  return [
    `Embassy ${root(r)}`,
    'the embassy',
    'a clandestine source',
    'a liaison service',
    `a senior ${adjective(root(r))} official`,
    'the defense attaché',
    'press reports',
    `a ${root(r)} defector`,
  ];
}

/** Writes one relation as a sentence; returns it with the span of its quote. */
export function writeRelation(
  i: number,
  ctx: WriteContext,
  doc: SynthDocument,
  sources: readonly string[],
): Sentence {
  const r = ctx.random;
  const claim = ctx.claims[i]!;
  const s = mention(ctx.actors[ctx.graph.source[i]!]!, ctx.mentions[2 * i]!);
  const o = mention(ctx.actors[ctx.graph.target[i]!]!, ctx.mentions[2 * i + 1]!);
  const [third, bare, participle] = RELATION_TYPES[claim.type]!.verb;
  const use = claim.use;
  const term = use?.term ?? '';
  const negated = claim.polarity === 'negated';
  const undecided = claim.polarity === 'indeterminate';

  let prefix = '';
  let core: string;
  if (!use) {
    if (undecided) {
      prefix = 'we have ';
      core = `no evidence that ${s} ${third} ${o}`;
    } else if (!negated) core = `${s} ${third} ${o}`;
    else if (claim.negation === 0) core = `${s} does not ${bare} ${o}`;
    else core = `${s} has not ${participle} ${o}`;
  } else {
    switch (use.shape) {
      case 'adverb':
        core = negated
          ? `${s} ${term} ${r.chance(0.5) ? `does not ${bare}` : `has not ${participle}`} ${o}`
          : `${s} ${term} ${third} ${o}`;
        break;
      case 'modal':
        core = `${s} ${term}${negated ? ' not' : ''} ${bare} ${o}`;
        break;
      case 'appear':
        core = negated ? `${s} does not ${term} to ${bare} ${o}` : `${s} ${term} to ${bare} ${o}`;
        break;
      case 'to':
        core = `${s} is ${term} to ${bare} ${o}`;
        break;
      case 'it':
        prefix = 'it is ';
        core = `${term} that ${s} ${third} ${o}`;
        break;
      case 'there':
        prefix = term === 'roughly even chance' ? 'there is a ' : 'there is ';
        core = `${term} that ${s} ${third} ${o}`;
        break;
      case 'lead':
        core = `${term} ${s} ${third} ${o}`;
        break;
      case 'remote':
        prefix = 'the ';
        core = `chance that ${s} ${third} ${o} is remote`;
        break;
    }
  }

  let lead = '';
  let suffix = '';
  let attributedTo: string | undefined;
  if (claim.basis === 'reported') {
    attributedTo = r.pick(sources);
    if (r.chance(0.3)) lead = `according to ${attributedTo}, `;
    else suffix = `, according to ${attributedTo}`;
  } else if (claim.basis === 'speculation') {
    lead = r.pick(SPECULATION_LEADS);
  } else if (claim.basis === 'judgment' && prefix === '' && (!use || isClauseInitial(use.shape))) {
    lead = r.pick(JUDGMENT_LEADS);
  }
  let date: Sentence['date'];
  if (claim.daysBefore >= 0) {
    const when = addDays(doc.date, -claim.daysBefore);
    const monthDay = `${MONTH_NAMES[when.month - 1]} ${when.day}`;
    // The year goes without saying within the memo's own year, as memos write it.
    const phrase = when.year === doc.date.year ? monthDay : `${monthDay}, ${when.year}`;
    date = { iso: isoDate(when), phrase };
    lead = `as of ${phrase}, ${lead}`;
  }
  const opening = `${lead}${prefix}`;
  return {
    text: capitalise(`${opening}${core}${suffix}.`),
    relation: i,
    quoteStart: opening.length,
    quoteEnd: opening.length + core.length,
    ...(attributedTo !== undefined && { attributedTo }),
    ...(date && { date }),
  };
}
