import { detectFormat } from './detect/detectFormat';
import { importDocx } from './docx/importDocx';
import { importHtml } from './html/importHtml';
import type { ImportedDocument, ImportOptions } from './importTypes';
import { ImportError } from '../../domain/importError';
import { importOdt } from './odt/importOdt';
import { importPdf } from './pdf/importPdf';
import { importText } from './text/importText';

export { wordCount } from '../../text/wordCount';

/**
 * Reads any file Spårbar imports into its text model: checks the size limit, tells the format from the
 * content (not the name), runs that format's importer and adds a 'mislabelled' warning when the name
 * claimed another format. Throws ImportError with a catalog code for everything it refuses. The time
 * limit is the host's to enforce (a worker it can terminate).
 */
export async function importDocument(bytes: Uint8Array, options: ImportOptions): Promise<ImportedDocument> {
  const max = options.limits.maxFileBytes;
  if (bytes.byteLength > max) throw new ImportError('tooLarge', `${bytes.byteLength} bytes, over the limit of ${max}`);
  if (bytes.byteLength === 0) throw new ImportError('empty', '0 bytes');
  const detected = detectFormat(bytes, options.fileName);
  let document: ImportedDocument;
  switch (detected.format) {
    case 'pdf':
      document = await importPdf(bytes, options);
      break;
    case 'docx':
      document = importDocx(bytes, options);
      break;
    case 'odt':
      document = importOdt(bytes, options);
      break;
    case 'html':
      document = importHtml(bytes, options);
      break;
    case 'txt':
    case 'md':
      document = importText(bytes, options);
      break;
  }
  if (detected.mislabelled) document = { ...document, warnings: [detected.mislabelled, ...document.warnings] };
  return document;
}
