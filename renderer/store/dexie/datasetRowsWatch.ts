import { Dexie, type ObservabilitySet } from 'dexie';
import type { DatasetRow, Id } from '../../../shared/domain';
import type { SparbarDatabase } from './db';
import { changedKeys, indexKeysOnly } from './changedKeys';

/**
 * Rows read per request. One request's rows are cloned out of IndexedDB in one task on the UI thread:
 * 100,000 rows of 20 cells in one request was one task of 1.3-2.8 s (scripts/benchTables.mjs), so a
 * piece of 1,000 keeps each delivery near 15-30 ms on these machines.
 */
export const ROWS_PER_READ = 1_000;

/** What the watch has read of a dataset's rows. */
export interface DatasetRowsRead {
  /** The rows read so far, in file order. */
  rows: DatasetRow[];
  /** How many rows the dataset has (its record's rowCount; at least the rows read). */
  total: number;
  /** Whether every row has been read. */
  complete: boolean;
  /** A row read, by its id. */
  rowOf: (id: Id) => DatasetRow | undefined;
}

export interface WatchRowsOptions {
  rowsPerRead?: number;
  /** The least time between two deliveries while reading (the first piece is given at once). */
  deliverEveryMs?: number;
  /** Lets the UI run between two reads. */
  yieldToUi?: () => Promise<void>;
  now?: () => number;
}

/**
 * A dataset's rows in file order, read in pieces of [datasetId+index] (each its own request, so no one
 * task clones them all), each given to `onPiece`; true when all were read, false when `onPiece` said stop.
 */
export async function readRowsInPieces(db: SparbarDatabase, datasetId: Id, rowsPerRead: number, onPiece: (piece: DatasetRow[]) => boolean | Promise<boolean>): Promise<boolean> {
  let after: number | null = null;
  for (;;) {
    const lower: [Id, number] = [datasetId, after ?? -Infinity];
    const piece: DatasetRow[] = await db.datasetRows
      .where('[datasetId+index]')
      .between(lower, [datasetId, Infinity], after === null, true)
      .limit(rowsPerRead)
      .toArray();
    const last = piece[piece.length - 1];
    const more = piece.length === rowsPerRead && last !== undefined;
    if (!(await onPiece(piece))) return false;
    if (!more) return true;
    after = last.index;
  }
}

const yieldByTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A dataset's rows, read in pieces of [datasetId+index] with the UI free between them and given to the
 * listener as they come (the first piece at once), then kept in step with the database: a change to a few
 * rows (a key matched, a project deleted, in this window or another) reads those rows by id; a change it
 * cannot tell (a newer version of the table, the dataset deleted) reads them all again in pieces. A
 * change to another dataset's rows reads nothing. Returns the function that stops watching.
 */
export function watchDatasetRows(db: SparbarDatabase, datasetId: Id, listener: (read: DatasetRowsRead) => void, options: WatchRowsOptions = {}): () => void {
  const rowsPerRead = options.rowsPerRead ?? ROWS_PER_READ;
  const deliverEveryMs = options.deliverEveryMs ?? 150;
  const yieldToUi = options.yieldToUi ?? yieldByTimeout;
  const now = options.now ?? (() => performance.now());
  let stopped = false;
  let complete = false;
  let reloadAll = true;
  const pending = new Set<string>();
  let rows: DatasetRow[] = [];
  let total = 0;
  let positions = new Map<Id, number>();
  let running: Promise<void> | null = null;

  const emit = () => {
    if (stopped) return;
    const given = [...rows];
    // Not copied: a reading only adds to it (a row added later lies past this array's end), and a new
    // reading starts a new map.
    const at = positions;
    listener({ rows: given, total: Math.max(total, rows.length), complete, rowOf: (id) => given[at.get(id) ?? -1] });
  };

  /** Reads every row again; false when stopped or when a change asked for another reading meanwhile. */
  async function readAll(): Promise<boolean> {
    reloadAll = false;
    pending.clear();
    complete = false;
    rows = [];
    positions = new Map();
    total = (await db.datasets.get(datasetId))?.rowCount ?? 0;
    let lastDelivery = -Infinity;
    const read = await readRowsInPieces(db, datasetId, rowsPerRead, async (piece) => {
      if (stopped || reloadAll) return false;
      for (const row of piece) {
        positions.set(row.id, rows.length);
        rows.push(row);
      }
      if (piece.length < rowsPerRead) return true;
      if (now() - lastDelivery >= deliverEveryMs) {
        lastDelivery = now();
        emit();
      }
      await yieldToUi();
      return !stopped && !reloadAll;
    });
    if (!read) return false;
    complete = true;
    return true;
  }

  /** Reads the rows changed by id: true when the kept rows changed. */
  async function readChanged(): Promise<boolean> {
    const ids = [...pending];
    pending.clear();
    const found = await db.datasetRows.bulkGet(ids);
    let changed = false;
    for (const [i, id] of ids.entries()) {
      const row = found[i];
      const at = positions.get(id);
      const ours = row !== undefined && row.datasetId === datasetId;
      if (at !== undefined && ours) {
        rows[at] = row;
        changed = true;
      } else if (at !== undefined || ours) {
        // A row gone from the dataset or new in it: its order is the table's, so read it all again.
        reloadAll = true;
        return false;
      }
    }
    return changed;
  }

  async function catchUp(): Promise<void> {
    let changed = false;
    while (!stopped && (reloadAll || (complete && pending.size > 0))) {
      if (reloadAll) changed = (await readAll()) || changed;
      else changed = (await readChanged()) || changed;
      if (changed && !reloadAll && pending.size === 0) {
        changed = false;
        emit();
      }
    }
  }

  const run = () => {
    // A failed read leaves the last rows shown; the database's own errors are reported where it is opened.
    running ??= catchUp()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (!stopped && (reloadAll || (complete && pending.size > 0))) run();
      });
  };

  const onChange = (parts: ObservabilitySet) => {
    const changed = changedKeys(parts, db.name, 'datasetRows');
    if (changed === null) return;
    if (changed === 'all') {
      // Many rows at once: read again only if they may be this dataset's.
      const datasets = indexKeysOnly(parts, db.name, 'datasetRows', 'datasetId');
      if (datasets !== null && !datasets.has(datasetId)) return;
      reloadAll = true;
    } else for (const id of changed) pending.add(id);
    run();
  };

  Dexie.on.storagemutated.subscribe(onChange);
  run();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
