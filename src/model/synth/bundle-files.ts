import { isoDate } from '../memo/dates.ts';
import type { SynthActor } from './actors.ts';
import type { SynthDocument } from './documents.ts';
import { mention } from './mentions.ts';
import { RELATION_TYPES } from './relation-types.ts';
import type { Sentence, WriteContext } from './sentences.ts';

/** A memo's annotation files, written as JSON the way annotators write them. */

const ISSUER = 'U.S. Department of State, Bureau of Intelligence and Research';

/** The memo's text and its four annotation files, by file name. */
export function bundleFiles(
  doc: SynthDocument,
  memo: string,
  relations: readonly unknown[],
  ctx: WriteContext,
): Record<string, string> {
  const { actors, graph } = ctx;
  const end = doc.first + doc.count;
  const used = new Set<number>();
  for (let k = doc.first; k < end; k++) {
    used.add(graph.source[k]!);
    used.add(graph.target[k]!);
  }
  const listed = [...used].sort((a, b) => a - b).map((a) => actorJson(actors, a));

  const sourceFile = `${doc.id}.txt`;
  return {
    [sourceFile]: memo,
    'document.json': json({
      id: doc.id,
      source: sourceFile,
      issuer: ISSUER,
      date: isoDate(doc.date),
      citation: {
        documentType: 'Intelligence memorandum',
        office: doc.office,
        archive: `Synthetic corpus (memograph synth, seed ${ctx.seed}); not a real document`,
      },
    }),
    'actors.json': json({ actors: listed }),
    'relation-types.json': json({
      relationTypes: RELATION_TYPES.map((t) => ({
        id: t.id,
        label: t.label,
        directed: t.directed,
        definition: t.definition,
        color: t.color,
      })),
    }),
    'relations.json': json({ relations }),
  };
}

export function relationJson(
  s: Sentence,
  paragraph: string,
  offset: number,
  ctx: WriteContext,
  doc: SynthDocument,
): Record<string, unknown> {
  const i = s.relation;
  const claim = ctx.claims[i]!;
  return {
    id: `${doc.id}-r${String(i + 1).padStart(ctx.relationWidth, '0')}`,
    source: ctx.actors[ctx.graph.source[i]!]!.id,
    target: ctx.actors[ctx.graph.target[i]!]!.id,
    type: RELATION_TYPES[claim.type]!.id,
    paragraph,
    quote: s.text.slice(s.quoteStart, s.quoteEnd),
    start: offset + s.quoteStart,
    end: offset + s.quoteEnd,
    polarity: claim.polarity,
    likelihood: claim.likelihood,
    basis: claim.basis,
    ...(s.attributedTo !== undefined && { attributedTo: s.attributedTo }),
    ...(s.date && { date: s.date }),
  };
}

function actorJson(actors: readonly SynthActor[], a: number): Record<string, unknown> {
  const actor = actors[a]!;
  const parent = actor.memberOf >= 0 ? actors[actor.memberOf]! : undefined;
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases.map((x) => x.text),
    ...(parent && { memberOf: parent.id }),
    description: parent
      ? `${actor.description}; belongs to ${mention(parent, -1)}.`
      : `${actor.description}.`,
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
