/**
 * What a table file's bytes are before anything is parsed: a zip (an .xlsx), an OLE/CFB container
 * (a password-protected .xlsx or an old .xls), a known binary format, or text in some encoding.
 */
import { byteOrderMark, decodeText } from '../../formats/encoding/decodeText';
import { utf16WithoutBom } from '../../formats/encoding/utf16WithoutBom';
import type { TableProblem } from './tableTypes';
import { ImportError } from '../../domain/importError';

export type TableContainer = 'zip' | 'cfb' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BINARY_MAGIC: ReadonlyArray<{ name: string; magic: readonly number[] }> = [
  { name: 'PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', magic: [0x1f, 0x8b] },
  { name: 'RAR', magic: [0x52, 0x61, 0x72, 0x21] },
  { name: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** Checks the size and emptiness, then says which container the bytes are in. */
export function tableContainer(bytes: Uint8Array, maxBytes?: number): TableContainer {
  if (maxBytes !== undefined && bytes.length > maxBytes) throw new ImportError('tooLarge', `${bytes.length} bytes, over the limit of ${maxBytes}`);
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  for (const { name, magic } of BINARY_MAGIC) if (startsWith(bytes, magic)) throw new ImportError('binary', `a ${name} file`);
  return 'text';
}

export interface DecodedTableText {
  text: string;
  encoding: string;
  problems: TableProblem[];
}

/**
 * Decodes CSV bytes with decodeText (BOM, UTF-16, strict UTF-8, else Windows-1252), telling it of UTF-16
 * without a BOM; NUL bytes in other text are binary.
 */
export function decodeTableText(bytes: Uint8Array): DecodedTableText {
  if (bytes.length === 0) throw new ImportError('empty');
  const bom = byteOrderMark(bytes);
  const declared = bom === null ? utf16WithoutBom(bytes) : null;
  if (bom === null && declared === null && bytes.indexOf(0) !== -1) throw new ImportError('binary', `a NUL byte at offset ${bytes.indexOf(0)}`);
  const decoded = decodeText(bytes, declared);
  const problems: TableProblem[] = [];
  for (const warning of decoded.warnings) {
    if (warning.code === 'decodedAsWindows1252' || warning.code === 'mixedEncodings') problems.push({ code: warning.code, line: null });
    else if (warning.code === 'decodedAsUtf16') problems.push({ code: 'decodedAsUtf16', line: null });
    else if (warning.code === 'replacementCharacters') problems.push({ code: 'replacementCharacters', line: null, values: warning.values ?? {} });
  }
  if (decoded.encoding !== 'utf-16le' && decoded.encoding !== 'utf-16be' && decoded.text.indexOf('\u0000') !== -1) {
    throw new ImportError('binary', 'NUL characters in the text');
  }
  if (decoded.text.trim() === '') throw new ImportError('empty');
  return { text: decoded.text, encoding: decoded.encoding, problems };
}
