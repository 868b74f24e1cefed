import type { FlowAssembler } from '../flow/flowAssembler';
import type { XmlAttributes } from '../../../formats/xml/parseXml';
import type { OdtPageSource } from './odtBodyContext';
import { odtParagraphRole } from './odtParagraphRole';
import { odtStyleChain, type OdtStyles } from './odtStyles';

interface ParagraphState {
  context: number;
  /** The last text ended in collapsible white space (ODF collapses runs of white space to one space). */
  lastSpace: boolean;
  breakAfter: boolean;
}

/**
 * Paragraphs and headings (text:p, text:h) of an OpenDocument body, in lists or not, and their text with
 * ODF's white-space collapsing. Text belongs to the innermost paragraph of the current context: a table
 * cell, a note or a text box opens a context of its own, so that a paragraph around it gets none of its text.
 */
export interface OdtParagraphs {
  /** A table cell, a note or a text box begins: a context of its own. */
  enter(): void;
  leave(): void;
  open(name: string, attributes: XmlAttributes): void;
  close(): void;
  openList(attributes: XmlAttributes): void;
  closeList(): void;
  /** Text with ODF white-space collapsing; `raw` text (text:s, tabs, breaks, note marks) is kept as it is. */
  emit(text: string, raw?: boolean, spaceAfter?: boolean): void;
}

export function createOdtParagraphs(styles: OdtStyles, assembler: FlowAssembler, pages: OdtPageSource): OdtParagraphs {
  const paragraphs: ParagraphState[] = [];
  const lists: (string | null)[] = [];
  let context = 0;

  const paragraph = (): ParagraphState | undefined => {
    const top = paragraphs[paragraphs.length - 1];
    return top && top.context === context ? top : undefined;
  };

  return {
    enter() {
      context++;
    },

    leave() {
      context--;
    },

    open(name, attributes) {
      const chain = odtStyleChain(styles, attributes.get('text:style-name') ?? null);
      if (pages === 'explicit' && chain.find((style) => style.breakBefore)) assembler.pageBreakBefore();
      assembler.beginParagraph();
      assembler.setRole(odtParagraphRole(name === 'text:h', attributes, chain, lists, styles));
      paragraphs.push({ context, lastSpace: true, breakAfter: pages === 'explicit' && chain.some((style) => style.breakAfter) });
    },

    close() {
      const state = paragraphs.pop();
      assembler.endParagraph();
      if (state?.breakAfter) assembler.pageBreak();
    },

    openList(attributes) {
      lists.push(attributes.get('text:style-name') ?? lists[lists.length - 1] ?? null);
    },

    closeList() {
      lists.pop();
    },

    emit(text, raw = false, spaceAfter = false) {
      const current = paragraph();
      if (!current) return;
      let out = text;
      if (!raw) {
        out = out.replace(/[ \t\r\n]+/g, ' ');
        if (current.lastSpace && out.startsWith(' ')) out = out.slice(1);
        if (out === '') return;
        current.lastSpace = out.endsWith(' ');
      } else {
        current.lastSpace = spaceAfter;
      }
      assembler.text(out);
    },
  };
}
