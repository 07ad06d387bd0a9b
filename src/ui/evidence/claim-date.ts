import { html } from 'lit';
import type { ClaimDate } from '../../model/contract/types.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface Day {
  readonly year: number;
  readonly month: string;
  readonly day: number;
}

function day(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? { year: Number(m[1]), month, day: Number(m[3]) } : null;
}

/**
 * A span's two ends in words and what joins them, saying a month or year only once when both
 * ends share it: "December 22" "–" "28, 1996"; "December 22" " – " "January 3, 1997";
 * "December 30, 1996" " – " "January 2, 1997".
 */
export function spanParts(from: string, until: string): [string, string, string] {
  const a = day(from);
  const b = day(until);
  if (!a || !b) return [from, ' – ', until];
  if (a.year !== b.year) {
    return [`${a.month} ${a.day}, ${a.year}`, ' – ', `${b.month} ${b.day}, ${b.year}`];
  }
  if (a.month !== b.month) return [`${a.month} ${a.day}`, ' – ', `${b.month} ${b.day}, ${b.year}`];
  return [`${a.month} ${a.day}`, '–', `${b.day}, ${b.year}`];
}

/**
 * When the asserted event happened: a single day as ISO with the memo's phrase, or a span in
 * words with the memo's phrase, "December 22–28, 1996 (“Since the December 22 release”)",
 * each end a `time` element.
 */
export function claimDate(date: ClaimDate) {
  if (date.until === undefined || date.until === date.iso) {
    return html`<time datetime=${date.iso}>${date.iso}</time> (the memo: “${date.phrase}”)`;
  }
  const [from, joint, until] = spanParts(date.iso, date.until);
  return html`<span class="span"
      ><time datetime=${date.iso}>${from}</time>${joint}<time datetime=${date.until}
        >${until}</time
      ></span
    >
    (“${date.phrase}”)`;
}
