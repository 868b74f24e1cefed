import type { Transaction } from 'dexie';
import type { MigrationStep, StoredRecord } from '../../../shared/migrations';
import { v2 } from '../../../shared/migrations/v2';
import { v4 } from '../../../shared/migrations/v4';
import { v5 } from '../../../shared/migrations/v5';
import { v6 } from '../../../shared/migrations/v6';
import { v7 } from '../../../shared/migrations/v7';
import { v8 } from '../../../shared/migrations/v8';
import { v9 } from '../../../shared/migrations/v9';
import { documentTextToPieces } from '../../../shared/migrations/v10';
import { v11 } from '../../../shared/migrations/v11';
import { datasetRowsToPieces } from '../../../shared/migrations/v12';
import { v13 } from '../../../shared/migrations/v13';
import { pieceWithNumberColumns } from '../../../shared/migrations/v14';
import { pieceWithStoredNumbers } from '../../../shared/migrations/v15';

/**
 * Applies a pure migration step (shared/migrations) inside Dexie's upgrade transaction: reads the step's
 * lookup table first, then replaces every record of each table it changes, table by table, then adds
 * the records the step adds.
 */
export async function applyMigrationStep(tx: Transaction, step: MigrationStep): Promise<void> {
  const lookup = new Map<string, unknown>();
  if (step.lookupTable !== null) {
    await tx.table(step.lookupTable).each((record: StoredRecord) => {
      const entry = step.lookupEntry(record);
      if (entry) lookup.set(entry[0], entry[1]);
    });
  }
  for (const table of step.tables) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: StoredRecord, ctx: { value: StoredRecord }) => {
        ctx.value = step.migrate(table, record, lookup);
      });
  }
  if (step.adds !== null) {
    const existing: StoredRecord[] = await tx.table(step.adds.table).toArray();
    const from: StoredRecord[] = step.adds.from === undefined ? existing : await tx.table(step.adds.from).toArray();
    const added = step.adds.add(existing, from);
    if (added.length > 0) await tx.table(step.adds.table).bulkAdd(added);
  }
}

/** v1 → v2: every document becomes the first and current version of itself, with its format, page and word counts. */
export const upgradeToV2 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v2);

/** v3 → v4: every code gets empty inclusion and exclusion notes and example, in both languages. */
export const upgradeToV4 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v4);

/** v4 → v5: evidence gets no strength or direction yet and an unknown coder; codes get no shortcut. */
export const upgradeToV5 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v5);

/** v5 → v6: every evaluation with the results-matrix levels gets their "Oförutsedda resultat" (unforeseen results). */
export const upgradeToV6 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v6);

/** v6 → v7: every evaluation gets the default rating scale of each shipped framework. */
export const upgradeToV7 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v7);

/** v7 → v8: no document is yet the twin of another (documents and passages may now belong to the programme). */
export const upgradeToV8 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v8);

/** v8 → v9: every document keeps the similarity sketch of its text. */
export const upgradeToV9 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v9);

/**
 * v9 → v10: every stored text becomes its pieces (shared/migrations/v10.ts); Dexie drops `documentTexts`
 * once this upgrade has run. One text is read at a time, so the upgrade holds no more than one in memory.
 */
export async function upgradeToV10(tx: Transaction): Promise<void> {
  const texts = tx.table('documentTexts');
  const pieces = tx.table('documentTextPieces');
  const keys = await texts.toCollection().primaryKeys();
  for (const key of keys) {
    const record = (await texts.get(key)) as StoredRecord | undefined;
    if (record) await pieces.bulkAdd(documentTextToPieces(record));
  }
}

/** v10 → v11: every evaluation gets the default report settings. */
export const upgradeToV11 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v11);

/**
 * v11 → v12: every stored row goes into its piece (shared/migrations/v12.ts), a dataset at a time (its
 * rows sorted into index order there); Dexie drops `datasetRows` once this upgrade has run.
 */
export async function upgradeToV12(tx: Transaction): Promise<void> {
  const rows = tx.table('datasetRows');
  const pieces = tx.table('datasetRowPieces');
  const datasetIds = (await rows.orderBy('datasetId').uniqueKeys()) as string[];
  for (const datasetId of datasetIds) {
    const records = (await rows.where('datasetId').equals(datasetId).toArray()) as StoredRecord[];
    const made = datasetRowsToPieces(records);
    if (made.length > 0) await pieces.bulkAdd(made);
  }
}

/** v12 → v13: the table of kept agreement measurements, empty. */
export const upgradeToV13 = (tx: Transaction): Promise<void> => applyMigrationStep(tx, v13);

/** v13 → v14: every stored piece's columns of numbers become number columns (shared/migrations/v14.ts). */
export async function upgradeToV14(tx: Transaction): Promise<void> {
  await tx
    .table('datasetRowPieces')
    .toCollection()
    .modify((record: StoredRecord, ctx: { value: StoredRecord }) => {
      ctx.value = pieceWithNumberColumns(record);
    });
}

/** v14 → v15: every stored piece keeps its numbers compact: scaled integers, a run of row indexes, Int32Array lines (shared/migrations/v15.ts). */
export async function upgradeToV15(tx: Transaction): Promise<void> {
  await tx
    .table('datasetRowPieces')
    .toCollection()
    .modify((record: StoredRecord, ctx: { value: StoredRecord }) => {
      ctx.value = pieceWithStoredNumbers(record);
    });
}
