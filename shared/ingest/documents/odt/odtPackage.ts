import { ImportError } from '../../../domain/importError';
import { decodeUtf8Replacing } from '../../../formats/encoding/utf8Lenient';
import { parseXml } from '../../../formats/xml/parseXml';
import { readXmlEntry } from '../../../formats/xml/readXmlEntry';
import type { ZipArchive } from '../../../formats/zip/readZip';
import { ODF_NAMESPACES } from './namespaces';

const TEXT_DOCUMENT = /^application\/vnd\.oasis\.opendocument\.text(?:-template|-master)?$/;

/**
 * Checks that a zip is an OpenDocument text and can be read: its media type (the `mimetype` entry, else
 * the manifest's root entry) is a text document's, else 'unsupportedFormat' (a spreadsheet, a
 * presentation …); a manifest that lists encryption data is a password-protected document
 * ('encryptedOffice'); a zip with neither a media type nor a content.xml is no ODF package ('corrupt').
 */
export function checkOdtPackage(zip: ZipArchive): void {
  const manifest = readXmlEntry(zip, 'META-INF/manifest.xml');
  let rootType: string | null = null;
  let encrypted = false;
  if (manifest !== null) {
    parseXml(
      manifest,
      ODF_NAMESPACES,
      {
        open(name, attributes) {
          if (name === 'manifest:file-entry' && attributes.get('manifest:full-path') === '/') rootType = attributes.get('manifest:media-type') ?? null;
          else if (name === 'manifest:encryption-data') encrypted = true;
        },
        close() {},
        text() {},
      },
      'META-INF/manifest.xml',
    );
  }
  const mimetypeBytes = zip.read('mimetype');
  const mediaType = mimetypeBytes ? decodeUtf8Replacing(mimetypeBytes).text.trim() : rootType;
  if (mediaType === null && !zip.has('content.xml')) throw new ImportError('corrupt', 'no mimetype and no content.xml: not an OpenDocument package');
  if (mediaType !== null && !TEXT_DOCUMENT.test(mediaType)) throw new ImportError('unsupportedFormat', `an OpenDocument file of type ${mediaType}, not a text document`);
  if (encrypted) throw new ImportError('encryptedOffice', 'the manifest lists encrypted entries');
  if (!zip.has('content.xml')) throw new ImportError('corrupt', 'no content.xml');
}
