import { css } from 'lit';

/**
 * On paper: the document's title, then the selection's panel (for a relation, the evidence
 * and its citation) or, with nothing selected, the whole relations table. Controls, the graph
 * and the reader are left off: they are screen furniture, and the memo has its own print.
 */
export const printStyles = css`
  @media print {
    :host {
      display: block;
      height: auto;
      min-height: 0;
      background: #fff;
      color: #000;
    }
    .skip,
    header > :not(.brand, .doc),
    .notices,
    .loading,
    .legend,
    .graph-wrap,
    .overview-note,
    .narrowing button,
    .splitter,
    .reader,
    .close-sheet,
    .side:not([data-selected]),
    main:has(.side[data-selected]) .center {
      display: none !important;
    }
    header {
      padding: 0 0 0.5rem;
      border-bottom: 1px solid #000;
      background: none;
    }
    main {
      display: block;
      padding: 0;
      background: none;
    }
    main > *,
    .center,
    .side,
    .table,
    .panel,
    .side[data-selected] .panel {
      display: block;
      position: static;
      height: auto;
      max-height: none;
      overflow: visible;
      background: none;
      border: 0;
      box-shadow: none;
    }
  }
`;
