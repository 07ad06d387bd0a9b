/**
 * Redactions and exemption codes: the marks a released document prints where text was withheld,
 * inline in the prose ("[redacted]") or in the margin ("B1", "(b)(7)(C)", "25X1").
 */

/** The ways released documents print a blacked-out span. */
export const REDACTION_MARK_SOURCE = '\\[(?:redacted|deleted|excised|withheld|sanitized)\\]';
export const INLINE_REDACTION_RE = new RegExp(REDACTION_MARK_SOURCE, 'gi');

/** FOIA / E.O. exemption codes as printed in the margin: "B1", "(b)(1)", "(b)(7)(C)", "25X1". */
const EXEMPTION_CODE_SOURCE = '(?:B\\d|\\([bB]\\)\\(\\d\\)(?:\\([A-Fa-f]\\))*|25X\\d)';
export const EXEMPTION_LINE_RE = new RegExp(
  `^${EXEMPTION_CODE_SOURCE}(?:[\\s,;]*${EXEMPTION_CODE_SOURCE})*$`,
);
export const EXEMPTION_CODE_RE = new RegExp(EXEMPTION_CODE_SOURCE, 'g');
