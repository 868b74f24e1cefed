// Reads the parts of a packed .docx (a zip file) for assertions on its XML, with Node's zlib only.
import { inflateRawSync } from 'node:zlib';

/** The text of every part of a zip archive, by path. Handles stored and deflated entries. */
export function zipParts(buffer: Buffer): Map<string, string> {
  const endOfDirectory = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a zip file: no end of central directory');
  const entries = buffer.readUInt16LE(endOfDirectory + 10);
  let offset = buffer.readUInt32LE(endOfDirectory + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < entries; i += 1) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart =
      localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    parts.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const found = parts.get(name);
  if (found === undefined) throw new Error(`no part ${name} in the docx (parts: ${[...parts.keys()].join(', ')})`);
  return found;
}
