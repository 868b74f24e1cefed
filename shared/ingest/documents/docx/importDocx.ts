import type { ImportedDocument, ImportOptions, SourceMetadata } from '../importTypes';
import { ImportError } from '../../../domain/importError';
import type { ImportWarning } from '../../../domain/importWarning';
import { createFlowAssembler } from '../flow/flowAssembler';
import { parseXml } from '../../../formats/xml/parseXml';
import { readXmlEntry } from '../../../formats/xml/readXmlEntry';
import { openZip, type ZipArchive } from '../../../formats/zip/readZip';
import { withPartLimit } from '../../../formats/zip/limitedParts';
import { createLimitGuard } from '../../../domain/importLimits';
import { docxMetadata } from './documentProperties';
import { OOXML_NAMESPACES } from './namespaces';
import { createNoteReferences } from './noteReferences';
import { parseNoteSettings, sectionTypes, withSectionNoteFormats } from './noteSettings';
import { NO_NUMBERING, parseNumbering } from './numbering';
import { findPart, readRelationships } from './relationships';
import { NO_STYLES, parseStyles } from './styles';
import { readWordPart } from './wordPartReader';
import type { DocxCounts, WordPartContext } from './wordPartContext';

/**
 * Imports a Word document (DOCX, Transitional or Strict) with our own OOXML reader:
 * - the main part is found through the package relationships (any name), its styles, numbering, notes,
 *   comments and settings through its own;
 * - headings from w:outlineLvl or the paragraph style (outline level, or heading/title names in several
 *   languages); list items from numbering (depth = w:ilvl, ordered unless a bullet); tables cell by cell
 *   (header rows from w:tblHeader, or the first row when tblLook and the table style say so; gridSpan
 *   advances the column; vertically merged continuation cells give no block; a nested table's cells come
 *   right after the cell holding it); text boxes after their anchor paragraph; content controls, fields'
 *   results and hyperlinks read as text, field codes not;
 * - footnotes then endnotes as note blocks at the end, labelled as Word numbers them (in reference order,
 *   with the document's number format: endnotes i, ii … by default), the label in brackets at the
 *   reference; comments as comment blocks after them (K1, K2 … in the order of their anchors), with
 *   their author;
 * - tracked changes read as accepted: insertions and moves kept, deletions and moved-away text left
 *   out, a paragraph whose mark was deleted joined to the next;
 * - pages from Word's last rendering (w:lastRenderedPageBreak), else from explicit page breaks; none
 *   seen, pages stay null;
 * - headers and footers, images and embedded objects are left out (with warnings); nothing outside the
 *   file is ever fetched.
 * Errors: 'corrupt' (broken zip or XML, no main document), 'encryptedOffice', 'zipTooLarge', 'empty', and
 * the limits' (shared/domain/importLimits.ts), which hold while the parts are read.
 */
export function importDocx(bytes: Uint8Array, options: ImportOptions): ImportedDocument {
  const guard = createLimitGuard(options.limits, options.clock);
  const zip = withPartLimit(openZip(bytes, options.limits), guard);
  const packageRelationships = readRelationships(zip, '');
  let main = findPart(packageRelationships, 'officeDocument');
  if (main === null || !zip.has(main)) main = zip.has('word/document.xml') ? 'word/document.xml' : null;
  if (main === null) throw new ImportError('corrupt', 'no main document part (word/document.xml)');
  const documentXml = readXmlEntry(zip, main) as string;
  const relationships = readRelationships(zip, main);

  const stylesPart = findPart(relationships, 'styles');
  const stylesXml = stylesPart ? readXmlEntry(zip, stylesPart) : null;
  const styles = stylesXml !== null && stylesPart ? parseStyles(stylesXml, stylesPart) : NO_STYLES;
  const numberingPart = findPart(relationships, 'numbering');
  const numberingXml = numberingPart ? readXmlEntry(zip, numberingPart) : null;
  const numbering = numberingXml !== null && numberingPart ? parseNumbering(numberingXml, numberingPart, styles) : NO_NUMBERING;

  const mayHaveNotes = documentXml.includes('noteReference');
  const settingsPart = mayHaveNotes ? findPart(relationships, 'settings') : null;
  const noteFormats = withSectionNoteFormats(parseNoteSettings(settingsPart ? readXmlEntry(zip, settingsPart) : null, settingsPart ?? ''), documentXml);
  const references = createNoteReferences(noteFormats.footnote, noteFormats.endnote);
  const rendered = documentXml.includes('lastRenderedPageBreak');

  const assembler = createFlowAssembler(guard);
  const counts: DocxCounts = { images: 0, external: 0, embedded: 0, insertions: 0, deletions: 0 };
  const context: WordPartContext = {
    assembler,
    styles,
    numbering,
    relationships,
    counts,
    references,
    pages: rendered ? 'rendered' : 'explicit',
    sectionTypes: rendered ? [] : sectionTypes(documentXml),
  };
  readWordPart(documentXml, main, 'document', context);

  for (const [kind, type, referenced] of [
    ['footnotes', 'footnotes', references.footnotes.size > 0],
    ['endnotes', 'endnotes', references.endnotes.size > 0],
  ] as const) {
    if (!referenced) continue;
    const part = findPart(relationships, type);
    const xml = part ? readXmlEntry(zip, part) : null;
    if (part && xml !== null) readWordPart(xml, part, kind, { ...context, relationships: readRelationships(zip, part) });
  }

  const commentsPart = findPart(relationships, 'comments');
  const commentsXml = commentsPart ? readXmlEntry(zip, commentsPart) : null;
  if (commentsPart && commentsXml !== null) {
    const comments = commentLabels(commentsXml, commentsPart, references.comments);
    readWordPart(commentsXml, commentsPart, 'comments', { ...context, relationships: readRelationships(zip, commentsPart), comments });
  }

  const { text, blocks, pageCount } = assembler.finish();
  if (blocks.length === 0) throw new ImportError('empty', counts.images + counts.external > 0 ? 'only pictures, no text' : 'no text');

  const warnings: ImportWarning[] = [];
  if (counts.insertions + counts.deletions > 0) warnings.push({ code: 'trackedChangesAccepted', values: { insertions: counts.insertions, deletions: counts.deletions } });
  const keptComments = blocks.filter((block) => block.kind === 'comment').length;
  if (keptComments > 0) warnings.push({ code: 'commentsKept', values: { count: keptComments } });
  if (counts.images > 0) warnings.push({ code: 'imagesIgnored', values: { count: counts.images } });
  if (counts.external > 0) warnings.push({ code: 'externalResourcesIgnored', values: { count: counts.external } });
  if (counts.embedded > 0) warnings.push({ code: 'embeddedObjectsIgnored', values: { count: counts.embedded } });

  const coreProperties = findPart(packageRelationships, 'core-properties', 'coreProperties') ?? 'docProps/core.xml';
  const extendedProperties = findPart(packageRelationships, 'extended-properties', 'extendedProperties') ?? 'docProps/app.xml';
  return { format: 'docx', text, blocks, pageCount, warnings, metadata: readMetadata(zip, coreProperties, extendedProperties) };
}

/** Metadata is a nicety: damaged properties parts cost the metadata, not the document. */
function readMetadata(zip: ZipArchive, coreProperties: string, extendedProperties: string): SourceMetadata {
  try {
    return docxMetadata(readXmlEntry(zip, coreProperties), readXmlEntry(zip, extendedProperties));
  } catch (error) {
    if (error instanceof ImportError && error.code === 'corrupt') return docxMetadata(null, null);
    throw error;
  }
}

/**
 * Comment labels K1, K2 … : comments anchored in the text in the order of their anchors, then any others
 * in the order of the comments part.
 */
function commentLabels(
  source: string,
  part: string,
  anchored: ReadonlyMap<string, { page: number; order: number }>,
): Map<string, { label: string; page: number | null; order: number }> {
  const ids = new Set<string>();
  let depth = 0;
  parseXml(
    source,
    OOXML_NAMESPACES,
    {
      open(name, attributes) {
        depth++;
        if (depth === 2 && name === 'w:comment') ids.add(attributes.get('w:id') ?? '');
      },
      close() {
        depth--;
      },
      text() {},
    },
    part,
  );
  const labels = new Map<string, { label: string; page: number | null; order: number }>();
  const ordered = [...anchored.entries()].sort((a, b) => a[1].order - b[1].order).filter(([id]) => ids.has(id));
  for (const [id, anchor] of ordered) labels.set(id, { label: `K${labels.size + 1}`, page: anchor.page, order: labels.size });
  for (const id of ids) if (!labels.has(id)) labels.set(id, { label: `K${labels.size + 1}`, page: null, order: labels.size });
  return labels;
}
