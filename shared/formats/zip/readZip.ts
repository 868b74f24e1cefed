import { Inflate } from 'fflate';
import { decodeUtf8Replacing } from '../encoding/utf8Lenient';
import type { ImportLimits } from '../../domain/importLimits';
import { ImportError } from '../../domain/importError';
import { isCompoundFile, isEncryptedOfficePackage } from './cfb';
import { crc32 } from './crc32';

export type ZipLimits = Pick<ImportLimits, 'maxUnzippedBytes' | 'maxZipEntries'>;

export interface ZipEntryInfo {
  /** The entry's name: a plain string, never used as a file path. */
  name: string;
  /** Unpacked size as the central directory declares it. */
  size: number;
  compressedSize: number;
}

/** A zip opened by its central directory; entries are inflated one by one, on demand. */
export interface ZipArchive {
  readonly entries: readonly ZipEntryInfo[];
  /** Whether an entry of this name exists (case-insensitive: OPC part names are). */
  has(name: string): boolean;
  /** The entry's unpacked bytes, or null when there is none. Counts against the limits. */
  read(name: string): Uint8Array | null;
}

interface Entry extends ZipEntryInfo {
  /** The name as stored, before an Info-ZIP Unicode path field replaced it. */
  storedName: string;
  method: number;
  flags: number;
  crc: number;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
/** Compressed bytes handed to the inflater at a time: bounds the output of one step (deflate ≤ 1032:1). */
const INFLATE_STEP = 32 * 1024;

/**
 * Opens a zip-based document (DOCX, ODT) safely:
 * - the central directory is read first, and the file is refused before anything is inflated when it
 *   declares more entries than `maxZipEntries` or more unpacked bytes in total than `maxUnzippedBytes`
 *   (ImportError 'zipTooLarge');
 * - headers that lie are caught while inflating: an entry that inflates past its declared size, or reads
 *   that together pass `maxUnzippedBytes`, stop at once ('zipTooLarge'); one that falls short of it or
 *   fails its CRC is 'corrupt';
 * - two entries that claim the same name (compared case-insensitively, and counting the Info-ZIP Unicode
 *   path field, which some readers honour and others ignore) make the file ambiguous: 'corrupt', since
 *   which one a reader shows would depend on the reader;
 * - an OLE compound file is a password-protected Office package ('encryptedOffice') when it holds an
 *   EncryptedPackage stream, else an older binary format such as a .doc ('unsupportedFormat');
 * - anything else that is not a readable zip (truncated, no central directory) is 'corrupt'.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  if (isCompoundFile(bytes)) {
    if (isEncryptedOfficePackage(bytes)) throw new ImportError('encryptedOffice', 'an encrypted Office package (OLE container)');
    throw new ImportError('unsupportedFormat', 'an OLE compound file (for example a Word 97-2003 .doc), not a zip');
  }
  const entries = readCentralDirectory(bytes, limits);
  const byName = new Map<string, Entry>();
  for (const entry of entries) byName.set(entry.name.toLowerCase(), entry);
  let used = 0;
  return {
    entries: entries.map(({ name, size, compressedSize }) => ({ name, size, compressedSize })),
    has: (name) => byName.has(name.toLowerCase()),
    read(name) {
      const entry = byName.get(name.toLowerCase());
      if (!entry) return null;
      const data = readEntry(bytes, entry, limits.maxUnzippedBytes - used);
      used += data.length;
      return data;
    },
  };
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes, view);
  if (end < 0) throw new ImportError('corrupt', 'not a zip, or a truncated one: no end of central directory');
  let count = view.getUint16(end + 10, true);
  let cdSize = view.getUint32(end + 12, true);
  let cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const zip64 = readZip64End(view, end);
    if (zip64) ({ count, cdSize, cdOffset } = zip64);
  }
  if (count > limits.maxZipEntries) throw new ImportError('zipTooLarge', `${count} entries (limit ${limits.maxZipEntries})`);
  // Data prepended to the zip (a self-extractor) shifts every offset by the same amount.
  let shift = 0;
  if (cdOffset + cdSize < end && readUint32(view, cdOffset) !== SIG_CENTRAL) shift = end - (cdOffset + cdSize);
  if (cdOffset + shift + cdSize > end) throw new ImportError('corrupt', 'central directory out of bounds');

  const entries: Entry[] = [];
  let totalSize = 0;
  let at = cdOffset + shift;
  const stop = at + cdSize;
  while (at < stop) {
    if (entries.length >= limits.maxZipEntries) throw new ImportError('zipTooLarge', `more than ${limits.maxZipEntries} entries`);
    if (at + 46 > bytes.length || view.getUint32(at, true) !== SIG_CENTRAL) throw new ImportError('corrupt', `bad central directory entry at ${at}`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw new ImportError('corrupt', 'central directory entry out of bounds');
    const rawName = bytes.subarray(nameStart, extraStart);
    const storedName = decodeName(rawName, (flags & 0x800) !== 0);
    let name = storedName;
    for (let x = extraStart; x + 4 <= extraStart + extraLength; ) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      const data = x + 4;
      if (data + length > extraStart + extraLength) break;
      if (id === 0x0001) {
        // Zip64: the 64-bit values present are those whose 32-bit field is saturated, in this order.
        let y = data;
        if (size === 0xffffffff && y + 8 <= data + length) {
          size = readUint64(view, y);
          y += 8;
        }
        if (compressedSize === 0xffffffff && y + 8 <= data + length) {
          compressedSize = readUint64(view, y);
          y += 8;
        }
        if (localOffset === 0xffffffff && y + 8 <= data + length) localOffset = readUint64(view, y);
      } else if (id === 0x7075 && length >= 5 && bytes[data] === 1 && view.getUint32(data + 1, true) === crc32(rawName)) {
        name = decodeUtf8Replacing(bytes.subarray(data + 5, data + length)).text;
      }
      x = data + length;
    }
    totalSize += size;
    if (totalSize > limits.maxUnzippedBytes) throw new ImportError('zipTooLarge', `declares more than ${limits.maxUnzippedBytes} unpacked bytes`);
    entries.push({ name, storedName, size, compressedSize, method, flags, crc, localOffset: localOffset + shift });
    at = next;
  }
  refuseAmbiguousNames(entries);
  return entries;
}

/**
 * Two entries answering to one name (case-insensitively; a directory entry "x/" aside) make the file mean
 * different things to different readers: one whose Unicode path field names another entry's stored name
 * counts too, since readers that ignore the field see the stored name.
 */
function refuseAmbiguousNames(entries: Entry[]): void {
  const owners = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const key = entry.name.toLowerCase();
    if (owners.has(key)) throw new ImportError('corrupt', `two entries named ${JSON.stringify(entry.name)}`);
    owners.set(key, entry);
  }
  for (const entry of entries) {
    if (entry.storedName === entry.name || entry.storedName.endsWith('/')) continue;
    const owner = owners.get(entry.storedName.toLowerCase());
    if (owner && owner !== entry) throw new ImportError('corrupt', `two entries named ${JSON.stringify(entry.storedName)} (one by its Unicode path)`);
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes[i] === 0x50 && view.getUint32(i, true) === SIG_END) return i;
  }
  return -1;
}

function readZip64End(view: DataView, end: number): { count: number; cdSize: number; cdOffset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_END64_LOCATOR) return null;
  const record = readUint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== SIG_END64) throw new ImportError('corrupt', 'bad zip64 end of central directory');
  return { count: readUint64(view, record + 32), cdSize: readUint64(view, record + 40), cdOffset: readUint64(view, record + 48) };
}

function readUint32(view: DataView, at: number): number {
  return at >= 0 && at + 4 <= view.byteLength ? view.getUint32(at, true) : 0;
}

function readUint64(view: DataView, at: number): number {
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw new ImportError('zipTooLarge', 'a zip64 size beyond what can be read');
  return value;
}

function readEntry(bytes: Uint8Array, entry: Entry, budget: number): Uint8Array {
  if (entry.flags & 0x1) throw new ImportError('encryptedOffice', `${entry.name} is encrypted`);
  if (entry.size > budget) throw new ImportError('zipTooLarge', `${entry.name}: reading it passes the unpacked size limit`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) throw new ImportError('corrupt', `${entry.name}: bad local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ImportError('corrupt', `${entry.name}: data runs past the end of the file`);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = packed;
  } else if (entry.method === 8) {
    data = inflate(packed, entry.size, entry.name);
  } else {
    throw new ImportError('corrupt', `${entry.name}: compression method ${entry.method} is not supported`);
  }
  if (data.length !== entry.size) throw new ImportError('corrupt', `${entry.name}: ${data.length} bytes where ${entry.size} were declared`);
  if (crc32(data) !== entry.crc) throw new ImportError('corrupt', `${entry.name}: checksum mismatch`);
  return data;
}

/** Inflates step by step, counting output, and stops as soon as it passes the declared size. */
function inflate(packed: Uint8Array, declared: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > declared) throw new ImportError('zipTooLarge', `${name} inflates beyond its declared ${declared} bytes`);
    if (chunk.length) chunks.push(chunk);
  });
  try {
    if (packed.length === 0) inflater.push(packed, true);
    for (let i = 0; i < packed.length; i += INFLATE_STEP) inflater.push(packed.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= packed.length);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('corrupt', `${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** CP437, the zip default for names without the UTF-8 flag: the upper half. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(raw: Uint8Array, utf8: boolean): string {
  if (utf8) return decodeUtf8Replacing(raw).text;
  let name = '';
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i] as number;
    name += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  }
  return name;
}
