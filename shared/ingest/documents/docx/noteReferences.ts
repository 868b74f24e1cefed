import { formatNumber } from './numberFormat';

export interface NoteFormat {
  /** w:numFmt of the notes' marks. */
  format: string;
  start: number;
}

/** A footnote or endnote as referenced from the text: its mark, the page of the reference, its order. */
export interface NoteReference {
  label: string;
  page: number;
  order: number;
  /** The mark is the text that follows the reference (w:customMarkFollows), not a number. */
  custom: boolean;
}

export interface CommentReference {
  page: number;
  order: number;
}

/**
 * Footnote and endnote references numbered in the order they occur in the text, as Word numbers them
 * (a note with a custom mark takes no number), and comments in the order their ranges or marks occur.
 */
export function createNoteReferences(footnoteFormat: NoteFormat, endnoteFormat: NoteFormat) {
  const footnotes = new Map<string, NoteReference>();
  const endnotes = new Map<string, NoteReference>();
  const comments = new Map<string, CommentReference>();
  const counted = { footnote: 0, endnote: 0 };
  return {
    footnotes: footnotes as ReadonlyMap<string, NoteReference>,
    endnotes: endnotes as ReadonlyMap<string, NoteReference>,
    comments: comments as ReadonlyMap<string, CommentReference>,
    note(kind: 'footnote' | 'endnote', id: string, page: number, custom: boolean): NoteReference {
      const notes = kind === 'footnote' ? footnotes : endnotes;
      const existing = notes.get(id);
      if (existing) return existing;
      const format = kind === 'footnote' ? footnoteFormat : endnoteFormat;
      const label = custom ? '' : formatNumber(format.start + counted[kind]++, format.format);
      const reference: NoteReference = { label, page, order: notes.size, custom };
      notes.set(id, reference);
      return reference;
    },
    comment(id: string, page: number): void {
      if (!comments.has(id)) comments.set(id, { page, order: comments.size });
    },
  };
}

export type NoteReferences = ReturnType<typeof createNoteReferences>;
