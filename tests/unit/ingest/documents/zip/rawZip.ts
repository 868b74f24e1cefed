// A zip writer for the zip reader's tests: unlike fflate's, it writes what it is told, including lies
// (declared sizes, checksums), duplicate names, extra fields and zip64 records.
import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from '../../../../../shared/formats/zip/crc32';

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: number;
  /** The unpacked size written in the headers (default: the real one). */
  declaredSize?: number;
  /** The CRC written in the headers (default: the real one). */
  crc?: number;
  flags?: number;
  /** Raw bytes of the name (overrides `name`), e.g. CP437. */
  rawName?: Uint8Array;
  extra?: Uint8Array;
}

export interface RawZipOptions {
  /** Write sizes and offsets in zip64 fields. */
  zip64?: boolean;
  /** The entry count written in the end record (default: the real one). */
  declaredCount?: number;
  /** Bytes before the zip (a self-extractor stub). */
  prefix?: Uint8Array;
}

class Writer {
  private readonly bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  u16(value: number): this {
    this.bytes.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number): this {
    this.bytes.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
    return this;
  }
  u64(value: number): this {
    return this.u32(value % 2 ** 32).u32(Math.floor(value / 2 ** 32));
  }
  raw(data: Uint8Array): this {
    for (const byte of data) this.bytes.push(byte);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export function writeRawZip(entries: RawEntry[], options: RawZipOptions = {}): Uint8Array {
  const out = new Writer();
  if (options.prefix) out.raw(options.prefix);
  const central: { entry: RawEntry; offset: number; packed: Uint8Array; name: Uint8Array }[] = [];
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const packed = method === 8 ? deflateSync(entry.data, { level: 9 }) : entry.data;
    const name = entry.rawName ?? strToU8(entry.name);
    const offset = out.length;
    const size = entry.declaredSize ?? entry.data.length;
    const zip64Extra = options.zip64 ? new Writer().u16(1).u16(16).u64(size).u64(packed.length).done() : new Uint8Array();
    out.u32(0x04034b50).u16(options.zip64 ? 45 : 20).u16(entry.flags ?? 0x800).u16(method).u16(0).u16(0x21);
    out.u32(entry.crc ?? crc32(entry.data));
    out.u32(options.zip64 ? 0xffffffff : packed.length).u32(options.zip64 ? 0xffffffff : size);
    out.u16(name.length).u16(zip64Extra.length).raw(name).raw(zip64Extra).raw(packed);
    central.push({ entry, offset, packed, name });
  }
  const cdStart = out.length;
  for (const { entry, offset, packed, name } of central) {
    const size = entry.declaredSize ?? entry.data.length;
    const extra = options.zip64 ? new Writer().u16(1).u16(24).u64(size).u64(packed.length).u64(offset).raw(entry.extra ?? new Uint8Array()).done() : (entry.extra ?? new Uint8Array());
    out.u32(0x02014b50).u16(options.zip64 ? 45 : 20).u16(options.zip64 ? 45 : 20).u16(entry.flags ?? 0x800).u16(entry.method ?? 8).u16(0).u16(0x21);
    out.u32(entry.crc ?? crc32(entry.data));
    out.u32(options.zip64 ? 0xffffffff : packed.length).u32(options.zip64 ? 0xffffffff : size);
    out.u16(name.length).u16(extra.length).u16(0).u16(0).u16(0).u32(0);
    out.u32(options.zip64 ? 0xffffffff : offset - (options.prefix?.length ?? 0));
    out.raw(name).raw(extra);
  }
  const cdSize = out.length - cdStart;
  const count = options.declaredCount ?? entries.length;
  const cdOffset = cdStart - (options.prefix?.length ?? 0);
  if (options.zip64) {
    const record = out.length;
    out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(count).u64(count).u64(cdSize).u64(cdOffset);
    out.u32(0x07064b50).u32(0).u64(record).u32(1);
    out.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(0xffffffff).u32(0xffffffff).u16(0);
  } else {
    out.u32(0x06054b50).u16(0).u16(0).u16(Math.min(count, 0xffff)).u16(Math.min(count, 0xffff)).u32(cdSize).u32(cdOffset).u16(0);
  }
  return out.done();
}

/** An Info-ZIP Unicode path extra field (0x7075) naming `unicodeName` for an entry stored as `storedName`. */
export function unicodePathExtra(storedName: Uint8Array, unicodeName: string): Uint8Array {
  const name = strToU8(unicodeName);
  return new Writer().u16(0x7075).u16(5 + name.length).raw(Uint8Array.of(1)).u32(crc32(storedName)).raw(name).done();
}
