import { ImportError } from '../../../domain/importError';
import type { FlowAssembler } from '../flow/flowAssembler';
import { parseXml, type XmlAttributes } from '../../../formats/xml/parseXml';
import { ODF_NAMESPACES } from './namespaces';
import type { OdtCounts, OdtPageSource } from './odtBodyContext';
import { createOdtDrawings } from './odtDrawings';
import { createOdtNotes } from './odtNotes';
import { createOdtParagraphs } from './odtParagraphs';
import { createOdtStyleCollector, type OdtStyles } from './odtStyles';
import { createOdtTables } from './odtTables';

/** Elements whose content is never text of the document. */
const SKIPPED = new Set([
  'office:forms', 'office:scripts', 'office:font-face-decls', 'office:event-listeners', 'office:binary-data', 'office:annotation-end',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'text:dde-connection-decls', 'text:number', 'text:ruby-text',
  'text:alphabetical-index-auto-mark-file', 'table:table-columns', 'table:table-column', 'table:table-header-columns', 'svg:title', 'svg:desc',
  'dc:date', 'meta:date-string', 'presentation:notes', 'draw:contour-polygon', 'draw:contour-path', 'draw:enhanced-geometry', 'draw:glue-point',
]);
const OTHER_BODIES = new Set(['office:spreadsheet', 'office:presentation', 'office:drawing', 'office:chart', 'office:image']);
const MAX_SPACES = 1000;

/**
 * Reads content.xml (its automatic styles into `styles`, then office:text) into the assembler in one SAX
 * pass. See importOdt for what is read and how; paragraphs, tables, notes and drawings each have their
 * own reader here.
 */
export function readOdtContent(source: string, styles: OdtStyles, assembler: FlowAssembler, counts: OdtCounts, pages: OdtPageSource): void {
  const collector = createOdtStyleCollector(styles);
  const paragraphs = createOdtParagraphs(styles, assembler, pages);
  const tables = createOdtTables(assembler, paragraphs);
  const notes = createOdtNotes(assembler, paragraphs);
  const drawings = createOdtDrawings(assembler, counts, paragraphs);
  let skip = 0;
  let inStyles = 0;
  let tracked = 0;
  let hasTextBody = false;

  function open(name: string, attributes: XmlAttributes): boolean {
    if (inStyles > 0) {
      collector.open(name, attributes);
      return true;
    }
    if (tracked > 0) {
      if (name === 'text:insertion') counts.insertions++;
      else if (name === 'text:deletion') counts.deletions++;
      return true;
    }
    if (SKIPPED.has(name) || name.endsWith('-source')) return false;
    if (OTHER_BODIES.has(name)) throw new ImportError('unsupportedFormat', `${name} body, not a text document`);
    switch (name) {
      case 'office:automatic-styles':
      case 'office:styles':
        inStyles = 1;
        return true;
      case 'office:text':
        hasTextBody = true;
        return true;
      case 'text:tracked-changes':
        tracked = 1;
        return true;
      case 'text:p':
      case 'text:h':
        paragraphs.open(name, attributes);
        return true;
      case 'text:s': {
        const count = Number.parseInt(attributes.get('text:c') ?? '1', 10);
        paragraphs.emit(' '.repeat(Math.max(1, Math.min(Number.isFinite(count) ? count : 1, MAX_SPACES))), true, false);
        return true;
      }
      case 'text:tab':
        paragraphs.emit('\t', true, true);
        return true;
      case 'text:line-break':
        paragraphs.emit('\n', true, true);
        return true;
      case 'text:soft-page-break':
        if (pages === 'rendered') assembler.pageBreak();
        return true;
      case 'text:list':
        paragraphs.openList(attributes);
        return true;
      case 'table:table':
        tables.open();
        return true;
      case 'table:table-header-rows':
        tables.openHeaderRows();
        return true;
      case 'table:table-row':
        return tables.openRow(attributes);
      case 'table:table-cell':
      case 'table:covered-table-cell':
        return tables.openCell(name, attributes);
      case 'draw:frame':
        drawings.openFrame();
        return true;
      case 'draw:image':
        drawings.image(attributes);
        return false;
      case 'text:note':
        notes.openNote(attributes);
        return true;
      case 'text:note-citation':
        notes.openCitation(attributes);
        return true;
      case 'text:note-body':
        return notes.openBody();
      case 'office:annotation':
        notes.openAnnotation();
        return true;
      case 'dc:creator':
        return notes.openCreator();
      default:
        if (drawings.isObject(name)) {
          drawings.object();
          return false;
        }
        if (drawings.isShape(name)) drawings.openShape();
        return true;
    }
  }

  function close(name: string): void {
    if (inStyles > 0) {
      if (name === 'office:automatic-styles' || name === 'office:styles') inStyles = 0;
      else collector.close(name);
      return;
    }
    if (tracked > 0) {
      if (name === 'text:tracked-changes') tracked = 0;
      return;
    }
    switch (name) {
      case 'text:p':
      case 'text:h':
        paragraphs.close();
        return;
      case 'text:list':
        paragraphs.closeList();
        return;
      case 'table:table':
        tables.close();
        return;
      case 'table:table-header-rows':
        tables.closeHeaderRows();
        return;
      case 'table:table-row':
        tables.closeRow();
        return;
      case 'table:table-cell':
        tables.closeCell();
        return;
      case 'draw:frame':
        drawings.closeFrame();
        return;
      case 'text:note-citation':
        notes.closeCitation();
        return;
      case 'text:note-body':
        notes.closeBody();
        return;
      case 'text:note':
        notes.closeNote();
        return;
      case 'office:annotation':
        notes.closeAnnotation();
        return;
      case 'dc:creator':
        notes.closeCreator();
        return;
      default:
        if (drawings.isShape(name)) drawings.closeShape();
        return;
    }
  }

  let rootSeen = false;
  parseXml(
    source,
    ODF_NAMESPACES,
    {
      open(name, attributes) {
        if (!rootSeen) {
          rootSeen = true;
          if (name !== 'office:document-content') throw new ImportError('corrupt', `content.xml is not OpenDocument content (root ${name})`);
        }
        if (skip > 0) {
          skip++;
          return;
        }
        if (!open(name, attributes)) skip = 1;
        else if (inStyles > 0 && name !== 'office:automatic-styles' && name !== 'office:styles') inStyles++;
        else if (tracked > 0 && name !== 'text:tracked-changes') tracked++;
      },
      close(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        if (inStyles > 1) {
          inStyles--;
          collector.close(name);
          return;
        }
        if (tracked > 1) {
          tracked--;
          return;
        }
        close(name);
      },
      text(text) {
        if (skip > 0 || inStyles > 0 || tracked > 0) return;
        if (notes.capture(text)) return;
        paragraphs.emit(text);
      },
    },
    'content.xml',
    assembler.guard,
  );
  if (!hasTextBody) throw new ImportError('unsupportedFormat', 'content.xml has no text body (office:text)');
}
