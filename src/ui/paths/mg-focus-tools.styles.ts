import { css } from 'lit';
import { sharedStyles } from '../theme.ts';

export const focusToolsStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      margin: 0.75rem 0;
      font-size: 0.9rem;
    }
    .tool {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      margin: 0.4rem 0;
    }
    label {
      font-weight: 600;
    }
    select,
    input[type='text'] {
      font: inherit;
      color: var(--mg-text);
      background: var(--mg-surface);
      border: 1px solid var(--mg-border);
      border-radius: var(--mg-radius);
      padding: 0.2rem 0.35rem;
      min-width: 0;
    }
    input[type='text'] {
      flex: 1 1 10rem;
    }
    .check {
      font-weight: 400;
      display: inline-flex;
      gap: 0.3rem;
      align-items: center;
    }
    .problem {
      margin: 0.2rem 0;
      color: var(--mg-danger);
    }
  `,
];
