import { ImportError } from '../../importError';
import type { FlowAssembler } from '../flow/flowAssembler';
import { parseXml, type XmlAttributes } from '../../../formats/xml/parseXml';
import { OOXML_NAMESPACES, onOff } from './namespaces';
import type { NoteReference, NoteReferences } from './noteReferences';
import type { Numbering } from './numbering';
import { paragraphRole, type ParagraphProperties } from './paragraphRole';
import type { Relationships } from './relationships';
import { styleChain, toInt, type StyleSheet } from './styles';
import { isSymbolFont, symbolFontText, symbolText } from './symbolFont';

/** What was left out or resolved on the way, for the warnings. */
export interface DocxCounts {
  images: number;
  external: number;
  embedded: number;
  insertions: number;
  deletions: number;
}

/**
 * Where page numbers come from: the page breaks Word rendered last time it saved (w:lastRenderedPageBreak,
 * which already include the explicit ones), else explicit page breaks, page-break-before and sections
 * that start on a new page.
 */
export type PageSource = 'rendered' | 'explicit';

export interface WordPartContext {
  assembler: FlowAssembler;
  styles: StyleSheet;
  numbering: Numbering;
  relationships: Relationships;
  counts: DocxCounts;
  references: NoteReferences;
  pages: PageSource;
  /** w:type of each section in document order ('nextPage' when unstated), for explicit paging. */
  sectionTypes: readonly string[];
  /** Comment id → its label, page and order (comments part only). */
  comments?: ReadonlyMap<string, { label: string; page: number | null; order: number }>;
}

export type WordPartKind = 'document' | 'footnotes' | 'endnotes' | 'comments';

interface ParagraphState {
  properties: ParagraphProperties;
  pageBreakBefore: boolean | null;
  markDeleted: boolean;
  sectionBreak: boolean;
}

interface TableState {
  index: number | null;
  styleId: string | null;
  lookFirstRow: boolean;
  row: number;
  column: number;
  rowHeader: boolean;
  rowDeleted: boolean;
  span: number;
}

/** Elements whose whole content is left out: properties not read, deleted text, field codes, ruby guides. */
const SKIPPED = new Set([
  'w:rPr', 'w:sectPr', 'w:sdtPr', 'w:sdtEndPr', 'w:tblGrid', 'w:tblPrEx', 'w:background', 'w:instrText', 'w:delText',
  'w:delInstrText', 'w:customXmlPr', 'w:smartTagPr', 'w:rt', 'w:rubyPr', 'w:headerReference', 'w:footerReference',
  'w:pPrChange', 'w:rPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange', 'm:rPr', 'm:ctrlPr',
]);
const PAGE_STARTING_SECTIONS = new Set(['nextPage', 'evenPage', 'oddPage']);

/**
 * Reads one WordprocessingML part (the main document, footnotes, endnotes or comments) in one SAX pass
 * into the assembler. See importDocx for what is read and how.
 */
export function readWordPart(source: string, part: string, kind: WordPartKind, context: WordPartContext): void {
  const { assembler, styles, numbering, relationships, counts, references, pages } = context;
  const names: string[] = [];
  const paragraphs: ParagraphState[] = [];
  const tables: TableState[] = [];
  const alternates: boolean[] = [];
  const objects: boolean[] = [];
  const fields: boolean[] = []; // per open field: true while in its instructions
  let fieldInstructions = 0;
  let skip = 0;
  let inText = false;
  let customMark: NoteReference | null = null;
  /** Per open run: its symbol font (Symbol, Wingdings), or null. */
  const runFonts: (string | null)[] = [];
  let sections = 0;
  let rootSeen = false;

  const emit = (text: string): void => {
    if (fieldInstructions === 0 && text !== '') assembler.text(text);
  };
  const relationship = (id: string | undefined) => (id === undefined ? undefined : relationships.get(id));
  const countImage = (embed: string | undefined, link: string | undefined): void => {
    const embedded = relationship(embed);
    if (embed !== undefined && !embedded?.external) counts.images++;
    else if (embedded?.external || link !== undefined) counts.external++;
  };
  const countObject = (id: string | undefined, linked: boolean): void => {
    if (linked || relationship(id)?.external) counts.external++;
    else counts.embedded++;
    if (objects.length) objects[objects.length - 1] = true;
  };

  /** w:pPr content; returns false when the element is to be skipped. */
  function paragraphProperty(name: string, attributes: XmlAttributes, paragraph: ParagraphState): boolean {
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
  }

  function openTable(): void {
    tables.push({ index: assembler.beginTable(), styleId: null, lookFirstRow: false, row: -1, column: 0, rowHeader: false, rowDeleted: false, span: 1 });
  }

  function headerRow(table: TableState): boolean {
    if (table.rowHeader) return true;
    return table.row === 0 && table.lookFirstRow && styleChain(styles, table.styleId).some((style) => style.firstRowFormatting);
  }

  function openNote(name: string, attributes: XmlAttributes): boolean {
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

  function open(name: string, attributes: XmlAttributes): boolean {
    if (!rootSeen) {
      rootSeen = true;
      if (kind === 'document' && name !== 'w:document') {
        const local = name.slice(name.indexOf(':') + 1);
        if (['workbook', 'presentation', 'worksheet'].includes(local)) throw new ImportError('unsupportedFormat', `${part} is a ${local}, not a Word document`);
        throw new ImportError('corrupt', `${part} is not a Word document (root ${name})`);
      }
      return true;
    }
    const parent = names[names.length - 1];
    const paragraph = paragraphs[paragraphs.length - 1];
    const table = tables[tables.length - 1];

    // Properties: only what decides structure is read, the rest skipped.
    if (parent === 'w:pPr' && paragraph) return paragraphProperty(name, attributes, paragraph);
    if (parent === 'w:numPr' && paragraph) {
      if (name === 'w:numId') paragraph.properties.numId = attributes.get('w:val') ?? null;
      else if (name === 'w:ilvl') paragraph.properties.ilvl = toInt(attributes.get('w:val'));
      return false;
    }
    if (parent === 'w:rPr' && names[names.length - 2] === 'w:r') {
      if (name === 'w:rFonts') {
        const font = attributes.get('w:ascii') ?? attributes.get('w:hAnsi');
        runFonts[runFonts.length - 1] = isSymbolFont(font) ? (font as string) : null;
      }
      return false;
    }
    if (parent === 'w:rPr' && paragraph) {
      if (name === 'w:ins' || name === 'w:moveTo') counts.insertions++;
      else if (name === 'w:del' || name === 'w:moveFrom') {
        counts.deletions++;
        paragraph.markDeleted = true;
      }
      return false;
    }
    if (parent === 'w:tblPr' && table) {
      if (name === 'w:tblStyle') table.styleId = attributes.get('w:val') ?? null;
      else if (name === 'w:tblLook') {
        const firstRow = attributes.get('w:firstRow');
        table.lookFirstRow = firstRow !== undefined ? onOff(firstRow) : (Number.parseInt(attributes.get('w:val') ?? '0', 16) & 0x20) !== 0;
      }
      return false;
    }
    if (parent === 'w:trPr' && table) {
      if (name === 'w:tblHeader') table.rowHeader ||= onOff(attributes.get('w:val'));
      else if (name === 'w:cnfStyle') {
        const firstRow = attributes.get('w:firstRow');
        if (firstRow !== undefined ? onOff(firstRow) : (attributes.get('w:val') ?? '').startsWith('1')) table.rowHeader = true;
      } else if (name === 'w:gridBefore') table.column = Math.max(0, toInt(attributes.get('w:val')) ?? 0);
      else if (name === 'w:ins') counts.insertions++;
      else if (name === 'w:del') {
        counts.deletions++;
        table.rowDeleted = true;
      }
      return false;
    }
    if (parent === 'w:tcPr' && table) {
      if (name === 'w:gridSpan') table.span = Math.max(1, toInt(attributes.get('w:val')) ?? 1);
      else if (name === 'w:vMerge' || name === 'w:hMerge') {
        const value = attributes.get('w:val');
        if (value === undefined || value === 'continue') assembler.hideCell();
      }
      return false;
    }
    if (name === 'w:rPr' && parent === 'w:r') return true; // for a symbol font
    if (SKIPPED.has(name)) return false;

    switch (name) {
      case 'w:footnote':
      case 'w:endnote':
      case 'w:comment':
        return names.length === 1 ? openNote(name, attributes) : true;
      case 'w:p':
        paragraphs.push({ properties: { styleId: null, outlineLevel: null, numId: null, ilvl: null }, pageBreakBefore: null, markDeleted: false, sectionBreak: false });
        assembler.beginParagraph();
        return true;
      case 'w:pPr':
        return parent === 'w:p';
      case 'w:r':
        runFonts.push(null);
        return true;
      case 'w:t':
      case 'm:t':
        inText = true;
        return true;
      case 'w:tab':
      case 'w:ptab':
        emit('\t');
        return true;
      case 'w:br': {
        const type = attributes.get('w:type');
        if (type === 'page' && pages === 'explicit' && fieldInstructions === 0) assembler.pageBreak();
        else emit('\n');
        return true;
      }
      case 'w:cr':
        emit('\n');
        return true;
      case 'w:sym':
        emit(symbolText(attributes.get('w:font'), attributes.get('w:char')));
        return true;
      case 'w:noBreakHyphen':
        emit('-');
        return true;
      case 'w:lastRenderedPageBreak':
        if (pages === 'rendered') assembler.pageBreak();
        return true;
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        if (fieldInstructions > 0) return true;
        const custom = onOff(attributes.get('w:customMarkFollows') ?? '0');
        const reference = references.note(name === 'w:footnoteReference' ? 'footnote' : 'endnote', attributes.get('w:id') ?? '', assembler.page, custom);
        if (custom) customMark = reference;
        else emit(`[${reference.label}]`);
        return true;
      }
      case 'w:commentReference':
      case 'w:commentRangeStart':
        references.comment(attributes.get('w:id') ?? '', assembler.page);
        return true;
      case 'w:fldChar': {
        const type = attributes.get('w:fldCharType');
        if (type === 'begin') {
          fields.push(true);
          fieldInstructions++;
        } else if (type === 'separate') {
          if (fields[fields.length - 1] === true) {
            fields[fields.length - 1] = false;
            fieldInstructions--;
          }
        } else if (type === 'end') {
          if (fields.pop() === true) fieldInstructions--;
        }
        return true;
      }
      case 'w:ins':
      case 'w:moveTo':
        counts.insertions++;
        return true;
      case 'w:del':
      case 'w:moveFrom':
        counts.deletions++;
        return false;
      case 'mc:AlternateContent':
        alternates.push(false);
        return true;
      case 'mc:Choice':
        // The first choice is read (the importer understands every choice Word writes); the others and
        // the fallback are the same content in another form.
        if (alternates.length === 0) return true;
        if (alternates[alternates.length - 1]) return false;
        alternates[alternates.length - 1] = true;
        return true;
      case 'mc:Fallback':
        return alternates[alternates.length - 1] !== true;
      case 'w:txbxContent':
        assembler.beginTextBox();
        return true;
      case 'v:textpath': {
        // WordArt: its text is an attribute of the path.
        const text = attributes.get('string');
        if (text && fieldInstructions === 0) {
          assembler.beginTextBox();
          assembler.text(text);
          assembler.endTextBox();
        }
        return false;
      }
      case 'w:object':
        objects.push(false);
        return true;
      case 'o:OLEObject':
        countObject(attributes.get('r:id'), attributes.get('Type') === 'Link');
        return true;
      case 'w:objectEmbed':
      case 'w:objectLink':
        countObject(attributes.get('r:id'), name === 'w:objectLink');
        return true;
      case 'w:control':
        countObject(attributes.get('r:id'), false);
        return true;
      case 'a:blip':
        if (objects.length === 0) countImage(attributes.get('r:embed'), attributes.get('r:link'));
        return true;
      case 'v:imagedata':
        if (objects.length === 0) countImage(attributes.get('r:id') ?? attributes.get('o:relid'), attributes.get('r:href'));
        return true;
      case 'c:chart':
      case 'dgm:relIds':
        counts.embedded++;
        return true;
      case 'w:altChunk':
      case 'w:subDoc':
        if (relationship(attributes.get('r:id'))?.external || name === 'w:subDoc') counts.external++;
        else counts.embedded++;
        return true;
      case 'w:tbl':
        openTable();
        return true;
      case 'w:tblPr':
        return parent === 'w:tbl';
      case 'w:tr':
        if (table) {
          table.row++;
          table.column = 0;
          table.rowHeader = false;
          table.rowDeleted = false;
          assembler.beginRow();
        }
        return true;
      case 'w:trPr':
        return parent === 'w:tr';
      case 'w:tc':
        if (!table || table.rowDeleted) return false;
        table.span = 1;
        assembler.beginCell({ row: table.row, column: table.column, header: headerRow(table) });
        return true;
      case 'w:tcPr':
        return parent === 'w:tc';
      default:
        return true;
    }
  }

  function close(name: string): void {
    switch (name) {
      case 'w:p': {
        const paragraph = paragraphs.pop();
        if (!paragraph) return;
        assembler.setRole(paragraphRole(paragraph.properties, styles, numbering));
        assembler.endParagraph(paragraph.markDeleted);
        if (paragraph.sectionBreak) {
          sections++;
          if (pages === 'explicit' && PAGE_STARTING_SECTIONS.has(context.sectionTypes[sections] ?? 'nextPage') && kind === 'document') assembler.pageBreak();
        }
        return;
      }
      case 'w:pPr': {
        const paragraph = paragraphs[paragraphs.length - 1];
        if (!paragraph || pages !== 'explicit') return;
        const before =
          paragraph.pageBreakBefore ??
          styleChain(styles, paragraph.properties.styleId ?? styles.defaultParagraphStyle).find((style) => style.pageBreakBefore !== null)?.pageBreakBefore ??
          false;
        if (before) assembler.pageBreakBefore();
        return;
      }
      case 'w:t':
      case 'm:t':
        inText = false;
        return;
      case 'w:r':
        runFonts.pop();
        if (customMark) customMark.label = customMark.label.trim() || '*';
        customMark = null;
        return;
      case 'mc:AlternateContent':
        alternates.pop();
        return;
      case 'w:txbxContent':
        assembler.endTextBox();
        return;
      case 'w:object':
        if (objects.pop() === false) counts.embedded++;
        return;
      case 'w:tc': {
        const table = tables[tables.length - 1];
        assembler.endCell();
        if (table) table.column += table.span;
        return;
      }
      case 'w:tr': {
        const table = tables[tables.length - 1];
        assembler.endRow();
        if (table?.rowDeleted) table.row--;
        return;
      }
      case 'w:tbl':
        assembler.endTable();
        tables.pop();
        return;
      case 'w:footnote':
      case 'w:endnote':
      case 'w:comment':
        if (names.length === 1) assembler.endNote();
        return;
      default:
        return;
    }
  }

  parseXml(
    source,
    OOXML_NAMESPACES,
    {
      open(name, attributes) {
        if (skip > 0) {
          skip++;
          return;
        }
        if (open(name, attributes)) names.push(name);
        else skip = 1;
      },
      close(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        names.pop();
        close(name);
      },
      text(text) {
        if (skip > 0 || !inText || fieldInstructions > 0) return;
        const font = runFonts[runFonts.length - 1];
        const shown = font ? symbolFontText(font, text) : text;
        if (customMark) customMark.label += shown;
        assembler.text(shown);
      },
    },
    part,
  );
}
