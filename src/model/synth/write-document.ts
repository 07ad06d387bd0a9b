import type { Random } from '../common/random.ts';
import { longDate } from '../memo/dates.ts';
import { bundleFiles, relationJson } from './bundle-files.ts';
import type { SynthDocument } from './documents.ts';
import { root } from './names.ts';
import { attributionPool, writeRelation, type Sentence, type WriteContext } from './sentences.ts';

/** One memo: paragraphs, headings, title and page furniture, and its annotation files. */

const FILLERS = [
  'The situation remains fluid.',
  'Further reporting is expected within days.',
  'Details remain sketchy.',
  'Public statements on all sides have been guarded.',
  'Local press coverage has been extensive but thin on facts.',
  'Neither side has commented publicly.',
  'Traffic on the border crossings has slowed.',
  'Food prices in the capital rose again this week.',
  'The pattern is consistent with earlier reporting.',
  'Diplomatic contacts continue at a working level.',
  'Security in the capital has been tightened.',
  'Several of these contacts predate the current crisis.',
];
const REDACTED_FILLERS = [
  'A [redacted] source described the mood as tense.',
  'Reporting from [redacted] could not be confirmed.',
  'The account of the meeting comes from [redacted] and is fragmentary.',
];
const HEADINGS = [
  'Money and arms',
  'Talks',
  'Pressure builds',
  'The view from the capital',
  'Regional reactions',
  'Outlook',
  'Background',
  'Channels of contact',
  'Hardening positions',
  'Signs of strain',
  'The outside players',
  'Who gains',
];
const TITLE_PHRASES = [
  'What Next?',
  'Talks Stall',
  'Pressure Builds',
  'A Widening Rift',
  'Arms and Money',
  'Waiting It Out',
  'Signs of Strain',
  'New Channels',
  'Mediation Falters',
  'Hardening Positions',
];
const MARKINGS: readonly [string, number][] = [
  ['U', 15],
  ['C', 45],
  ['S', 30],
  ['S/NF', 10],
];

interface WrittenDocument {
  readonly files: Record<string, string>;
  readonly paragraphs: number;
}

interface ParagraphPlan {
  readonly sentences: Sentence[];
  readonly marking: string;
  readonly heading: string | null;
  readonly redacted: boolean;
}

export function writeDocument(doc: SynthDocument, ctx: WriteContext): WrittenDocument {
  const r = ctx.random;
  const { actors, graph } = ctx;
  const sources = attributionPool(r);

  // Paragraphs of 2–5 relation sentences, with 0–2 filler sentences mixed in.
  const plans: ParagraphPlan[] = [];
  const markingWeights = MARKINGS.map(([, w]) => w);
  let i = doc.first;
  const end = doc.first + doc.count;
  let untilHeading = 0;
  const headings = [...HEADINGS];
  while (i < end || plans.length < (doc.count === 0 ? 3 : 1)) {
    const take = Math.min(end - i, r.between(2, 5));
    const sentences: Sentence[] = [];
    for (let k = 0; k < take; k++) sentences.push(writeRelation(i + k, ctx, doc, sources));
    i += take;
    let fillers = r.weighted([50, 35, 15]);
    if (sentences.length + fillers < 2) fillers = 2 - sentences.length;
    const redacted = r.chance(0.08);
    for (let k = 0; k < fillers; k++) {
      const text = redacted && k === 0 ? r.pick(REDACTED_FILLERS) : r.pick(FILLERS);
      // After the first sentence where there is one, so paragraphs open with an assertion.
      const at = 1 + r.int(sentences.length);
      sentences.splice(Math.min(at, sentences.length), 0, {
        text,
        relation: -1,
        quoteStart: 0,
        quoteEnd: 0,
      });
    }
    let heading: string | null = null;
    if (plans.length > 0 && untilHeading-- <= 0) {
      if (headings.length === 0) headings.push(...HEADINGS);
      heading = headings.splice(r.int(headings.length), 1)[0]!;
      untilHeading = r.between(1, 4);
    }
    plans.push({
      sentences,
      marking: MARKINGS[r.weighted(markingWeights)]![0],
      heading,
      redacted: sentences.some((s) => s.text.includes('[redacted]')),
    });
  }

  // The title names the two actors this memo cites most.
  const counts = new Map<number, number>();
  for (let k = doc.first; k < end; k++) {
    for (const a of [graph.source[k]!, graph.target[k]!]) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 2);
  const subject = top.length === 0 ? root(r) : top.map(([a]) => actors[a]!.headline).join('/');
  const title = `${subject}: ${r.pick(TITLE_PHRASES)}`;

  // The text, and where each relation's quote lands in its paragraph's text.
  const runningDate = longDate(doc.date);
  const pageEnd = `${runningDate}\n\n${doc.office}`;
  const blocks: string[] = [`${title} (U)`];
  const relations: unknown[] = [];
  let untilPageEnd = r.between(3, 5);
  plans.forEach((plan, index) => {
    const id = `p${index + 1}`;
    let text = '';
    for (const s of plan.sentences) {
      if (text !== '') text += ' ';
      if (s.relation >= 0) relations.push(relationJson(s, id, text.length, ctx, doc));
      text += s.text;
    }
    if (plan.heading !== null) blocks.push(plan.heading);
    const last = index === plans.length - 1;
    let breakHere = !last && --untilPageEnd <= 0;
    if (breakHere && r.chance(0.3)) {
      // The page ends mid-sentence: the paragraph goes on after the furniture, in lower case,
      // and the parser rejoins it with one space.
      const split = splitPoint(text, r);
      if (split > 0) {
        blocks.push(text.slice(0, split), pageEnd, `${text.slice(split + 1)} (${plan.marking})`);
        untilPageEnd = r.between(3, 5);
        breakHere = false;
      } else blocks.push(`${text} (${plan.marking})`);
    } else blocks.push(`${text} (${plan.marking})`);
    if (plan.redacted && r.chance(0.7)) blocks.push('B1');
    if (breakHere) {
      blocks.push(pageEnd);
      untilPageEnd = r.between(3, 5);
    }
  });
  blocks.push('(SECRET/NOFORN)', runningDate);
  const memo = `${blocks.join('\n\n')}\n`;

  return { files: bundleFiles(doc, memo, relations, ctx), paragraphs: plans.length };
}

/** A space in the middle of the paragraph followed by a lower-case word, or 0 when none. */
function splitPoint(text: string, r: Random): number {
  const candidates: number[] = [];
  const from = Math.floor(text.length * 0.3);
  const to = Math.floor(text.length * 0.7);
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 32 && /[a-z]/.test(text.charAt(k + 1))) candidates.push(k);
  }
  return candidates.length === 0 ? 0 : r.pick(candidates);
}
