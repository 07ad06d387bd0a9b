import { html, type TemplateResult } from 'lit';
import { markingLevel } from '../../model/explorer/marking.ts';
import { spellMarking } from '../../model/memo/markings.ts';

/**
 * A portion marking as printed, "(S/NF)", for the eye; spelled out for a screen reader, as the
 * title's own marking or as a paragraph's.
 */
export function renderMarking(marking: string, title = false): TemplateResult {
  const words = spellMarking(marking);
  return html`<span class="marking" data-level=${markingLevel(marking)} title=${words}
    ><span aria-hidden="true">(${marking})</span
    ><span class="visually-hidden"
      >${title ? `(title marking: ${words})` : `Portion marking: ${words}`}</span
    ></span
  >`;
}

/** The classification banner, printed at the top and the bottom of the document. */
export function renderBanner(classification: string, where: 'top' | 'bottom'): TemplateResult {
  return html`<p class="banner ${where}">
    <span class="visually-hidden">Classification: </span>${classification}
  </p>`;
}
