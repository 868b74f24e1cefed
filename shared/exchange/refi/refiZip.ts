import type { ZipArchive, ZipEntryInfo } from '../../formats/zip/readZip';

/**
 * The zip side of a REFI-QDA project (.qdpx): the one home of how its project and its sources are found,
 * shared by the codebook reader (readQdcBytes) and the project reader (readQdpx).
 */

/** A zip starts with a local file header, or (when empty) with the end of central directory. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** An OLE compound file (e.g. an encrypted package), which openZip refuses with why: the one check, in cfb.ts. */
export { isCompoundFile } from '../../formats/zip/cfb';

/**
 * The project's entry: `project.qde` at the top (in any case: ATLAS.ti writes `Project.qde`), else the
 * only .qde file anywhere in the archive.
 */
export function projectEntry(zip: ZipArchive): ZipEntryInfo | null {
  const top = zip.entries.find((entry) => entry.name.toLowerCase() === 'project.qde');
  if (top) return top;
  const qde = zip.entries.filter((entry) => entry.name.toLowerCase().endsWith('.qde'));
  return qde.length === 1 ? (qde[0] as ZipEntryInfo) : null;
}

/**
 * The entry a source path of the project names, or null. `internal://NAME` is `sources/NAME` (the folder
 * in any case: `Sources/` occurs); any other path (`absolute://`, `relative://`, a bare Windows or POSIX
 * path) is looked up by its file name under sources/, since a project carried in a .qdpx keeps its
 * files there. Names are compared case-insensitively, as the zip reader compares them.
 */
export function sourceEntry(zip: ZipArchive, path: string): ZipEntryInfo | null {
  const trimmed = path.trim();
  if (trimmed === '') return null;
  const internal = /^internal:\/\/(.*)$/i.exec(trimmed);
  const name = internal ? (internal[1] as string).replace(/^\/+/, '') : (trimmed.split(/[\\/]/).pop() ?? '');
  if (name === '') return null;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A name with a stray % is taken as written.
  }
  const wanted = new Set([`sources/${name}`.toLowerCase(), `sources/${decoded}`.toLowerCase()]);
  const inSources = zip.entries.find((entry) => wanted.has(entry.name.toLowerCase()));
  if (inSources) return inSources;
  // Some programs write the sources at the top of the archive.
  const bare = new Set([name.toLowerCase(), decoded.toLowerCase()]);
  return zip.entries.find((entry) => bare.has(entry.name.toLowerCase())) ?? null;
}
