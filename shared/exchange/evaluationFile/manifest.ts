import { isNonNegativeInteger, isRecord, isString } from '../../base/guards';
import { EVALUATION_TABLES, FORMAT_NAME, isEvaluationTable, type EvaluationTable } from './format';

/** One entry of the zip as the manifest lists it: its path, size in bytes and lower-case hex SHA-256. */
export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

/** manifest.json: what the file holds, and the SHA-256 of every other entry. */
export interface Manifest {
  format: typeof FORMAT_NAME;
  formatVersion: number;
  /** The schema version of the records (Dexie's numbering, as shared/migrations counts it). */
  schemaVersion: number;
  appVersion: string;
  savedAt: string;
  evaluation: { id: string; title: string };
  /** The number of records of each table the file holds (originals: the files under sources/). */
  counts: Partial<Record<EvaluationTable, number>>;
  /** Every entry but the manifest, in the order written. */
  entries: ManifestEntry[];
}

const SHA256 = /^[0-9a-f]{64}$/;

function isEntry(value: unknown): value is ManifestEntry {
  return isRecord(value) && isString(value.path) && value.path !== '' && isNonNegativeInteger(value.size) && isString(value.sha256) && SHA256.test(value.sha256);
}

function isPositiveInteger(value: unknown): value is number {
  return isNonNegativeInteger(value) && value >= 1;
}

/** What the format name and versions say, read before the rest (so a newer file is named as such). */
export function manifestHead(value: unknown): { format: unknown; formatVersion: unknown; schemaVersion: unknown } | null {
  return isRecord(value) ? { format: value.format, formatVersion: value.formatVersion, schemaVersion: value.schemaVersion } : null;
}

/** Checks a parsed manifest.json; the error says which part is wrong. */
export function parseManifest(value: unknown): { ok: true; manifest: Manifest } | { ok: false; detail: string } {
  const fail = (detail: string) => ({ ok: false as const, detail });
  if (!isRecord(value)) return fail('not an object');
  if (value.format !== FORMAT_NAME) return fail('format');
  if (!isPositiveInteger(value.formatVersion)) return fail('formatVersion');
  if (!isPositiveInteger(value.schemaVersion)) return fail('schemaVersion');
  if (!isString(value.appVersion)) return fail('appVersion');
  if (!isString(value.savedAt)) return fail('savedAt');
  const evaluation = value.evaluation;
  if (!isRecord(evaluation) || !isString(evaluation.id) || evaluation.id === '' || !isString(evaluation.title)) return fail('evaluation');
  if (!isRecord(value.counts)) return fail('counts');
  const counts: Partial<Record<EvaluationTable, number>> = {};
  for (const [table, count] of Object.entries(value.counts)) {
    if (!isEvaluationTable(table) || !isNonNegativeInteger(count)) return fail(`counts.${table}`);
    counts[table] = count;
  }
  if (!Array.isArray(value.entries) || !value.entries.every(isEntry)) return fail('entries');
  const entries = value.entries.map(({ path, size, sha256 }) => ({ path, size, sha256 }));
  if (new Set(entries.map((e) => e.path.toLowerCase())).size !== entries.length) return fail('entries (a path twice)');
  return {
    ok: true,
    manifest: {
      format: FORMAT_NAME,
      formatVersion: value.formatVersion,
      schemaVersion: value.schemaVersion,
      appVersion: value.appVersion,
      savedAt: value.savedAt,
      evaluation: { id: evaluation.id, title: evaluation.title },
      counts,
      entries,
    },
  };
}

/** The tables a manifest names, in the file's order. */
export function manifestTables(manifest: Manifest): EvaluationTable[] {
  return EVALUATION_TABLES.filter((table) => manifest.counts[table] !== undefined);
}
