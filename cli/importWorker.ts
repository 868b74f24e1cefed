import { parentPort, workerData } from 'node:worker_threads';
import { importDocument } from '../shared/ingest/documents/importDocument';
import type { ImportedDocument } from '../shared/ingest/documents/importTypes';
import { readTable } from '../shared/ingest/tables/readTable';
import type { ReadTable } from '../shared/ingest/tables/tableTypes';
import type { ImportLimits } from '../shared/domain/importLimits';
import { ImportError, type ImportErrorCode } from '../shared/domain/importError';
import { createNodePdfLoader } from './nodePdfLoader';
import { readXlsxSheets } from './xlsxReader';

/** What the main thread hands the worker for one file. */
export interface ImportJob {
  kind: 'sparbar-import';
  bytes: Uint8Array;
  fileName: string;
  password: string | undefined;
  limits: ImportLimits;
  /** Present for a table (CSV or .xlsx): read with the table reader, the sheet asked for if any. */
  table?: { sheet: string | undefined };
}

export type ImportReply =
  | { type: 'done'; document: ImportedDocument }
  | { type: 'table'; table: ReadTable }
  | { type: 'failed'; code: ImportErrorCode; detail: string; values?: Readonly<Record<string, number>> };

export function isImportJob(value: unknown): value is ImportJob {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'sparbar-import';
}

/** Runs in a worker thread: imports one file (a document, or a table) and posts the result; the main thread may terminate it. */
export async function runImportWorker(): Promise<void> {
  const job = workerData as ImportJob;
  let reply: ImportReply;
  try {
    if (job.table) {
      const { sheet } = job.table;
      const table = await readTable(job.bytes, { fileName: job.fileName, maxBytes: job.limits.maxFileBytes, xlsxReader: readXlsxSheets, ...(sheet === undefined ? {} : { sheet }) });
      parentPort?.postMessage({ type: 'table', table } satisfies ImportReply);
      return;
    }
    const document = await importDocument(job.bytes, {
      fileName: job.fileName,
      ...(job.password === undefined ? {} : { password: job.password }),
      limits: job.limits,
      // The parsers check the time limit in their loops against this clock; the host's timer is the backstop.
      clock: () => performance.now(),
      pdf: createNodePdfLoader(),
    });
    reply = { type: 'done', document };
  } catch (error) {
    reply =
      error instanceof ImportError
        ? { type: 'failed', code: error.code, detail: error.detail, values: error.values }
        : { type: 'failed', code: 'corrupt', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort?.postMessage(reply);
}
