import { isRecord } from '../base/guards';
import { buildLookup, type MigrationStep, type StoredRecord } from './step';
import { v2 } from './v2';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v8 } from './v8';
import { v9 } from './v9';
import { v11 } from './v11';
import { v13 } from './v13';

export type { Addition, MigrationStep, StoredRecord } from './step';

/** The latest schema version the migrations know. */
export const LATEST_VERSION = 15;

/**
 * Every step that changes records, oldest first. A version that changes no record (v3 only added tables;
 * v10, v12, v14 and v15 only changed how the store keeps texts and table rows, see v10.ts, v12.ts, v14.ts,
 * v15.ts) has none.
 */
export const MIGRATIONS: readonly MigrationStep[] = [v2, v4, v5, v6, v7, v8, v9, v11, v13];

/** Stored records by table, as of one schema version (in Dexie's numbering, 1 and up). */
export interface Snapshot {
  version: number;
  tables: Record<string, StoredRecord[]>;
}

/** Why a snapshot cannot be migrated: its shape is wrong, or it was written by a newer version. */
export class SnapshotError extends Error {
  constructor(
    readonly problem: 'shape' | 'newerVersion',
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** Checks what was read from outside and gives it back as a snapshot (the record arrays copied). */
export function parseSnapshot(value: unknown): Snapshot {
  if (!isRecord(value)) throw new SnapshotError('shape', 'A snapshot is an object with a version and tables');
  if (!isVersion(value.version)) throw new SnapshotError('shape', 'The snapshot has no schema version (a whole number from 1)');
  if (!isRecord(value.tables)) throw new SnapshotError('shape', 'The snapshot has no tables');
  const tables: Record<string, StoredRecord[]> = {};
  for (const [name, records] of Object.entries(value.tables)) {
    if (!Array.isArray(records) || !records.every(isRecord)) throw new SnapshotError('shape', `Table ${name} is not a list of records`);
    Object.defineProperty(tables, name, { value: [...records], enumerable: true, writable: true, configurable: true });
  }
  return { version: value.version, tables };
}

/** The step's changes to every table it changes; the input is left as it was. */
function applyStep(tables: Record<string, StoredRecord[]>, step: MigrationStep): Record<string, StoredRecord[]> {
  const lookup = step.lookupTable !== null && Object.hasOwn(tables, step.lookupTable) ? buildLookup(step, tables[step.lookupTable] ?? []) : new Map<string, unknown>();
  const next = { ...tables };
  for (const table of step.tables) {
    const records = Object.hasOwn(tables, table) ? tables[table] : undefined;
    if (records) next[table] = records.map((record) => step.migrate(table, record, lookup));
  }
  const adds = step.adds;
  if (adds === null) return next;
  const existing = Object.hasOwn(next, adds.table) ? next[adds.table] : adds.from !== undefined ? [] : undefined;
  if (!existing) return next;
  const from = adds.from === undefined ? existing : Object.hasOwn(next, adds.from) ? (next[adds.from] ?? []) : [];
  next[adds.table] = [...existing, ...adds.add(existing, from)];
  return next;
}

/**
 * Migrates a snapshot written by an older (or the same) schema version to `toVersion`, step by step, as
 * the database upgrade does. Refuses anything that is not a snapshot, and a snapshot from a version newer
 * than `toVersion` (a newer release wrote it); `toVersion` is at most the latest version known.
 */
export function migrateSnapshot(snapshot: unknown, toVersion: number = LATEST_VERSION): Snapshot {
  if (!isVersion(toVersion) || toVersion > LATEST_VERSION) throw new RangeError(`Cannot migrate to schema version ${toVersion}; the latest is ${LATEST_VERSION}`);
  const from = parseSnapshot(snapshot);
  if (from.version > toVersion) {
    throw new SnapshotError('newerVersion', `The snapshot has schema version ${from.version}; this release knows ${toVersion}`);
  }
  const tables = MIGRATIONS.filter((step) => step.version > from.version && step.version <= toVersion).reduce(applyStep, from.tables);
  return { version: toVersion, tables };
}
