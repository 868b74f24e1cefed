import type { ImportedDocument, ImportOptions } from '../importTypes';
import { ImportError } from '../../../domain/importError';
import type { ImportWarning } from '../../../domain/importWarning';
import { createFlowAssembler } from '../flow/flowAssembler';
import { parseXml } from '../../../formats/xml/parseXml';
import { readXmlEntry } from '../../../formats/xml/readXmlEntry';
import { openZip, type ZipArchive } from '../../../formats/zip/readZip';
import { withPartLimit } from '../../../formats/zip/limitedParts';
import { createLimitGuard } from '../../../domain/importLimits';
import { ODF_NAMESPACES } from './namespaces';
import type { OdtCounts } from './odtBodyContext';
import { readOdtContent } from './odtBodyReader';
import { odtMetadata } from './odtMetadata';
import { checkOdtPackage } from './odtPackage';
import { createOdtStyleCollector, createOdtStyles, type OdtStyles } from './odtStyles';

/**
 * Imports an OpenDocument text (ODT):
 * - the package must say it is a text document (else 'unsupportedFormat') and not be encrypted (else
 *   'encryptedOffice');
 * - text:h are headings (text:outline-level, else their style's level), text:p paragraphs (a paragraph
 *   of the Title style a level-1 heading), paragraphs in text:list list items (depth = nesting; ordered
 *   when the list style numbers that level); white space collapsed as ODF says, text:s, text:tab and
 *   text:line-break kept;
 * - tables cell by cell (header rows from table:table-header-rows, covered cells give no block, repeated
 *   cells and rows counted in the column and row numbers), text boxes and shapes' text after their anchor
 *   paragraph;
 * - footnotes then endnotes as note blocks at the end, labelled with their citation, which stands in
 *   brackets at the reference; annotations as comment blocks K1, K2 … with their author;
 * - tracked changes read as accepted: the body already holds the text after the changes, the deleted
 *   text (kept in text:tracked-changes) is left out;
 * - pages from LibreOffice's soft page breaks, else from page breaks in paragraph styles; none seen,
 *   pages stay null;
 * - headers, footers, images and embedded objects left out (with warnings); nothing outside the file is
 *   ever fetched.
 */
export function importOdt(bytes: Uint8Array, options: ImportOptions): ImportedDocument {
  const guard = createLimitGuard(options.limits, options.clock);
  const zip = withPartLimit(openZip(bytes, options.limits), guard);
  checkOdtPackage(zip);
  const content = readXmlEntry(zip, 'content.xml') as string;
  const styles = readNamedStyles(zip);
  const assembler = createFlowAssembler(guard);
  const counts: OdtCounts = { images: 0, external: 0, embedded: 0, insertions: 0, deletions: 0 };
  readOdtContent(content, styles, assembler, counts, /<(?:[\w.-]+:)?soft-page-break\b/.test(content) ? 'rendered' : 'explicit');
  const { text, blocks, pageCount } = assembler.finish();
  if (blocks.length === 0) throw new ImportError('empty', counts.images + counts.external > 0 ? 'only pictures, no text' : 'no text');

  const warnings: ImportWarning[] = [];
  if (counts.insertions + counts.deletions > 0) warnings.push({ code: 'trackedChangesAccepted', values: { insertions: counts.insertions, deletions: counts.deletions } });
  const comments = blocks.filter((block) => block.kind === 'comment').length;
  if (comments > 0) warnings.push({ code: 'commentsKept', values: { count: comments } });
  if (counts.images > 0) warnings.push({ code: 'imagesIgnored', values: { count: counts.images } });
  if (counts.external > 0) warnings.push({ code: 'externalResourcesIgnored', values: { count: counts.external } });
  if (counts.embedded > 0) warnings.push({ code: 'embeddedObjectsIgnored', values: { count: counts.embedded } });

  let meta: string | null = null;
  try {
    meta = readXmlEntry(zip, 'meta.xml');
  } catch (error) {
    if (!(error instanceof ImportError && error.code === 'corrupt')) throw error;
  }
  return { format: 'odt', text, blocks, pageCount, warnings, metadata: safeMetadata(meta) };
}

/** The named styles of styles.xml (office:styles); its automatic styles belong to headers and footers. */
function readNamedStyles(zip: ZipArchive): OdtStyles {
  const styles = createOdtStyles();
  const source = readXmlEntry(zip, 'styles.xml');
  if (source === null) return styles;
  const collector = createOdtStyleCollector(styles);
  let depth = 0;
  let inStyles = false;
  parseXml(
    source,
    ODF_NAMESPACES,
    {
      open(name, attributes) {
        depth++;
        if (depth === 2 && name === 'office:styles') inStyles = true;
        else if (inStyles) collector.open(name, attributes);
      },
      close(name) {
        if (depth === 2) inStyles = false;
        else if (inStyles) collector.close(name);
        depth--;
      },
      text() {},
    },
    'styles.xml',
  );
  return styles;
}

/** Metadata is a nicety: damaged metadata costs the metadata, not the document. */
function safeMetadata(meta: string | null) {
  try {
    return odtMetadata(meta);
  } catch (error) {
    if (error instanceof ImportError && error.code === 'corrupt') return odtMetadata(null);
    throw error;
  }
}
