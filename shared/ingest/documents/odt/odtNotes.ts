import type { BlockNote } from '../../../domain/document';
import type { FlowAssembler } from '../flow/flowAssembler';
import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { OdtParagraphs } from './odtParagraphs';

/**
 * Footnotes, endnotes (text:note: its citation becomes the mark `[label]` in the text, its body a note)
 * and comments (office:annotation, labelled K1, K2 … with the author of its dc:creator).
 */
export interface OdtNotes {
  openNote(attributes: XmlAttributes): void;
  closeNote(): void;
  openCitation(attributes: XmlAttributes): void;
  closeCitation(): void;
  /** Returns false when the body is not a footnote's or an endnote's: it is skipped. */
  openBody(): boolean;
  closeBody(): void;
  openAnnotation(): void;
  closeAnnotation(): void;
  /** Returns false outside a comment: the dc:creator is skipped. */
  openCreator(): boolean;
  closeCreator(): void;
  /** Takes the text of a citation or a creator being read; false for text of the document. */
  capture(text: string): boolean;
}

export function createOdtNotes(assembler: FlowAssembler, paragraphs: OdtParagraphs): OdtNotes {
  const notes: BlockNote[] = [];
  const order = { footnote: 0, endnote: 0, comment: 0 };
  let capture: string | null = null;
  let captureFor: 'citation' | 'creator' | null = null;
  let citationLabel = '';

  return {
    openNote(attributes) {
      const kind = attributes.get('text:note-class') === 'endnote' ? 'endnote' : 'footnote';
      notes.push({ kind, label: '', author: null });
    },

    closeNote() {
      notes.pop();
    },

    openCitation(attributes) {
      citationLabel = attributes.get('text:label') ?? '';
      capture = '';
      captureFor = 'citation';
    },

    closeCitation() {
      const note = notes[notes.length - 1];
      const label = (citationLabel || capture || '').trim() || '*';
      capture = null;
      captureFor = null;
      if (note) note.label = label;
      paragraphs.emit(`[${label}]`, true, false);
    },

    openBody() {
      const note = notes[notes.length - 1];
      if (!note || note.kind === 'comment') return false;
      paragraphs.enter();
      assembler.beginNote(note, assembler.page, order[note.kind]++);
      return true;
    },

    closeBody() {
      assembler.endNote();
      paragraphs.leave();
    },

    openAnnotation() {
      const note: BlockNote = { kind: 'comment', label: `K${order.comment + 1}`, author: null };
      notes.push(note);
      paragraphs.enter();
      assembler.beginNote(note, assembler.page, order.comment++);
    },

    closeAnnotation() {
      assembler.endNote();
      notes.pop();
      paragraphs.leave();
    },

    openCreator() {
      if (notes[notes.length - 1]?.kind !== 'comment') return false;
      capture = '';
      captureFor = 'creator';
      return true;
    },

    closeCreator() {
      const note = notes[notes.length - 1];
      if (note && captureFor === 'creator') note.author = (capture ?? '').trim() || null;
      capture = null;
      captureFor = null;
    },

    capture(text) {
      if (capture === null) return false;
      capture += text;
      return true;
    },
  };
}
