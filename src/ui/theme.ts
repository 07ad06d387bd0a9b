import { css } from 'lit';
import { touchTargets } from './touch-targets.styles.ts';

/**
 * Design tokens. Custom properties inherit through shadow roots, so the root element defines
 * them once and every element reads them. All text pairs meet WCAG AA (4.5:1) and all
 * non-text pairs 3:1, in both schemes; test/unit/theme-contrast.test.ts measures them.
 */
export const themeTokens = css`
  :host {
    color-scheme: light dark;
    --mg-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --mg-font-serif: Georgia, 'Times New Roman', Times, serif;
    --mg-font-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;

    --mg-bg: #f6f7f9;
    --mg-surface: #ffffff;
    --mg-surface-2: #eef0f3;
    --mg-text: #1b1f24;
    --mg-muted: #555d68;
    --mg-border: #737b85;
    --mg-border-soft: #d5d9df;
    --mg-accent: #0b5cad;
    --mg-accent-text: #ffffff;
    --mg-focus: #0b5cad;
    --mg-mark-bg: #ffe58a;
    --mg-mark-text: #1b1f24;
    --mg-mention: #0b5cad;
    --mg-danger: #b3261e;
    --mg-danger-bg: #fdecea;
    --mg-redaction: #1b1f24;

    /* Classification colours follow the conventional banner colours, darkened for AA text. */
    --mg-marking-u-bg: #007a33;
    --mg-marking-c-bg: #0033a0;
    --mg-marking-s-bg: #c8102e;
    --mg-marking-ts-bg: #b35900;
    --mg-marking-text: #ffffff;

    --mg-radius: 6px;
    --mg-gap: 0.75rem;
    --mg-motion: 160ms;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --mg-bg: #121417;
      --mg-surface: #1b1e23;
      --mg-surface-2: #262a30;
      --mg-text: #e8eaed;
      --mg-muted: #a9b0b9;
      --mg-border: #7b838d;
      --mg-border-soft: #3a3f46;
      --mg-accent: #7db3f0;
      --mg-accent-text: #0b1520;
      --mg-focus: #9cc8ff;
      --mg-mark-bg: #6b5500;
      --mg-mark-text: #fff6d6;
      --mg-mention: #9cc8ff;
      --mg-danger: #ff9a8f;
      --mg-danger-bg: #3b1512;
      --mg-redaction: #000000;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --mg-motion: 0ms;
    }
  }
`;

/** Small shared pieces: focus ring, buttons, badges, visually hidden text. */
export const sharedStyles = css`
  ${touchTargets}
  :host {
    font-family: var(--mg-font);
    color: var(--mg-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--mg-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--mg-text);
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-radius: var(--mg-radius);
    padding: 0.3rem 0.65rem;
    cursor: pointer;
  }
  button:hover {
    background: var(--mg-surface-2);
  }
  button.primary {
    background: var(--mg-accent);
    color: var(--mg-accent-text);
    border-color: var(--mg-accent);
  }
  /* No margin: a hidden paragraph's margin would still push past the end of a scrolling pane. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .marking {
    display: inline-block;
    font: 600 0.75rem/1.4 var(--mg-font-mono);
    padding: 0 0.35em;
    border-radius: 3px;
    color: var(--mg-marking-text);
    background: var(--mg-marking-c-bg);
    white-space: nowrap;
  }
  .marking[data-level='U'] {
    background: var(--mg-marking-u-bg);
  }
  .marking[data-level='C'] {
    background: var(--mg-marking-c-bg);
  }
  .marking[data-level='S'] {
    background: var(--mg-marking-s-bg);
  }
  .marking[data-level='TS'] {
    background: var(--mg-marking-ts-bg);
  }
`;
