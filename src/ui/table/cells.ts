import { html, nothing } from 'lit';
import type { ClaimDate, Relation } from '../../model/contract/types.ts';
import { MONTH_NAMES, parseIsoDate } from '../../model/memo/dates.ts';
import { BASIS_LABELS, certainty, likelihoodText } from '../../model/words/describe.ts';

/** The basis in one word, for a narrow column; the header's title and the row say the rest. */
export const BASIS_WORDS: Readonly<Record<Relation['basis'], string>> = {
  fact: 'Fact',
  judgment: 'Judgment',
  reported: 'Reported',
  speculation: 'Speculation',
};

const shortMonth = (month: number) => MONTH_NAMES[month - 1]!.slice(0, 3);

/** "Dec 25", "Dec 22–28", "Dec 30–Jan 2": short enough for a column, the year left to the title. */
export function shortClaimDate(date: ClaimDate): string {
  const a = parseIsoDate(date.iso);
  if (!a) return date.iso;
  const from = `${shortMonth(a.month)} ${a.day}`;
  const b = date.until === undefined ? null : parseIsoDate(date.until);
  if (!b || date.until === date.iso) return from;
  const sameMonth = a.year === b.year && a.month === b.month;
  return `${from}–${sameMonth ? '' : `${shortMonth(b.month)} `}${b.day}`;
}

export function basisCell(r: Relation) {
  return html`<td class="basis" title=${BASIS_LABELS[r.basis]}>
    <div class="cell">${BASIS_WORDS[r.basis]}</div>
  </td>`;
}

export function dateCell(r: Relation) {
  const d = r.date;
  if (!d) return html`<td class="date"></td>`;
  const title = `${d.until && d.until !== d.iso ? `${d.iso} to ${d.until}` : d.iso}: “${d.phrase}”`;
  return html`<td class="date" title=${title}>
    <div class="cell"><time datetime=${d.iso}>${shortClaimDate(d)}</time></div>
  </td>`;
}

/**
 * How sure the memo is, never cut: the tag and the word each on a line of their own, wrapping
 * within the column, with the band in words in the title.
 */
export function likelihoodCell(r: Relation) {
  const kind = certainty(r);
  const tag =
    r.polarity === 'indeterminate'
      ? html`<span class="tag indeterminate" title="Indeterminate: the memo declines to say"
            ><span aria-hidden="true">? </span>Indeterminate</span
          ><span class="visually-hidden">: the memo declines to say</span>`
      : kind === 'negated'
        ? html`<span class="tag negated"><span aria-hidden="true">✕ </span>Negated</span>`
        : kind === 'hedged'
          ? html`<span class="tag hedged">Hedged</span>`
          : nothing;
  return html`<td class="likelihood" title=${likelihoodText(r)}>
    <div class="whole">
      ${tag} ${r.likelihood ? html`<span class="term">“${r.likelihood.term}”</span>` : nothing}
    </div>
  </td>`;
}
