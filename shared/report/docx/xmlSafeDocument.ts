import { stripForbiddenXmlChars } from '../../formats/xml/forbiddenXmlChars';
import type { ReportDocument } from '../document/reportDocument';

function clean<T>(value: T): T {
  if (typeof value === 'string') return stripForbiddenXmlChars(value.replace(/\r\n?/g, '\n')) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clean(inner)])) as T;
  }
  return value;
}

/**
 * The report with every text fit for Word's XML: characters XML 1.0 forbids (control characters from an
 * imported PDF, lone surrogates, U+FFFE) dropped, so Word never refuses the file; line ends as `\n`.
 */
export function xmlSafeDocument(doc: ReportDocument): ReportDocument {
  return clean(doc);
}
