import { css } from 'lit';
import { sharedStyles } from './theme.ts';

export const relationsTableStyles = [
  sharedStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 8rem;
      font-size: 0.8125rem;
    }
    /* The containing block of the screen-reader-only text in the rows (see mg-reader.styles). */
    .scroller {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      max-height: 100vh;
      overflow: auto;
      overscroll-behavior: contain;
      background: var(--mg-surface);
    }
    table {
      width: 100%;
      /* Narrower than this, names would break mid-word: the table scrolls sideways instead. */
      min-width: 36rem;
      table-layout: fixed;
      border-collapse: separate;
      border-spacing: 0;
    }
    caption {
      text-align: left;
      padding: 0.4rem 0.75rem;
      caption-side: top;
    }
    .count {
      font-weight: 600;
      margin-right: 0.75rem;
    }
    .hint {
      color: var(--mg-muted);
      font-size: 0.8rem;
    }
    .c-relation {
      width: 22%;
    }
    .c-paragraph {
      width: 2.5rem;
    }
    .c-marking {
      width: 5.4rem;
    }
    .c-likelihood {
      width: 7.6rem;
    }
    .c-basis {
      width: 5rem;
    }
    .c-date {
      width: 4.2rem;
    }
    .toolbar {
      flex: none;
      padding: 0.3rem 0.75rem 0;
      background: var(--mg-surface);
    }
    .actor-filter {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      margin-right: 0.75rem;
    }
    .actor-filter select {
      font: inherit;
      max-width: 14rem;
    }
    th {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--mg-surface-2);
      border-bottom: 1px solid var(--mg-border);
      text-align: left;
      padding: 0;
      font-weight: 600;
    }
    .sorts {
      display: flex;
      flex-wrap: wrap;
    }
    th button {
      flex: 1 1 auto;
      min-width: 0;
      display: flex;
      align-items: center;
      gap: 0.2rem;
      border: 0;
      border-radius: 0;
      background: transparent;
      font-weight: 600;
      padding: 0.35rem 0.3rem;
      font-size: 0.8125rem;
      text-align: left;
    }
    .h-relation button {
      flex: 0 1 auto;
    }
    th .label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    th button:hover {
      background: var(--mg-border-soft);
    }
    th button:focus-visible {
      outline-offset: -3px;
    }
    .arrow {
      /* Room for the arrow is kept whether the column is sorted or not: no label moves over it. */
      flex: none;
      width: 0.7rem;
      font-size: 0.7rem;
      color: var(--mg-muted);
    }
    td {
      /* Every row is three lines high, so the window of rendered rows can be computed. */
      height: 4rem;
      padding: 0 0.3rem;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      border-bottom: 1px solid var(--mg-border-soft);
    }
    td > .cell {
      /* Names and labels wrap onto a second line rather than being cut mid-word. */
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
      white-space: normal;
      overflow: hidden;
      line-height: 1.25;
      overflow-wrap: break-word;
    }
    td > .line {
      /* Source, type and target, one line each; the cell's title has the whole. */
      overflow: hidden;
      text-overflow: ellipsis;
      line-height: 1.25;
    }
    td > .line.source,
    td > .line.target {
      font-weight: 600;
    }
    td.likelihood {
      position: relative;
    }
    td.likelihood > .whole {
      /* Never cut: the tag and the word wrap within the column. */
      white-space: normal;
      line-height: 1.25;
      overflow-wrap: break-word;
    }
    td.likelihood .tag,
    td.likelihood .term {
      display: inline-block;
      max-width: 100%;
    }
    tr.row {
      cursor: pointer;
    }
    tr.row:hover td {
      background: var(--mg-surface-2);
    }
    tr.row:focus {
      outline: none;
    }
    tr.row:focus-visible td {
      box-shadow:
        inset 0 3px 0 var(--mg-focus),
        inset 0 -3px 0 var(--mg-focus);
    }
    tr.row:focus-visible td:first-child {
      box-shadow:
        inset 3px 3px 0 var(--mg-focus),
        inset 0 -3px 0 var(--mg-focus);
    }
    tr.row:focus-visible td:last-child {
      box-shadow:
        inset -3px 3px 0 var(--mg-focus),
        inset 0 -3px 0 var(--mg-focus);
    }
    tr.row[aria-selected='true'] td {
      background: var(--mg-accent);
      color: var(--mg-accent-text);
    }
    tr.row[aria-selected='true'] td:first-child {
      font-weight: 600;
    }
    tr.row[aria-selected='true'] .tag {
      border-color: currentColor;
      color: inherit;
    }
    tr.row[data-certainty='hedged'] td:not(:last-child),
    tr.row[data-certainty='indeterminate'] td:not(:last-child) {
      color: var(--mg-muted);
    }
    tr.row[aria-selected='true'][data-certainty='hedged'] td,
    tr.row[aria-selected='true'][data-certainty='indeterminate'] td {
      color: var(--mg-accent-text);
    }
    tr.spacer td {
      height: auto;
      padding: 0;
      border: 0;
    }
    .swatch {
      display: inline-block;
      width: 0.7rem;
      height: 0.7rem;
      margin-right: 0.35rem;
      border-radius: 2px;
      border: 1px solid var(--mg-border);
      vertical-align: -0.05rem;
    }
    .dir {
      color: inherit;
      opacity: 0.75;
    }
    .num {
      font-variant-numeric: tabular-nums;
    }
    .quote {
      font-family: var(--mg-font-serif);
      font-size: 0.95rem;
    }
    .tag {
      display: inline-block;
      white-space: nowrap;
      font-size: 0.7rem;
      font-weight: 600;
      line-height: 1.3;
      padding: 0 0.2rem;
      margin-right: 0.2rem;
      border-radius: 3px;
      border: 1px solid var(--mg-border);
    }
    .tag.negated {
      color: var(--mg-danger);
      border-color: var(--mg-danger);
    }
    .tag.hedged {
      border-style: dashed;
    }
    .tag.indeterminate {
      border-style: dotted;
    }
    .none {
      padding: 0.75rem;
      color: var(--mg-muted);
    }

    /* On a phone a row is a card: who does what to whom, then the quote, then paragraph,
       marking and likelihood. Every card is as tall as the next, as the row window needs. */
    @media (max-width: 600px) {
      table {
        min-width: 0;
        table-layout: auto;
      }
      colgroup {
        display: none;
      }
      thead tr {
        display: flex;
        flex-wrap: wrap;
        background: var(--mg-surface-2);
      }
      th {
        position: static;
        flex: 1 0 auto;
        border-bottom: 0;
      }
      th button {
        width: auto;
      }
      thead {
        display: block;
        border-bottom: 1px solid var(--mg-border);
      }
      tbody,
      tr.spacer {
        display: block;
      }
      tr.spacer > td {
        display: block;
        padding: 0;
        border: 0;
      }
      tr.row {
        display: flex;
        flex-wrap: wrap;
        align-content: flex-start;
        gap: 0.2rem 0.5rem;
        box-sizing: border-box;
        height: 9rem;
        padding: 0.5rem 0.75rem;
        overflow: hidden;
        border-bottom: 1px solid var(--mg-border-soft);
      }
      tr.row > td {
        display: block;
        height: auto;
        padding: 0;
        border: 0;
        white-space: normal;
        overflow: visible;
        flex: 0 1 auto;
        order: 3;
      }
      tr.row > td:nth-child(-n + 3) {
        order: 1;
        font-weight: 600;
      }
      tr.row > td.quote {
        order: 2;
        flex: 1 0 100%;
      }
    }

    /* On paper every row is printed (see row-window) whole: no scroll box, no cut cells. */
    @media print {
      .scroller {
        max-height: none;
        overflow: visible;
      }
      th {
        position: static;
      }
      td {
        height: auto;
        white-space: normal;
        padding-block: 0.25rem;
      }
      td > .cell {
        display: block;
        overflow: visible;
        -webkit-line-clamp: none;
        line-clamp: none;
      }
    }
  `,
];
