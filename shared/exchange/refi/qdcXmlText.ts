/**
 * Characters XML 1.0 does not allow in a document, even escaped: C0 controls but tab, line feed and
 * carriage return; lone surrogates (in `u` mode a paired surrogate is one code point, so it does not
 * match); U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** The text without the characters XML 1.0 forbids. */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Text for element content: forbidden characters dropped, markup escaped, a carriage return kept as one. */
export function escapeXmlText(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text for a double-quoted attribute value: forbidden characters dropped, markup and quotes escaped, and
 * tab and line ends written as character references, which attribute-value normalisation leaves alone.
 */
export function escapeXmlAttribute(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
}
