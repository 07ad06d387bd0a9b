import { html } from 'lit';
import type { ClaimDate } from '../../model/contract/types.ts';
import { longDate, MONTH_NAMES, parseIsoDate, type CalendarDate } from '../../model/memo/dates.ts';

/**
 * A span's two ends in words and what joins them, saying a month or year only once when both
 * ends share it: "December 22" "–" "28, 1996"; "December 22" " – " "January 3, 1997";
 * "December 30, 1996" " – " "January 2, 1997".
 */
export function spanParts(from: string, until: string): [string, string, string] {
  const a = parseIsoDate(from);
  const b = parseIsoDate(until);
  if (!a || !b) return [from, ' – ', until];
  if (a.year !== b.year) return [longDate(a), ' – ', longDate(b)];
  if (a.month !== b.month) return [monthDay(a), ' – ', longDate(b)];
  return [monthDay(a), '–', `${b.day}, ${b.year}`];
}

/** "December 22". */
function monthDay(date: CalendarDate): string {
  return `${MONTH_NAMES[date.month - 1]!} ${date.day}`;
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
