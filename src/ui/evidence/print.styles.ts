import { css } from 'lit';

/** The evidence on paper: the whole paragraph and the citation in the chosen format, no controls. */
export const evidencePrintStyles = css`
  @media print {
    .reveal,
    .formats,
    .buttons,
    .status,
    .manual,
    .actor::after {
      display: none !important;
    }
    blockquote,
    .preview {
      max-height: none;
      overflow: visible;
      background: none;
      border: 1px solid #888;
    }
    button.actor {
      border: 0;
      padding: 0;
      color: inherit;
      background: none;
    }
    .preview::before {
      content: 'Citation';
      display: block;
      font: 600 0.8rem var(--mg-font);
      margin-bottom: 0.25rem;
    }
  }
`;
