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
