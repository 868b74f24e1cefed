import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SparbarDatabase } from '../../../renderer/store/dexie/db';
import { readTextsOf } from '../../../renderer/store/dexie/documentTextStore';
import { readRowsOfEvaluation } from '../../../renderer/store/dexie/datasetRowStore';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11 } from '../../../renderer/store/dexie/schema';
import { migrateSnapshot, type StoredRecord } from '../../../shared/migrations';
import { documentTextToPieces } from '../../../shared/migrations/v10';
import { fixture, rawFixture } from '../migrations/fixtures';
import { uniqueName } from './harness';

const open: Dexie[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11];

/** Records in a stable order, whatever the table's key. */
function sorted(records: readonly StoredRecord[]): StoredRecord[] {
  return [...records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Every document text the database keeps (in pieces since v10), whole. */
async function storedTexts(db: SparbarDatabase): Promise<StoredRecord[]> {
  const evaluationIds = [...new Set((await db.documentTextPieces.toArray()).map((p) => p.evaluationId))];
  const texts = await Promise.all(evaluationIds.map((id) => readTextsOf(db, id)));
  return texts.flat() as unknown as StoredRecord[];
}

/** Every dataset row the database keeps (in pieces since v12), as rows. */
async function storedRows(db: SparbarDatabase): Promise<StoredRecord[]> {
  const evaluationIds = [...new Set((await db.datasetRowPieces.toArray()).map((p) => p.evaluationId))];
  const rows = await Promise.all(evaluationIds.map((id) => readRowsOfEvaluation(db, id)));
  return rows.flat() as unknown as StoredRecord[];
}

describe('the database upgrade and the snapshot migration', () => {
  it.each([1, 3, 4, 5, 6, 7, 8, 9, 10, 11])('agree on what v%i wrote', async (version) => {
    const name = uniqueName(`migrations-v${version}`);
    const old = new Dexie(name);
    SCHEMAS.slice(0, version).forEach((schema, index) => old.version(index + 1).stores(schema));
    await old.open();
    const snapshot = fixture(version);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, records] of Object.entries(snapshot.tables)) {
        // From v10 the database keeps texts in pieces, as v10 wrote them; a snapshot keeps them whole.
        if (table === 'documentTexts' && version >= 10) await old.table('documentTextPieces').bulkPut(records.flatMap((r) => documentTextToPieces(r)));
        else await old.table(table).bulkPut(records);
      }
    });
    old.close();

    const db = new SparbarDatabase(name);
    open.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const migrated = migrateSnapshot(rawFixture(version), CURRENT_VERSION);
    for (const [table, records] of Object.entries(migrated.tables)) {
      // A snapshot keeps whole texts and one record per row; the database keeps both in pieces, read whole.
      const stored = table === 'documentTexts' ? await storedTexts(db) : table === 'datasetRows' ? await storedRows(db) : await db.table(table).toArray();
      expect(sorted(stored), table).toEqual(sorted(records));
    }
  });
});
