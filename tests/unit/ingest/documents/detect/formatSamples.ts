// Small files of each kind, built as bytes, for format detection tests.
import { strToU8, zipSync } from 'fflate';

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function pdfBytes(): Uint8Array {
  return utf8('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
}

export function docxBytes(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<Relationships/>'),
    'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
  });
}

/** An OpenDocument zip: `mimetype` first and stored, as the standard asks. */
export function odfBytes(mimetype: string): Uint8Array {
  return zipSync({ mimetype: [strToU8(mimetype), { level: 0 }], 'content.xml': strToU8('<office:document-content/>'), 'META-INF/manifest.xml': strToU8('<manifest/>') });
}

export function xlsxBytes(): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
}

export function plainZipBytes(): Uint8Array {
  return zipSync({ 'bilder/a.txt': strToU8('hej'), 'b.txt': strToU8('hopp') });
}

/** An OLE compound file header with a directory entry name, as UTF-16LE, somewhere after it. */
export function oleBytes(entryName: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Array.from(entryName).flatMap((ch) => [ch.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

export function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
}
