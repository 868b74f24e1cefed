import type { ReadTable, TableReadOptions } from '../../../shared/ingest/tables/tableTypes';
import type { TableErrorCode } from '../../../shared/domain/importError';
import type { TableReadRequest, TableWorkerMessage } from './tableWorker';

export type TableOutcome = { ok: true; table: ReadTable } | { ok: false; code: TableErrorCode | 'timeout'; detail: string };

export interface TableJob {
  result: Promise<TableOutcome>;
  cancel(): void;
}

const TIMEOUT_MS = 180_000;

/** Reads a table in its own worker with progress; cancel and timeout terminate it. */
export function readTableInWorker(bytes: Uint8Array, options: Omit<TableReadOptions, 'onProgress'>, onProgress: (fraction: number) => void): TableJob {
  const worker = new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module', name: `table ${options.fileName}` });
  let settle: (outcome: TableOutcome) => void = () => {};
  const result = new Promise<TableOutcome>((resolve) => {
    settle = resolve;
  });
  const finish = (outcome: TableOutcome) => {
    clearTimeout(timer);
    worker.terminate();
    settle(outcome);
  };
  const timer = setTimeout(() => finish({ ok: false, code: 'timeout', detail: `${TIMEOUT_MS} ms` }), TIMEOUT_MS);
  worker.onmessage = (event: MessageEvent<TableWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'done') finish({ ok: true, table: message.table });
    else finish({ ok: false, code: message.code, detail: message.detail });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, code: 'corrupt', detail: event.message || 'the table worker stopped' });
  };
  const copy = bytes.slice();
  const request: TableReadRequest = { bytes: copy, options };
  worker.postMessage(request, [copy.buffer]);
  return { result, cancel: () => finish({ ok: false, code: 'cancelled', detail: '' }) };
}
