import { css } from 'lit';

/**
 * Touch targets of at least 44 × 44 CSS px (WCAG 2.5.5) wherever a finger is the pointer, or
 * the screen is a phone's. A checkbox or a radio button is reached through its label too, so the
 * label is what grows; the box itself grows to a size a thumb can see.
 */
export const touchTargets = css`
  @media (pointer: coarse), (max-width: 600px) {
    button,
    select,
    textarea,
    input:not([type='checkbox'], [type='radio'], [type='hidden']) {
      min-height: 44px;
      min-width: 44px;
    }
    input[type='checkbox'],
    input[type='radio'] {
      width: 22px;
      height: 22px;
    }
    label:has(input[type='checkbox'], input[type='radio']),
    input[type='checkbox'] + label,
    input[type='radio'] + label,
    label[for] {
      min-height: 44px;
      min-width: 44px;
      display: inline-flex;
      align-items: center;
    }
  }
`;
