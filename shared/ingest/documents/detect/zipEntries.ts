import { unzipSync } from 'fflate';

/** What format detection needs from a zip: the entry names and the ODF `mimetype` entry's text. */
export interface ZipSummary {
  names: string[];
  /** The content of an entry named `mimetype`, when small (OpenDocument names its type there). */
  mimetype: string | null;
}

/**
 * Lists a zip's entries from its central directory; only a small `mimetype` entry is unpacked. Throws
 * when the bytes are not a readable zip.
 */
export function summariseZip(bytes: Uint8Array): ZipSummary {
  const names: string[] = [];
  const unpacked = unzipSync(bytes, {
    filter(file) {
      names.push(file.name);
      return file.name === 'mimetype' && file.size <= 256 && file.originalSize <= 256 && (file.compression === 0 || file.compression === 8);
    },
  });
  const mimetype = unpacked.mimetype;
  let text: string | null = null;
  if (mimetype) {
    text = '';
    for (const byte of mimetype) text += String.fromCharCode(byte);
    text = text.trim();
  }
  return { names, mimetype: text };
}
