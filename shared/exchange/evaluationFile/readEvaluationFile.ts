import { isRecord, isString } from '../../base/guards';
import { LATEST_VERSION, migrateSnapshot, SnapshotError, type StoredRecord } from '../../migrations';
import type { EvaluationSnapshot } from './evaluationSnapshot';
import type { EvaluationFileError } from './fileError';
import { EVALUATION_TABLES, recordsEntry, type EvaluationTable } from './format';
import { parseJsonBytes } from './jsonBytes';
import { manifestTables, type Manifest } from './manifest';
import { openEntries } from './openEntries';
import { validateRecords } from './validateRecords';

export type ReadEvaluationFileResult = { ok: true; snapshot: EvaluationSnapshot; manifest: Manifest } | { ok: false; error: EvaluationFileError };

export interface ReadEvaluationFileOptions {
  sha256: (bytes: Uint8Array) => Promise<string>;
}

type TableRecords = { ok: true; records: StoredRecord[] } | { ok: false; error: EvaluationFileError };

/** A table's records as the file has them: a JSON list of objects, as many as the manifest counts. */
function tableRecords(table: EvaluationTable, manifest: Manifest, entries: ReadonlyMap<string, Uint8Array>): TableRecords {
  const path = recordsEntry(table);
  const bytes = entries.get(path);
  if (!bytes) return { ok: false, error: { code: 'entryMissing', entry: path } };
  const json = parseJsonBytes(bytes);
  const invalid = (problem: string): TableRecords => ({ ok: false, error: { code: 'invalidRecord', table, id: '', problem } });
  if (!json.ok || !Array.isArray(json.value)) return invalid('not a JSON list');
  const records: unknown[] = json.value;
  const notObject = records.findIndex((record) => !isRecord(record));
  if (notObject !== -1) return invalid(`record ${notObject + 1} is not an object`);
  if (records.length !== manifest.counts[table]) return invalid(`${records.length} records, the manifest says ${manifest.counts[table]}`);
  return { ok: true, records: records as StoredRecord[] };
}

/** Each original's record with its file's bytes in place of the path that names them. */
function withBytes(originals: readonly StoredRecord[], entries: ReadonlyMap<string, Uint8Array>): StoredRecord[] | EvaluationFileError {
  const out: StoredRecord[] = [];
  for (const { path, ...record } of originals) {
    const bytes = isString(path) ? entries.get(path) : undefined;
    if (!bytes) return isString(path) ? { code: 'entryMissing', entry: path } : { code: 'invalidRecord', table: 'originals', id: String(record.documentId), problem: 'path: string' };
    out.push({ ...record, bytes });
  }
  return out;
}

/**
 * Opens a .sparbar file (plain zip bytes; an encrypted container is refused as `encrypted`): checks the
 * manifest and the SHA-256 of every entry, reads every table's records, migrates them from the file's
 * schema version to this app's (migrateSnapshot, the same pure steps as the database upgrade), and
 * validates every record. Either the whole evaluation or the first thing wrong, never part of it.
 */
export async function readEvaluationFile(bytes: Uint8Array, options: ReadEvaluationFileOptions): Promise<ReadEvaluationFileResult> {
  const opened = await openEntries(bytes, options.sha256);
  if (!opened.ok) return opened;
  const { manifest, entries } = opened;
  const tables: Record<string, StoredRecord[]> = {};
  for (const table of manifestTables(manifest)) {
    const read = tableRecords(table, manifest, entries);
    if (!read.ok) return read;
    tables[table] = read.records;
  }
  let migrated: EvaluationSnapshot;
  try {
    migrated = migrateSnapshot({ version: manifest.schemaVersion, tables }, LATEST_VERSION);
  } catch (error) {
    if (error instanceof SnapshotError || error instanceof TypeError || error instanceof RangeError) return { ok: false, error: { code: 'invalidRecord', table: '', id: '', problem: error.message } };
    throw error;
  }
  const complete: Record<string, StoredRecord[]> = {};
  for (const table of EVALUATION_TABLES) complete[table] = migrated.tables[table] ?? [];
  const originals = withBytes(complete.originals ?? [], entries);
  if (!Array.isArray(originals)) return { ok: false, error: originals };
  complete.originals = originals;
  const problem = validateRecords(complete, manifest.evaluation.id);
  if (problem) return { ok: false, error: { code: 'invalidRecord', ...problem } };
  return { ok: true, snapshot: { version: migrated.version, tables: complete }, manifest };
}
