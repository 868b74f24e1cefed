import type { ImportedDocument } from '../../../shared/ingest/documents/importTypes';
import type { ImportLimits } from '../../../shared/domain/importLimits';
import type { ImportErrorCode } from '../../../shared/domain/importError';
import type { ParseRequest, WorkerMessage } from './workerProtocol';

export type ParseOutcome =
  | { ok: true; document: ImportedDocument; wordCount: number }
  | { ok: false; code: ImportErrorCode; detail: string; values?: Readonly<Record<string, number>> };

export interface ParseJob {
  /** Resolves with the parsed document or why it failed (never rejects). */
  result: Promise<ParseOutcome>;
  cancel(): void;
}

/**
 * Parses one file in its own module worker, with a time limit. Cancel and timeout terminate the
 * worker, so nothing keeps running and nothing is stored.
 */
export function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
  password: string | undefined,
  onProgress: (fraction: number) => void,
): ParseJob {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: `import ${fileName}` });
  let settle: (outcome: ParseOutcome) => void = () => {};
  const result = new Promise<ParseOutcome>((resolve) => {
    settle = resolve;
  });
  const finish = (outcome: ParseOutcome) => {
    clearTimeout(timer);
    worker.terminate();
    settle(outcome);
  };
  const timer = setTimeout(() => finish({ ok: false, code: 'timeout', detail: `${limits.timeoutMs} ms`, values: { max: limits.timeoutMs / 1000 } }), limits.timeoutMs);
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.fraction);
    else if (message.type === 'done') finish({ ok: true, document: message.document, wordCount: message.wordCount });
    else finish({ ok: false, code: message.code, detail: message.detail, ...(message.values ? { values: message.values } : {}) });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, code: 'corrupt', detail: event.message || 'the import worker stopped' });
  };
  // The worker gets its own copy: the caller keeps the original bytes to store them unchanged.
  const copy = bytes.slice();
  const request: ParseRequest = { type: 'parse', bytes: copy, fileName, limits, ...(password === undefined ? {} : { password }) };
  worker.postMessage(request, [copy.buffer]);
  return { result, cancel: () => finish({ ok: false, code: 'cancelled', detail: '' }) };
}
