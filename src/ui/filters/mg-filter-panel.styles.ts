import { css } from 'lit';
import { sidePanelHeadStyles } from '../side-panel.styles.ts';
import { sharedStyles } from '../theme.ts';

export const filterPanelStyles = [
  sharedStyles,
  sidePanelHeadStyles,
  css`
    details {
      margin: 0.4rem 0 0;
      border: 1px solid var(--mg-border-soft);
      border-radius: var(--mg-radius);
    }
    summary {
      cursor: pointer;
      padding: 0.25rem 0.5rem;
      font-weight: 600;
      font-size: 0.85rem;
    }
    .hiding {
      font-weight: 400;
      color: var(--mg-muted);
    }
    fieldset {
      margin: 0;
      padding: 0.1rem 0.6rem 0.45rem;
      border: 0;
      min-width: 0;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: 0.4rem;
      padding: 0.1rem 0;
    }
    li label {
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    li[data-empty] label,
    li[data-hidden] label {
      color: var(--mg-muted);
    }
    .sub {
      padding-left: 1.4rem;
    }
    .count {
      font-variant-numeric: tabular-nums;
      color: var(--mg-muted);
      min-width: 2ch;
      text-align: right;
    }
    input[type='checkbox'] {
      margin: 0;
      width: 1rem;
      height: 1rem;
      accent-color: var(--mg-accent);
    }
    .field {
      display: grid;
      grid-template-columns: 3.2rem 1fr;
      align-items: center;
      gap: 0.3rem 0.4rem;
      margin: 0.2rem 0;
    }
    select,
    input[type='date'] {
      font: inherit;
      min-width: 0;
      color: var(--mg-text);
      background: var(--mg-surface);
      border: 1px solid var(--mg-border);
      border-radius: var(--mg-radius);
      padding: 0.2rem 0.3rem;
    }
    .marking-field {
      display: grid;
      gap: 0.25rem;
      margin-top: 0.6rem;
    }
    .marking-field label {
      font-weight: 600;
      font-size: 0.85rem;
      color: var(--mg-muted);
    }
    .note {
      margin: 0.25rem 0 0;
      color: var(--mg-muted);
      font-size: 0.8rem;
    }
    .actions {
      display: flex;
      gap: 0.4rem;
      margin-top: 0.3rem;
    }
    button:disabled {
      opacity: 0.55;
      cursor: default;
    }
  `,
];
