import { css } from 'lit';
import { sharedStyles } from '../theme.ts';

export const timelineStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      font-size: 0.85rem;
      background: var(--mg-surface);
    }
    .bar-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.75rem;
      padding: 0.3rem 0.75rem 0;
    }
    h2 {
      margin: 0;
      font-size: 0.9rem;
    }
    .undated,
    .hint {
      color: var(--mg-muted);
    }
    .brush {
      margin: 0.2rem 0.75rem 0.3rem;
      border-radius: var(--mg-radius);
      touch-action: none;
      cursor: crosshair;
    }
    .brush:focus-visible {
      outline: 3px solid var(--mg-focus);
      outline-offset: 2px;
    }
    svg {
      display: block;
      width: 100%;
      overflow: visible;
    }
    .day-band {
      fill: transparent;
    }
    .day-band[data-odd] {
      fill: var(--mg-surface-2);
    }
    .axis-line {
      stroke: var(--mg-border);
      stroke-width: 1;
    }
    .tick {
      fill: var(--mg-muted);
      font: 11px var(--mg-font);
    }
    .tick[data-issue] {
      fill: var(--mg-text);
      font-weight: 700;
    }
    .issue-mark {
      stroke: var(--mg-text);
      stroke-width: 2;
    }
    .range {
      fill: color-mix(in srgb, var(--mg-accent) 16%, transparent);
      stroke: var(--mg-accent);
      stroke-width: 1.5;
    }
    .range[data-pending] {
      stroke-dasharray: 4 3;
    }
    .bar {
      fill: var(--mg-accent);
      stroke: var(--mg-surface);
      stroke-width: 1;
      cursor: pointer;
    }
    .bar[data-outside] {
      opacity: 0.4;
    }
    .bar[data-selected] {
      stroke: var(--mg-text);
      stroke-width: 2.5;
    }
    /* Not by colour alone: the memo's doubts are hatched, its denials hollow. */
    .bar[data-certainty='negated'] {
      fill: var(--mg-surface);
      stroke: var(--mg-accent);
      stroke-width: 1.5;
      stroke-dasharray: 3 2;
    }
    .bar[data-certainty='hedged'],
    .bar[data-certainty='indeterminate'] {
      fill: url(#hatch);
      stroke: var(--mg-accent);
    }
    .hatch-line {
      stroke: var(--mg-accent);
      stroke-width: 2;
    }
    .day-count {
      fill: var(--mg-accent);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.75rem;
      padding: 0 0.75rem 0.4rem;
    }
    .status {
      flex: 1 1 12rem;
    }
    details {
      padding: 0 0.75rem 0.5rem;
    }
    summary {
      cursor: pointer;
      color: var(--mg-accent);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin-top: 0.3rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.15rem 0.4rem;
      border-bottom: 1px solid var(--mg-border-soft);
      vertical-align: top;
    }
    td button {
      padding: 0 0.3rem;
      text-align: left;
    }
  `,
];
