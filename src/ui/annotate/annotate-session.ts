import { html, nothing } from 'lit';
import type { BundleSource } from '../../model/annotation/bundle-source.ts';
import { zipBundle, readBundleZip } from '../../model/bundle-zip/bundle-zip.ts';
import type { Relation } from '../../model/contract/types.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { addActor } from '../../model/edit/actor-edits.ts';
import {
  bundleFiles,
  stateFromBundle,
  type AnnotationState,
} from '../../model/edit/annotation-state.ts';
import { compileView, updateView, type CompiledView } from '../../model/edit/compiled-view.ts';
import {
  applyEdit,
  redo,
  redoLabel,
  startHistory,
  undo,
  undoLabel,
  type Edit,
  type History,
} from '../../model/edit/history.ts';
import { lintRelation } from '../../model/edit/live-lint.ts';
import { deleteRelation } from '../../model/edit/relation-edits.ts';
import { describeDiagnostics } from './problems.ts';
import type { LintFinding } from '../../model/lint/lint.ts';
import type {
  ActorAddEvent,
  AnnotateCommandEvent,
  AnnotateEditEvent,
  AnnotateRelationEvent,
  AnnotateSelectDetail,
  QuoteSpanEvent,
  RelationSubmitEvent,
} from '../events.ts';
import type { PendingQuote } from '../reader/annotate-selection.ts';
import type { AnnotateHost } from './annotate-controller.ts';
import { DraftAutosave, type DraftConflict } from './draft-store.ts';
import { relationEdit } from './relation-edit.ts';
import { placeActors } from './placement.ts';
import { canSaveToGraphData, saveToGraphData } from './save-to-graph-data.ts';
import type { SaveStatus } from './mg-annotate-toolbar.ts';
import type { MgRelationForm } from './mg-relation-form.ts';
import './mg-annotate-toolbar.ts';
import './mg-actors-dialog.ts';
import './mg-relation-form.ts';

export interface SessionDeps {
  /** The bundle of a document opened in this page, by id, or null. */
  bundle(documentId: string): BundleSource | null;
  readonly explorer: AnnotateHost;
  /** Something the controller renders changed. */
  changed(): void;
  /** Resolves once what changed is rendered. */
  rendered(): Promise<unknown>;
  /** Where the controller renders. */
  readonly root: () => ParentNode | null;
}

/** The form's state: a selection to make a relation from, a refusal, or a relation to edit. */
interface FormState {
  readonly span: PendingQuote | null;
  readonly refusal: string | null;
  readonly editing: Relation | null;
  readonly anchor: AnnotateSelectDetail['rect'] | null;
}

/**
 * Annotating one document: its bundle as an undoable history of edits, compiled as it changes
 * and shown in the explorer at once, saved in the browser after every change. Loaded only when
 * Annotate is first turned on, or when a document with saved work is shown.
 */
export class AnnotateSession {
  private history: History | null = null;
  private view: CompiledView | null = null;
  /** The bundle as it was opened, before any edit: what "Discard changes" returns to. */
  private pristine: AnnotationState | null = null;
  private autosave: DraftAutosave | null = null;
  private status: SaveStatus = { kind: 'idle', text: '' };
  /** Why this document cannot be annotated, or null when it can. */
  private unavailable: string | null = null;
  private form: FormState | null = null;
  private actorsOpen = false;
  /** What the live region says: the last change. */
  private said = '';
  /** A refusal to show in the toolbar, in words. */
  private alert = '';
  private conflict: DraftConflict | null = null;

  private constructor(
    private readonly base: DatasetIndex,
    private readonly documentId: string,
    private readonly deps: SessionDeps,
  ) {}

  /** Opens the document on show for annotating, with its saved work if there is any. */
  static async open(base: DatasetIndex, deps: SessionDeps): Promise<AnnotateSession> {
    const docs = base.dataset.documents;
    const session = new AnnotateSession(base, docs[0]?.id ?? '', deps);
    if (docs.length !== 1) {
      session.unavailable =
        docs.length === 0
          ? 'This dataset has no document to annotate.'
          : `This dataset holds ${docs.length} documents; annotating works on one document at a time. Open the memo itself (.txt) or import its bundle (.zip).`;
      return session;
    }
    await session.load();
    return session;
  }

  private async bundle(): Promise<BundleSource | null> {
    const own = this.deps.bundle(this.documentId);
    if (own) return own;
    const { EMBEDDED_DOCUMENT, embeddedBundle } = await import('./embedded-bundle.ts');
    return this.documentId === EMBEDDED_DOCUMENT ? embeddedBundle : null;
  }

  private async load(): Promise<void> {
    const source = await this.bundle();
    if (source) {
      const opened = stateFromBundle(source);
      if ('state' in opened) this.pristine = opened.state;
      else
        this.unavailable = describeDiagnostics(
          'The bundle cannot be annotated',
          opened.diagnostics,
        ).summary;
    }
    let saved: AnnotationState | null = null;
    try {
      const { autosave, draft } = await DraftAutosave.open(this.documentId, {
        onConflict: (c) => {
          this.conflict = c;
          this.status = { kind: 'conflict', text: 'Another tab changed this document' };
          this.deps.changed();
        },
        onOtherTab: () => {
          if (this.conflict) return;
          this.status = { kind: 'conflict', text: 'Another tab changed this document' };
          this.deps.changed();
        },
        onError: () => {
          this.status = { kind: 'error', text: 'Not saved: this browser refused to store it' };
          this.deps.changed();
        },
      });
      this.autosave = autosave;
      saved = draft?.state ?? null;
      if (draft) this.status = { kind: 'saved', text: 'Saved in this browser' };
    } catch {
      this.status = { kind: 'error', text: 'Not saved: this browser offers no storage' };
    }
    const state = saved ?? this.pristine;
    if (!state) {
      this.unavailable ??=
        'This dataset was opened compiled, without the memo’s text: to annotate it, open the memo (.txt) or import its bundle (.zip).';
      return;
    }
    const compiled = compileView(state);
    if (!('view' in compiled)) {
      this.unavailable = describeDiagnostics(
        'The saved work cannot be compiled',
        compiled.diagnostics,
      ).summary;
      return;
    }
    this.unavailable = null;
    this.view = compiled.view;
    this.history = startHistory(state, this.autosave?.savedRevision ?? 0);
    if (saved) this.show();
  }

  /** Whether the document can be annotated (it has a bundle). */
  get ready(): boolean {
    return this.view !== null;
  }

  /** The words the form is open for, painted in the reader. */
  get pending(): PendingQuote | null {
    return this.form?.span ?? null;
  }

  findingsFor(relationId: string): readonly LintFinding[] {
    return this.view ? lintRelation(this.view, relationId) : [];
  }

  close(): void {
    this.autosave?.close();
  }

  /** Annotate was turned off: the form closes; the work stays shown and saved. */
  stopAnnotating(): void {
    this.form = null;
    this.actorsOpen = false;
  }

  // --- changing ---------------------------------------------------------------------------

  private show(): void {
    if (!this.view) return;
    this.deps.explorer.showEdited(placeActors(this.base, this.view.index));
  }

  private commit(history: History, said: string): void {
    this.history = history;
    this.view = updateView(this.view!, history.present);
    this.said = said;
    this.alert = '';
    this.show();
    void this.save(history.present);
    this.deps.changed();
  }

  private async save(state: AnnotationState): Promise<void> {
    const autosave = this.autosave;
    if (!autosave || this.conflict) return;
    this.status = { kind: 'saving', text: 'Saving…' };
    await autosave.save(state);
    if (autosave.conflicted || this.status.kind === 'error') return;
    this.status = { kind: 'saved', text: 'Saved in this browser' };
    this.deps.changed();
  }

  /** Applies an edit; a refused one is said in the toolbar and changes nothing. */
  apply(edit: Edit, said = `Done: ${edit.label}.`): boolean {
    if (!this.history) return false;
    const outcome = applyEdit(this.history, edit);
    if (!outcome.ok) {
      this.alert = outcome.refusal;
      this.deps.changed();
      return false;
    }
    this.commit(outcome.history, said);
    return true;
  }

  undo(): void {
    const h = this.history;
    const label = h && undoLabel(h);
    if (!h || !label) return;
    this.commit(undo(h), `Undone: ${label}.`);
  }

  redo(): void {
    const h = this.history;
    const label = h && redoLabel(h);
    if (!h || !label) return;
    this.commit(redo(h), `Redone: ${label}.`);
  }

  // --- the form ---------------------------------------------------------------------------

  /** Words selected in the reader: the form opens beside them, or says why it cannot. */
  select(detail: AnnotateSelectDetail): void {
    if (!this.view) return;
    this.form =
      detail.refusal !== undefined
        ? { span: null, refusal: detail.refusal, editing: null, anchor: detail.rect ?? null }
        : {
            span: {
              document: detail.document!,
              paragraph: detail.paragraph!,
              start: detail.start,
              end: detail.end,
            },
            refusal: null,
            editing: null,
            anchor: detail.rect ?? null,
          };
    this.deps.changed();
    void this.focusForm();
  }

  /** Opens the form on an existing relation (from the evidence panel). */
  editRelation(id: string): void {
    const r = this.view?.index.relationById.get(id);
    if (!r) return;
    this.form = {
      span: { document: r.document, paragraph: r.paragraph, start: r.start, end: r.end },
      refusal: null,
      editing: r,
      anchor: null,
    };
    this.deps.changed();
    void this.focusForm();
  }

  private async focusForm(): Promise<void> {
    await this.deps.rendered();
    await this.deps.root()?.querySelector<MgRelationForm>('mg-relation-form')?.focusFirst();
  }

  private closeForm(returnFocus: boolean): void {
    const span = this.form?.span;
    this.form = null;
    this.deps.changed();
    if (returnFocus && span) this.deps.explorer.focusParagraph(span.document, span.paragraph);
  }

  private onSubmit(e: RelationSubmitEvent): void {
    e.stopPropagation();
    const state = this.history?.present;
    if (!state) return;
    const { edit, id } = relationEdit(state, e.detail);
    const names = (x: string) => this.view?.index.actorById.get(x)?.name ?? x;
    const d = e.detail.draft;
    const type = this.view?.index.typeById.get(d.type)?.label ?? d.type;
    const what = `${names(d.source)} ${type} ${names(d.target)}`;
    const said = e.detail.replaces
      ? `Relation ${id} changed: ${what}.`
      : `Relation added: ${what}.`;
    if (this.apply(edit, said)) this.closeForm(true);
  }

  private onActorAdd(e: ActorAddEvent): void {
    e.stopPropagation();
    this.apply(addActor(e.detail.draft, e.detail.id), `Actor added: ${e.detail.draft.name}.`);
  }

  /** Edit or Delete pressed in the evidence panel. */
  relationAction(e: AnnotateRelationEvent): void {
    const { action, relation } = e.detail;
    if (action === 'edit') {
      this.editRelation(relation);
      return;
    }
    const r = this.view?.index.relationById.get(relation);
    const label = r ? `“${r.quote}”` : relation;
    this.deleteRelation(relation, label);
  }

  private deleteRelation(id: string, label: string): void {
    this.apply(deleteRelation(id), `Relation ${label} deleted. Undo with Ctrl+Z.`);
  }

  // --- the toolbar ------------------------------------------------------------------------

  private async onCommand(e: AnnotateCommandEvent): Promise<void> {
    e.stopPropagation();
    switch (e.detail.command) {
      case 'undo':
        return this.undo();
      case 'redo':
        return this.redo();
      case 'actors':
        this.actorsOpen = true;
        return this.deps.changed();
      case 'export':
        return this.exportZip();
      case 'import':
        if (e.detail.file) await this.importZip(e.detail.file);
        return;
      case 'discard':
        return this.discard();
      case 'keep-mine':
        await this.autosave?.keepMine();
        this.conflict = null;
        this.status = { kind: 'saved', text: 'Saved in this browser' };
        return this.deps.changed();
      case 'take-theirs':
        return this.takeTheirs();
      case 'save':
        return this.saveToGraphData();
    }
  }

  private exportZip(): void {
    const state = this.history?.present;
    if (!state) return;
    const bytes = zipBundle(state.name, bundleFiles(state));
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${state.name}.zip`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.said = `Exported ${state.name}.zip.`;
    this.deps.changed();
  }

  private async importZip(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = readBundleZip(bytes, file.name);
    const refuse = (diagnostics: Parameters<typeof describeDiagnostics>[1]) =>
      this.deps.explorer.showProblem(
        describeDiagnostics(`${file.name} cannot be opened as a bundle`, diagnostics),
      );
    if ('diagnostics' in read) return refuse(read.diagnostics);
    const opened = stateFromBundle(read.bundle);
    if ('diagnostics' in opened) return refuse(opened.diagnostics);
    const compiled = compileView(opened.state);
    if (!('view' in compiled)) return refuse(compiled.diagnostics);
    const id = compiled.view.dataset.documents[0]?.id ?? '';
    // The imported bundle is the work to go on with: it replaces what was saved for it here.
    try {
      const { writeDraft, readDraft } = await import('./draft-store.ts');
      const old = await readDraft(id);
      await writeDraft(id, opened.state, old?.revision ?? 0, true);
    } catch {
      // Without storage the import is still shown; it is simply not kept.
    }
    await this.deps.explorer.openFile(file);
  }

  private async discard(): Promise<void> {
    await this.autosave?.discard();
    this.conflict = null;
    this.status = { kind: 'idle', text: 'No changes' };
    this.form = null;
    if (this.pristine && this.view) {
      this.history = startHistory(this.pristine);
      this.view = updateView(this.view, this.pristine);
      this.show();
    } else {
      this.deps.explorer.showEdited(this.base);
    }
    this.said = 'Changes discarded.';
    this.deps.changed();
  }

  private async takeTheirs(): Promise<void> {
    const draft = await this.autosave?.reload();
    this.conflict = null;
    if (draft && this.view) {
      this.history = startHistory(draft.state, draft.revision);
      this.view = updateView(this.view, draft.state);
      this.show();
    }
    this.status = { kind: 'saved', text: 'Saved in this browser' };
    this.said = 'Showing the other tab’s changes.';
    this.deps.changed();
  }

  private async saveToGraphData(): Promise<void> {
    const state = this.history?.present;
    if (!state) return;
    this.said = `Saving to graph-data/${state.name}…`;
    this.deps.changed();
    const outcome = await saveToGraphData(state);
    if (!outcome.saved) {
      this.said = '';
      this.deps.explorer.showProblem({
        summary: outcome.message,
        details: outcome.problems.slice(0, 50),
        omitted: Math.max(0, outcome.problems.length - 50),
      });
      this.deps.changed();
      return;
    }
    // graph-data now holds the work: the page shows it from there once reloaded.
    await this.autosave?.discard();
    this.said = `Saved to ${outcome.folder}. Reloading…`;
    this.deps.changed();
    location.reload();
  }

  // --- rendering --------------------------------------------------------------------------

  render() {
    const h = this.history;
    const form = this.form;
    return html`<mg-annotate-toolbar
        .undoLabel=${h ? (undoLabel(h) ?? null) : null}
        .redoLabel=${h ? (redoLabel(h) ?? null) : null}
        .status=${this.status}
        .unavailable=${this.unavailable}
        .alert=${this.alert}
        .conflict=${this.conflict !== null || this.status.kind === 'conflict'}
        .canSave=${canSaveToGraphData && this.view !== null}
        .relations=${this.view?.state.relations.length ?? 0}
        .problems=${this.view?.problems.size ?? 0}
        @mg-annotate-command=${(e: AnnotateCommandEvent) => void this.onCommand(e)}
      ></mg-annotate-toolbar>
      ${
        form && this.view
          ? html`<mg-relation-form
              .view=${this.view}
              .span=${form.span}
              .editing=${form.editing}
              .refusal=${form.refusal}
              .anchor=${form.anchor}
              @mg-relation-submit=${(e: RelationSubmitEvent) => this.onSubmit(e)}
              @mg-actor-add=${(e: ActorAddEvent) => this.onActorAdd(e)}
              @mg-quote-span=${(e: QuoteSpanEvent) => {
                e.stopPropagation();
                if (this.form) this.form = { ...this.form, span: e.detail };
                this.deps.changed();
              }}
              @mg-form-close=${(e: Event) => {
                e.stopPropagation();
                this.closeForm(true);
              }}
            ></mg-relation-form>`
          : nothing
      }
      ${
        this.view
          ? html`<mg-actors-dialog
              .open=${this.actorsOpen}
              .view=${this.view}
              @mg-annotate-edit=${(e: AnnotateEditEvent) => {
                e.stopPropagation();
                this.apply(e.detail.edit);
              }}
              @close=${() => {
                this.actorsOpen = false;
                this.deps.changed();
              }}
            ></mg-actors-dialog>`
          : nothing
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.said}</p>`;
  }
}
