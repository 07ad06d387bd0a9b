import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { BundleSource } from '../../model/annotation/bundle-source.ts';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import type { LintFinding } from '../../model/lint/lint.ts';
import type { LoadProblem } from '../load-dataset.ts';
import type { AnnotateRelationEvent, AnnotateSelectEvent } from '../events.ts';
import type { PendingQuote } from '../reader/annotate-selection.ts';
import type { AnnotateSession } from './annotate-session.ts';

/** What annotating needs from the explorer that hosts it. */
export interface AnnotateHost {
  /** Shows the edited dataset in the graph, the table and the reader, keeping the view. */
  showEdited(index: DatasetIndex): void;
  /** Opens a bundle .zip as "Open document…" does: shown, and kept under Documents. */
  openFile(file: File): Promise<void>;
  /** Says why something could not be done (an import refused), keeping what is open. */
  showProblem(problem: LoadProblem): void;
  /** Moves focus to a paragraph of the reader. */
  focusParagraph(document: string, paragraph: string): void;
}

/** Whether a key press goes to a field the user is typing in, where Ctrl+Z is the field's. */
function isTyping(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The "Annotate" toggle in the header, and everything it turns on, loaded only when first used
 * (annotate-session.ts and the elements it brings): selecting words in the reader opens the
 * "New relation" form, the toolbar offers undo, redo, actors, export, import and saving, and the
 * evidence panel offers to edit or delete a relation. Work is saved in the browser as it is
 * made; a document with saved work shows it when opened again, Annotate on or off.
 */
export class AnnotateController implements ReactiveController {
  /** Whether Annotate is on. */
  on = false;
  private session: AnnotateSession | null = null;
  private starting: Promise<AnnotateSession | null> | null = null;
  /** The document on show, as loaded or opened. */
  private shown: DatasetIndex | null = null;
  /** Bundles of documents opened or imported in this page, by document id. */
  private readonly bundles = new Map<string, BundleSource>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly explorer: AnnotateHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('mg-annotate-select', this.onSelect);
    this.host.addEventListener('mg-annotate-relation', this.onRelation);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('mg-annotate-select', this.onSelect);
    this.host.removeEventListener('mg-annotate-relation', this.onRelation);
    this.session?.close();
  }

  private readonly onSelect = (e: AnnotateSelectEvent): void => {
    e.stopPropagation();
    if (this.active) this.session?.select(e.detail);
  };

  private readonly onRelation = (e: AnnotateRelationEvent): void => {
    e.stopPropagation();
    if (this.active) this.session?.relationAction(e);
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const session = this.session;
    if (!this.on || !session || e.defaultPrevented || isTyping(e)) return;
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      session.undo();
    } else if ((key === 'z' && e.shiftKey) || key === 'y') {
      e.preventDefault();
      session.redo();
    }
  };

  /** The bundle behind a document opened from a memo, so that it can be annotated. */
  rememberBundle(documentId: string, bundle: BundleSource): void {
    this.bundles.set(documentId, bundle);
  }

  /**
   * A dataset was loaded or opened (not one of ours): annotating moves to it, and saved work
   * for it is shown.
   */
  documentShown(index: DatasetIndex): void {
    if (index === this.shown) return;
    this.shown = index;
    this.session?.close();
    this.session = null;
    this.starting = null;
    if (this.on) void this.start();
    else void this.restoreSaved();
  }

  /** Shows the saved work of the document on show, if there is any, without turning Annotate on. */
  private async restoreSaved(): Promise<void> {
    const index = this.shown;
    const id = index?.dataset.documents[0]?.id;
    if (!index || !id || index.dataset.documents.length !== 1) return;
    const { hasDraft } = await import('./draft-probe.ts');
    if ((await hasDraft(id)) && index === this.shown && !this.on) await this.start();
  }

  private start(): Promise<AnnotateSession | null> {
    const index = this.shown;
    this.starting ??= import('./annotate-session.ts').then(async ({ AnnotateSession }) => {
      if (!index || index !== this.shown) return null;
      const session = await AnnotateSession.open(index, {
        bundle: (id) => this.bundles.get(id) ?? null,
        explorer: this.explorer,
        changed: () => this.host.requestUpdate(),
        rendered: () => this.host.updateComplete,
        root: () => this.host.shadowRoot,
      });
      if (index !== this.shown) {
        session.close();
        return null;
      }
      this.session = session;
      this.host.requestUpdate();
      return session;
    });
    return this.starting;
  }

  private async toggle(): Promise<void> {
    this.on = !this.on;
    this.host.requestUpdate();
    if (this.on) await this.start();
    else this.session?.stopAnnotating();
  }

  /** The words waiting for a relation, painted in the reader. */
  get pending(): PendingQuote | null {
    return this.on ? (this.session?.pending ?? null) : null;
  }

  /** Whether the reader and the evidence panel offer annotating. */
  get active(): boolean {
    return this.on && (this.session?.ready ?? false);
  }

  /** The linter's findings about a relation, for the evidence panel. */
  findingsFor(relationId: string): readonly LintFinding[] {
    return this.active ? (this.session?.findingsFor(relationId) ?? []) : [];
  }

  /** The header's toggle. */
  renderButton(enabled: boolean) {
    return html`<button
      class="annotate-button"
      aria-pressed=${this.on ? 'true' : 'false'}
      ?disabled=${!enabled}
      @click=${() => void this.toggle()}
    >
      Annotate
    </button>`;
  }

  /** The toolbar, the form and the dialogs, while Annotate is on. */
  renderTools() {
    if (!this.on) return nothing;
    if (!this.session) {
      return html`<div class="annotate-bar" role="status">Loading the annotation tools…</div>`;
    }
    return this.session.render();
  }
}
