import { catalogFor, translate } from '../../i18n';
import type { QdcLanguage } from './qdcDescription';
import type { QdpxNote, QdpxRefs } from './qdpxSelections';
import { escapeXmlText } from './qdcXmlText';
import { indent, xmlAttributes, xsdDateTime } from './qdpxXml';

/** How much of the quote names a memo's note. */
const NAME_QUOTE_CHARS = 60;

/** The quote shortened to a name: white space as single spaces, at most NAME_QUOTE_CHARS characters (never half a pair). */
function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= NAME_QUOTE_CHARS ? flat : `${chars.slice(0, NAME_QUOTE_CHARS).join('').trimEnd()}…`;
}

/**
 * The <Notes> element: each passage's memo as a Note (a text with its content inline), named after the
 * passage's quote, by its coder, at the passage's times. Nothing when there are no memos (the schema
 * wants at least one Note inside).
 */
export function notesXml(notes: readonly QdpxNote[], refs: QdpxRefs, language: QdcLanguage, depth: number): string[] {
  if (notes.length === 0) return [];
  const lines = [`${indent(depth)}<Notes>`];
  for (const { guid, segment } of notes) {
    const user = refs.userGuid(segment.coder);
    const name = translate(catalogFor(language), 'ui.qdpx.noteName', { quote: shortQuote(segment.quote.exact) });
    lines.push(
      `${indent(depth + 1)}<Note${xmlAttributes({ guid, name, creatingUser: user, creationDateTime: xsdDateTime(segment.createdAt), modifyingUser: user, modifiedDateTime: xsdDateTime(segment.updatedAt) })}>`,
      `${indent(depth + 2)}<PlainTextContent>${escapeXmlText(segment.memo)}</PlainTextContent>`,
      `${indent(depth + 1)}</Note>`,
    );
  }
  lines.push(`${indent(depth)}</Notes>`);
  return lines;
}
