import { readFileSync } from 'node:fs';
import { parseSnapshot, type Snapshot, type StoredRecord } from '../../../shared/migrations';

/** A snapshot as an earlier version wrote it (tests/fixtures/migrations/v<n>.json), unparsed. */
export function rawFixture(version: number): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/migrations/v${version}.json`, import.meta.url), 'utf8'));
}

export function fixture(version: number): Snapshot {
  return parseSnapshot(rawFixture(version));
}

/** The records of one table of a fixture. */
export function records(version: number, table: string): StoredRecord[] {
  return fixture(version).tables[table] ?? [];
}

/** The one record of a table with this id. */
export function byId(list: readonly StoredRecord[], id: string): StoredRecord {
  const record = list.find((r) => r.id === id);
  if (!record) throw new Error(`No record ${id}`);
  return record;
}

/**
 * The pieces a v13 database stored (tests/fixtures/migrations/v13-datasetRowPieces.json, written once by
 * v13's datasetRowsToPieces over the v11 fixture's rows and a dataset of odd cells, `ds-13e`).
 */
export function v13Pieces(): StoredRecord[] {
  const stored = JSON.parse(readFileSync(new URL('../../fixtures/migrations/v13-datasetRowPieces.json', import.meta.url), 'utf8')) as { version: number; records: StoredRecord[] };
  if (stored.version !== 13) throw new Error('not the pieces of v13');
  return stored.records;
}

/**
 * The pieces a v14 database stored (tests/fixtures/migrations/v14-datasetRowPieces.json, written once by
 * v14's code: its upgrade of the v13 pieces above, and a new table `ds-14c` of 1,500 rows stored by v14's
 * tableCellsToPieces, its ids a run). JSON holds no Float64Array: each number column is written as
 * `{ "$float64": <its bytes in base64> }` (so NaN and -0 are kept) and read back as the Float64Array.
 */
export function v14Pieces(): StoredRecord[] {
  const text = readFileSync(new URL('../../fixtures/migrations/v14-datasetRowPieces.json', import.meta.url), 'utf8');
  const stored = JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !('$float64' in value)) return value;
    const bytes = Buffer.from(String(value.$float64), 'base64');
    return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }) as { version: number; records: StoredRecord[] };
  if (stored.version !== 14) throw new Error('not the pieces of v14');
  return stored.records;
}
