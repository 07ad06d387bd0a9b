import { css } from 'lit';

/** The graph element's styles: the canvas, the zoom buttons, the layout status, the tooltip. */
export const graphStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 240px;
    background: var(--mg-bg);
    overflow: hidden;
  }
  .canvas {
    position: absolute;
    inset: 0;
  }
  .canvas:focus-visible {
    outline-offset: -3px;
  }
  .controls {
    position: absolute;
    right: 0.5rem;
    bottom: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    z-index: 2;
  }
  .controls svg {
    display: block;
    margin: auto;
  }
  .controls button {
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    font-size: 1.1rem;
    line-height: 1;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.15);
  }
  .layout-status {
    position: absolute;
    left: 0.5rem;
    top: 0.5rem;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    max-width: calc(100% - 4rem);
    font-size: 0.85rem;
    pointer-events: none;
  }
  .layout-status > * {
    pointer-events: auto;
  }
  .layout-status .note:not(:empty) {
    padding: 0.2rem 0.45rem;
    border-radius: var(--mg-radius);
    background: var(--mg-surface);
    border: 1px solid var(--mg-border-soft);
  }
  .layout-status button {
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.15);
  }
  .layout-status button[aria-disabled='true'] {
    cursor: progress;
    color: var(--mg-muted);
  }
  .cursor-note {
    position: absolute;
    left: 0.5rem;
    bottom: 0.5rem;
    z-index: 2;
    max-width: calc(100% - 4rem);
    margin: 0;
    padding: 0.25rem 0.5rem;
    border-radius: var(--mg-radius);
    border: 1px solid var(--mg-border);
    background: var(--mg-surface);
    color: var(--mg-text);
    font-size: 0.85rem;
    line-height: 1.35;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.15);
    pointer-events: none;
  }
  .cursor-note[hidden] {
    display: none;
  }
  .tooltip {
    position: absolute;
    z-index: 3;
    max-width: min(28rem, 80%);
    padding: 0.3rem 0.5rem;
    border-radius: var(--mg-radius);
    border: 1px solid var(--mg-border);
    background: var(--mg-surface);
    color: var(--mg-text);
    font-size: 0.85rem;
    line-height: 1.35;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    pointer-events: none;
    white-space: normal;
  }
`;
