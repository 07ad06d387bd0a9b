import { css } from 'lit';

/** The annotation form: a floating card beside the selection, fields on a tight grid. */
export const relationFormStyles = css`
  :host {
    position: fixed;
    z-index: 30;
    top: 4rem;
    left: 1rem;
    width: min(36rem, calc(100vw - 1.5rem));
    max-height: calc(100vh - 1.5rem);
    overflow: auto;
    display: block;
    font-size: 0.875rem;
    color: var(--mg-text);
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-radius: 8px;
    box-shadow:
      0 18px 40px rgb(0 0 0 / 0.22),
      0 2px 6px rgb(0 0 0 / 0.12);
  }
  section {
    display: flex;
    flex-direction: column;
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0.55rem 0.75rem 0.55rem 1rem;
    border-bottom: 1px solid var(--mg-border-soft);
    background: var(--mg-surface-2);
    border-radius: 8px 8px 0 0;
    position: sticky;
    top: 0;
    z-index: 6;
  }
  h2 {
    font-size: 0.95rem;
    margin: 0;
  }
  .where {
    flex: 1;
    color: var(--mg-muted);
    font: 600 0.75rem/1 var(--mg-font-mono);
  }
  button.icon {
    border: none;
    background: none;
    padding: 0.15rem 0.4rem;
    line-height: 1;
    color: var(--mg-muted);
  }
  form,
  .refusal {
    display: flex;
    flex-direction: column;
    gap: 0.7rem;
    padding: 0.8rem 1rem 0.9rem;
    margin: 0;
  }
  .refusal {
    color: var(--mg-danger);
    background: var(--mg-danger-bg);
    margin: 0.8rem 1rem 0;
    border-radius: var(--mg-radius);
    padding: 0.6rem 0.75rem;
  }
  section > .row {
    padding: 0.75rem 1rem;
  }
  .field-label,
  label {
    font-size: 0.78rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--mg-muted);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  label[hidden],
  .field[hidden] {
    display: none;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .optional {
    font-weight: 400;
    letter-spacing: 0;
  }
  input,
  select,
  textarea {
    font: 400 0.875rem/1.3 var(--mg-font);
    color: var(--mg-text);
    background: var(--mg-surface);
    border: 1px solid var(--mg-border);
    border-radius: var(--mg-radius);
    padding: 0.35rem 0.5rem;
    width: 100%;
    min-width: 0;
  }
  textarea {
    resize: vertical;
  }
  .grid {
    display: grid;
    gap: 0.6rem 0.7rem;
    align-items: start;
  }
  .grid.three {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .grid.two {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .span2 {
    grid-column: span 2;
  }
  .reason {
    font-weight: 400;
    font-style: italic;
    letter-spacing: 0;
    color: var(--mg-accent);
    min-height: 1.1em;
  }
  .quote-field {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  blockquote {
    margin: 0;
    padding: 0.5rem 0.7rem;
    font: 0.95rem/1.5 var(--mg-font-serif);
    background: var(--mg-bg);
    border-left: 3px solid var(--mg-accent);
    border-radius: 0 var(--mg-radius) var(--mg-radius) 0;
  }
  blockquote .context {
    color: var(--mg-muted);
  }
  blockquote mark {
    background: #cfe3fb;
    color: #0b1520;
    box-shadow: 0 2px 0 var(--mg-accent);
    border-radius: 2px;
  }
  .steps {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .steps button {
    font: 600 0.75rem/1 var(--mg-font-mono);
    padding: 0.25rem 0.45rem;
  }
  .steps button:nth-child(2) {
    margin-right: auto;
  }
  .offsets {
    order: -1;
    display: none;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .row.end {
    justify-content: flex-end;
  }
  .actions {
    border-top: 1px solid var(--mg-border-soft);
    padding-top: 0.75rem;
  }
  .new-actor {
    border: 1px solid var(--mg-accent);
    border-radius: var(--mg-radius);
    padding: 0.5rem 0.75rem 0.7rem;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    background: var(--mg-bg);
  }
  legend {
    font-weight: 600;
    padding: 0 0.3rem;
  }
  .lint {
    margin: 0;
    font-size: 0.82rem;
  }
  .lint.ok {
    color: var(--mg-muted);
  }
  .lint ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }
  .lint li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    padding: 0.4rem 0.6rem;
    border-radius: var(--mg-radius);
    border: 1px solid #b35900;
    background: #fff4e5;
    color: #3d2200;
  }
  .lint li.error {
    border-color: var(--mg-danger);
    background: var(--mg-danger-bg);
    color: var(--mg-danger);
  }
  .lint li.error .badge {
    background: var(--mg-danger);
  }
  .lint li.reviewed {
    border-color: var(--mg-border-soft);
    background: var(--mg-surface-2);
    color: var(--mg-text);
  }
  .badge {
    font: 700 0.68rem/1.4 var(--mg-font);
    text-transform: uppercase;
    letter-spacing: 0.05em;
    padding: 0 0.35rem;
    border-radius: 3px;
    background: #8a4500;
    color: #ffffff;
  }
  .reviewed .badge {
    background: var(--mg-muted);
  }
  .message {
    flex: 1 1 16rem;
  }
  .why {
    flex-basis: 100%;
    font-style: italic;
  }
  code {
    font: 0.75rem var(--mg-font-mono);
    opacity: 0.8;
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    color: var(--mg-accent);
    text-decoration: underline;
    font-size: 0.8rem;
  }
  .lint li.warning button.link {
    color: #6b3500;
  }
  .review-form {
    flex-basis: 100%;
    display: flex;
    gap: 0.5rem;
    align-items: end;
  }
  .review-form label {
    flex: 1;
  }
  .problems {
    color: var(--mg-danger);
    background: var(--mg-danger-bg);
    border-radius: var(--mg-radius);
    padding: 0.4rem 0.75rem;
  }
  .problems ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  @media (prefers-color-scheme: dark) {
    .lint li {
      background: #3a2400;
      color: #ffe2bf;
    }
    .lint li.warning button.link {
      color: #ffcf99;
    }
  }
`;
