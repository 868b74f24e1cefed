/// <reference lib="webworker" />
// Reads a table (CSV or .xlsx) off the UI thread, with progress. The host terminates the worker on
// cancel or timeout.
import { readTable } from '../../../shared/ingest/tables/readTable';
import { browserXlsxReader } from './browserXlsxReader';
import type { ReadTable, TableReadOptions } from '../../../shared/ingest/tables/tableTypes';
import { ImportError, isTableErrorCode, type TableErrorCode } from '../../../shared/domain/importError';

export interface TableReadRequest {
  bytes: Uint8Array;
  options: Omit<TableReadOptions, 'onProgress'>;
}

/**
 * `done` carries the typed rows in full but the raw cells of the first RAW_ROWS_SENT rows only: the UI shows
 * raw text only in the preview, and the raw copy of a large table would double what crosses to the UI thread.
 */
export type TableWorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; table: ReadTable } | { type: 'failed'; code: TableErrorCode; detail: string };

export const RAW_ROWS_SENT = 200;

const post = (message: TableWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<TableReadRequest>) => {
  const { bytes, options } = event.data;
  try {
    const table = await readTable(bytes, { ...options, xlsxReader: browserXlsxReader, onProgress: (fraction) => post({ type: 'progress', fraction }) });
    post({ type: 'done', table: { ...table, rawRows: table.rawRows.slice(0, RAW_ROWS_SENT) } });
  } catch (error) {
    if (error instanceof ImportError && isTableErrorCode(error.code)) post({ type: 'failed', code: error.code, detail: error.detail });
    else post({ type: 'failed', code: 'corrupt', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
