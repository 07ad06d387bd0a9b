import { css } from 'lit';
import { sharedStyles } from './theme.ts';

/** The search box, and its popup of grouped results. */
export const searchStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      position: relative;
      min-width: 14rem;
    }
    .field {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    label {
      font-size: 0.9rem;
      white-space: nowrap;
    }
    .control {
      position: relative;
      flex: 1;
    }
    input {
      width: 100%;
      font: inherit;
      color: var(--mg-text);
      background: var(--mg-surface);
      border: 1px solid var(--mg-border);
      border-radius: var(--mg-radius);
      padding: 0.3rem 2rem 0.3rem 0.55rem;
    }
    input::placeholder {
      color: var(--mg-muted);
      opacity: 1;
    }
    .shortcut {
      position: absolute;
      right: 0.45rem;
      top: 50%;
      transform: translateY(-50%);
      font: 0.75rem/1.2 var(--mg-font-mono);
      color: var(--mg-muted);
      border: 1px solid var(--mg-border-soft);
      border-radius: 3px;
      padding: 0 0.3rem;
      pointer-events: none;
    }
    [role='listbox'] {
      position: absolute;
      z-index: 20;
      top: calc(100% + 2px);
      right: 0;
      width: max(100%, min(32rem, 92vw));
      max-height: min(30rem, 70vh);
      overflow: auto;
      margin: 0;
      padding: 0.25rem;
      background: var(--mg-surface);
      border: 1px solid var(--mg-border);
      border-radius: var(--mg-radius);
      box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
    }
    [role='listbox'][hidden] {
      display: none;
    }
    .group-head {
      display: flex;
      justify-content: space-between;
      gap: 0.5rem;
      margin: 0.35rem 0.45rem 0.15rem;
      font-size: 0.8rem;
      font-weight: 700;
      letter-spacing: 0.02em;
      color: var(--mg-muted);
    }
    .group-head .total {
      font-weight: 400;
    }
    [role='option'] {
      display: grid;
      grid-template-columns: 1fr auto;
      column-gap: 0.5rem;
      padding: 0.3rem 0.45rem;
      border-radius: 4px;
      cursor: pointer;
    }
    [role='option']:hover {
      background: var(--mg-surface-2);
    }
    [role='option'][aria-selected='true'] {
      background: var(--mg-accent);
      color: var(--mg-accent-text);
      outline: 2px solid var(--mg-focus);
      outline-offset: -2px;
    }
    .name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .kind {
      grid-column: 2;
      grid-row: 1;
      font-size: 0.8rem;
      align-self: start;
      white-space: nowrap;
      color: var(--mg-muted);
    }
    .detail {
      grid-column: 1 / -1;
      font-size: 0.85rem;
      color: var(--mg-muted);
      overflow-wrap: anywhere;
    }
    mark {
      background: var(--mg-mark-bg);
      color: var(--mg-mark-text);
      border-radius: 2px;
    }
    [aria-selected='true'] .kind,
    [aria-selected='true'] .detail {
      color: inherit;
    }
    [aria-selected='true'] mark {
      background: transparent;
      color: inherit;
      text-decoration: underline;
    }
    .empty {
      position: absolute;
      top: calc(100% + 2px);
      left: 0;
      right: 0;
      margin: 0;
      padding: 0.4rem 0.6rem;
      background: var(--mg-surface);
      border: 1px solid var(--mg-border);
      border-radius: var(--mg-radius);
      color: var(--mg-muted);
      z-index: 20;
    }
  `,
];
