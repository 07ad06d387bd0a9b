/**
 * Redactions and exemption codes: the marks a released document prints where text was withheld,
 * inline in the prose ("[redacted]") or in the margin ("B1", "(b)(7)(C)", "25X1").
 */

/** Any case of a word, for a pattern that must stay case-sensitive elsewhere. */
function anyCase(word: string): string {
  return [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
}

/**
 * The ways released documents print a blacked-out span: a bracketed word in any case
 * ("[redacted]", "[REDACTED]", "[deleted]"), or a run of four or more capital X standing as a
 * word ("XXXXXXX"), which no word or Roman numeral spells.
 */
export const REDACTION_MARK_SOURCE = `(?:\\[(?:${[
  'redacted',
  'deleted',
  'excised',
  'withheld',
  'sanitized',
]
  .map(anyCase)
  .join('|')})\\]|(?<![A-Za-z0-9])X{4,}(?![A-Za-z0-9]))`;
export const INLINE_REDACTION_RE = new RegExp(REDACTION_MARK_SOURCE, 'g');

/** FOIA / E.O. exemption codes as printed in the margin: "B1", "(b)(1)", "(b)(7)(C)", "25X1". */
const EXEMPTION_CODE_SOURCE = '(?:B\\d|\\([bB]\\)\\(\\d\\)(?:\\([A-Fa-f]\\))*|25X\\d)';
export const EXEMPTION_LINE_RE = new RegExp(
  `^${EXEMPTION_CODE_SOURCE}(?:[\\s,;]*${EXEMPTION_CODE_SOURCE})*$`,
);
export const EXEMPTION_CODE_RE = new RegExp(EXEMPTION_CODE_SOURCE, 'g');
