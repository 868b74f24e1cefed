import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../../shared/domain/importError';
import { crc32 } from '../../../../../shared/formats/zip/crc32';
import { openZip, type ZipLimits } from '../../../../../shared/formats/zip/readZip';
import { unicodePathExtra, writeRawZip } from './rawZip';

const LIMITS: ZipLimits = { maxUnzippedBytes: 1024 * 1024, maxZipEntries: 100 };

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return 'no error';
}

const text = (value: string) => strToU8(value);

describe('openZip: reading', () => {
  it('reads stored and deflated entries by name, case-insensitively, and only on demand', () => {
    const zip = openZip(
      writeRawZip([
        { name: 'word/document.xml', data: text('<doc>hej åäö</doc>') },
        { name: 'mimetype', data: text('application/vnd.oasis.opendocument.text'), method: 0 },
      ]),
      LIMITS,
    );
    expect(zip.entries.map((entry) => entry.name)).toEqual(['word/document.xml', 'mimetype']);
    expect(zip.has('WORD/Document.xml')).toBe(true);
    expect(strFromU8(zip.read('Word/document.xml') as Uint8Array)).toBe('<doc>hej åäö</doc>');
    expect(strFromU8(zip.read('mimetype') as Uint8Array)).toBe('application/vnd.oasis.opendocument.text');
    expect(zip.read('word/missing.xml')).toBeNull();
  });

  it('reads zips written by fflate, an empty zip, zip64 records and a zip behind a self-extractor stub', () => {
    const fromFflate = openZip(zipSync({ 'a.txt': text('A'), 'dir/b.txt': text('B') }), LIMITS);
    expect(strFromU8(fromFflate.read('dir/b.txt') as Uint8Array)).toBe('B');
    expect(openZip(Uint8Array.of(0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)), LIMITS).entries).toEqual([]);
    const zip64 = openZip(writeRawZip([{ name: 'content.xml', data: text('<x/>') }], { zip64: true }), LIMITS);
    expect(zip64.entries[0]).toMatchObject({ name: 'content.xml', size: 4 });
    expect(strFromU8(zip64.read('content.xml') as Uint8Array)).toBe('<x/>');
    const stub = openZip(writeRawZip([{ name: 'a.txt', data: text('after the stub') }], { prefix: text('MZ fake executable stub') }), LIMITS);
    expect(strFromU8(stub.read('a.txt') as Uint8Array)).toBe('after the stub');
  });

  it('decodes names: UTF-8 when flagged, CP437 otherwise, the Unicode path field when its checksum matches', () => {
    const cp437 = Uint8Array.of(0x84, 0x94, 0x2e, 0x78, 0x6d, 0x6c); // "äö.xml" in CP437
    const zip = openZip(
      writeRawZip([
        { name: '', rawName: cp437, flags: 0, data: text('1') },
        { name: 'r\u00e4tt.xml', data: text('2') },
        { name: '', rawName: text('garbled.xml'), flags: 0, extra: unicodePathExtra(text('garbled.xml'), 'återställd.xml'), data: text('3') },
        { name: '', rawName: text('kept.xml'), flags: 0, extra: unicodePathExtra(text('other name'), 'ignored.xml'), data: text('4') },
      ]),
      LIMITS,
    );
    expect(zip.entries.map((entry) => entry.name)).toEqual(['äö.xml', 'rätt.xml', 'återställd.xml', 'kept.xml']);
  });

  it('computes the zip CRC-32', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('openZip: limits (zip bombs)', () => {
  it('refuses a zip that declares more unpacked bytes than allowed, before inflating anything', () => {
    // 2 MB of one letter packs into a few kilobytes.
    const bomb = writeRawZip([{ name: 'word/document.xml', data: new Uint8Array(2 * 1024 * 1024).fill(0x61) }]);
    expect(bomb.length).toBeLessThan(20_000);
    expect(code(() => openZip(bomb, LIMITS))).toBe('zipTooLarge');
    // The refusal comes from the central directory alone: data that could not even be inflated is never touched.
    const undecodable = writeRawZip([{ name: 'word/document.xml', data: new Uint8Array(64).fill(0xff), method: 0, declaredSize: 0xfffffff0 }]);
    expect(code(() => openZip(undecodable, { maxUnzippedBytes: 600 * 1024 * 1024, maxZipEntries: 20_000 }))).toBe('zipTooLarge');
    expect(openZip(bomb, { ...LIMITS, maxUnzippedBytes: 4 * 1024 * 1024 }).read('word/document.xml')?.length).toBe(2 * 1024 * 1024);
  });

  it('refuses more entries than allowed', () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `part${i}.xml`, data: text('<x/>') }));
    expect(code(() => openZip(writeRawZip(entries), { ...LIMITS, maxZipEntries: 10 }))).toBe('zipTooLarge');
    // The count in the end record is checked first; a lying count is caught while walking the directory.
    expect(code(() => openZip(writeRawZip(entries, { declaredCount: 3 }), { ...LIMITS, maxZipEntries: 10 }))).toBe('zipTooLarge');
    expect(openZip(writeRawZip(entries), { ...LIMITS, maxZipEntries: 11 }).entries).toHaveLength(11);
  });

  it('stops inflating an entry whose header lies about its size, as soon as it passes the declared size', () => {
    const data = new Uint8Array(2 * 1024 * 1024).fill(0x61);
    const lying = writeRawZip([{ name: 'word/document.xml', data, declaredSize: 1000 }]);
    const zip = openZip(lying, LIMITS); // the directory alone looks harmless
    let error: unknown;
    try {
      zip.read('word/document.xml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('zipTooLarge');
    expect((error as ImportError).detail).toContain('beyond its declared 1000 bytes');
    // A header that claims more than the data holds is a broken file.
    const short = writeRawZip([{ name: 'a.xml', data: text('<short/>'), declaredSize: 500 }]);
    expect(code(() => openZip(short, LIMITS).read('a.xml'))).toBe('corrupt');
  });
});

describe('openZip: broken, encrypted and ambiguous files', () => {
  it('says corrupt for a truncated zip, random bytes, nothing at all, damaged data and a wrong checksum', () => {
    const good = writeRawZip([{ name: 'word/document.xml', data: text('<w:document>'.repeat(200)) }]);
    expect(code(() => openZip(good.subarray(0, good.length - 40), LIMITS))).toBe('corrupt');
    expect(code(() => openZip(good.subarray(0, 100), LIMITS))).toBe('corrupt');
    expect(code(() => openZip(text('This is plain text, not a zip.'), LIMITS))).toBe('corrupt');
    expect(code(() => openZip(new Uint8Array(), LIMITS))).toBe('corrupt');
    const damaged = good.slice();
    damaged.fill(0xff, 40, 60); // inside the deflated data
    expect(code(() => openZip(damaged, LIMITS).read('word/document.xml'))).toBe('corrupt');
    const wrongCrc = writeRawZip([{ name: 'a.xml', data: text('<a/>'), crc: 12345 }]);
    expect(code(() => openZip(wrongCrc, LIMITS).read('a.xml'))).toBe('corrupt');
    const unknownMethod = writeRawZip([{ name: 'a.xml', data: text('<a/>'), method: 14 }]);
    expect(code(() => openZip(unknownMethod, LIMITS).read('a.xml'))).toBe('corrupt');
  });

  it('says encryptedOffice for an encrypted Office package (an OLE container) and for zip-encrypted entries', () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (value: string) => [...value].flatMap((char) => [char.charCodeAt(0), 0]);
    const encrypted = Uint8Array.from([...header, ...new Array<number>(504).fill(0), ...utf16('EncryptionInfo'), 0, 0, ...utf16('EncryptedPackage'), 0, 0]);
    expect(code(() => openZip(encrypted, LIMITS))).toBe('encryptedOffice');
    const olderWord = Uint8Array.from([...header, ...new Array<number>(504).fill(0), ...utf16('WordDocument'), 0, 0]);
    expect(code(() => openZip(olderWord, LIMITS))).toBe('unsupportedFormat');
    const zipCrypto = writeRawZip([{ name: 'word/document.xml', data: text('<x/>'), flags: 0x801 }]);
    expect(code(() => openZip(zipCrypto, LIMITS).read('word/document.xml'))).toBe('encryptedOffice');
  });

  it('refuses two entries of one name (the decision: ambiguous, so corrupt), case-insensitively and through Unicode paths', () => {
    const same = writeRawZip([
      { name: 'word/document.xml', data: text('<first/>') },
      { name: 'word/document.xml', data: text('<second/>') },
    ]);
    expect(code(() => openZip(same, LIMITS))).toBe('corrupt');
    const cased = writeRawZip([
      { name: 'word/document.xml', data: text('<first/>') },
      { name: 'Word/Document.XML', data: text('<second/>') },
    ]);
    expect(code(() => openZip(cased, LIMITS))).toBe('corrupt');
    // Like poi's unicode-path.docx: each entry's Unicode path names the other one's stored name.
    const swapped = writeRawZip([
      { name: 'word/document.xml', extra: unicodePathExtra(text('word/document.xml'), 'extra-file'), data: text('<first/>') },
      { name: 'extra-file', extra: unicodePathExtra(text('extra-file'), 'word/document.xml'), data: text('<second/>') },
    ]);
    expect(code(() => openZip(swapped, LIMITS))).toBe('corrupt');
    const directories = writeRawZip([
      { name: 'word/', data: new Uint8Array(), method: 0 },
      { name: 'word/', data: new Uint8Array(), method: 0 },
    ]);
    expect(openZip(directories, LIMITS).entries).toHaveLength(2);
  });

  it('treats entry names as plain strings, never as paths', () => {
    const zip = openZip(writeRawZip([{ name: '../../etc/passwd', data: text('not a path') }]), LIMITS);
    expect(zip.entries[0]?.name).toBe('../../etc/passwd');
    expect(strFromU8(zip.read('../../etc/passwd') as Uint8Array)).toBe('not a path');
  });
});
