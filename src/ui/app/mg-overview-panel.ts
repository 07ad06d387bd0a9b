import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { describeCounts } from '../../model/words/describe.ts';
import { panelStyles } from './panel.styles.ts';

/** The dataset's address as the user would recognise it: the path when it is on this site. */
function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === location.origin ? u.pathname : u.href;
  } catch {
    return url;
  }
}

/**
 * What the side panel shows while nothing is selected: the evidence in numbers, and how to
 * select a relation.
 */
@customElement('mg-overview-panel')
export class MgOverviewPanel extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;
  /** The address the dataset was loaded from. */
  @property({ attribute: false }) datasetUrl = '';

  static override styles = panelStyles;

  protected override render() {
    if (!this.index) return nothing;
    const c = describeCounts(this.index);
    return html`
      <section class="overview" aria-labelledby="ov-title">
        <h2 id="ov-title">Evidence</h2>
        <p>
          ${c.actors} actors and ${c.relations} relations from ${c.documents}
          document${c.documents === 1 ? '' : 's'}: ${c.negated} negated,
          ${c.indeterminate > 0 ? `${c.indeterminate} indeterminate, ` : ''}${c.hedged} hedged,
          ${c.reported} reported by a named source.
        </p>
        <p>Select a relation to read the paragraph and the exact words behind it:</p>
        <ul>
          <li>click an edge in the graph,</li>
          <li>choose a row in the relations table (Tab to it, arrows, Enter),</li>
          <li>or search for an actor with <kbd>/</kbd>.</li>
        </ul>
        <p class="muted">Dataset: <code>${shortUrl(this.datasetUrl)}</code></p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-overview-panel': MgOverviewPanel;
  }
}
