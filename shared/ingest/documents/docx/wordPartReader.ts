import { ImportError } from '../../../domain/importError';
import { parseXml, type XmlAttributes } from '../../../formats/xml/parseXml';
import { OOXML_NAMESPACES, onOff } from './namespaces';
import { symbolText } from './symbolFont';
import { createWordEmbedded } from './wordEmbedded';
import { createWordFields } from './wordFields';
import { openNote } from './wordNotes';
import { createWordParagraphs } from './wordParagraphs';
import type { WordPartContext, WordPartKind } from './wordPartContext';
import { createWordRuns } from './wordRuns';
import { createWordTables } from './wordTables';

/** Elements whose whole content is left out: properties not read, deleted text, field codes, ruby guides. */
const SKIPPED = new Set([
  'w:rPr', 'w:sectPr', 'w:sdtPr', 'w:sdtEndPr', 'w:tblGrid', 'w:tblPrEx', 'w:background', 'w:instrText', 'w:delText',
  'w:delInstrText', 'w:customXmlPr', 'w:smartTagPr', 'w:rt', 'w:rubyPr', 'w:headerReference', 'w:footerReference',
  'w:pPrChange', 'w:rPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange', 'm:rPr', 'm:ctrlPr',
]);

/**
 * Reads one WordprocessingML part (the main document, footnotes, endnotes or comments) in one SAX pass
 * into the assembler. See importDocx for what is read and how; paragraphs, runs, tables, notes, fields
 * and embedded content each have their own reader here.
 */
export function readWordPart(source: string, part: string, kind: WordPartKind, context: WordPartContext): void {
  const { assembler, counts, references, pages } = context;
  const names: string[] = [];
  const paragraphs = createWordParagraphs(context, kind);
  const tables = createWordTables(context);
  const runs = createWordRuns(assembler);
  const fields = createWordFields();
  const embedded = createWordEmbedded(context);
  const alternates: boolean[] = [];
  let skip = 0;
  let inText = false;
  let rootSeen = false;

  const emit = (text: string): void => {
    if (!fields.inInstructions && text !== '') assembler.text(text);
  };

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
    const paragraph = paragraphs.current();
    const table = tables.current();

    // Properties: only what decides structure is read, the rest skipped.
    if (parent === 'w:pPr' && paragraph) return paragraphs.property(name, attributes, paragraph);
    if (parent === 'w:numPr' && paragraph) {
      paragraphs.numberingProperty(name, attributes, paragraph);
      return false;
    }
    if (parent === 'w:rPr' && names[names.length - 2] === 'w:r') {
      runs.property(name, attributes);
      return false;
    }
    if (parent === 'w:rPr' && paragraph) {
      paragraphs.markProperty(name, paragraph);
      return false;
    }
    if (parent === 'w:tblPr' && table) {
      tables.property(name, attributes, table);
      return false;
    }
    if (parent === 'w:trPr' && table) {
      tables.rowProperty(name, attributes, table);
      return false;
    }
    if (parent === 'w:tcPr' && table) {
      tables.cellProperty(name, attributes, table);
      return false;
    }
    if (name === 'w:rPr' && parent === 'w:r') return true; // for a symbol font
    if (SKIPPED.has(name)) return false;

    switch (name) {
      case 'w:footnote':
      case 'w:endnote':
      case 'w:comment':
        return names.length === 1 ? openNote(name, attributes, context) : true;
      case 'w:p':
        paragraphs.open();
        return true;
      case 'w:pPr':
        return parent === 'w:p';
      case 'w:r':
        runs.open();
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
        if (type === 'page' && pages === 'explicit' && !fields.inInstructions) assembler.pageBreak();
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
        if (fields.inInstructions) return true;
        const custom = onOff(attributes.get('w:customMarkFollows') ?? '0');
        const reference = references.note(name === 'w:footnoteReference' ? 'footnote' : 'endnote', attributes.get('w:id') ?? '', assembler.page, custom);
        if (custom) runs.customMark(reference);
        else emit(`[${reference.label}]`);
        return true;
      }
      case 'w:commentReference':
      case 'w:commentRangeStart':
        references.comment(attributes.get('w:id') ?? '', assembler.page);
        return true;
      case 'w:fldChar':
        fields.fieldChar(attributes.get('w:fldCharType'));
        return true;
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
        if (text && !fields.inInstructions) {
          assembler.beginTextBox();
          assembler.text(text);
          assembler.endTextBox();
        }
        return false;
      }
      case 'w:object':
      case 'o:OLEObject':
      case 'w:objectEmbed':
      case 'w:objectLink':
      case 'w:control':
      case 'a:blip':
      case 'v:imagedata':
      case 'c:chart':
      case 'dgm:relIds':
      case 'w:altChunk':
      case 'w:subDoc':
        embedded.open(name, attributes);
        return true;
      case 'w:tbl':
        tables.open();
        return true;
      case 'w:tblPr':
        return parent === 'w:tbl';
      case 'w:tr':
        tables.openRow();
        return true;
      case 'w:trPr':
        return parent === 'w:tr';
      case 'w:tc':
        return tables.openCell();
      case 'w:tcPr':
        return parent === 'w:tc';
      default:
        return true;
    }
  }

  function close(name: string): void {
    switch (name) {
      case 'w:p':
        paragraphs.close();
        return;
      case 'w:pPr':
        paragraphs.closeProperties();
        return;
      case 'w:t':
      case 'm:t':
        inText = false;
        return;
      case 'w:r':
        runs.close();
        return;
      case 'mc:AlternateContent':
        alternates.pop();
        return;
      case 'w:txbxContent':
        assembler.endTextBox();
        return;
      case 'w:object':
        embedded.close(name);
        return;
      case 'w:tc':
        tables.closeCell();
        return;
      case 'w:tr':
        tables.closeRow();
        return;
      case 'w:tbl':
        tables.close();
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
        if (skip > 0 || !inText || fields.inInstructions) return;
        runs.text(text);
      },
    },
    part,
    assembler.guard,
  );
}
