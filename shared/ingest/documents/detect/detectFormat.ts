import { ImportError } from '../../../domain/importError';
import type { ImportWarning } from '../../../domain/importWarning';
import type { SourceFormat } from '../../../domain/sourceFormat';
import { byteOrderMark } from '../../../formats/encoding/decodeText';
import { decodeUtf16 } from '../../../formats/encoding/utf16';
import { utf16WithoutBom } from '../../../formats/encoding/utf16WithoutBom';
import { extensionOf } from './fileExtension';
import { summariseZip } from './zipEntries';

/** The format a file is read as, and whether its name claimed another. */
export interface DetectedFormat {
  format: SourceFormat;
  /** The file name's extension in lower case, '' when none. */
  extension: string;
  /** A 'mislabelled' warning when the extension names another format than the content has. */
  mislabelled: ImportWarning | null;
}

/** What each supported extension promises. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  dotm: 'docx',
  odt: 'odt',
  ott: 'odt',
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkdn: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** Extensions of formats Spårbar does not read: with content of that kind, the file is refused. */
const UNSUPPORTED_EXTENSIONS = new Set([
  'doc', 'dot', 'rtf', 'wpd', 'wps', 'pages', 'xls', 'xlsx', 'xlsm', 'xlsb', 'ods', 'numbers', 'ppt', 'pptx', 'pps', 'ppsx', 'odp', 'key',
  'odg', 'png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'heic', 'svg', 'zip', '7z', 'rar', 'gz', 'tgz', 'bz2', 'xz', 'epub',
  'msg', 'eml', 'mp3', 'mp4', 'm4a', 'wav', 'mov', 'avi', 'exe', 'dll', 'dmg', 'iso',
]);

/** How formats are named in the 'mislabelled' warning; the same in Swedish and English. */
export const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  odt: 'OpenDocument (ODT)',
  html: 'HTML',
  txt: 'text',
  md: 'Markdown',
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Other binary formats people save reports in, recognised by their first bytes. */
const UNSUPPORTED_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'RIFF media (WebP, WAV, AVI)', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** Where an ASCII string first occurs in the bytes, or -1; `limit` bounds the search. */
function indexOfAscii(bytes: Uint8Array, text: string, limit = bytes.length): number {
  const first = text.charCodeAt(0);
  const end = Math.min(limit, bytes.length) - text.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= end; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** True when a stream or storage name appears in an OLE compound file (names are UTF-16LE). */
function hasOleEntry(bytes: Uint8Array, name: string): boolean {
  let utf16 = '';
  for (const ch of name) utf16 += `${ch}\u0000`;
  return indexOfAscii(bytes, utf16) !== -1;
}

/** The first kilobyte as text, for sniffing markup: UTF-16 by its BOM or its NUL bytes, else byte by byte. */
function headText(bytes: Uint8Array, utf16: 'utf-16le' | 'utf-16be' | null): string {
  const bom = byteOrderMark(bytes);
  if (utf16 !== null) return decodeUtf16(bytes.subarray(0, 2048), utf16 === 'utf-16le', bom?.length ?? 0).text;
  let text = '';
  for (let i = bom?.length ?? 0; i < Math.min(bytes.length, 1024); i++) text += String.fromCharCode(bytes[i] as number);
  return text;
}

/** True when text starts like an HTML document, after white space, comments and an XML declaration. */
export function looksLikeHtml(head: string): boolean {
  let rest = head;
  for (;;) {
    rest = rest.trimStart();
    const skip = rest.startsWith('<!--') ? rest.indexOf('-->') : /^<\?xml/i.test(rest) ? rest.indexOf('?>') : null;
    if (skip === null) break;
    if (skip === -1) return false;
    rest = rest.slice(skip + 3);
  }
  return /^<(?:!doctype\s+html|html|head|body)(?=[\s>/]|$)/i.test(rest);
}

function classifyZip(bytes: Uint8Array, claimed: SourceFormat | null): SourceFormat {
  let zip;
  try {
    zip = summariseZip(bytes);
  } catch (error) {
    const detail = `not a readable zip: ${error instanceof Error ? error.message : String(error)}`;
    throw new ImportError(claimed === 'docx' || claimed === 'odt' ? 'corrupt' : 'unsupportedFormat', detail);
  }
  const { names, mimetype } = zip;
  if (names.includes('word/document.xml') || (names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/')))) return 'docx';
  if (mimetype === 'application/vnd.oasis.opendocument.text' || mimetype === 'application/vnd.oasis.opendocument.text-template') return 'odt';
  if (mimetype === null && claimed === 'odt' && names.includes('content.xml')) return 'odt';
  if (names.some((name) => name.startsWith('xl/'))) throw new ImportError('unsupportedFormat', 'an Excel workbook (xlsx)');
  if (names.some((name) => name.startsWith('ppt/'))) throw new ImportError('unsupportedFormat', 'a PowerPoint presentation (pptx)');
  if (mimetype !== null) throw new ImportError('unsupportedFormat', `an OpenDocument file of type ${mimetype}`);
  if (claimed === 'docx' || claimed === 'odt') throw new ImportError('corrupt', `a zip without the parts of a ${claimed} file`);
  throw new ImportError('unsupportedFormat', `a zip archive of ${names.length} entries`);
}

function classifyOle(bytes: Uint8Array, extension: string, claimed: SourceFormat | null): never {
  if (hasOleEntry(bytes, 'EncryptedPackage')) throw new ImportError('encryptedOffice', 'an encrypted Office file (EncryptedPackage)');
  if (hasOleEntry(bytes, 'WordDocument')) throw new ImportError('unsupportedFormat', 'a Word 97-2003 document (.doc): save it as .docx');
  if (claimed === 'docx' || claimed === 'odt' || extension === 'doc') throw new ImportError('encryptedOffice', 'an OLE compound file where a Word or OpenDocument file was expected');
  throw new ImportError('unsupportedFormat', 'an OLE compound file (an older Office format)');
}

function sniff(bytes: Uint8Array, extension: string, claimed: SourceFormat | null): SourceFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return classifyZip(bytes, claimed);
  if (startsWith(bytes, OLE_SIGNATURE)) classifyOle(bytes, extension, claimed);
  if (indexOfAscii(bytes, '%PDF-', 1024) !== -1) return 'pdf';
  const signature = UNSUPPORTED_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) throw new ImportError('unsupportedFormat', signature.name);
  const bom = byteOrderMark(bytes);
  const utf16 = bom === null ? utf16WithoutBom(bytes) : bom.encoding === 'utf-16le' || bom.encoding === 'utf-16be' ? bom.encoding : null;
  if (utf16 === null && bytes.indexOf(0) !== -1) {
    throw new ImportError(claimed === 'pdf' || claimed === 'docx' || claimed === 'odt' ? 'corrupt' : 'binary', `NUL byte at ${bytes.indexOf(0)}`);
  }
  if (looksLikeHtml(headText(bytes, utf16))) return 'html';
  if (claimed === 'txt' || claimed === 'md' || claimed === 'html') return claimed;
  if (UNSUPPORTED_EXTENSIONS.has(extension)) throw new ImportError('unsupportedFormat', `a .${extension} file`);
  return 'txt';
}

/**
 * Tells a file's format from its bytes, not its name: PDF, Word (a zip with word/document.xml),
 * OpenDocument text (a zip whose mimetype says so), HTML (a doctype, html, head or body tag at the
 * start), else text when there are no NUL bytes (UTF-16 allowed, told by its BOM or its NUL bytes). An extension that names
 * another format gives a 'mislabelled' warning; the content wins. Throws ImportError for what Spårbar
 * does not read: 'unsupportedFormat' (spreadsheets, presentations, images, .doc, other zips),
 * 'encryptedOffice' (a password-protected Word file), 'binary', 'corrupt', 'empty'.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  if (bytes.length === 0) throw new ImportError('empty');
  const extension = extensionOf(fileName);
  const claimed = FORMAT_OF_EXTENSION[extension] ?? null;
  const format = sniff(bytes, extension, claimed);
  const textual = (f: SourceFormat | null) => f === 'txt' || f === 'md';
  const wrong = claimed !== null ? claimed !== format && !(textual(claimed) && textual(format)) : UNSUPPORTED_EXTENSIONS.has(extension);
  return { format, extension, mislabelled: wrong ? { code: 'mislabelled', values: { extension, format: FORMAT_NAMES[format] } } : null };
}
