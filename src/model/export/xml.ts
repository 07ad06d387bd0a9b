/**
 * The little XML GraphML and GEXF need, written by hand: escaping text and attribute values, and
 * dropping the characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates), which a
 * pasted quote could carry and which would make Gephi or yEd refuse the whole file.
 */

// The control characters are the point of this expression: they are what XML 1.0 forbids.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute value (quoted with "). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** A number as XML Schema's double/float reads it (no "Infinity", no locale). */
export function xmlNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  return String(n);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
