import { css } from 'lit';

/**
 * The explorer on narrow screens (tablets, phones): one column that the page scrolls, the
 * filters as a drawer laid over the graph's corner, and the selection's panel as a sheet over
 * the bottom of the screen, so that choosing a row shows its evidence at once wherever the user
 * is on the page. The page keeps room at its foot for the sheet, so nothing is hidden for good.
 */
export const sheetStyles = css`
  @media (max-width: 900px) {
    :host {
      height: auto;
      min-height: 100vh;
      min-height: 100dvh;
      --mg-sheet-height: 60dvh;
    }
    main {
      display: flex;
      flex-direction: column;
      position: relative;
    }
    .legend {
      position: absolute;
      z-index: 5;
      top: 0.5rem;
      left: 0.5rem;
      width: min(24rem, calc(100% - 1rem));
      max-height: calc(100dvh - 4rem);
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--mg-border);
      border-radius: var(--mg-radius);
      box-shadow: 0 4px 16px color-mix(in srgb, #000 30%, transparent);
    }
    /* The "Show filters" toggle folds every filter away, not only the relation types. */
    .legend:has(mg-legend[collapsed]) mg-filter-panel {
      display: none;
    }
    .graph-wrap {
      height: 60vh;
      height: 60dvh;
      flex: none;
    }
    .table {
      max-height: 70vh;
      flex: none;
    }
    .panel,
    .panel[data-sized] {
      flex: none;
      max-height: none;
    }
    .splitter {
      display: none;
    }
    .reader {
      flex: none;
      height: 80vh;
      max-height: 80dvh;
    }
    .side[data-selected] .panel {
      position: fixed;
      z-index: 6;
      left: 0;
      right: 0;
      bottom: 0;
      max-height: var(--mg-sheet-height);
      border-top: 2px solid var(--mg-accent);
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -4px 20px color-mix(in srgb, #000 35%, transparent);
    }
    main:has(.side[data-selected]) {
      padding-bottom: var(--mg-sheet-height);
    }
    .close-sheet {
      display: block;
      position: sticky;
      top: 0.5rem;
      z-index: 1;
      float: right;
      min-width: 44px;
      min-height: 44px;
      margin: 0.5rem 0.75rem 0 0.5rem;
    }
  }
  /* A phone's sheet takes more of the screen: the evidence is what the user asked for. */
  @media (max-width: 600px) {
    :host {
      --mg-sheet-height: 72dvh;
    }
  }
`;
