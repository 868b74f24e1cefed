import { normaliseKey, rowValues, runId, type DataCoding, type Dataset, type DatasetRow, type Id, type KeptRows } from '../../../shared/domain';
import { replaceDatasetRows, type DatasetChanges } from '../../../shared/ingest/tables/datasetReplace';
import { keyOf, keyOfCell, projectMatcher } from '../../../shared/ingest/tables/linkRows';
import { unmatchedKeys, type UnmatchedKey } from '../../../shared/ingest/tables/unmatchedKeys';
import type { CellValue } from '../../../shared/domain/tableValues';
import type { SparbarDatabase } from './db';
import { dropJudgementLinks } from './judgementLinks';
import { watchDatasetRows, type DatasetRowsRead, type WatchRowsOptions } from './datasetRowsWatch';
import { addRows, addTableCells, addTableRows, deleteRows, readPiecesInOrder, readRows, readRowsOfProject, relinkRowsOfEvaluation } from './datasetRowStore';
import type { RepositoryDeps } from './deps';
import { auditTables, logEvent } from './auditEvent';

/**
 * A table to keep as a dataset (or as the newer version of one): its rows as row arrays, or column by
 * column with their lines (the table worker's, see shared/domain/tableCells.ts).
 */
export interface DatasetInput extends Pick<Dataset, 'name' | 'fileName' | 'format' | 'sha256' | 'columns' | 'keyColumn'> {
  rows: { values: CellValue[]; line: number }[] | KeptRows;
}

const isKept = (rows: DatasetInput['rows']): rows is KeptRows => !Array.isArray(rows);

const rowCountOf = (rows: DatasetInput['rows']): number => (isKept(rows) ? rows.cells.rowCount : rows.length);

/** The input's rows as row arrays (a newer version is matched row by row). */
function rowsOf(rows: DatasetInput['rows']): { values: CellValue[]; line: number }[] {
  if (!isKept(rows)) return rows;
  const made: { values: CellValue[]; line: number }[] = [];
  for (let r = 0; r < rows.cells.rowCount; r++) made.push({ values: rowValues(rows.cells, r), line: rows.lines[r] ?? r + 1 });
  return made;
}

export type { DatasetChanges };

export type { UnmatchedKey };

/**
 * Ids for a write's new rows: one fresh id for the write and the row's number in it. A row id need only be
 * unique in its evaluation, and 100,000 random UUIDs cost 100-180 ms on these machines.
 */
function rowIdsFrom(newId: () => Id): () => Id {
  const prefix = `${newId()}.`;
  let n = 0;
  return () => runId(prefix, n++);
}

export function createDatasetsRepo(db: SparbarDatabase, deps: RepositoryDeps) {
  async function matcher(evaluationId: Id) {
    const [projects, matches] = await Promise.all([db.projects.where('evaluationId').equals(evaluationId).toArray(), db.keyMatches.where('evaluationId').equals(evaluationId).toArray()]);
    return projectMatcher(projects, matches);
  }

  return {
    async list(evaluationId: Id): Promise<Dataset[]> {
      const datasets = await db.datasets.where('evaluationId').equals(evaluationId).toArray();
      return datasets.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    },

    get(id: Id): Promise<Dataset | undefined> {
      return db.datasets.get(id);
    },

    /** The dataset's rows in file order. */
    rows(datasetId: Id): Promise<DatasetRow[]> {
      return readRows(db, datasetId);
    },

    /** The dataset's rows read in pieces as they come, then kept in step (see watchDatasetRows); returns the function that stops. */
    watchRows(datasetId: Id, listener: (read: DatasetRowsRead) => void, options?: WatchRowsOptions): () => void {
      return watchDatasetRows(db, datasetId, listener, options);
    },

    /** The rows of every dataset that belong to a project. */
    rowsOfProject(projectId: Id): Promise<DatasetRow[]> {
      return readRowsOfProject(db, projectId);
    },

    /** Keeps a table as a dataset, linking each row to its project through the key column; one transaction. */
    async create(evaluationId: Id, input: DatasetInput): Promise<Dataset> {
      const now = deps.now();
      const dataset: Dataset = {
        id: deps.newId(),
        evaluationId,
        name: input.name.trim() || input.fileName,
        fileName: input.fileName,
        format: input.format,
        sha256: input.sha256,
        columns: input.columns,
        keyColumn: input.keyColumn,
        rowCount: rowCountOf(input.rows),
        version: 1,
        importedAt: now,
        updatedAt: now,
      };
      await db.transaction('rw', [db.evaluations, db.projects, db.keyMatches, db.datasets, db.datasetRowPieces, ...auditTables(db)], async () => {
        if (!(await db.evaluations.get(evaluationId))) throw new Error(`No evaluation ${evaluationId}`);
        const match = await matcher(evaluationId);
        await db.datasets.add(dataset);
        const target = { datasetId: dataset.id, evaluationId };
        const { rows, keyColumn } = input;
        // The rows' ids are one fresh id for the write and each row's number (kept as a run in each piece).
        if (isKept(rows)) await addTableCells(db, target, rows, { idPrefix: `${deps.newId()}.`, key: (r) => keyOfCell(rows.cells, r, keyColumn), project: match });
        else await addTableRows(db, target, rows, { id: rowIdsFrom(deps.newId), key: (values) => keyOf(values, keyColumn), project: match });
        await logEvent(db, deps, { evaluationId, action: 'importDataset', summary: `${dataset.name} (${dataset.fileName})` });
      });
      return dataset;
    },

    /**
     * Replaces a dataset's rows with a newer version of the same table. Rows are matched by key (or by
     * position) so that coded rows keep their codes; removed rows lose theirs. Returns what changed.
     */
    async replace(datasetId: Id, input: DatasetInput): Promise<DatasetChanges> {
      return db.transaction('rw', [db.projects, db.keyMatches, db.datasets, db.datasetRowPieces, db.dataCodings, ...auditTables(db)], async () => {
        const dataset = await db.datasets.get(datasetId);
        if (!dataset) throw new Error(`No dataset ${datasetId}`);
        const match = await matcher(dataset.evaluationId);
        const old = await readRows(db, datasetId);
        const { rows, removedIds, changes } = replaceDatasetRows(old, { ...input, rows: rowsOf(input.rows) }, { datasetId, evaluationId: dataset.evaluationId, newId: rowIdsFrom(deps.newId), projectOf: match });
        await db.dataCodings.where('rowId').anyOf(removedIds).delete();
        await deleteRows(db, datasetId);
        await addRows(db, rows);
        // Codings follow their rows' projects (a row may now match another project).
        const projectOfRow = new Map(rows.map((row) => [row.id, row.projectId]));
        await db.dataCodings.where('datasetId').equals(datasetId).modify((coding) => {
          coding.projectId = projectOfRow.get(coding.rowId) ?? null;
        });
        await db.datasets.update(datasetId, {
          fileName: input.fileName,
          format: input.format,
          sha256: input.sha256,
          columns: input.columns,
          keyColumn: input.keyColumn,
          rowCount: rows.length,
          version: dataset.version + 1,
          updatedAt: deps.now(),
        });
        await logEvent(db, deps, { evaluationId: dataset.evaluationId, action: 'replaceDataset', summary: `${dataset.name} (${input.fileName})` });
        return changes;
      });
    },

    /** Keys of the dataset that match no project, with how many rows carry each. */
    async unmatchedKeys(datasetId: Id): Promise<UnmatchedKey[]> {
      // In pieces, as the dataset's screen reads them: one cursor over 100,000 rows held the UI thread.
      const unmatched: Pick<DatasetRow, 'projectId' | 'key'>[] = [];
      await readPiecesInOrder(db, datasetId, (piece) => {
        piece.rowProjects.forEach((projectId, r) => {
          if (projectId === null) unmatched.push({ projectId, key: piece.keys[r] ?? null });
        });
        return true;
      });
      return unmatchedKeys(unmatched);
    },

    /** Matches a key to a project by hand: remembered for the evaluation and applied to every table's rows. */
    async matchKey(evaluationId: Id, key: string, projectId: Id): Promise<number> {
      const k = normaliseKey(key);
      return db.transaction('rw', [db.projects, db.keyMatches, db.datasetRowPieces, db.dataCodings], async () => {
        const project = await db.projects.get(projectId);
        if (!project || project.evaluationId !== evaluationId) throw new Error(`No project ${projectId} in this evaluation`);
        await db.keyMatches.put({ evaluationId, key: k, projectId });
        // Each spelling normalised once: an indicator table repeats its keys on every year's row.
        const normalised = new Map<string, string>();
        const matches = (key: string) => {
          let n = normalised.get(key);
          if (n === undefined) normalised.set(key, (n = normaliseKey(key)));
          return n === k;
        };
        const rowIds = await relinkRowsOfEvaluation(db, evaluationId, (key, current) => (current === null && key !== null && matches(key) ? projectId : current));
        if (rowIds.length > 0) await db.dataCodings.where('rowId').anyOf(rowIds).modify({ projectId });
        return rowIds.length;
      });
    },

    /** Deletes a dataset with its rows and their codes, in one transaction. */
    async remove(datasetId: Id): Promise<void> {
      await db.transaction('rw', [db.datasets, db.datasetRowPieces, db.dataCodings, db.judgements, db.findings, db.recommendations, ...auditTables(db)], async () => {
        const codingIds = (await db.dataCodings.where('datasetId').equals(datasetId).primaryKeys()) as Id[];
        await dropJudgementLinks(db, { dataCodingIds: new Set(codingIds) }, deps.now());
        await db.dataCodings.where('datasetId').equals(datasetId).delete();
        await deleteRows(db, datasetId);
        const dataset = await db.datasets.get(datasetId);
        await db.datasets.delete(datasetId);
        if (dataset) await logEvent(db, deps, { evaluationId: dataset.evaluationId, action: 'deleteDataset', summary: dataset.name });
      });
    },

    codings(datasetId: Id): Promise<DataCoding[]> {
      return db.dataCodings.where('datasetId').equals(datasetId).toArray();
    },

    codingsOfEvaluation(evaluationId: Id): Promise<DataCoding[]> {
      return db.dataCodings.where('evaluationId').equals(evaluationId).toArray();
    },
  };
}

export type DatasetsRepo = ReturnType<typeof createDatasetsRepo>;
