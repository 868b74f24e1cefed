import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { WordPartContext } from './wordPartContext';

/**
 * Opens a footnote, an endnote or a comment of the notes and comments parts (w:footnote, w:endnote,
 * w:comment) as a note of the flow; returns false for one that is not shown: separators, continuation
 * notices, notes never referenced and comments on nothing.
 */
export function openNote(name: string, attributes: XmlAttributes, context: WordPartContext): boolean {
  const { assembler, references } = context;
  const id = attributes.get('w:id') ?? '';
  if (name === 'w:comment') {
    const comment = context.comments?.get(id);
    if (!comment) return false;
    const author = attributes.get('w:author')?.trim() || null;
    assembler.beginNote({ kind: 'comment', label: comment.label, author }, comment.page, comment.order);
    return true;
  }
  const type = attributes.get('w:type');
  if (type && type !== 'normal') return false; // separators and continuation notices
  const noteKind = name === 'w:footnote' ? 'footnote' : 'endnote';
  const reference = (noteKind === 'footnote' ? references.footnotes : references.endnotes).get(id);
  if (!reference) return false; // never referenced: Word does not show it
  assembler.beginNote({ kind: noteKind, label: reference.label || '*', author: null }, reference.page, reference.order);
  return true;
}
