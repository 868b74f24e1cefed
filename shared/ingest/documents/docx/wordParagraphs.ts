import type { XmlAttributes } from '../../../formats/xml/parseXml';
import { onOff } from './namespaces';
import { paragraphRole, type ParagraphProperties } from './paragraphRole';
import { styleChain, toInt } from './styles';
import type { WordPartContext, WordPartKind } from './wordPartContext';

export interface ParagraphState {
  properties: ParagraphProperties;
  pageBreakBefore: boolean | null;
  markDeleted: boolean;
  sectionBreak: boolean;
}

const PAGE_STARTING_SECTIONS = new Set(['nextPage', 'evenPage', 'oddPage']);

/**
 * Paragraphs (w:p) of a Word part: the properties that decide their role (style, outline level, list
 * numbering), page breaks before them and after sections that start a new page, and a tracked
 * deletion of the paragraph mark.
 */
export interface WordParagraphs {
  /** The innermost open paragraph. */
  current(): ParagraphState | undefined;
  open(): void;
  /** w:pPr content; returns false when the element is to be skipped. */
  property(name: string, attributes: XmlAttributes, paragraph: ParagraphState): boolean;
  /** w:numPr content: the list and its level. */
  numberingProperty(name: string, attributes: XmlAttributes, paragraph: ParagraphState): void;
  /** The paragraph mark's w:rPr content: a tracked insertion or deletion of the mark. */
  markProperty(name: string, paragraph: ParagraphState): void;
  /** The end of w:pPr: a page break before the paragraph (explicit paging). */
  closeProperties(): void;
  close(): void;
}

export function createWordParagraphs(context: WordPartContext, kind: WordPartKind): WordParagraphs {
  const { assembler, styles, numbering, counts, pages } = context;
  const paragraphs: ParagraphState[] = [];
  let sections = 0;
  return {
    current: () => paragraphs[paragraphs.length - 1],

    open() {
      paragraphs.push({ properties: { styleId: null, outlineLevel: null, numId: null, ilvl: null }, pageBreakBefore: null, markDeleted: false, sectionBreak: false });
      assembler.beginParagraph();
    },

    property(name, attributes, paragraph) {
      const value = attributes.get('w:val');
      switch (name) {
        case 'w:pStyle':
          paragraph.properties.styleId = value ?? null;
          return true;
        case 'w:outlineLvl':
          paragraph.properties.outlineLevel = toInt(value);
          return true;
        case 'w:pageBreakBefore':
          paragraph.pageBreakBefore = onOff(value);
          return true;
        case 'w:numPr':
          return true;
        case 'w:rPr':
          return true; // the paragraph mark's properties: tracked insertion or deletion of the mark
        case 'w:sectPr':
          paragraph.sectionBreak = true;
          return false;
        default:
          return false;
      }
    },

    numberingProperty(name, attributes, paragraph) {
      if (name === 'w:numId') paragraph.properties.numId = attributes.get('w:val') ?? null;
      else if (name === 'w:ilvl') paragraph.properties.ilvl = toInt(attributes.get('w:val'));
    },

    markProperty(name, paragraph) {
      if (name === 'w:ins' || name === 'w:moveTo') counts.insertions++;
      else if (name === 'w:del' || name === 'w:moveFrom') {
        counts.deletions++;
        paragraph.markDeleted = true;
      }
    },

    closeProperties() {
      const paragraph = paragraphs[paragraphs.length - 1];
      if (!paragraph || pages !== 'explicit') return;
      const before =
        paragraph.pageBreakBefore ??
        styleChain(styles, paragraph.properties.styleId ?? styles.defaultParagraphStyle).find((style) => style.pageBreakBefore !== null)?.pageBreakBefore ??
        false;
      if (before) assembler.pageBreakBefore();
    },

    close() {
      const paragraph = paragraphs.pop();
      if (!paragraph) return;
      assembler.setRole(paragraphRole(paragraph.properties, styles, numbering));
      assembler.endParagraph(paragraph.markDeleted);
      if (paragraph.sectionBreak) {
        sections++;
        if (pages === 'explicit' && PAGE_STARTING_SECTIONS.has(context.sectionTypes[sections] ?? 'nextPage') && kind === 'document') assembler.pageBreak();
      }
    },
  };
}
