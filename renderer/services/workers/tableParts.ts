/**
 * Helper workers for a large CSV file (csvParts.ts): each reads a later part of the text
 * (tablePartWorker.ts) while the table worker reads the first. The page starts them with the table worker,
 * so they load while the file is decoded (a worker started from the table worker could load only when that
 * worker's thread was free, after its own part), and gives the table worker a port to each. One fewer
 * than the machine's cores, at most three; they end when the read has ended.
 */
import { MIN_PART_LENGTH, type CsvParallel, type CsvPartRequest } from '../../../shared/ingest/tables/csv/csvParts';
import type { CsvPartState } from '../../../shared/ingest/tables/csv/csvStreamReader';
import { tableContainer } from '../../../shared/ingest/tables/tableBytes';
import type { TablePartReply } from './tablePartWorker';

/** Parts read at once, the table worker's own included. */
const MAX_PARTS = 4;

/** Whether the bytes are a text table (CSV), not a workbook; a file refused here is refused by the read too, with its reason. */
function isText(bytes: Uint8Array): boolean {
  try {
    return tableContainer(bytes) === 'text';
  } catch {
    return false;
  }
}

export interface TablePartWorkers {
  /** A port to each helper, for the table worker (transferred to it with the read). */
  ports: MessagePort[];
  terminate(): void;
}

/**
 * Starts the helpers a read of `bytes` is worth: none (empty ports) for a workbook, a file too small to
 * share, or a machine of one core.
 */
export function startTablePartWorkers(bytes: Uint8Array, cores = navigator.hardwareConcurrency || 1): TablePartWorkers {
  const parts = isText(bytes) ? Math.min(MAX_PARTS, cores, Math.floor(bytes.length / MIN_PART_LENGTH)) : 1;
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  try {
    for (let i = 1; i < parts; i++) {
      const worker = new Worker(new URL('./tablePartWorker.ts', import.meta.url), { type: 'module', name: `table part ${i + 1}` });
      workers.push(worker);
      const channel = new MessageChannel();
      worker.postMessage({ type: 'port' }, [channel.port1]);
      ports.push(channel.port2);
    }
  } catch {
    // Workers that cannot start here: the table worker reads alone.
    for (const worker of workers) worker.terminate();
    return { ports: [], terminate: () => {} };
  }
  return { ports, terminate: () => workers.forEach((worker) => worker.terminate()) };
}

/** Reads one part through a helper's port: the part's rows, or an error when the helper could not. */
function readOn(port: MessagePort, request: CsvPartRequest): Promise<CsvPartState> {
  return new Promise((resolve, reject) => {
    port.onmessage = (event: MessageEvent<TablePartReply>) => {
      port.onmessage = null;
      if (event.data.ok) resolve(event.data.state);
      else reject(new Error(event.data.detail));
    };
    // A part's bytes are handed over, not copied.
    port.postMessage(request, typeof request.text === 'string' ? [] : [request.text.buffer]);
  });
}

/** In the table worker: the helpers' ports as the parallel reader of readTableCells (undefined without any). */
export function partsOver(ports: readonly MessagePort[]): CsvParallel | undefined {
  if (ports.length === 0) return undefined;
  let next = 0;
  return { parts: ports.length + 1, read: (request) => readOn(ports[next++ % ports.length] as MessagePort, request) };
}
