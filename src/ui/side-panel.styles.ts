import { css } from 'lit';

/** The head of a panel in the left column (Filters, Relation types): its title and its action. */
export const sidePanelHeadStyles = css`
  :host {
    display: block;
    font-size: 0.9rem;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1rem;
  }
`;
