import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { FlowAssembler } from '../flow/flowAssembler';
import type { NoteReference } from './noteReferences';
import { isSymbolFont, symbolFontText } from './symbolFont';

/**
 * Runs (w:r) of a Word part and their text: text in a symbol font (Symbol, Wingdings) becomes the
 * characters it shows, and the text of a run that follows a custom note mark is that note's label.
 */
export interface WordRuns {
  open(): void;
  /** The run's w:rPr content: its font, when that is a symbol font. */
  property(name: string, attributes: XmlAttributes): void;
  /** A note reference whose mark is the text that follows in the run (w:customMarkFollows). */
  customMark(reference: NoteReference): void;
  /** Text of a w:t or m:t. */
  text(text: string): void;
  close(): void;
}

export function createWordRuns(assembler: FlowAssembler): WordRuns {
  /** Per open run: its symbol font (Symbol, Wingdings), or null. */
  const runFonts: (string | null)[] = [];
  let customMark: NoteReference | null = null;
  return {
    open() {
      runFonts.push(null);
    },

    property(name, attributes) {
      if (name === 'w:rFonts') {
        const font = attributes.get('w:ascii') ?? attributes.get('w:hAnsi');
        runFonts[runFonts.length - 1] = isSymbolFont(font) ? (font as string) : null;
      }
    },

    customMark(reference) {
      customMark = reference;
    },

    text(text) {
      const font = runFonts[runFonts.length - 1];
      const shown = font ? symbolFontText(font, text) : text;
      if (customMark) customMark.label += shown;
      assembler.text(shown);
    },

    close() {
      runFonts.pop();
      if (customMark) customMark.label = customMark.label.trim() || '*';
      customMark = null;
    },
  };
}
