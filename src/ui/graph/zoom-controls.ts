import { html, type TemplateResult } from 'lit';

export interface ZoomControlActions {
  readonly zoomIn: () => unknown;
  readonly zoomOut: () => unknown;
  readonly fit: () => void;
  /** Heard before the buttons' own handlers, so the move they make is known to be the reader's. */
  readonly touched: { handleEvent: () => void; capture: boolean };
}

/** The graph's zoom buttons, each named for screen readers and titled with its key. */
export function zoomControls(actions: ZoomControlActions): TemplateResult {
  return html`<div class="controls" part="controls" @click=${actions.touched}>
    <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${actions.zoomIn}>
      +
    </button>
    <button type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${actions.zoomOut}>
      −
    </button>
    <button
      type="button"
      aria-label="Fit graph to view"
      title="Fit graph to view (0)"
      @click=${actions.fit}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path
          d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
          fill="none"
          stroke="currentColor"
          stroke-width="1.75"
        />
      </svg>
    </button>
  </div>`;
}
