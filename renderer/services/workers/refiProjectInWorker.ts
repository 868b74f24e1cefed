import { StorageFullError } from '../../../shared/domain/storageFull';
import type { QdpxErrorCode } from '../../../shared/exchange/refi';
import type { RefiProjectMessage, RefiProjectPreview, RefiProjectRequest } from './refiProjectWorker';

export type { RefiProjectPreview } from './refiProjectWorker';

/** A project read: its preview, with the evaluation kept in the worker until it is created (once) or discarded. */
export interface ReadProject {
  preview: RefiProjectPreview;
  /** Writes the new evaluation into the store (in the worker, one transaction), then ends the worker. */
  create(databaseName: string): Promise<{ ok: true; id: string } | { ok: false; error: Error }>;
  /** Ends the worker without writing anything. */
  discard(): void;
}

export type ReadProjectOutcome = ({ ok: true } & ReadProject) | { ok: false; cancelled: true } | { ok: false; cancelled: false; error: QdpxErrorCode | Error };

/** The error a worker's crash stands for: a StorageFullError when the store was full (so the page words it). */
function crashError(message: Extract<RefiProjectMessage, { type: 'crashed' }>): Error {
  return message.storageFull ? new StorageFullError(message.storageFull.reason, message.storageFull.use, null) : new Error(message.detail);
}

/** Sends one request and resolves with the first message that is not about another request. */
function ask(worker: Worker, request: RefiProjectRequest, transfer: Transferable[]): Promise<RefiProjectMessage> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<RefiProjectMessage>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ type: 'crashed', detail: event.message || 'the REFI-QDA import worker stopped' });
    };
    worker.postMessage(request, transfer);
  });
}

/**
 * Reads a REFI-QDA project in a worker (readQdpx), which keeps the new evaluation: the outcome's
 * `create` writes it into the store from there, `discard` drops it; `cancel` ends the worker while it
 * reads. The bytes are moved to the worker, not copied: the caller's are empty afterwards.
 */
export function readQdpxInWorker(bytes: Uint8Array, words: { untitledTitle: string; untitledCode: string; now: string }): { result: Promise<ReadProjectOutcome>; cancel(): void } {
  const worker = new Worker(new URL('./refiProjectWorker.ts', import.meta.url), { type: 'module', name: 'REFI-QDA import' });
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const copy = whole ? bytes : bytes.slice();
  let cancelled: ((outcome: ReadProjectOutcome) => void) | null = null;
  const create = async (databaseName: string) => {
    const message = await ask(worker, { type: 'restore', databaseName }, []);
    worker.terminate();
    if (message.type === 'restored') return { ok: true as const, id: message.id };
    return { ok: false as const, error: message.type === 'crashed' ? crashError(message) : new Error(`unexpected ${message.type}`) };
  };
  const read = ask(worker, { type: 'read', bytes: copy, ...words }, [copy.buffer]).then((message): ReadProjectOutcome => {
    if (message.type === 'read') return { ok: true, preview: message.preview, create, discard: () => worker.terminate() };
    worker.terminate();
    if (message.type === 'refused') return { ok: false, cancelled: false, error: message.error };
    return { ok: false, cancelled: false, error: message.type === 'crashed' ? crashError(message) : new Error(`unexpected ${message.type}`) };
  });
  const stop = new Promise<ReadProjectOutcome>((resolve) => {
    cancelled = resolve;
  });
  return {
    result: Promise.race([read, stop]),
    cancel: () => {
      worker.terminate();
      cancelled?.({ ok: false, cancelled: true });
    },
  };
}
