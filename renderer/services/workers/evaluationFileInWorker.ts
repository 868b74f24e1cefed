import type { EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import type { EvaluationFileProblem, EvaluationFileRequest, EvaluationFileWorkerMessage } from './evaluationFileWorker';

export type { EvaluationFileProblem } from './evaluationFileWorker';

export type WriteOutcome = { ok: true; bytes: Uint8Array } | { ok: false; cancelled: boolean; detail: string };
export type ReadOutcome = { ok: true; snapshot: EvaluationSnapshot } | { ok: false; cancelled: true } | { ok: false; cancelled: false; problem: EvaluationFileProblem | { kind: 'crashed'; detail: string } };

export interface EvaluationFileJob<T> {
  result: Promise<T>;
  /** Terminates the worker: nothing was written, the result says cancelled. */
  cancel(): void;
}

function run<T>(request: EvaluationFileRequest, transfer: Transferable[], onProgress: (fraction: number) => void, settleWith: (message: EvaluationFileWorkerMessage) => T | null, cancelled: T): EvaluationFileJob<T> {
  const worker = new Worker(new URL('./evaluationFileWorker.ts', import.meta.url), { type: 'module', name: `evaluation file ${request.type}` });
  let settle: (outcome: T) => void = () => {};
  const result = new Promise<T>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const finish = (outcome: T) => {
    if (done) return;
    done = true;
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<EvaluationFileWorkerMessage>) => {
    if (event.data.type === 'progress') onProgress(event.data.fraction);
    else {
      const outcome = settleWith(event.data);
      if (outcome !== null) finish(outcome);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(settleWith({ type: 'crashed', detail: event.message || 'the evaluation file worker stopped' }) ?? cancelled);
  };
  worker.postMessage(request, transfer);
  return { result, cancel: () => finish(cancelled) };
}

/** Writes an evaluation file in a worker, encrypted when a passphrase is given. */
export function writeEvaluationFileInWorker(
  snapshot: EvaluationSnapshot,
  passphrase: string | null,
  meta: { appVersion: string; now: string },
  onProgress: (fraction: number) => void,
): EvaluationFileJob<WriteOutcome> {
  return run<WriteOutcome>(
    { type: 'write', snapshot, passphrase, ...meta },
    [],
    onProgress,
    (message) => (message.type === 'written' ? { ok: true, bytes: message.bytes } : message.type === 'crashed' ? { ok: false, cancelled: false, detail: message.detail } : null),
    { ok: false, cancelled: true, detail: '' },
  );
}

/** Decrypts (when encrypted and a passphrase is given) and reads an evaluation file in a worker. */
export function readEvaluationFileInWorker(bytes: Uint8Array, passphrase: string | null, onProgress: (fraction: number) => void): EvaluationFileJob<ReadOutcome> {
  const copy = bytes.slice();
  return run<ReadOutcome>(
    { type: 'read', bytes: copy, passphrase },
    [copy.buffer],
    onProgress,
    (message) => {
      if (message.type === 'read') return { ok: true, snapshot: message.snapshot };
      if (message.type === 'refused') return { ok: false, cancelled: false, problem: message.problem };
      if (message.type === 'crashed') return { ok: false, cancelled: false, problem: { kind: 'crashed', detail: message.detail } };
      return null;
    },
    { ok: false, cancelled: true },
  );
}
