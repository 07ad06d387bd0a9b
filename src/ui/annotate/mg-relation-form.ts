import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { actorIdFor, type ActorDraft } from '../../model/edit/actor-edits.ts';
import type { CompiledView } from '../../model/edit/compiled-view.ts';
import { checkDraft, type DraftCheck } from '../../model/edit/live-lint.ts';
import { extendByWord, type WordSelection } from '../../model/edit/selection.ts';
import { rankActors, suggestionsFor, type Suggestions } from '../../model/edit/suggestions.ts';
import { KIND_LABELS } from '../../model/words/describe.ts';
import { paragraphKey } from '../../model/dataset/query.ts';
import {
  type Actor,
  type MemoDocument,
  type Paragraph,
  type Relation,
} from '../../model/contract/types.ts';
import {
  actorAddEvent,
  formCloseEvent,
  quoteSpanEvent,
  relationSubmitEvent,
  type ComboPickEvent,
  type QuoteSpanDetail,
} from '../events.ts';
import { sharedStyles } from '../theme.ts';
import {
  EMPTY_VALUES,
  applySuggestion,
  draftOf,
  missing,
  reasonFor,
  valuesOf,
  type FormValues,
  type SuggestedField,
} from './form-state.ts';
import type { MgCombobox } from './mg-combobox.ts';
import './mg-combobox.ts';
import { relationFormStyles } from './mg-relation-form.styles.ts';
import { renderAssertion } from './form-fields.ts';
import { renderLint } from './form-lint.ts';
import { renderNewActor, splitAliases, type NewActorDraft } from './new-actor.ts';
import type { ComboOption } from './rank-options.ts';

const STEPS: readonly { edge: 'start' | 'end'; by: 1 | -1; label: string; text: string }[] = [
  { edge: 'start', by: 1, label: 'One more word before', text: '+ word' },
  { edge: 'start', by: -1, label: 'One word fewer at the start', text: '− word' },
  { edge: 'end', by: -1, label: 'One word fewer at the end', text: '− word' },
  { edge: 'end', by: 1, label: 'One more word after', text: 'word +' },
];

/**
 * The annotation form: a relation made from words selected in the reader. It holds the quote
 * (widened or narrowed a word at a time), Source, Relation and Target comboboxes (the actors
 * the paragraph names on top; a new name can be added as an actor), polarity, likelihood and
 * basis pre-filled from the words around the quote with the reason for each, attributed to,
 * date, note, and the linter's warnings as they stand, each of which can be recorded as
 * reviewed with a reason. A panel with the accessible name "New relation" ("Edit relation"),
 * opened beside the selection; Escape closes it.
 *
 * With `refusal` set it shows only why the selection cannot be a quote.
 *
 * @fires mg-relation-submit - `{ relation, replaces }` on "Add relation" ("Save changes").
 * @fires mg-actor-add - `{ actor }` when a new actor is completed in the form.
 * @fires mg-quote-span - `{ document, paragraph, start, end }` when the quote is widened or narrowed.
 * @fires mg-form-close - on Cancel, Close or Escape.
 */
@customElement('mg-relation-form')
export class MgRelationForm extends LitElement {
  /** The bundle being annotated, compiled. */
  @property({ attribute: false }) view: CompiledView | null = null;
  /** The words the relation is made from. */
  @property({ attribute: false }) span: QuoteSpanDetail | null = null;
  /** The relation edited, or null for a new one. */
  @property({ attribute: false }) editing: Relation | null = null;
  /** Why the selection cannot be a quote; the form shows only this. */
  @property({ attribute: false }) refusal: string | null = null;
  /** Where the selection is on screen: the form opens beside it. */
  @property({ attribute: false }) anchor: {
    top: number;
    left: number;
    bottom: number;
    right: number;
  } | null = null;

  @state() private values: FormValues = EMPTY_VALUES;
  @state() private quote: QuoteSpanDetail | null = null;
  @state() private creating: NewActorDraft | null = null;
  @state() private reviewing: { rule: string; why: string } | null = null;
  @state() private problems: readonly string[] = [];

  private suggestion: Suggestions | null = null;
  private touched = new Set<SuggestedField>();
  /** Actors added from this form that the view does not hold yet. */
  private added: Actor[] = [];
  private check: DraftCheck = { problems: [], findings: [] };

  /** Moves focus into the form: the first field, or the close button of a refusal. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement | MgCombobox>(
      this.refusal ? 'button.close' : 'mg-combobox',
    );
    first?.focus();
  }

  private get paragraph(): Paragraph | null {
    const q = this.quote;
    const index = this.view?.index;
    return q && index
      ? (index.paragraphByKey.get(paragraphKey(q.document, q.paragraph)) ?? null)
      : null;
  }

  private get document(): MemoDocument | null {
    const q = this.quote;
    return (q && this.view?.index.documentById.get(q.document)) ?? null;
  }

  /** The words quoted, as the model's selection. */
  private get selection(): WordSelection | null {
    const p = this.paragraph;
    const q = this.quote;
    return p && q
      ? { paragraph: p.id, start: q.start, end: q.end, quote: p.text.slice(q.start, q.end) }
      : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('span') || changed.has('editing')) {
      this.quote = this.span;
      this.touched = new Set();
      this.creating = null;
      this.reviewing = null;
      this.problems = [];
      this.added = [];
      this.values = this.editing ? valuesOf(this.editing) : EMPTY_VALUES;
      if (this.editing) {
        this.touched = new Set(['polarity', 'likelihood', 'basis', 'attributedTo', 'date']);
      }
      this.suggest();
    }
    if (changed.has('view') && this.view) {
      const index = this.view.index;
      this.added = this.added.filter((a) => !index.actorById.has(a.id));
    }
    this.check = this.lint();
  }

  private suggest(): void {
    const doc = this.document;
    const selection = this.selection;
    if (!doc || !selection) {
      this.suggestion = null;
      return;
    }
    this.suggestion = suggestionsFor(doc, this.actors(), selection);
    this.values = applySuggestion(this.values, this.suggestion, this.touched);
  }

  /** The checker's and the linter's verdicts, once Source, Relation and Target are chosen. */
  private lint(): DraftCheck {
    const view = this.view;
    const selection = this.selection;
    const v = this.values;
    if (!view || !selection || !v.source || !v.target || !v.type) {
      return { problems: [], findings: [] };
    }
    if (this.added.some((a) => a.id === v.source || a.id === v.target)) {
      return { problems: [], findings: [] };
    }
    return checkDraft(view, draftOf(v, selection, this.editing?.id));
  }

  private set(patch: Partial<FormValues>, field?: SuggestedField): void {
    if (field) this.touched.add(field);
    this.values = { ...this.values, ...patch };
    this.problems = [];
  }

  private step(edge: 'start' | 'end', by: 1 | -1): void {
    const doc = this.document;
    const selection = this.selection;
    const q = this.quote;
    if (!doc || !selection || !q) return;
    const next = extendByWord(doc, selection, edge, by);
    if (!('selection' in next)) return;
    const { start, end } = next.selection;
    if (start === q.start && end === q.end) return;
    this.quote = { ...q, start, end };
    this.suggest();
    this.dispatchEvent(quoteSpanEvent(this.quote));
  }

  // --- options ----------------------------------------------------------------------------

  private actors(): readonly Actor[] {
    return [...(this.view?.index.dataset.actors ?? []), ...this.added];
  }

  /** Every actor as a choice, and the ranking: by what was typed, the paragraph's on top. */
  private actorChoices(): {
    options: ComboOption[];
    filter: (typed: string) => ComboOption[];
  } {
    const p = this.paragraph;
    const actors = this.actors();
    const mentioned = this.suggestion?.mentioned ?? [];
    const near = new Set(mentioned);
    const option = (a: Actor): ComboOption => ({
      value: a.id,
      label: a.name,
      keywords: a.aliases,
      hint: near.has(a.id) ? `in ¶${p?.n} · ${KIND_LABELS[a.kind]}` : KIND_LABELS[a.kind],
      near: near.has(a.id),
    });
    const options = actors.map(option);
    const byId = new Map(options.map((o) => [o.value, o]));
    return {
      options,
      filter: (typed) => rankActors(actors, typed, mentioned).map((a) => byId.get(a.id)!),
    };
  }

  private typeOptions(): ComboOption[] {
    return (this.view?.index.dataset.relationTypes ?? []).map((t) => ({
      value: t.id,
      label: t.label,
      keywords: [t.id],
      hint: t.family,
    }));
  }

  private onActorPick(field: 'source' | 'target', e: ComboPickEvent): void {
    e.stopPropagation();
    if (e.detail.create !== undefined) {
      this.creating = { field, name: e.detail.create, kind: 'other', aliases: '', memberOf: '' };
      return;
    }
    this.set({ [field]: e.detail.value });
  }

  private addActor(): void {
    const d = this.creating;
    if (!d || d.name.trim() === '') return;
    const name = d.name.trim();
    const existing = this.actors().find((a) => a.name === name);
    let actor = existing;
    if (!actor && this.view) {
      const draft: ActorDraft = {
        name,
        kind: d.kind,
        aliases: splitAliases(d.aliases, name),
        ...(d.memberOf !== '' && { memberOf: [d.memberOf] }),
      };
      const state = this.view.state;
      const id = actorIdFor({ ...state, actors: [...state.actors, ...this.added] }, name);
      actor = { id, description: '', ...draft, aliases: draft.aliases ?? [] };
      this.added = [...this.added, actor];
      this.dispatchEvent(actorAddEvent({ id, draft }));
    }
    if (!actor) return;
    this.creating = null;
    this.set({ [d.field]: actor.id });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<MgCombobox>(`mg-combobox.${d.field}`)?.focus(),
    );
  }

  // --- submitting --------------------------------------------------------------------------

  private submit(e: Event): void {
    e.preventDefault();
    const selection = this.selection;
    if (!selection) return;
    const problems = [
      ...missing(this.values),
      ...this.check.problems.filter((x) => x.severity === 'error').map((x) => x.message),
    ];
    if (problems.length > 0) {
      this.problems = problems;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.problems')?.focus(),
      );
      return;
    }
    this.dispatchEvent(
      relationSubmitEvent({
        draft: draftOf(this.values, selection, this.editing?.id),
        reviewed: this.values.reviewed.filter((r) =>
          this.check.findings.some((f) => f.rule === r.rule),
        ),
        replaces: this.editing?.id ?? null,
      }),
    );
  }

  private close(): void {
    this.dispatchEvent(formCloseEvent());
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      if (this.creating) this.creating = null;
      else this.close();
    }
  }

  private review(rule: string, why: string): void {
    const reviewed = [...this.values.reviewed.filter((r) => r.rule !== rule)];
    if (why.trim() !== '') reviewed.push({ rule, why: why.trim() });
    this.set({ reviewed });
    this.reviewing = null;
  }

  // --- placing ----------------------------------------------------------------------------

  private readonly resized = new ResizeObserver(() => this.place());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resized.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resized.disconnect();
  }

  protected override updated(): void {
    this.place();
  }

  /**
   * Beside the selection, on its left so that the reader's text stays in view; below it when
   * there is no room on the left; always inside the window.
   */
  private place(): void {
    const a = this.anchor;
    const box = this.getBoundingClientRect();
    const margin = 12;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    let left: number;
    let top: number;
    if (!a) {
      left = (vw - box.width) / 2;
      top = margin * 4;
    } else if (a.left - box.width - margin * 2 >= margin) {
      left = a.left - box.width - margin * 2;
      top = a.top - 48;
    } else {
      left = Math.min(a.left, vw - box.width - margin);
      top = a.bottom + margin;
    }
    top = Math.max(margin, Math.min(top, vh - box.height - margin));
    left = Math.max(margin, left);
    this.style.left = `${Math.round(left)}px`;
    this.style.top = `${Math.round(top)}px`;
  }

  // --- rendering --------------------------------------------------------------------------

  protected override render() {
    const title = this.editing ? 'Edit relation' : 'New relation';
    if (this.refusal) {
      return html`<section role="dialog" aria-labelledby="title" @keydown=${this.onKeydown}>
        <header>
          <h2 id="title">${title}</h2>
        </header>
        <p class="refusal" role="alert">${this.refusal}</p>
        <div class="row end">
          <button type="button" class="close primary" @click=${this.close}>Close</button>
        </div>
      </section>`;
    }
    const p = this.paragraph;
    const q = this.quote;
    if (!p || !q) return nothing;
    const v = this.values;
    const actors = this.actorChoices();
    return html`<section role="dialog" aria-labelledby="title" @keydown=${this.onKeydown}>
      <header>
        <h2 id="title">${title}</h2>
        <span class="where">¶${p.n}${p.marking ? ` · ${p.marking}` : ''}</span>
        <button type="button" class="icon" aria-label="Close" @click=${this.close}>✕</button>
      </header>
      <form @submit=${this.submit} novalidate>
        ${this.renderQuote(p, q)}
        <div class="grid three">
          <mg-combobox
            class="source"
            label="Source"
            required
            create-label="Add actor"
            .options=${actors.options}
            .filter=${actors.filter}
            .value=${v.source}
            @mg-combo-pick=${(e: ComboPickEvent) => this.onActorPick('source', e)}
          ></mg-combobox>
          <mg-combobox
            class="type"
            label="Relation"
            required
            .options=${this.typeOptions()}
            .value=${v.type}
            @mg-combo-pick=${(e: ComboPickEvent) => {
              e.stopPropagation();
              this.set({ type: e.detail.value });
            }}
          ></mg-combobox>
          <mg-combobox
            class="target"
            align-end
            label="Target"
            required
            create-label="Add actor"
            .options=${actors.options}
            .filter=${actors.filter}
            .value=${v.target}
            @mg-combo-pick=${(e: ComboPickEvent) => this.onActorPick('target', e)}
          ></mg-combobox>
        </div>
        ${
          this.creating
            ? renderNewActor(this.creating, this.actors(), {
                change: (patch) => (this.creating = { ...this.creating!, ...patch }),
                add: () => this.addActor(),
                cancel: () => (this.creating = null),
              })
            : nothing
        }
        ${renderAssertion({
          values: v,
          set: (patch, field) => this.set(patch, field),
          reason: (field) => this.reason(field),
        })}
        ${renderLint({
          check: this.check,
          reviewed: v.reviewed,
          complete: v.source !== null && v.target !== null && v.type !== null,
          reviewing: this.reviewing,
          setReviewing: (r) => (this.reviewing = r),
          review: (rule, why) => this.review(rule, why),
        })}
        ${
          this.problems.length > 0
            ? html`<div class="problems" role="alert" tabindex="-1">
                <ul>
                  ${this.problems.map((m) => html`<li>${m}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        <div class="row end actions">
          <button type="button" @click=${this.close}>Cancel</button>
          <button type="submit" class="primary">
            ${this.editing ? 'Save changes' : 'Add relation'}
          </button>
        </div>
      </form>
    </section>`;
  }

  private renderQuote(p: Paragraph, q: QuoteSpanDetail) {
    return html`<div class="quote-field">
      <span class="field-label" id="quote-label">Quote</span>
      <blockquote aria-labelledby="quote-label">
        <span class="context">${ellipsisBefore(p.text, q.start)}</span
        ><mark>${p.text.slice(q.start, q.end)}</mark
        ><span class="context">${ellipsisAfter(p.text, q.end)}</span>
      </blockquote>
      <div class="steps" role="group" aria-label="Adjust the quote by a word">
        ${STEPS.map(
          (s) =>
            html`<button
              type="button"
              class=${s.edge}
              aria-label=${s.label}
              title=${s.label}
              @click=${() => this.step(s.edge, s.by)}
            >
              ${s.text}
            </button>`,
        )}
        <span class="offsets">characters ${q.start}–${q.end}</span>
      </div>
    </div>`;
  }

  private reason(field: SuggestedField) {
    const because = reasonFor(this.suggestion, field, this.values);
    return because
      ? html`<span class="reason" id="why-${field}">${because}</span>`
      : html`<span class="reason" id="why-${field}"></span>`;
  }

  static override styles = [sharedStyles, relationFormStyles];
}

const CONTEXT = 60;

function ellipsisBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT);
  const cut = text.slice(from, start);
  return from > 0 ? `…${cut.replace(/^\S*\s/u, '')}` : cut;
}

function ellipsisAfter(text: string, end: number): string {
  const to = Math.min(text.length, end + CONTEXT);
  const cut = text.slice(end, to);
  return to < text.length ? `${cut.replace(/\s\S*$/u, '')}…` : cut;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-relation-form': MgRelationForm;
  }
}
