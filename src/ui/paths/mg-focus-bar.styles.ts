import { css } from 'lit';
import { sharedStyles } from '../theme.ts';
import { copyBufferStyles } from '../clipboard.ts';

export const focusBarStyles = [
  sharedStyles,
  copyBufferStyles,
  css`
    :host {
      display: block;
      font-size: 0.9rem;
      background: var(--mg-surface-2);
      border-bottom: 1px solid var(--mg-border-soft);
      max-height: 13rem;
      overflow: auto;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.75rem;
      padding: 0.4rem 0.75rem;
    }
    h2 {
      margin: 0;
      font-size: 0.95rem;
    }
    .what {
      flex: 1 1 14rem;
    }
    .paths {
      padding: 0 0.75rem 0.5rem;
    }
    h3 {
      margin: 0.3rem 0 0.1rem;
      font-size: 0.85rem;
      color: var(--mg-muted);
    }
    ol {
      margin: 0;
      padding-left: 1.5rem;
    }
    li {
      margin: 0.15rem 0 0.35rem;
    }
    ul {
      list-style: none;
      margin: 0.1rem 0 0;
      padding-left: 0.5rem;
      border-left: 2px solid var(--mg-border-soft);
    }
    .qualifier {
      font-style: italic;
      color: var(--mg-muted);
    }
    q {
      display: block;
      font-family: var(--mg-font-serif);
      color: var(--mg-text);
    }
    button.link {
      border: 0;
      background: none;
      padding: 0;
      color: var(--mg-accent);
      text-decoration: underline;
    }
    .copied {
      color: var(--mg-muted);
    }
    textarea {
      width: 100%;
      min-height: 6rem;
      font: 0.8rem var(--mg-font-mono);
    }
  `,
];
