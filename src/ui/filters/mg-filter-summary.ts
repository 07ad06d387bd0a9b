import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DatasetIndex } from '../../model/dataset/query.ts';
import { describeHidden } from '../../model/explorer/filter-counts.ts';
import { describeFocus } from '../../model/explorer/focus.ts';
import { INITIAL_STATE, type ViewState } from '../../model/explorer/view-state.ts';
import { sharedStyles } from '../theme.ts';

/**
 * The sentence above the graph: what the filters let through and what they hide ("Showing 40
 * of 61 relations; hidden: negated, above CONFIDENTIAL."), then what a neighbourhood or path
 * narrows that to. A live region, so that a screen reader hears it after each change.
 */
@customElement('mg-filter-summary')
export class MgFilterSummary extends LitElement {
  @property({ attribute: false }) index: DatasetIndex | null = null;
  @property({ attribute: false }) view: ViewState = INITIAL_STATE;
  /** How many relations the graph and table show. */
  @property({ type: Number }) visible = 0;

  protected override render() {
    const index = this.index;
    if (!index) return nothing;
    const focus = this.view.focus;
    const n = this.visible;
    const narrowed = focus
      ? ` Narrowed to the ${n} ${n === 1 ? 'relation' : 'relations'} ${describeFocus(focus, index)}.`
      : '';
    return html`<p role="status">${describeHidden(index, this.view.filters)}${narrowed}</p>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-filter-summary': MgFilterSummary;
  }
}
