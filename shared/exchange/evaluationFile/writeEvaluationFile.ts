import { zipSync, type Zippable } from 'fflate';
import type { Code } from '../../domain/code';
import { LATEST_VERSION, type StoredRecord } from '../../migrations';
import { writeQdc } from '../refi/writeQdc';
import { isOriginalRecord, theEvaluation, type EvaluationSnapshot } from './evaluationSnapshot';
import { CODEBOOK_ENTRY, EVALUATION_TABLES, FORMAT_NAME, FORMAT_VERSION, MANIFEST_ENTRY, primaryKeyOf, recordsEntry, type EvaluationTable } from './format';
import { jsonBytes } from './jsonBytes';
import type { Manifest, ManifestEntry } from './manifest';
import { sourcePath } from './sourcePath';
import { entryLevel } from './entryLevel';
import { encodeUtf8 } from '../../formats/encoding/utf8Encode';

export interface WriteEvaluationFileOptions {
  /** The version of Spårbar that writes the file, e.g. `0.1.0`. */
  appVersion: string;
  /** When it is saved (ISO timestamp); also the zip entries' time, so the same input gives the same bytes. */
  now: string;
  /** Lower-case hex SHA-256 of bytes (Web Crypto's through webSha256). */
  sha256: (bytes: Uint8Array) => Promise<string>;
}

/** A GUID per call, the same sequence every time, for codes whose id is not a GUID. */
function guidSequence(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

function byPrimaryKey(table: EvaluationTable): (a: StoredRecord, b: StoredRecord) => number {
  return (a, b) => {
    const ka = primaryKeyOf(table, a);
    const kb = primaryKeyOf(table, b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/**
 * Writes one evaluation as a .sparbar file: a zip holding
 * - `records/<table>.json`: each table of the snapshot (those of EVALUATION_TABLES it has) as a JSON list
 *   in a stable order (by primary key); an original's record names its entry (`path`) instead of bytes;
 * - `sources/<documentId>/<fileName>`: every original file, byte for byte;
 * - `codebook.qdc`: the codebook as REFI-QDA, so that it opens without Spårbar (when the snapshot is of
 *   the latest schema and has codes);
 * - `manifest.json`: format, versions, saved at, the evaluation's id and title, counts per table and the
 *   size and SHA-256 of every other entry.
 * Returns the plain zip bytes; an encrypted file is a container around them (see format.ts). Throws when
 * the snapshot does not hold exactly one evaluation or an original has no document.
 */
export async function writeEvaluationFile(snapshot: EvaluationSnapshot, options: WriteEvaluationFileOptions): Promise<Uint8Array> {
  const evaluation = theEvaluation(snapshot);
  const mtime = new Date(options.now);
  const files = new Map<string, Uint8Array>();
  const counts: Manifest['counts'] = {};
  const sortedCodes: StoredRecord[] = [];
  const fileNames = new Map((snapshot.tables.documents ?? []).map((d) => [String(d.id), typeof d.fileName === 'string' ? d.fileName : '']));
  for (const table of EVALUATION_TABLES) {
    const records = snapshot.tables[table];
    if (!records) continue;
    const sorted = [...records].sort(byPrimaryKey(table));
    counts[table] = sorted.length;
    if (table === 'codes') sortedCodes.push(...sorted);
    if (table !== 'originals') {
      files.set(recordsEntry(table), jsonBytes(sorted));
      continue;
    }
    const stored = sorted.map((record) => {
      if (!isOriginalRecord(record)) throw new TypeError('An original carries its documentId, evaluationId and bytes');
      const fileName = fileNames.get(record.documentId);
      if (fileName === undefined) throw new RangeError(`The original ${record.documentId} has no document`);
      const path = sourcePath(record.documentId, fileName);
      files.set(path, record.bytes);
      return { documentId: record.documentId, evaluationId: record.evaluationId, path };
    });
    files.set(recordsEntry(table), jsonBytes(stored));
  }
  if (snapshot.version === LATEST_VERSION && sortedCodes.length > 0) {
    const qdc = writeQdc(sortedCodes as unknown as Code[], { language: evaluation.reportLanguage === 'en' ? 'en' : 'sv', origin: `Spårbar ${options.appVersion}`, newGuid: guidSequence() });
    files.set(CODEBOOK_ENTRY, encodeUtf8(qdc));
  }
  // Hashed together: Web Crypto digests off the calling thread, so one entry waits for no other.
  const hashes = await Promise.all([...files.values()].map((bytes) => options.sha256(bytes)));
  const entries: ManifestEntry[] = [...files].map(([path, bytes], i) => ({ path, size: bytes.byteLength, sha256: hashes[i] as string }));
  const manifest: Manifest = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    schemaVersion: snapshot.version,
    appVersion: options.appVersion,
    savedAt: options.now,
    evaluation: { id: evaluation.id, title: evaluation.title },
    counts,
    entries,
  };
  const zippable: Zippable = { [MANIFEST_ENTRY]: jsonBytes(manifest, 2) };
  for (const [path, bytes] of files) zippable[path] = [bytes, { level: entryLevel(bytes) }];
  return zipSync(zippable, { level: 6, mtime });
}
