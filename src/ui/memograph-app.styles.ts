import { css } from 'lit';
import { scrollShadows } from './scroll-shadow.styles.ts';
import { sharedStyles, themeTokens } from './theme.ts';
import { printStyles } from './app/print.styles.ts';
import { sheetStyles } from './app/sheet.styles.ts';

/** The root's layout: the header, the three columns, and how they fold on narrow screens. */
export const appStyles = [
  themeTokens,
  sharedStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      height: 100dvh;
      background: var(--mg-bg);
      color: var(--mg-text);
      font-family: var(--mg-font);
      font-size: 15px;
    }
    .skip {
      position: absolute;
      left: -9999px;
      top: 0;
      z-index: 10;
      background: var(--mg-surface);
      color: var(--mg-accent);
      padding: 0.5rem 0.75rem;
    }
    .skip:focus {
      left: 0.5rem;
    }
    header {
      display: flex;
      align-items: center;
      gap: 1rem;
      padding: 0.5rem 1rem;
      background: var(--mg-surface);
      border-bottom: 1px solid var(--mg-border-soft);
      flex-wrap: wrap;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: 700;
      color: var(--mg-accent);
    }
    .logo {
      font-size: 1.3rem;
    }
    /* Narrow enough that the header's buttons, Documents included, fit one line at 1440px. */
    .doc {
      flex: 1 1 13rem;
      min-width: 0;
    }
    h1 {
      font-size: 1.05rem;
      margin: 0;
      line-height: 1.3;
    }
    .title-marking {
      font-weight: 400;
      color: var(--mg-muted);
    }
    .meta {
      margin: 0;
      font-size: 0.85rem;
      color: var(--mg-muted);
    }
    /* The search box is defined a moment after the header first shows; its width is fixed so that
       nothing in the header moves when it is. */
    mg-search {
      display: block;
      flex: 0 1 21em;
      min-width: 12em;
      min-height: 2em;
    }
    .layout {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-size: 0.9rem;
    }
    select {
      font: inherit;
      color: var(--mg-text);
      background: var(--mg-surface);
      border: 1px solid var(--mg-border);
      border-radius: var(--mg-radius);
      padding: 0.25rem 0.4rem;
    }
    .drop-overlay {
      position: fixed;
      inset: 0;
      z-index: 20;
      display: flex;
      align-items: center;
      justify-content: center;
      background: color-mix(in srgb, var(--mg-bg) 80%, transparent);
      border: 4px dashed var(--mg-accent);
      pointer-events: none;
    }
    .drop-overlay p {
      padding: 1rem 1.5rem;
      border-radius: var(--mg-radius);
      background: var(--mg-surface);
      color: var(--mg-text);
      font-size: 1.2rem;
      font-weight: 600;
    }
    main {
      flex: 1;
      min-height: 0;
      display: grid;
      grid-template-columns: 16rem minmax(0, 1fr) clamp(21rem, 30vw, 32rem);
      gap: 1px;
      background: var(--mg-border-soft);
    }
    /* Each pane is the containing block of what is positioned inside it: screen-reader-only
       text (position: absolute) would otherwise be placed against the page and make it scroll. */
    main > *,
    .panel,
    .reader,
    .table,
    .graph-wrap {
      position: relative;
    }
    main > * {
      background: var(--mg-bg);
      min-height: 0;
    }
    /* Off the window's edge: a checkbox against the bezel is hard to hit and to read. */
    .legend {
      overflow: auto;
      background: var(--mg-surface);
      padding: 0.5rem 0.25rem 0.75rem 0.5rem;
      --mg-shadow-cover: var(--mg-surface);
    }
    .center,
    .side {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .graph-wrap {
      flex: 3 1 0;
      min-height: 16rem;
      position: relative;
      display: flex;
    }
    mg-graph {
      flex: 1;
      min-width: 0;
    }
    /* One finger scrolls the page over the graph, two move it (see TouchPanController). */
    .graph-wrap {
      touch-action: none;
    }
    .touch-hint {
      display: none;
    }
    @media (pointer: coarse) {
      .touch-hint {
        display: block;
        position: absolute;
        z-index: 1;
        left: 0.5rem;
        bottom: 0.5rem;
        margin: 0;
        padding: 0.15rem 0.5rem;
        border-radius: var(--mg-radius);
        background: color-mix(in srgb, var(--mg-surface) 85%, transparent);
        color: var(--mg-muted);
        font-size: 0.8rem;
        pointer-events: none;
      }
    }
    mg-relations-table {
      flex: 1;
      min-height: 0;
    }
    .table {
      flex: 2 1 0;
      min-height: 12rem;
      display: flex;
      flex-direction: column;
      overflow: hidden;
      border-top: 1px solid var(--mg-border-soft);
      background: var(--mg-surface);
    }
    /* The panel takes what its content needs, up to the column less a strip of the reader;
       the separator below it hands the rest to the reader, or more of it to the panel. */
    .side {
      --mg-reader-min: 7rem;
    }
    .panel {
      flex: 0 1 auto;
      max-height: calc(100% - var(--mg-reader-min));
      overflow: auto;
      overscroll-behavior: contain;
      --mg-shadow-cover: var(--mg-surface);
    }
    .panel[data-sized] {
      flex: 0 0 var(--mg-panel-share);
      max-height: none;
    }
    .reader {
      flex: 1 1 0;
      min-height: 3rem;
      overflow: auto;
    }
    .splitter {
      flex: none;
      position: relative;
      height: 7px;
      cursor: row-resize;
      touch-action: none;
      background: var(--mg-border-soft);
      border-block: 1px solid var(--mg-border-soft);
    }
    /* A taller hit area than the bar it draws. */
    .splitter::before {
      content: '';
      position: absolute;
      inset: -6px 0;
    }
    .splitter::after {
      content: '';
      position: absolute;
      left: 50%;
      top: 2px;
      width: 2.5rem;
      height: 3px;
      margin-left: -1.25rem;
      border-radius: 2px;
      background: var(--mg-border);
    }
    .splitter:hover,
    .splitter:focus-visible {
      background: var(--mg-accent);
    }
    .close-sheet {
      display: none;
    }
    mg-filter-panel {
      display: block;
      padding-bottom: 0.75rem;
      margin-bottom: 0.5rem;
      border-bottom: 1px solid var(--mg-border-soft);
    }
    mg-timeline {
      flex: none;
      border-top: 1px solid var(--mg-border-soft);
    }
    mg-filter-summary {
      min-height: 1.9em;
      margin: 0;
      padding: 0.3rem 0.75rem;
      font-size: 0.9rem;
      background: var(--mg-surface);
      border-bottom: 1px solid var(--mg-border-soft);
    }
    .overview-note {
      margin: 0;
      padding: 0.4rem 0.75rem;
      background: var(--mg-surface-2);
      border-bottom: 1px solid var(--mg-border-soft);
      font-size: 0.9rem;
    }
    .narrowing {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      padding: 0.4rem 0.75rem;
      background: var(--mg-surface-2);
      border-bottom: 1px solid var(--mg-border-soft);
    }
    .notices {
      display: flex;
      align-items: flex-start;
      gap: 1rem;
      padding: 0.5rem 1rem;
      background: var(--mg-surface-2);
      border-bottom: 1px solid var(--mg-border-soft);
    }
    .notices ul {
      margin: 0;
      padding-left: 1.2rem;
      flex: 1;
    }
    .loading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.75rem 1rem;
      background: var(--mg-surface-2);
      border-bottom: 1px solid var(--mg-border-soft);
    }
    .loading p {
      margin: 0;
      font-weight: 600;
    }
    .loading progress {
      width: min(20rem, 40vw);
    }
    .loading .progress {
      font-variant-numeric: tabular-nums;
      color: var(--mg-muted);
    }

    ${scrollShadows('.panel, .legend')}

    /* One line of header on a desktop: the title and the search box give way before anything
       wraps onto a second line and takes the height the evidence needs. */
    @media (min-width: 1101px) {
      header {
        flex-wrap: nowrap;
      }
      header > * {
        flex-shrink: 0;
      }
      header > .doc,
      header > mg-search {
        flex-shrink: 1;
      }
      /* The issuer and date on one line, cut short with the whole in its tooltip, so that the
         header keeps to two lines of text however narrow the title's share. */
      .meta {
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      select {
        max-width: 10rem;
      }
    }
    /* Below 1400px the help button is its key, "?", and keeps its name for screen readers. */
    @media (min-width: 1101px) and (max-width: 1399px) {
      header {
        gap: 0.75rem;
      }
      .help-button {
        position: relative;
        min-width: 2.2em;
      }
      .help-button .words {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .help-button::before {
        content: '?';
        font-weight: 700;
      }
    }

    @media (max-width: 1100px) {
      main {
        grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem);
      }
      .legend {
        grid-column: 1 / -1;
        max-height: 12rem;
      }
    }
  `,
  sheetStyles,
  printStyles,
];
