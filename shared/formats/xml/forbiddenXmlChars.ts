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
