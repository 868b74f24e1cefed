import type { TableReadOptions } from '../../../shared/ingest/tables/tableTypes';
import type { TableErrorCode } from '../../../shared/domain/importError';
import type { Dataset, Id, Project } from '../../../shared/domain';
import type { MatchCounts } from '../../../shared/ingest/tables/keyColumn';
import { StorageFullError } from '../../../shared/domain/storageFull';
import type { DatasetChanges } from '../../store';
import type { TableRead, TableRequest, TableWorkerMessage } from './tableWorker';
import { startTablePartWorkers } from './tableParts';

export type { TableRead } from './tableWorker';

export type TableOutcome = { ok: true; read: TableRead } | { ok: false; code: TableErrorCode | 'timeout'; detail: string };

/** A store's outcome: the new dataset, a new version's changes, or the error (a StorageFullError when the store was full). */
export type StoreOutcome = { ok: true; dataset: Dataset } | { ok: true; changes: DatasetChanges } | { ok: false; error: Error };

export interface StoreRequest {
  databaseName: string;
  evaluationId: Id;
  name: string;
  keyColumn: number | null;
  /** The dataset the table is a newer version of, or null for a new dataset. */
  replaces: Id | null;
}

export interface TableJob {
  /** The table read (its first rows, counts and key guess), or why not. */
  result: Promise<TableOutcome>;
  /** How many rows of the table read match a project through `keyColumn`. */
  matches(keyColumn: number | null, projects: readonly Project[]): Promise<MatchCounts | null>;
  /** Stores the table read, in the worker, in one transaction. */
  store(request: StoreRequest): Promise<StoreOutcome>;
  /** Stops the worker: a read or a store under way ends with nothing kept. */
  cancel(): void;
}

const TIMEOUT_MS = 180_000;

/**
 * The worker's own time on a read or a store, as a mark on the page's timeline (`sparbar:table-read`,
 * `sparbar:table-store`, the ms in `detail`), for the benchmark and the browser's profiler.
 */
function markWork(name: 'sparbar:table-read' | 'sparbar:table-store', workMs: number): void {
  performance.mark(name, { detail: { workMs } });
}

export interface TableReadRequest {
  /** Send every row to the page (a project register is planned there), not only the preview's. */
  whole?: boolean;
  /** The evaluation's projects, for the key column's guess and counts. */
  projects?: readonly Project[];
  /** The database a store will write to, opened by the worker once the table is read (a store opens it anyway). */
  databaseName?: string;
}

/**
 * Reads a table in its own worker with progress, and keeps the worker (and the table in it) to count key
 * matches and store the table; cancel and the read's timeout terminate it.
 */
export function readTableInWorker(bytes: Uint8Array, options: Omit<TableReadOptions, 'onProgress'>, onProgress: (fraction: number) => void, request: TableReadRequest = {}): TableJob {
  const worker = new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module', name: `table ${options.fileName}` });
  // Helpers that read parts of a large CSV file at once with the table worker, loading meanwhile.
  const helpers = startTablePartWorkers(bytes);
  let settleRead: (outcome: TableOutcome) => void = () => {};
  const result = new Promise<TableOutcome>((resolve) => {
    settleRead = resolve;
  });
  const waitingMatches: ((counts: MatchCounts | null) => void)[] = [];
  let settleStore: ((outcome: StoreOutcome) => void) | null = null;
  let stopped = false;
  const stop = (detail: string) => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    worker.terminate();
    helpers.terminate();
    settleRead({ ok: false, code: 'cancelled', detail });
    for (const waiting of waitingMatches.splice(0)) waiting(null);
    settleStore?.({ ok: false, error: new Error(detail || 'cancelled') });
    settleStore = null;
  };
  const timer = setTimeout(() => {
    settleRead({ ok: false, code: 'timeout', detail: `${TIMEOUT_MS} ms` });
    stop('timeout');
  }, TIMEOUT_MS);
  const post = (message: TableRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  worker.onmessage = (event: MessageEvent<TableWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'done') {
      clearTimeout(timer);
      // The table is read: the helpers have no more to do.
      helpers.terminate();
      const { type: _type, workMs, ...read } = message;
      markWork('sparbar:table-read', workMs);
      settleRead({ ok: true, read });
    } else if (message.type === 'failed') {
      settleRead({ ok: false, code: message.code, detail: message.detail });
      stop(message.detail);
    } else if (message.type === 'matches') waitingMatches.shift()?.(message.matches);
    else {
      if (message.type !== 'storeFailed') markWork('sparbar:table-store', message.workMs);
      const outcome: StoreOutcome =
        message.type === 'stored'
          ? { ok: true, dataset: message.dataset }
          : message.type === 'replaced'
            ? { ok: true, changes: message.changes }
            : { ok: false, error: message.storageFull ? new StorageFullError(message.storageFull.reason, message.storageFull.use, null) : new Error(message.detail) };
      settleStore?.(outcome);
      settleStore = null;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settleRead({ ok: false, code: 'corrupt', detail: event.message || 'the table worker stopped' });
    stop(event.message || 'the table worker stopped');
  };
  const copy = bytes.slice();
  post({ type: 'read', bytes: copy, options, whole: request.whole ?? false, projects: request.projects ?? [], databaseName: request.databaseName ?? null, parts: helpers.ports }, [copy.buffer, ...helpers.ports]);
  return {
    result,
    matches(keyColumn, projects) {
      if (stopped) return Promise.resolve(null);
      return new Promise((resolve) => {
        waitingMatches.push(resolve);
        post({ type: 'matches', keyColumn, projects });
      });
    },
    store(store) {
      if (stopped) return Promise.resolve({ ok: false, error: new Error('the table worker was stopped') });
      return new Promise((resolve) => {
        settleStore = resolve;
        post({ type: 'store', ...store });
      });
    },
    cancel: () => stop(''),
  };
}
