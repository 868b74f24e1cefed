/**
 * A schema migration as pure functions on plain records, the same wherever the records are kept: in the
 * database's upgrade transaction (renderer/store/dexie/upgrades.ts) or in a snapshot read from a file.
 */

/** A record as stored: plain data, checked by the step that reads it. */
export type StoredRecord = Readonly<Record<string, unknown>>;

/**
 * What a step must know before it changes any record, read from one table: for each of its records a key
 * and a value, or nothing. (v2 reads each document's word count from the document texts.)
 */
export interface Lookup<V> {
  readonly table: string;
  entry(record: StoredRecord): readonly [key: string, value: V] | null;
}

/** A record as the version before stored it → the record as this version stores it. */
export type RecordMigration<V> = (record: StoredRecord, lookup: ReadonlyMap<string, V>) => StoredRecord;

/**
 * Records a step adds to one table, decided from all of that table's records (after the step's record
 * migrations). Their ids must derive from what is stored, never be random, so that the database upgrade
 * and `migrateSnapshot` write the same records.
 */
export interface Addition {
  readonly table: string;
  /**
   * Another table the additions are decided from (v7 adds scales for each evaluation); its records are
   * passed second. A table named here is created when a snapshot lacks it.
   */
  readonly from?: string;
  add(records: readonly StoredRecord[], fromRecords: readonly StoredRecord[]): StoredRecord[];
}

export interface StepDefinition<V> {
  /** The schema version the step migrates to, from the one before. */
  readonly version: number;
  readonly lookup?: Lookup<V>;
  /** The tables the step changes, each with its record migration. */
  readonly tables: Readonly<Record<string, RecordMigration<V>>>;
  readonly adds?: Addition;
}

/** A step with the type of its lookup hidden, so that steps of every kind go in one list. */
export interface MigrationStep {
  readonly version: number;
  /** The table to read for the lookup before any record changes, or null when the step needs none. */
  readonly lookupTable: string | null;
  lookupEntry(record: StoredRecord): readonly [string, unknown] | null;
  /** The tables the step changes, in the order it changes them. */
  readonly tables: readonly string[];
  migrate(table: string, record: StoredRecord, lookup: ReadonlyMap<string, unknown>): StoredRecord;
  /** The records the step adds, once every record is migrated, or null. */
  readonly adds: Addition | null;
}

export function defineStep<V>(definition: StepDefinition<V>): MigrationStep {
  return {
    version: definition.version,
    lookupTable: definition.lookup?.table ?? null,
    lookupEntry: (record) => definition.lookup?.entry(record) ?? null,
    tables: Object.keys(definition.tables),
    adds: definition.adds ?? null,
    migrate(table, record, lookup) {
      const migration = Object.hasOwn(definition.tables, table) ? definition.tables[table] : undefined;
      // The lookup was built from this step's own entries, so its values are V.
      return migration ? migration(record, lookup as ReadonlyMap<string, V>) : record;
    },
  };
}

/** The step's lookup, built from the records of its lookup table. */
export function buildLookup(step: MigrationStep, records: Iterable<StoredRecord>): ReadonlyMap<string, unknown> {
  const lookup = new Map<string, unknown>();
  for (const record of records) {
    const entry = step.lookupEntry(record);
    if (entry) lookup.set(entry[0], entry[1]);
  }
  return lookup;
}
