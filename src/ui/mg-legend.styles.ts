import { css } from 'lit';
import { sidePanelHeadStyles } from './side-panel.styles.ts';
import { sharedStyles } from './theme.ts';

export const legendStyles = [
  sharedStyles,
  sidePanelHeadStyles,
  css`
    h3 {
      margin: 0.75rem 0 0.35rem;
      font-size: 0.85rem;
      color: var(--mg-muted);
      font-weight: 600;
    }
    .fold {
      display: none;
    }
    .bulk {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      margin: 0.5rem 0;
    }
    .summary {
      margin: 0.25rem 0 0;
      color: var(--mg-muted);
    }
    button:disabled {
      opacity: 0.55;
      cursor: default;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .type {
      display: grid;
      grid-template-columns: auto 1fr auto auto;
      align-items: center;
      gap: 0.35rem;
      padding: 0.15rem 0;
    }
    .type label {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      min-width: 0;
      cursor: pointer;
    }
    .type[data-hidden] .label,
    .type[data-hidden] .count {
      color: var(--mg-muted);
    }
    .type[data-hidden] svg {
      opacity: 0.4;
    }
    .label {
      overflow-wrap: anywhere;
    }
    .count {
      font-variant-numeric: tabular-nums;
      color: var(--mg-muted);
      min-width: 2ch;
      text-align: right;
    }
    .family + .family {
      margin-top: 0.35rem;
    }
    .family-head {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: 0.35rem;
      margin: 0.5rem 0 0.1rem;
      padding-bottom: 0.15rem;
      border-bottom: 1px solid var(--mg-border-soft);
      color: var(--mg-text);
      font-size: 0.85rem;
    }
    .family-head label {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      cursor: pointer;
    }
    .family-head[data-hidden] .label {
      color: var(--mg-muted);
    }
    .family-swatch {
      display: inline-block;
      flex: none;
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 2px;
      border: 1px solid var(--mg-border);
    }
    .family-head[data-hidden] .family-swatch {
      opacity: 0.4;
    }
    .family .types {
      padding-left: 0.5rem;
    }
    .only {
      padding: 0.05rem 0.4rem;
      font-size: 0.8rem;
    }
    input[type='checkbox'] {
      margin: 0;
      width: 1rem;
      height: 1rem;
      accent-color: var(--mg-accent);
    }
    svg {
      flex: none;
      overflow: visible;
    }
    .flags {
      margin: 0.75rem 0 0;
      padding: 0.4rem 0.6rem 0.5rem;
      border: 1px solid var(--mg-border-soft);
      border-radius: var(--mg-radius);
    }
    .flags legend {
      padding: 0 0.25rem;
      font-weight: 600;
      font-size: 0.85rem;
      color: var(--mg-muted);
    }
    .flag {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.4rem;
      align-items: center;
      padding: 0.15rem 0;
    }
    .flag .desc {
      grid-column: 2;
      color: var(--mg-muted);
      font-size: 0.8rem;
    }
    .encodings li,
    .kinds li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.15rem 0;
    }
    .kinds {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
      gap: 0 0.5rem;
    }
    .swatch {
      stroke: var(--mg-border);
    }
    .cross-box {
      fill: var(--mg-bg);
      stroke: var(--mg-muted);
      stroke-width: 1;
    }
    .query {
      fill: var(--mg-text);
      font: 700 9px var(--mg-font);
    }
    .cross {
      stroke: var(--mg-text);
      stroke-width: 1.75;
    }
    .shape {
      fill: var(--mg-surface-2);
      stroke: var(--mg-text);
      stroke-width: 1.5;
    }
    @media (max-width: 56.25rem) {
      .fold {
        display: inline-block;
      }
      .body[data-collapsed] {
        display: none;
      }
    }
  `,
];
