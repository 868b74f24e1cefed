import { stripForbiddenXmlChars } from '../../formats/xml/forbiddenXmlChars';

export { stripForbiddenXmlChars };

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
