import { html, nothing } from 'lit';
import { KIND_LABELS } from '../../model/words/describe.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { ACTOR_KINDS, type ActorKind } from '../../model/contract/types.ts';
import { lineSample, shapeSample } from './samples.ts';

/**
 * The key to how the graph draws relations (directed, undirected, negated, hedged,
 * indeterminate), each line
 * sample in `color`, and the node shape of each kind of actor the dataset has. Kinds without a
 * shape in `kindShapes` are left out.
 */
export function encodingKey(
  index: DatasetIndex,
  kindShapes: Readonly<Partial<Record<ActorKind, string>>>,
  color: string,
) {
  const present = new Set(index.dataset.actors.map((a) => a.kind));
  const kinds = ACTOR_KINDS.filter((k) => present.has(k) && kindShapes[k] !== undefined);
  return html`
    <section class="key" part="key" aria-labelledby="key-title">
      <h3 id="key-title">Reading the graph</h3>
      <ul class="encodings">
        <li>
          ${lineSample(color, 'directed', false)}
          <span>Directed: source → target</span>
        </li>
        <li>
          ${lineSample(color, 'undirected', false)}
          <span>Undirected: either way</span>
        </li>
        <li>
          ${lineSample(color, 'negated', false)}
          <span><strong>Negated</strong> (dashed, ✕): the document says it is not so</span>
        </li>
        <li>
          ${lineSample(color, 'hedged', false)}
          <span><strong>Hedged</strong> (lighter): held less than likely</span>
        </li>
        <li>
          ${lineSample(color, 'indeterminate', false)}
          <span
            ><strong>Indeterminate</strong> (dotted, lighter, ?): the memo declines to say either
            way</span
          >
        </li>
      </ul>
      ${
        kinds.length > 0
          ? html`<h3>Actors</h3>
              <ul class="kinds">
                ${kinds.map(
                  (k) =>
                    html`<li>
                      ${shapeSample(kindShapes[k] ?? 'ellipse')}<span>${KIND_LABELS[k]}</span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>
  `;
}
