import type { Random } from '../common/random.ts';
import type { SynthActor } from './actors.ts';
import type { Graph } from './graph.ts';

/** Aliases, and how each relation end is written. */

/**
 * Gives actors 0–2 aliases, unique across the corpus, and decides for every relation end whether
 * the text names the actor or uses an alias. An actor's first end uses its name and the next ones
 * each alias in turn, so every alias is printed somewhere; later ends use an alias a quarter of
 * the time. An actor gets no more aliases than it has ends beyond the first.
 */
export function chooseMentions(actors: SynthActor[], graph: Graph, r: Random): Int8Array {
  const taken = new Set<string>();
  for (const a of actors) taken.add(a.name.toLowerCase());
  actors.forEach((actor, index) => {
    const wanted = Math.min(r.weighted([35, 40, 25]), graph.degree[index]! - 1);
    for (const option of actor.aliasOptions) {
      if (actor.aliases.length >= wanted) break;
      const key = option.text.toLowerCase();
      if (taken.has(key) || option.text === actor.name) continue;
      taken.add(key);
      actor.aliases.push(option);
    }
  });
  // Per end (relation i: 2i source, 2i + 1 target): -1 for the name, else the alias index.
  const choice = new Int8Array(2 * graph.source.length);
  const seen = new Int32Array(actors.length);
  for (let e = 0; e < choice.length; e++) {
    const a = e % 2 === 0 ? graph.source[e >> 1]! : graph.target[e >> 1]!;
    const aliases = actors[a]!.aliases.length;
    const k = seen[a]!++;
    if (k === 0 || aliases === 0) choice[e] = -1;
    else if (k <= aliases) choice[e] = k - 1;
    else choice[e] = r.chance(0.25) ? r.int(aliases) : -1;
  }
  return choice;
}

/** How the text names an actor mid-sentence: "the Oruma Front", "the OLF", "Dorasek". */
export function mention(actor: SynthActor, choice: number): string {
  const alias = choice >= 0 ? actor.aliases[choice] : undefined;
  const text = alias ? alias.text : actor.name;
  const article = alias ? alias.article : actor.article;
  return article ? `${article} ${text}` : text;
}
