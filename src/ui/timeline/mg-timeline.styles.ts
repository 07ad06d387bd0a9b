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
    /* One line of words above the strip: the graph above it needs the height more. */
    .bar-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.75rem;
      padding: 0.25rem 0.75rem 0;
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
      margin: 0.15rem 0.75rem 0.3rem;
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
    .status {
      flex: 1 1 12rem;
      color: var(--mg-muted);
    }
    /* The keys are told to whoever is on the strip, by keyboard; the rest of the time the line
       is the graph's. */
    .keys {
      display: none;
      color: var(--mg-muted);
    }
    :host(:has(.brush:focus-visible)) .keys {
      display: inline;
    }
    .bar-head button {
      padding: 0.05rem 0.5rem;
    }
    .as-table {
      margin-left: auto;
    }
    .table {
      max-height: 12rem;
      overflow: auto;
      padding: 0 0.75rem 0.5rem;
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
