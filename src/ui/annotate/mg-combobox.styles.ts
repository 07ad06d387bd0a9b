import { css } from 'lit';

/** The combobox: a label over a text box, and the list of choices dropped under it. */
export const comboboxStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
  }
  label {
    display: block;
    font-size: 0.78rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--mg-muted);
    margin-bottom: 0.2rem;
  }
  .field {
    position: relative;
  }
  input {
    font: inherit;
    width: 100%;
    color: var(--mg-text);
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-radius: var(--mg-radius);
    padding: 0.35rem 1.6rem 0.35rem 0.5rem;
  }
  input[aria-invalid='true'] {
    border-style: dashed;
  }
  .field.open input {
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
  }
  .chevron {
    position: absolute;
    right: 0.5rem;
    top: 50%;
    translate: 0 -50%;
    color: var(--mg-muted);
    pointer-events: none;
    font-size: 0.8rem;
  }
  ul {
    position: absolute;
    z-index: 5;
    left: 0;
    min-width: max(100%, 15rem);
    top: 100%;
    margin: 0;
    padding: 0.2rem 0;
    list-style: none;
    max-height: 15rem;
    overflow: auto;
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-top: none;
    border-radius: 0 0 var(--mg-radius) var(--mg-radius);
    box-shadow: 0 8px 20px rgb(0 0 0 / 0.18);
  }
  ul[hidden] {
    display: none;
  }
  /* The last field of a row opens its list leftwards, inside the form. */
  :host([align-end]) ul {
    left: auto;
    right: 0;
  }
  li {
    display: flex;
    flex-direction: column;
    gap: 0.05rem;
    padding: 0.3rem 0.6rem;
    cursor: pointer;
  }
  li.active {
    background: var(--mg-accent);
    color: var(--mg-accent-text);
  }
  li.chosen .label::after {
    content: ' ✓';
  }
  .hint {
    font-size: 0.75rem;
    color: var(--mg-muted);
  }
  li.active .hint {
    color: inherit;
  }
  li.create {
    border-top: 1px solid var(--mg-border-soft);
    font-style: italic;
  }
`;
