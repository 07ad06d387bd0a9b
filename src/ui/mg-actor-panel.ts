import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { KIND_LABELS, actorName, certainty } from '../model/words/describe.ts';
import { groupByType, otherEnd, paragraphKey, type DatasetIndex } from '../model/dataset/query.ts';
import type { Actor, Relation, RelationType } from '../model/contract/types.ts';
import { markingLevel } from '../model/explorer/marking.ts';
import { memberRelations, type MemberRelation } from '../model/explorer/member-relations.ts';
import { selectEvent } from './events.ts';
import { sharedStyles } from './theme.ts';
import { typeColor } from './type-colors.ts';
import { TypeToJump } from './typeahead-keys.ts';

/**
 * Relations listed per type before a "Show all" button: a hub actor in a large corpus takes
 * part in thousands, and the panel must stay quick to render and to read.
 */
export const GROUP_LIMIT = 50;

type Group = { readonly type: RelationType; readonly relations: readonly Relation[] };

/**
 * One actor: name, kind, other names, the actor it belongs to and those that belong to it,
 * the description, and every relation it takes part in, grouped by type. Each relation is a
 * button that selects it. Relations the current filters hide are listed apart, folded, so the
 * reader knows they exist rather than finding them silently missing. Its members' relations
 * (Fidel Castro's, for Cuba) follow under "Through its members", each marked with the member.
 * Typing letters on any of its buttons jumps to the next one naming an actor that starts so.
 *
 * @fires mg-select - `{ kind: 'actor', id }` for a parent or member actor, `{ kind:
 *   'relation', id }` for a relation; origin `'panel'`.
 * @csspart relations - the grouped list of visible relations.
 * @csspart hidden - the folded group of relations hidden by filters.
 * @csspart member-relations - the relations its members take part in.
 * @slot tools - what can be done from this actor (its neighbourhood, paths to another).
 */
@customElement('mg-actor-panel')
export class MgActorPanel extends LitElement {
  /** Typing an actor's first letters on a button of the panel moves to the next one naming it. */
  private readonly jump = new TypeToJump(() =>
    [...this.renderRoot.querySelectorAll<HTMLElement>('button[data-jump]')].map((b) => ({
      focus: b,
      label: b.dataset['jump'] ?? '',
    })),
  );

  @property({ attribute: false }) index: DatasetIndex | null = null;

  /** The actor to show, or null for a hint on how to pick one. */
  @property({ attribute: false }) actor: Actor | null = null;

  /** Ids of the relations the filters let through; null when nothing is filtered out. */
  @property({ attribute: false }) visibleRelationIds: ReadonlySet<string> | null = null;

  /** Groups shown in full, by "shown:typeId" / "hidden:typeId"; reset for each actor. */
  @state() private expanded: ReadonlySet<string> = new Set();

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('actor')) this.expanded = new Set();
  }

  private expand(key: string): void {
    this.expanded = new Set([...this.expanded, key]);
  }

  private selectActor(id: string): void {
    this.dispatchEvent(selectEvent({ selection: { kind: 'actor', id }, origin: 'panel' }));
  }

  private selectRelation(id: string): void {
    this.dispatchEvent(selectEvent({ selection: { kind: 'relation', id }, origin: 'panel' }));
  }

  protected override render() {
    const index = this.index;
    const actor = this.actor;
    if (!index || !actor) {
      return html`<section class="empty" aria-labelledby="empty-title">
        <h2 id="empty-title">No actor selected</h2>
        <p>
          Pick an actor to see everything the memo says about it: click a node in the graph, or
          press <kbd>/</kbd> and type a name or another name the memo uses.
        </p>
      </section>`;
    }
    const parentIds = actor.memberOf ?? [];
    const members = index.dataset.actors.filter((a) => a.memberOf?.includes(actor.id));
    const all = index.relationsByActor.get(actor.id) ?? [];
    const visibleIds = this.visibleRelationIds;
    const shown = visibleIds ? all.filter((r) => visibleIds.has(r.id)) : all;
    const hidden = visibleIds ? all.filter((r) => !visibleIds.has(r.id)) : [];
    const degree = index.degree.get(actor.id) ?? all.length;
    return html`
      <article aria-labelledby="actor-name" @keydown=${this.jump.onKeydown}>
        <h2 id="actor-name">${actor.name}</h2>
        <p class="kind">${KIND_LABELS[actor.kind]}</p>
        ${actor.description ? html`<p class="description">${actor.description}</p>` : nothing}
        <dl class="facts">
          ${
            actor.aliases.length > 0
              ? html`<dt>Also called</dt>
                  <dd>
                    <ul class="aliases">
                      ${actor.aliases.map((a) => html`<li>${a}</li>`)}
                    </ul>
                  </dd>`
              : nothing
          }
          ${
            parentIds.length > 0
              ? html`<dt>Part of</dt>
                  <dd>
                    <ul class="members">
                      ${parentIds.map((id) => {
                        const parent = index.actorById.get(id);
                        return html`<li>
                          ${
                            parent
                              ? html`<button
                                  class="link"
                                  data-jump=${parent.name}
                                  @click=${() => this.selectActor(id)}
                                >
                                  ${parent.name}
                                </button>`
                              : id
                          }
                        </li>`;
                      })}
                    </ul>
                  </dd>`
              : nothing
          }
          ${
            members.length > 0
              ? html`<dt>Members</dt>
                  <dd>
                    <ul class="members">
                      ${members.map(
                        (m) =>
                          html`<li>
                            <button
                              class="link"
                              data-jump=${m.name}
                              @click=${() => this.selectActor(m.id)}
                            >
                              ${m.name}
                            </button>
                          </li>`,
                      )}
                    </ul>
                  </dd>`
              : nothing
          }
          <dt>Takes part in</dt>
          <dd>${degree} ${degree === 1 ? 'relation' : 'relations'}</dd>
        </dl>
        <slot name="tools"></slot>
        <section class="relations" aria-labelledby="relations-title">
          <h3 id="relations-title">
            What the memo says
            <span class="tally"
              >${shown.length}
              shown${hidden.length > 0 ? `, ${hidden.length} hidden by filters` : ''}</span
            >
          </h3>
          ${
            shown.length === 0
              ? html`<p class="none">
                  ${
                    all.length === 0
                      ? 'The memo asserts no relation for this actor.'
                      : 'The current filters hide every relation of this actor.'
                  }
                </p>`
              : html`<div part="relations">
                  ${this.renderGroups(index, actor, groupByType(index, shown), 'shown')}
                </div>`
          }
          ${
            hidden.length > 0
              ? html`<details class="hidden" part="hidden">
                  <summary>
                    ${hidden.length} ${hidden.length === 1 ? 'relation' : 'relations'} hidden by
                    filters
                  </summary>
                  ${this.renderGroups(index, actor, groupByType(index, hidden), 'hidden')}
                </details>`
              : nothing
          }
        </section>
        ${this.renderMemberRelations(index, actor)}
      </article>
    `;
  }

  private renderMemberRelations(index: DatasetIndex, actor: Actor) {
    const all = memberRelations(index, actor.id);
    if (all.length === 0) return nothing;
    const visibleIds = this.visibleRelationIds;
    const shown = visibleIds ? all.filter((m) => visibleIds.has(m.relation.id)) : all;
    const hiddenCount = all.length - shown.length;
    const via = new Map(shown.map((m) => [m.relation.id, m]));
    return html`<section class="relations members-of" aria-labelledby="member-relations-title">
      <h3 id="member-relations-title">
        Through its members
        <span class="tally"
          >${shown.length} shown${hiddenCount > 0 ? `, ${hiddenCount} hidden by filters` : ''}</span
        >
      </h3>
      ${
        shown.length === 0
          ? html`<p class="none">The current filters hide every relation of its members.</p>`
          : html`<div part="member-relations">
              ${this.renderGroups(
                index,
                actor,
                groupByType(
                  index,
                  shown.map((m) => m.relation),
                ),
                'members',
                via,
              )}
            </div>`
      }
    </section>`;
  }

  private renderGroups(
    index: DatasetIndex,
    actor: Actor,
    groups: readonly Group[],
    prefix: string,
    via?: ReadonlyMap<string, MemberRelation>,
  ) {
    return groups.map((g, i) => {
      const id = `${prefix}-group-${i}`;
      const key = `${prefix}:${g.type.id}`;
      const list = this.expanded.has(key) ? g.relations : g.relations.slice(0, GROUP_LIMIT);
      return html`<section class="group" aria-labelledby=${id}>
        <h4 id=${id}>
          <span class="swatch" style="background:${typeColor(g.type)}"></span>
          <span>${g.type.label}</span>
          <span class="count">${g.relations.length}</span>
        </h4>
        <ul>
          ${list.map((r) => {
            const member = via?.get(r.id)?.via;
            return html`<li>
              ${this.renderRelation(index, member ?? actor, g.type, r, !!member)}
            </li>`;
          })}
        </ul>
        ${
          list.length < g.relations.length
            ? html`<button class="more" @click=${() => this.expand(key)}>
                Show all ${g.relations.length} “${g.type.label}” relations
              </button>`
            : nothing
        }
      </section>`;
    });
  }

  /** A relation seen from `actor`; `member` marks it as a member's, named before the arrow. */
  private renderRelation(
    index: DatasetIndex,
    actor: Actor,
    type: RelationType,
    r: Relation,
    member = false,
  ) {
    const outgoing = r.source === actor.id;
    const [arrow, words] = !type.directed ? ['—', 'with'] : outgoing ? ['→', 'to'] : ['←', 'from'];
    const other = actorName(index, otherEnd(r, actor.id));
    const p = index.paragraphByKey.get(paragraphKey(r.document, r.paragraph));
    const kind = certainty(r);
    return html`<button
      class="relation"
      data-certainty=${kind}
      data-jump=${other}
      @click=${() => this.selectRelation(r.id)}
    >
      ${
        member
          ? html`<span class="via"><span class="visually-hidden">member </span>${actor.name}</span>`
          : nothing
      }
      <span class="end"
        ><span class="arrow" aria-hidden="true">${arrow}</span
        ><span class="visually-hidden">${words} </span>${other}</span
      >
      ${
        kind === 'negated'
          ? html`<span class="q negated"><span aria-hidden="true">✕ </span>negated</span>`
          : r.polarity === 'indeterminate'
            ? html`<span class="q indeterminate" title="the memo declines to say"
                ><span aria-hidden="true">? </span>indeterminate</span
              >`
            : nothing
      }
      ${r.likelihood ? html`<span class="q">“${r.likelihood.term}”</span>` : nothing}
      <span class="where">
        <span>¶${p?.n ?? r.paragraph}</span>
        ${
          p?.marking
            ? html`<span class="marking" data-level=${markingLevel(p.marking)}>${p.marking}</span>`
            : nothing
        }
      </span>
    </button>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        padding: 0.75rem 1rem 1rem;
        font-size: 0.95rem;
        line-height: 1.45;
      }
      h2 {
        margin: 0;
        font-size: 1.15rem;
        overflow-wrap: anywhere;
      }
      h3 {
        margin: 1rem 0 0.4rem;
        font-size: 0.95rem;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem;
      }
      h4 {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        margin: 0.6rem 0 0.25rem;
        font-size: 0.875rem;
        font-weight: 600;
      }
      .kind,
      .tally,
      .count,
      dt,
      .none,
      .empty p {
        color: var(--mg-muted);
      }
      .kind {
        margin: 0.1rem 0 0.4rem;
        font-size: 0.875rem;
      }
      .tally,
      .count {
        font-weight: 400;
        font-size: 0.85rem;
      }
      .description {
        margin: 0.3rem 0;
      }
      .facts {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 0.75rem;
        margin: 0.6rem 0;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .aliases {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.35rem;
      }
      .aliases li {
        padding: 0 0.4rem;
        border: 1px solid var(--mg-border-soft);
        border-radius: 999px;
        font-size: 0.85rem;
      }
      .members {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
      }
      button.link {
        padding: 0.05rem 0.45rem;
        color: var(--mg-accent);
        text-decoration: underline;
        text-underline-offset: 2px;
        overflow-wrap: anywhere;
        text-align: left;
      }
      .swatch {
        display: inline-block;
        width: 0.75rem;
        height: 0.75rem;
        border-radius: 2px;
        border: 1px solid var(--mg-border);
        flex: none;
      }
      .group ul {
        display: grid;
        gap: 0.2rem;
      }
      button.relation {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.2rem 0.5rem;
        width: 100%;
        text-align: left;
        padding: 0.25rem 0.5rem;
        border-color: var(--mg-border-soft);
      }
      button.relation:hover {
        border-color: var(--mg-border);
      }
      .end {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .via {
        font-size: 0.85rem;
        padding: 0 0.4rem;
        border: 1px dashed var(--mg-border);
        border-radius: 999px;
      }
      .arrow {
        display: inline-block;
        width: 1.2em;
        color: var(--mg-muted);
        font-weight: 400;
      }
      .q {
        font-size: 0.85rem;
        color: var(--mg-muted);
      }
      .q.negated {
        color: var(--mg-danger);
        font-weight: 600;
      }
      .q.indeterminate {
        font-weight: 600;
      }
      .where {
        margin-left: auto;
        display: inline-flex;
        gap: 0.3rem;
        align-items: center;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
      }
      .more {
        margin-top: 0.25rem;
        font-size: 0.85rem;
      }
      details.hidden {
        margin-top: 0.75rem;
        padding: 0.3rem 0.5rem;
        border: 1px dashed var(--mg-border);
        border-radius: var(--mg-radius);
      }
      details.hidden summary {
        cursor: pointer;
        color: var(--mg-muted);
      }
      kbd {
        font: 0.85em var(--mg-font-mono);
        border: 1px solid var(--mg-border);
        border-radius: 3px;
        padding: 0 0.25em;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-actor-panel': MgActorPanel;
  }
}
