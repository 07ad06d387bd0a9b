import { css } from 'lit';

/** The reader's own styles, after the shared ones: the page, its paragraphs and furniture. */
export const readerStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
    overflow: hidden;
    background: var(--mg-surface);
  }
  /* The scroller is the containing block of the screen-reader-only text inside it, which would
     otherwise be placed against the page and make the page itself scroll. */
  .scroller {
    position: relative;
    --mg-shadow-cover: var(--mg-surface);
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    container-type: inline-size;
    padding: 0 clamp(0.75rem, 3cqi, 2rem);
  }
  .empty {
    color: var(--mg-muted);
    padding: 1rem 0;
  }
  .page {
    font-family: var(--mg-font-serif);
    font-size: 1.0625rem;
    line-height: 1.55;
    max-width: calc(65ch + 16rem);
    margin: 0 auto;
    padding-bottom: 1.5rem;
  }
  .banner {
    font: 700 0.8125rem/1.4 var(--mg-font-mono);
    letter-spacing: 0.08em;
    text-align: center;
    margin: 0;
    padding: 0.6rem 0;
    color: var(--mg-text);
  }
  .banner.bottom {
    margin-top: 1rem;
    border-top: 1px solid var(--mg-border-soft);
  }
  header {
    border-bottom: 1px solid var(--mg-border-soft);
    padding: 0 0 0.75rem calc(4.5rem + var(--mg-gap) + 4px);
    margin-bottom: 1rem;
  }
  header > * {
    max-width: 65ch;
  }
  h2 {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0.5rem 0 0.75rem;
    text-wrap: balance;
  }
  h2 .marking {
    vertical-align: 0.2em;
  }
  .meta {
    font-family: var(--mg-font);
    font-size: 0.875rem;
    line-height: 1.4;
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.15rem 0.75rem;
    margin: 0;
  }
  .meta div {
    display: contents;
  }
  .meta dt {
    color: var(--mg-muted);
  }
  .meta dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .hint {
    font-family: var(--mg-font);
    font-size: 0.8125rem;
    color: var(--mg-muted);
    margin: 0.75rem 0 0;
  }
  h3 {
    font-size: 1.125rem;
    line-height: 1.3;
    font-style: italic;
    font-weight: 700;
    margin: 1.5rem 0 0.5rem calc(4.5rem + var(--mg-gap) + 4px);
  }

  /* A paragraph: number and marking in the gutter, text at reading measure, notes beside. */
  .para {
    display: grid;
    grid-template-columns: 4.5rem minmax(0, 65ch) minmax(0, 10rem);
    grid-template-areas: 'gutter text aside';
    column-gap: var(--mg-gap);
    padding: 0.5rem 0.5rem 0.5rem 0;
    margin: 0 0 0.25rem;
    border-left: 4px solid transparent;
    border-radius: 0 var(--mg-radius) var(--mg-radius) 0;
    cursor: pointer;
    transition: background-color var(--mg-motion);
  }
  .para:hover {
    background: var(--mg-surface-2);
  }
  .para.current {
    border-left-color: var(--mg-accent);
    background: var(--mg-surface-2);
  }
  .para:focus-visible {
    outline-offset: 0;
  }
  .gutter {
    grid-area: gutter;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
    padding-top: 0.2rem;
  }
  .number {
    font: 600 0.875rem/1.2 var(--mg-font);
    color: var(--mg-muted);
  }
  .text {
    grid-area: text;
    margin: 0;
    hyphens: manual;
    overflow-wrap: break-word;
  }
  .aside {
    grid-area: aside;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.35rem;
    font: 0.8125rem/1.3 var(--mg-font);
    color: var(--mg-muted);
    padding-top: 0.25rem;
  }
  .count {
    white-space: nowrap;
  }
  .exemption,
  .tags-before {
    font: 600 0.75rem/1.3 var(--mg-font-mono);
  }
  .exemption {
    display: inline-block;
    color: var(--mg-text);
    border: 1px dashed var(--mg-border);
    border-radius: 3px;
    padding: 0.05rem 0.35rem;
  }
  .tags-before {
    margin: 0 0 0.5rem calc(4.5rem + var(--mg-gap) + 4px);
  }

  /* Names: an underline, not only a colour; the selected actor's names are solid and tinted. */
  .mention {
    cursor: pointer;
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--mg-mention);
    text-decoration-thickness: 0.09em;
    text-underline-offset: 0.2em;
    border-radius: 2px;
  }
  .mention:hover {
    text-decoration-style: solid;
    color: var(--mg-mention);
  }
  .mention.selected {
    text-decoration-style: solid;
    text-decoration-thickness: 0.14em;
    background: color-mix(in srgb, var(--mg-mention) 16%, transparent);
  }
  .mention:focus-visible {
    outline-offset: 1px;
  }
  mark.quote {
    background: var(--mg-mark-bg);
    color: var(--mg-mark-text);
    box-shadow: 0 2px 0 var(--mg-mark-text);
    border-radius: 2px;
    padding: 0.05em 0;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  /* Annotating, a press on a name starts a selection: a name that took focus on mousedown would
     end the drag before it began. */
  :host([annotating]) .mention {
    pointer-events: none;
  }
  /* The words a relation is being made from (annotating): blue, apart from the yellow quote. */
  ::highlight(mg-pending-quote) {
    background: #cfe3fb;
    color: #0b1520;
    text-decoration: underline 2px var(--mg-accent);
  }
  mark.quote .mention:hover {
    color: inherit;
  }
  .redaction {
    background: var(--mg-redaction);
    color: #ffffff;
    font: 600 0.8em/1 var(--mg-font-mono);
    padding: 0.15em 0.45em;
    border-radius: 2px;
    outline: 1px solid var(--mg-border);
    outline-offset: -1px;
    white-space: nowrap;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .redaction.block {
    display: block;
    width: min(100%, 65ch);
    margin: 0.25rem 0 0.75rem calc(4.5rem + var(--mg-gap) + 4px);
    padding: 0.5em;
    text-align: center;
  }

  /* Page breaks: the printed footer, discreet, above a rule labelled with the new page. */
  .page-break {
    display: block;
    margin: 0.9rem 0;
    font: 0.75rem/1.4 var(--mg-font-mono);
    color: var(--mg-muted);
    user-select: none;
    cursor: default;
  }
  div.page-break {
    margin-left: calc(4.5rem + var(--mg-gap) + 4px);
    max-width: 65ch;
  }
  .page-break::before {
    content: attr(data-footer);
    display: block;
    text-align: right;
    white-space: pre-wrap;
  }
  .page-break::after {
    content: attr(data-label);
    display: block;
    text-align: center;
    border-top: 1px dashed var(--mg-border);
    padding-top: 0.15rem;
    margin-top: 0.2rem;
    letter-spacing: 0.04em;
  }
  mark.quote .page-break {
    background: var(--mg-surface);
  }
  .page-end {
    margin: 1.25rem 0 0 calc(4.5rem + var(--mg-gap) + 4px);
    max-width: 65ch;
    font: 0.75rem/1.4 var(--mg-font-mono);
    color: var(--mg-muted);
  }
  .page-end p {
    margin: 0;
  }
  .furniture {
    text-align: right;
    white-space: pre-wrap;
  }
  .page-end-label {
    text-align: center;
    border-top: 1px dashed var(--mg-border);
    padding-top: 0.15rem;
    margin-top: 0.2rem;
  }

  /* Narrow: number, marking and notes on one line above the text. */
  @container (max-width: 40rem) {
    .page {
      font-size: 1rem;
    }
    .para {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas:
        'gutter aside'
        'text text';
      row-gap: 0.25rem;
      padding-left: 0.5rem;
    }
    .gutter {
      flex-direction: row;
      align-items: center;
      gap: 0.5rem;
      padding-top: 0;
    }
    .aside {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      padding-top: 0;
    }
    h3,
    .tags-before,
    div.page-break,
    .page-end,
    .redaction.block {
      margin-left: calc(0.5rem + 4px);
    }
    header {
      padding-left: calc(0.5rem + 4px);
    }
    .meta {
      display: block;
    }
    .meta div {
      display: block;
      margin-bottom: 0.2rem;
    }
    .meta dt,
    .meta dd {
      display: inline;
    }
    .meta dt {
      margin-right: 0.4em;
    }
  }
`;
