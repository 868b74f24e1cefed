import { ImportError } from '../../domain/importError';
import { createLimitGuard, DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../domain/importLimits';
import { decodeText } from '../../formats/encoding/decodeText';
import { encodeUtf8 } from '../../formats/encoding/utf8Encode';
import { decodeXml } from '../../formats/xml/decodeXml';
import { openZip, type ZipArchive } from '../../formats/zip/readZip';
import type { ImportedCode } from '../../coding/importedCode';
import { QDC_LIMITS, type QdcErrorCode, type QdcWarningCode } from './qdcTypes';
import { readQdc } from './readQdc';
import { isCompoundFile, isZip, projectEntry, sourceEntry } from './refiZip';
import { createLossTally } from './refiLossTally';
import { NotAProject, readProjectModel } from './refiProjectReader';
import type { ProjectModel } from './refiProjectModel';
import { projectSnapshot, type FoundSource } from './refiSnapshot';
import { sourceText } from './refiSourceText';
import type { QdpxErrorCode, ReadQdpxOptions, ReadQdpxResult } from './refiImportTypes';

/** A stop with an error code, thrown inside and returned by readQdpx. */
class Refused {
  constructor(readonly error: QdpxErrorCode) {}
}

/** The codebook reader's refusals as the project's; a project without codes is still a project. */
const FROM_QDC: Partial<Record<QdcErrorCode, QdpxErrorCode | null>> = {
  noCodeBook: null,
  noCodes: null,
  tooLarge: 'tooLarge',
  tooDeep: 'tooDeep',
  duplicateGuid: 'duplicateGuid',
  wrongRoot: 'notProject',
  empty: 'empty',
};

/**
 * Reads a REFI-QDA project, a .qdpx (zip holding project.qde and its sources) or a bare .qde, into a NEW
 * evaluation: every id fresh, the project's name as title (see refiSnapshot.ts for what becomes what),
 * with the data-loss report of what did not come over and why (specification §7) and the counts of what
 * did. Entry names are matched case-insensitively; source paths may be internal://, absolute or
 * relative (then the file name is looked up under sources/). The import limits hold: the file's size,
 * the zip's entries, one source's bytes and characters, the XML's depth and time. Never throws for a bad
 * file: returns its error code (`refiImport.errors.*`).
 */
export async function readQdpx(bytes: unknown, options: ReadQdpxOptions): Promise<ReadQdpxResult> {
  try {
    return await read(bytes, options);
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    throw error;
  }
}

async function read(bytes: unknown, options: ReadQdpxOptions): Promise<ReadQdpxResult> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const data = bytes instanceof Uint8Array ? bytes : bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : null;
  if (data === null) throw new Refused('invalidInput');
  if (data.length === 0) throw new Refused('empty');
  if (data.length > limits.maxFileBytes) throw new Refused('tooLarge');
  const zip = isZip(data) || isCompoundFile(data) ? openArchive(data, limits) : null;
  const xml = zip ? projectXml(zip) : decodeXml(data);
  if (xml.length > QDC_LIMITS.maxXmlChars) throw new Refused('tooLarge');
  if (xml.trim() === '') throw new Refused('empty');

  const tally = createLossTally();
  const model = readModel(xml, tally, limits);
  const { codes, warnings } = readCodes(xml, options.untitledCode);
  const reader = zip ? entryReader(zip, limits) : null;
  const found: FoundSource[] = [];
  for (const source of model.sources) {
    const file = source.content === null && source.plainTextPath !== null && reader ? reader(source.plainTextPath) : null;
    const raw = source.content ?? (file ? decodeText(file.bytes, 'utf-8').text : null);
    if (raw === null) {
      tally.lose('missingSourceText', source.name);
      tally.lose('selectionsWithoutText', source.name, source.selections.length);
      continue;
    }
    if (raw.length > limits.maxCharacters) throw new Refused('tooLarge');
    const bytesKept = file ? file.bytes : encodeUtf8(raw);
    found.push({ source, text: sourceText(raw), fileName: file?.name ?? `${source.name || source.guid}.txt`, bytes: bytesKept });
  }
  if (reader) {
    for (const note of model.notes.values()) {
      if (note.content !== null || note.plainTextPath === null) continue;
      const file = reader(note.plainTextPath);
      if (file) note.content = decodeText(file.bytes, 'utf-8').text;
    }
  }
  const { snapshot, counts } = await projectSnapshot({ model, codes, sources: found, tally, sha256: options.sha256, newId: options.newId, now: options.now, untitledTitle: options.untitledTitle });
  const codebook = warnings.filter((warning) => warning !== 'codeNotesIgnored' && warning !== 'setsIgnored');
  return { ok: true, snapshot, report: { ...tally.report(), codebook }, counts, origin: model.origin };
}

function openArchive(data: Uint8Array, limits: ImportLimits): ZipArchive {
  try {
    // Media files may make the archive large: only what is read is limited (entryReader), not the declared total.
    return openZip(data, { maxUnzippedBytes: Number.MAX_SAFE_INTEGER, maxZipEntries: limits.maxZipEntries });
  } catch (error) {
    throw new Refused(error instanceof ImportError && error.code === 'zipTooLarge' ? 'tooLarge' : 'notZip');
  }
}

function projectXml(zip: ZipArchive): string {
  const entry = projectEntry(zip);
  if (entry === null) throw new Refused('noProject');
  if (entry.size > QDC_LIMITS.maxXmlBytes) throw new Refused('tooLarge');
  const bytes = readEntry(zip, entry.name);
  if (bytes === null) throw new Refused('noProject');
  return decodeXml(bytes);
}

function readEntry(zip: ZipArchive, name: string): Uint8Array | null {
  try {
    return zip.read(name);
  } catch (error) {
    throw new Refused(error instanceof ImportError && error.code === 'zipTooLarge' ? 'tooLarge' : 'notZip');
  }
}

/** Reads sources by their path: each at most a part's bytes, all together at most the unpacked total. */
function entryReader(zip: ZipArchive, limits: ImportLimits): (path: string) => { name: string; bytes: Uint8Array } | null {
  let total = 0;
  return (path) => {
    const entry = sourceEntry(zip, path);
    if (entry === null) return null;
    total += entry.size;
    if (entry.size > limits.maxPartBytes || total > limits.maxUnzippedBytes) throw new Refused('tooLarge');
    const bytes = readEntry(zip, entry.name);
    return bytes === null ? null : { name: entry.name.split('/').pop() ?? entry.name, bytes };
  };
}

function readModel(xml: string, tally: ReturnType<typeof createLossTally>, limits: ImportLimits): ProjectModel {
  try {
    return readProjectModel(xml, tally, createLimitGuard(limits));
  } catch (error) {
    if (error instanceof NotAProject) throw new Refused('notProject');
    if (error instanceof ImportError && error.code === 'elementsTooDeep') throw new Refused('tooDeep');
    if (error instanceof ImportError && error.code !== 'corrupt') throw new Refused('tooLarge');
    throw new Refused('notXml');
  }
}

function readCodes(xml: string, untitledName: string | undefined): { codes: ImportedCode[]; warnings: QdcWarningCode[] } {
  const result = readQdc(xml, untitledName === undefined ? {} : { untitledName });
  if (result.ok) return { codes: result.codes, warnings: result.warnings };
  const error = FROM_QDC[result.error];
  if (error === null) return { codes: [], warnings: [] };
  throw new Refused(error ?? 'notXml');
}
