import { Dexie, type ObservabilitySet } from 'dexie';
import type { DatasetRow, Id } from '../../../shared/domain';
import { pieceRows, ROWS_PER_PIECE } from '../../../shared/domain/datasetRowPiece';
import { idCount, sameIds, type PieceIds } from '../../../shared/domain/idRun';
import type { SparbarDatabase } from './db';
import { changedPieces } from './changedKeys';
import { readPiecesInOrder } from './datasetRowStore';

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
  /** The least time between two deliveries while reading (the first piece is given at once). */
  deliverEveryMs?: number;
  /** Lets the UI run between two reads. */
  yieldToUi?: () => Promise<void>;
  now?: () => number;
}

/** Where a piece's rows lie in the rows read, and which they are. */
interface Span {
  start: number;
  ids: PieceIds;
}

function sameRow(a: DatasetRow, b: DatasetRow): boolean {
  return a.projectId === b.projectId && a.key === b.key && a.line === b.line && a.index === b.index && a.values.length === b.values.length && a.values.every((value, i) => value === b.values[i]);
}

const yieldByTimeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A dataset's rows, read piece by piece (schema v12: ROWS_PER_PIECE rows a piece, one request each, so
 * no one task clones them all: 100,000 × 20 rows in one request was one UI task of 1.3-2.8 s) with the UI free between them and given to the
 * listener as they come (the first piece at once), then kept in step with the database: a change to a few
 * rows (a key matched, a project deleted, in this window or another) reads those rows by id; a change it
 * cannot tell (a newer version of the table, the dataset deleted) reads them all again in pieces. A
 * change to a few rows reads their pieces and replaces only the rows that differ; a change to another
 * dataset's rows reads nothing. Returns the function that stops watching.
 */
export function watchDatasetRows(db: SparbarDatabase, datasetId: Id, listener: (read: DatasetRowsRead) => void, options: WatchRowsOptions = {}): () => void {
  const deliverEveryMs = options.deliverEveryMs ?? 150;
  const yieldToUi = options.yieldToUi ?? yieldByTimeout;
  const now = options.now ?? (() => performance.now());
  let stopped = false;
  let complete = false;
  let reloadAll = true;
  const pending = new Set<number>();
  let rows: DatasetRow[] = [];
  let total = 0;
  let positions = new Map<Id, number>();
  let spans = new Map<number, Span>();
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
    spans = new Map();
    total = (await db.datasets.get(datasetId))?.rowCount ?? 0;
    let lastDelivery = -Infinity;
    const read = await readPiecesInOrder(db, datasetId, async (piece) => {
      if (stopped || reloadAll) return false;
      spans.set(piece.index, { start: rows.length, ids: piece.ids });
      for (const row of pieceRows(piece)) {
        positions.set(row.id, rows.length);
        rows.push(row);
      }
      // A piece short of whole is the last one of a table as it is stored: read on without a delivery or a pause.
      if (idCount(piece.ids) < ROWS_PER_PIECE) return true;
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

  /** Reads the pieces changed: true when the kept rows changed. */
  async function readChanged(): Promise<boolean> {
    const numbers = [...pending];
    pending.clear();
    const found = await db.datasetRowPieces.bulkGet(numbers.map((n): [Id, number] => [datasetId, n]));
    let changed = false;
    for (const [i, n] of numbers.entries()) {
      const piece = found[i];
      const span = spans.get(n);
      if (!piece && !span) continue;
      if (!piece || !span || !sameIds(piece.ids, span.ids)) {
        // Rows gone from the dataset or new in it: their order is the table's, so read it all again.
        reloadAll = true;
        return false;
      }
      for (const [r, row] of pieceRows(piece).entries()) {
        const at = span.start + r;
        const kept = rows[at];
        if (kept && sameRow(kept, row)) continue;
        rows[at] = row;
        changed = true;
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
    // Many pieces at once are read again only if they may be this dataset's.
    const changed = changedPieces(parts, db.name, 'datasetRowPieces', 'datasetId', datasetId);
    if (changed === null) return;
    if (changed === 'all') reloadAll = true;
    else for (const n of changed) pending.add(n);
    run();
  };

  Dexie.on.storagemutated.subscribe(onChange);
  run();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
