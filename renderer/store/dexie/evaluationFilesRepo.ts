import { Dexie, type Table } from 'dexie';
import type { DatasetRow, DocumentText, Id } from '../../../shared/domain';
import { copyWithNewIds, EVALUATION_TABLES, type EvaluationSnapshot, type EvaluationTable } from '../../../shared/exchange/evaluationFile';
import { LATEST_VERSION, type StoredRecord } from '../../../shared/migrations';
import type { SparbarDatabase } from './db';
import type { RepositoryDeps } from './deps';
import { addTexts, readTextsOf } from './documentTextStore';
import { addRows, readRowsOfEvaluation } from './datasetRowStore';

/** How an opened evaluation file is written: as a new evaluation, over the existing one, or as a copy with new ids. */
export type RestoreMode = 'new' | 'replace' | 'copy';

/** The tables an evaluation's records live in besides `evaluations` and `auditLog`, with `undoRecords` (never in a file, deleted on replace). */
const BY_EVALUATION = EVALUATION_TABLES.filter((table) => table !== 'evaluations' && table !== 'auditLog');

/**
 * The store's table of a file's table. A file keeps each document's text whole (`documentTexts`, one
 * logical record, the same at every schema version: a file has no limit on one record's size, and other
 * tools read a text as one value), while the store keeps it in pieces (schema v10): texts are joined when
 * a snapshot is read and split when one is restored. Likewise a file keeps one `datasetRows` record per
 * row, while the store keeps them in pieces (schema v12).
 */
function tableOf(db: SparbarDatabase, name: EvaluationTable | 'undoRecords'): Table<StoredRecord, unknown> {
  return db.table(name === 'documentTexts' ? 'documentTextPieces' : name === 'datasetRows' ? 'datasetRowPieces' : name);
}

/** A table's records of an evaluation as a file keeps them (texts whole, one record per row). */
async function recordsOf(db: SparbarDatabase, name: EvaluationTable, evaluationId: Id): Promise<StoredRecord[]> {
  if (name === 'documentTexts') return (await readTextsOf(db, evaluationId)) as unknown as StoredRecord[];
  if (name === 'datasetRows') return (await readRowsOfEvaluation(db, evaluationId)) as unknown as StoredRecord[];
  return tableOf(db, name).where('evaluationId').equals(evaluationId).toArray();
}

function auditOf(db: SparbarDatabase, id: Id) {
  return db.auditLog.where('[evaluationId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
}

/** Originals' bytes as the store keeps them: each a Blob typed as its document. */
export function originalBlobs(documents: readonly StoredRecord[], originals: readonly StoredRecord[]): StoredRecord[] {
  const types = new Map(documents.map((d) => [d.id, typeof d.mimeType === 'string' ? d.mimeType : '']));
  return originals.map(({ bytes, ...rest }) => ({
    ...rest,
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: types.get(rest.documentId) ?? '' }),
  }));
}

/** Evaluations to and from evaluation-file snapshots (shared/exchange/evaluationFile), each in one transaction. */
export function createEvaluationFilesRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  const tables = () => EVALUATION_TABLES.map((name) => tableOf(db, name));

  /** Deletes every record of an evaluation, as evaluationsRepo.remove does; call inside a rw transaction. */
  async function deleteEvaluation(id: Id): Promise<void> {
    for (const name of [...BY_EVALUATION, 'undoRecords' as const]) await tableOf(db, name).where('evaluationId').equals(id).delete();
    await auditOf(db, id).delete();
    await db.evaluations.delete(id);
  }

  return {
    /** The database's name, for a worker that opens it itself (saving and opening evaluation files). */
    databaseName: db.name,

    async exists(evaluationId: Id): Promise<boolean> {
      return (await db.evaluations.get(evaluationId)) !== undefined;
    },

    /**
     * Every record of an evaluation in the tables of EVALUATION_TABLES, read in one transaction; originals'
     * Blobs become `bytes` (read after the transaction: a Blob's bytes are not an IndexedDB request).
     * `originals: false` leaves the originals' table empty, for a reader that never needs their bytes (the report).
     */
    async snapshotOf(evaluationId: Id, options: { originals?: boolean } = {}): Promise<EvaluationSnapshot> {
      const wanted = options.originals === false ? BY_EVALUATION.filter((name) => name !== 'originals') : BY_EVALUATION;
      const read = await db.transaction('r', tables(), async () => {
        const evaluation = await db.evaluations.get(evaluationId);
        if (!evaluation) throw new Error(`No evaluation ${evaluationId}`);
        const result: Record<string, StoredRecord[]> = { evaluations: [evaluation as unknown as StoredRecord] };
        for (const name of wanted) {
          result[name] = await recordsOf(db, name, evaluationId);
        }
        result.auditLog = (await auditOf(db, evaluationId).toArray()) as unknown as StoredRecord[];
        return result;
      });
      read.originals = await Promise.all(
        (read.originals ?? []).map(async ({ blob, ...rest }) => ({ ...rest, bytes: new Uint8Array(await (blob as Blob).arrayBuffer()) })),
      );
      return { version: LATEST_VERSION, tables: read };
    },

    /**
     * Writes a whole evaluation (a snapshot at the latest schema) in one transaction: 'new' adds it,
     * 'replace' first deletes the evaluation of the same id, 'copy' writes it with new ids and the title
     * `copyTitle` gives. Returns the written evaluation's id. A failed write leaves the store as it was.
     */
    async restore(snapshot: EvaluationSnapshot, mode: RestoreMode, copyTitle: (title: string) => string = (title) => `${title} (kopia)`): Promise<Id> {
      if (snapshot.version !== LATEST_VERSION) throw new RangeError(`A snapshot of schema v${snapshot.version} cannot be restored at v${LATEST_VERSION}`);
      let toWrite = snapshot;
      if (mode === 'copy') {
        const copy = copyWithNewIds(snapshot, deps.newId);
        const evaluations = (copy.tables.evaluations ?? []).map((e) => ({ ...e, title: copyTitle(typeof e.title === 'string' ? e.title : '') }));
        toWrite = { ...copy, tables: { ...copy.tables, evaluations } };
      }
      const [evaluation] = toWrite.tables.evaluations ?? [];
      if ((toWrite.tables.evaluations ?? []).length !== 1 || !evaluation || typeof evaluation.id !== 'string') throw new RangeError('A snapshot holds exactly one evaluation');
      const id = evaluation.id;
      const originals = originalBlobs(toWrite.tables.documents ?? [], toWrite.tables.originals ?? []);
      await db.transaction('rw', [...tables(), tableOf(db, 'undoRecords')], async () => {
        if (mode === 'replace') await deleteEvaluation(id);
        for (const name of EVALUATION_TABLES) {
          const records = name === 'originals' ? originals : (toWrite.tables[name] ?? []);
          // The file's records were checked on opening (recordShapes.ts): a text is a DocumentText, a row a DatasetRow.
          if (name === 'documentTexts') await addTexts(db, records as unknown as DocumentText[]);
          else if (name === 'datasetRows') await addRows(db, records as unknown as DatasetRow[]);
          else if (records.length > 0) await tableOf(db, name).bulkAdd(records);
        }
      });
      return id;
    },
  };
}

export type EvaluationFilesRepo = ReturnType<typeof createEvaluationFilesRepo>;
