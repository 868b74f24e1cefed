import { ImportError } from '../../domain/importError';
import { decodeXml } from '../../formats/xml/decodeXml';
import { openZip } from '../../formats/zip/readZip';
import { QDC_LIMITS, type ReadQdcOptions, type ReadQdcResult } from './qdcTypes';
import { readQdc } from './readQdc';
import { isCompoundFile, isZip, projectEntry } from './refiZip';

/**
 * Reads a codebook from a file's bytes: a REFI-QDA project (.qdpx, a zip whose project.qde is read), or
 * an XML file (.qdc codebook or bare .qde project) in UTF-8 with or without a byte order mark, UTF-16
 * with a byte order mark (or starting with `<?`), or ISO-8859-1 when its declaration says so. A .qdpx may
 * hold large sources beside the project: only project.qde is unpacked, and only up to
 * QDC_LIMITS.maxXmlBytes. See readQdc for what comes back. Never throws.
 */
export function readQdcBytes(bytes: unknown, options: ReadQdcOptions = {}): ReadQdcResult {
  const data = bytes instanceof Uint8Array ? bytes : bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : null;
  if (data === null) return { ok: false, error: 'invalidInput' };
  if (data.length === 0) return { ok: false, error: 'empty' };
  if (isZip(data) || isCompoundFile(data)) return readProject(data, options);
  if (data.length > QDC_LIMITS.maxXmlBytes) return { ok: false, error: 'tooLarge' };
  return readQdc(decodeXml(data), options);
}

function readProject(bytes: Uint8Array, options: ReadQdcOptions): ReadQdcResult {
  let xml: string;
  try {
    // The sources may be large: the declared total is not limited, only what is unpacked (project.qde).
    const zip = openZip(bytes, { maxUnzippedBytes: Number.MAX_SAFE_INTEGER, maxZipEntries: QDC_LIMITS.maxZipEntries });
    const entry = projectEntry(zip);
    if (entry === null) return { ok: false, error: 'noProjectInZip' };
    if (entry.size > QDC_LIMITS.maxXmlBytes) return { ok: false, error: 'tooLarge' };
    const unpacked = zip.read(entry.name);
    if (unpacked === null) return { ok: false, error: 'noProjectInZip' };
    xml = decodeXml(unpacked);
  } catch (error) {
    if (error instanceof ImportError && error.code === 'zipTooLarge') return { ok: false, error: 'tooLarge' };
    return { ok: false, error: 'notZip' };
  }
  return readQdc(xml, options);
}
