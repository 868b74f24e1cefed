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
