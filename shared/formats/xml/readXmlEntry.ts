import type { ZipArchive } from '../zip/readZip';
import { decodeXml } from './decodeXml';

/** The text of a zip entry holding XML, or null when there is no such entry. */
export function readXmlEntry(zip: ZipArchive, name: string): string | null {
  const bytes = zip.read(name);
  return bytes ? decodeXml(bytes) : null;
}
