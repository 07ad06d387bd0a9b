import { css } from 'lit';

export const exportMenuStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  [role='menu'] {
    position: absolute;
    right: 0;
    z-index: 20;
    width: max-content;
    max-width: calc(100vw - 1rem);
    max-height: calc(100vh - 4.5rem);
    overflow: auto;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-radius: var(--mg-radius);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  [role='menu'][hidden] {
    display: none;
  }
  [role^='menuitem'] {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 1rem;
    width: 100%;
    text-align: left;
    border: 0;
    border-radius: 4px;
    background: none;
    padding: 0.3rem 0.6rem;
    min-height: 2rem;
  }
  [role^='menuitem']:hover,
  [role^='menuitem']:focus {
    background: var(--mg-surface-2);
  }
  [role^='menuitem'][aria-disabled='true'] {
    color: var(--mg-muted);
    cursor: not-allowed;
  }
  .hint {
    font-size: 0.8rem;
    color: var(--mg-muted);
  }
  [role='menuitemradio'] {
    justify-content: flex-start;
    gap: 0.4rem;
  }
  .check {
    display: inline-block;
    width: 1rem;
  }
  [role='separator'] {
    height: 1px;
    margin: 0.25rem 0;
    background: var(--mg-border-soft);
  }
  .group-label {
    padding: 0.25rem 0.6rem 0;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--mg-muted);
  }
  .status {
    position: absolute;
    right: 0;
    top: calc(100% + 0.25rem);
    z-index: 19;
    max-width: 22rem;
    margin: 0;
    font-size: 0.85rem;
  }
  .status:not(:empty) {
    padding: 0.35rem 0.6rem;
    background: var(--mg-surface);
    border: 1px solid var(--mg-border-soft);
    border-radius: var(--mg-radius);
  }
  .manual {
    position: absolute;
    right: 0;
    top: calc(100% + 2.5rem);
    z-index: 19;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    width: 24rem;
    padding: 0.5rem;
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-radius: var(--mg-radius);
  }
  .manual textarea {
    font: 0.8rem/1.4 var(--mg-font-mono);
    color: var(--mg-text);
    background: var(--mg-bg);
  }
  /* On a narrow screen the menu spans the screen under its button instead of hanging off it. */
  @media (max-width: 40rem) {
    [role='menu'] {
      position: fixed;
      top: var(--menu-top, 4rem);
      left: 0.5rem;
      right: 0.5rem;
      width: auto;
      max-width: none;
      max-height: calc(100vh - var(--menu-top, 4rem) - 0.5rem);
    }
    [role='menuitem'] {
      flex-direction: column;
      align-items: flex-start;
      gap: 0;
    }
  }
`;
