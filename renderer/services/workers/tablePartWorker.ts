/// <reference lib="webworker" />
// Reads one part of a large CSV text for the table worker (csvParts.ts, tableParts.ts): the table worker
// reads the first part and finds the layout, this worker reads a later part with it at the same time, and
// posts the rows back column by column, their number arrays transferred. The page starts it and hands it a
// port the table worker talks to it through; it has no database and no other work.
import { readCsvPart, type CsvPartRequest } from '../../../shared/ingest/tables/csv/csvParts';
import type { CsvPartState } from '../../../shared/ingest/tables/csv/csvStreamReader';

export type TablePartReply = { ok: true; state: CsvPartState } | { ok: false; detail: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The request as the table worker posts it; anything else is refused. */
function isPartRequest(data: unknown): data is CsvPartRequest {
  if (typeof data !== 'object' || data === null) return false;
  const request = data as Record<string, unknown>;
  return (
    (typeof request.text === 'string' || request.text instanceof Uint8Array) &&
    typeof request.delimiter === 'string' &&
    (request.newline === '\n' || request.newline === '\r') &&
    typeof request.rawRowsKept === 'number' &&
    request.rawRowsKept >= 0
  );
}

function serve(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<unknown>) => {
    if (!isPartRequest(event.data)) {
      port.postMessage({ ok: false, detail: 'not a part request' } satisfies TablePartReply);
      return;
    }
    try {
      const { state, transfer } = readCsvPart(event.data);
      port.postMessage({ ok: true, state } satisfies TablePartReply, transfer);
    } catch (error) {
      port.postMessage({ ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies TablePartReply);
    }
  };
}

// The page sends the port once, as the worker starts.
scope.onmessage = (event: MessageEvent<unknown>) => {
  const port = event.ports[0];
  if (port !== undefined) serve(port);
};
