import { css } from 'lit';
import { sharedStyles } from '../theme.ts';

/** What the root's own panels and its help share: quiet text, keys, buttons that read as links. */
export const textStyles = [
  sharedStyles,
  css`
    button.link {
      border: none;
      background: none;
      padding: 0.1rem 0;
      color: var(--mg-accent);
      text-align: left;
      text-decoration: underline;
    }
    .muted {
      color: var(--mg-muted);
      font-size: 0.85rem;
    }
    kbd {
      font-family: var(--mg-font-mono);
      font-size: 0.85em;
      border: 1px solid var(--mg-border);
      border-radius: 3px;
      padding: 0 0.3em;
      background: var(--mg-surface-2);
    }
  `,
];

/** A panel of the side column: one section with a small heading. */
export const panelStyles = [
  textStyles,
  css`
    :host {
      display: block;
    }
    section {
      padding: 0.75rem 1rem;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
  `,
];
