/// <reference lib="webworker" />
// Reads a table (CSV or .xlsx) off the UI thread, with progress, keeps it, and stores it as a dataset from
// here: the worker opens the database itself (as the report worker does) and the store's repository
// writes the rows in one transaction, so the UI thread never holds, clones or writes a large table's rows.
// The page gets the columns, the problems and the first rows, and asks this worker how many rows a key
// column matches. The host terminates the worker on cancel: a store then aborts whole, nothing is kept.
import { readTableCells } from '../../../shared/ingest/tables/readTable';
import { browserXlsxReader } from './browserXlsxReader';
import type { ReadTable, ReadTableCells, TableReadOptions } from '../../../shared/ingest/tables/tableTypes';
import { ImportError, isTableErrorCode, type TableErrorCode } from '../../../shared/domain/importError';
import { cellsToRows, type Dataset, type Id, type Project } from '../../../shared/domain';
import { projectMatcher } from '../../../shared/ingest/tables/linkRows';
import { countMatched, guessKeyColumn, type MatchCounts } from '../../../shared/ingest/tables/keyColumn';
import { cellsToKeep } from '../../../shared/ingest/tables/rowsToKeep';
import { StorageFullError, type StorageFullReason, type StorageUse } from '../../../shared/domain/storageFull';
import { browserDeps, createRepositories, openDatabase, type DatasetChanges, type DatasetInput } from '../../store';
import { partsOver } from './tableParts';

export type TableRequest =
  /** Reads a table; `whole` sends every row to the page (a project register), else the first ROWS_SENT. */
  | { type: 'read'; bytes: Uint8Array; options: Omit<TableReadOptions, 'onProgress'>; whole: boolean; projects: readonly Project[]; databaseName: string | null; parts: MessagePort[] }
  /** Counts the rows of the table read whose key matches a project. */
  | { type: 'matches'; keyColumn: number | null; projects: readonly Project[] }
  /** Stores the table read as a dataset, or as the newer version of `replaces`. */
  | { type: 'store'; databaseName: string; evaluationId: Id; name: string; keyColumn: number | null; replaces: Id | null };

/** What the page knows of a table read here: its first rows, how many there are, how many would be kept. */
export interface TableRead {
  /** Rows and rowLines whole when asked for, else the first ROWS_SENT; rawRows always the first ROWS_SENT. */
  table: ReadTable;
  rowCount: number;
  keptCount: number;
  /** The column most likely naming the project, and how many rows it matches. */
  keyGuess: number | null;
  matches: MatchCounts;
}

/** The worker's own time on a request, in ms: reading and typing from the bytes received, or storing until the transaction completed. */
export interface WorkerTiming {
  workMs: number;
}

export type TableWorkerMessage =
  | { type: 'progress'; fraction: number }
  | ({ type: 'done' } & TableRead & WorkerTiming)
  | { type: 'failed'; code: TableErrorCode; detail: string }
  | { type: 'matches'; keyColumn: number | null; matches: MatchCounts }
  | ({ type: 'stored'; dataset: Dataset } & WorkerTiming)
  | ({ type: 'replaced'; changes: DatasetChanges } & WorkerTiming)
  /** `storageFull` when the store refused the write for lack of space (worded by the page, like any StorageFullError). */
  | { type: 'storeFailed'; detail: string; storageFull?: { reason: StorageFullReason; use: StorageUse } };

/** Rows sent to the page for the preview (the raw cells only of these, as the preview shows them). */
export const ROWS_SENT = 200;

const post = (message: TableWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

/**
 * The table read last, column by column (a number column a Float64Array, no heap number per cell), with
 * its file's SHA-256 (begun when the preview was posted: the browser hashes off this thread while the
 * evaluator reads the preview).
 */
let current: { table: ReadTableCells; sha256: Promise<string>; fileName: string } | null = null;
let opened: { name: string; repos: Promise<ReturnType<typeof createRepositories>> } | null = null;

/** The repositories over the database, opened once (opening parses the schema of every version: tens of ms). */
function reposFor(databaseName: string) {
  if (opened === null || opened.name !== databaseName) {
    const repos = openDatabase(databaseName).then((db) => createRepositories(db, browserDeps, () => []));
    opened = { name: databaseName, repos };
    // A failed open is tried again by the store that needs it, and reported there.
    repos.catch(() => {
      if (opened?.repos === repos) opened = null;
    });
  }
  return opened.repos;
}

const matcherOf = (projects: readonly Project[]) => projectMatcher(projects, []);

async function read(request: Extract<TableRequest, { type: 'read' }>): Promise<void> {
  const start = performance.now();
  current = null;
  const { bytes, options } = request;
  try {
    // A large CSV file is read in parts at once, by the helpers the page started with this worker.
    const parallel = partsOver(request.parts);
    // Only the preview's cells as written are kept: the table's typed cells are what is stored.
    const table = await readTableCells(bytes, { ...options, rawRowsKept: ROWS_SENT, xlsxReader: browserXlsxReader, parallel, onProgress: (fraction) => post({ type: 'progress', fraction }) });
    const match = matcherOf(request.projects);
    const { cells, ...rest } = table;
    const keyGuess = guessKeyColumn(table.columns, cells, match);
    const sent = request.whole ? cells.rowCount : Math.min(cells.rowCount, ROWS_SENT);
    const page: ReadTable = { ...rest, rows: cellsToRows(cells, 0, sent), rowLines: table.rowLines.slice(0, sent), rawRows: table.rawRows.slice(0, ROWS_SENT) };
    post({
      type: 'done',
      table: page,
      rowCount: cells.rowCount,
      keptCount: cellsToKeep(table).lines.length,
      keyGuess,
      matches: countMatched(cells, keyGuess, match),
      workMs: performance.now() - start,
    });
    // Hashed once the preview is on its way (digest copies the file's bytes on this thread first); the
    // evaluator reads the preview meanwhile, and the store awaits the hash.
    const sha256 = browserDeps.sha256(bytes);
    // A rejected hash is reported by the store that awaits it, not as an unhandled rejection meanwhile.
    sha256.catch(() => undefined);
    current = { table, sha256, fileName: options.fileName };
    // The store that follows writes to this database: opened while the evaluator reads the preview.
    if (request.databaseName !== null) void reposFor(request.databaseName).catch(() => undefined);
  } catch (error) {
    if (error instanceof ImportError && isTableErrorCode(error.code)) post({ type: 'failed', code: error.code, detail: error.detail });
    else post({ type: 'failed', code: 'corrupt', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

function matches(request: Extract<TableRequest, { type: 'matches' }>): void {
  const cells = current?.table.cells ?? { rowCount: 0, columns: [] };
  post({ type: 'matches', keyColumn: request.keyColumn, matches: countMatched(cells, request.keyColumn, matcherOf(request.projects)) });
}

async function store(request: Extract<TableRequest, { type: 'store' }>): Promise<void> {
  const start = performance.now();
  try {
    if (!current) throw new Error('no table was read');
    const { table, sha256, fileName } = current;
    const input: DatasetInput = { name: request.name, fileName, format: table.format, sha256: await sha256, columns: table.columns, keyColumn: request.keyColumn, rows: cellsToKeep(table) };
    const repos = await reposFor(request.databaseName);
    // The repository's promise settles when its transaction has completed.
    if (request.replaces === null) {
      const dataset = await repos.datasets.create(request.evaluationId, input);
      post({ type: 'stored', dataset, workMs: performance.now() - start });
    } else {
      const changes = await repos.datasets.replace(request.replaces, input);
      post({ type: 'replaced', changes, workMs: performance.now() - start });
    }
  } catch (error) {
    const storageFull = error instanceof StorageFullError ? { reason: error.reason, use: error.use } : undefined;
    post({ type: 'storeFailed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error), ...(storageFull ? { storageFull } : {}) });
  }
}

self.onmessage = (event: MessageEvent<TableRequest>) => {
  const request = event.data;
  if (request.type === 'read') void read(request);
  else if (request.type === 'matches') matches(request);
  else void store(request);
};
