/**
 * How long adding one relation takes in a 5,000-relation document: the edit, then bringing the
 * compiled dataset and the explorer's index up to date (src/model/edit/compiled-view.ts), as the
 * annotation form does on "Add relation". Measured in Node on the model alone; the page adds its
 * rendering on top. Run: `npx tsx bench/annotate-edit.ts [relations] [adds]`.
 *
 * The document is one synthetic memo (memograph synth) with every relation in it; each add quotes
 * fresh words of a paragraph, chosen by a seeded generator.
 */
import { mulberry32 } from '../src/model/common/random.ts';
import { stateFromBundle } from '../src/model/edit/annotation-state.ts';
import { compileView, updateView } from '../src/model/edit/compiled-view.ts';
import { applyEdit, startHistory } from '../src/model/edit/history.ts';
import { addRelation } from '../src/model/edit/relation-edits.ts';
import { selectWords } from '../src/model/edit/selection.ts';
import { synthesizeCorpus } from '../src/model/synth/synth.ts';
import { median, percentile } from './stats.ts';

const relations = Number(process.argv[2] ?? 5000);
const adds = Number(process.argv[3] ?? 200);

const corpus = synthesizeCorpus({ documents: 1, actors: 1000, relations, seed: 1996 });
const bundle = corpus.bundles[0]!;
const opened = stateFromBundle({
  name: bundle.folder,
  exists: true,
  readFile: (f) => bundle.files[f],
});
if (!('state' in opened))
  throw new Error(`the synthetic bundle does not open: ${opened.diagnostics[0]?.message}`);

let started = performance.now();
const compiled = compileView(opened.state);
if (!('view' in compiled)) throw new Error('the synthetic bundle does not compile');
const fullMs = performance.now() - started;

let view = compiled.view;
let history = startHistory(opened.state);
const doc = view.dataset.documents[0]!;
const actors = view.dataset.actors.map((a) => a.id);
const types = view.dataset.relationTypes.map((t) => t.id);
const random = mulberry32(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const times: number[] = [];
while (times.length < adds) {
  const p = pick(doc.paragraphs);
  const at = Math.floor(random() * Math.max(1, p.text.length - 40));
  const selected = selectWords(doc, {
    anchor: { paragraph: p.id, offset: at },
    focus: { paragraph: p.id, offset: at + 30 },
  });
  if (!('selection' in selected)) continue;
  const source = pick(actors);
  let target = pick(actors);
  while (target === source) target = pick(actors);
  started = performance.now();
  const outcome = applyEdit(
    history,
    addRelation({
      selection: selected.selection,
      source,
      target,
      type: pick(types),
      polarity: 'affirmed',
      likelihood: null,
      basis: 'fact',
    }),
  );
  if (!outcome.ok) throw new Error(outcome.refusal);
  history = outcome.history;
  view = updateView(view, history.present);
  times.push(performance.now() - started);
}
if (view.problems.size > 0) throw new Error('an added relation did not compile');

const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(
  `${relations} relations in one document (${doc.paragraphs.length} paragraphs); full compile ${ms(fullMs)}`,
);
console.log(
  `add relation, edit + compiled dataset + index, ${adds} adds: median ${ms(median(times))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`,
);
