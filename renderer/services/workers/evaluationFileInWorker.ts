import type { RestoreMode } from '../../store';
import { StorageFullError } from '../../../shared/domain/storageFull';
import type { BackupMeta } from '../../../shared/domain';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import type { MergeChoices, MergePreview, MergeRefusal } from '../../../shared/exchange/merge';
import type { EvaluationFileProblem, EvaluationFileRequest, EvaluationFileWorkerMessage } from './evaluationFileWorker';

export type { EvaluationFileProblem } from './evaluationFileWorker';

/** A failure's `error`: a StorageFullError when the store was full (so the page words it), else an Error of the worker's words. */
export type WriteOutcome = { ok: true; bytes: Uint8Array; meta: BackupMeta } | { ok: false; cancelled: boolean; detail: string; error?: Error };
export type ExportOutcome = { ok: true; bytes: Uint8Array } | { ok: false; cancelled: boolean; detail: string; error?: Error };
export type RestoreOutcome = { ok: true; id: string } | { ok: false; detail: string; error: Error };
export type PlanOutcome = { ok: true; preview: MergePreview } | { ok: false; refusal: MergeRefusal } | { ok: false; refusal?: undefined; detail: string; error: Error };
export type MergeOutcome = { ok: true; step: ChangeSet | null } | { ok: false; detail: string; error: Error };

/** The error a worker's crash stands for, rebuilt on this side of the worker boundary. */
function crashError(message: Extract<EvaluationFileWorkerMessage, { type: 'crashed' }>): Error {
  return message.storageFull ? new StorageFullError(message.storageFull.reason, message.storageFull.use, null) : new Error(message.detail);
}
/** A file read: its evaluation, kept in the worker until it is restored (once) or discarded. */
export interface ReadFile {
  evaluation: { id: string; title: string };
  /** Writes the evaluation into the store (in the worker, one transaction), then ends the worker. */
  restore(databaseName: string, mode: RestoreMode, copyTitle: string): Promise<RestoreOutcome>;
  /** Plans merging the file into an evaluation of the store (in the worker, which keeps the plan). */
  planMerge(databaseName: string, evaluationId: string): Promise<PlanOutcome>;
  /** Writes the planned merge with the evaluator's choices as one undoable step, then ends the worker. */
  merge(databaseName: string, choices: MergeChoices, summary: string): Promise<MergeOutcome>;
  /** Ends the worker without writing anything. */
  discard(): void;
}
/** A refusal hands the file's bytes back (`bytes`) when a passphrase may open it: they were moved to the worker. */
export type ReadOutcome =
  | ({ ok: true } & ReadFile)
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; problem: EvaluationFileProblem | { kind: 'crashed'; detail: string }; bytes?: Uint8Array };

export interface EvaluationFileJob<T> {
  result: Promise<T>;
  /** Terminates the worker: nothing was written, the result says cancelled. */
  cancel(): void;
}

type Settle<T> = (message: EvaluationFileWorkerMessage) => T | null;

/** Sends one request to the worker and settles with the first message `settleWith` maps to an outcome. */
function ask<T>(worker: Worker, request: EvaluationFileRequest, transfer: Transferable[], onProgress: (fraction: number) => void, settleWith: Settle<T>, cancelled: T, keepAlive: (outcome: T) => boolean): EvaluationFileJob<T> {
  let settle: (outcome: T) => void = () => {};
  const result = new Promise<T>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const finish = (outcome: T, stop: boolean) => {
    if (done) return;
    done = true;
    worker.onmessage = null;
    worker.onerror = null;
    if (stop) worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<EvaluationFileWorkerMessage>) => {
    if (event.data.type === 'progress') onProgress(event.data.fraction);
    else {
      const outcome = settleWith(event.data);
      if (outcome !== null) finish(outcome, !keepAlive(outcome));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(settleWith({ type: 'crashed', detail: event.message || 'the evaluation file worker stopped' }) ?? cancelled, true);
  };
  worker.postMessage(request, transfer);
  return { result, cancel: () => finish(cancelled, true) };
}

function newWorker(type: string): Worker {
  return new Worker(new URL('./evaluationFileWorker.ts', import.meta.url), { type: 'module', name: `evaluation file ${type}` });
}

const written = (message: EvaluationFileWorkerMessage): WriteOutcome | null =>
  message.type === 'written' ? { ok: true, bytes: message.bytes, meta: message.meta } : message.type === 'crashed' ? { ok: false, cancelled: false, detail: message.detail, error: crashError(message) } : null;
const never = () => false;

/**
 * Reads an evaluation from the store and writes it as an evaluation file, all in a worker (the UI
 * thread gets only the file's bytes), encrypted when a passphrase is given.
 */
export function saveEvaluationFileInWorker(databaseName: string, evaluationId: string, passphrase: string | null, meta: { appVersion: string; now: string }, onProgress: (fraction: number) => void): EvaluationFileJob<WriteOutcome> {
  return ask<WriteOutcome>(newWorker('save'), { type: 'save', databaseName, evaluationId, passphrase, ...meta }, [], onProgress, written, { ok: false, cancelled: true, detail: '' }, never);
}

const exported = (message: EvaluationFileWorkerMessage): ExportOutcome | null =>
  message.type === 'exported' ? { ok: true, bytes: message.bytes } : message.type === 'crashed' ? { ok: false, cancelled: false, detail: message.detail, error: crashError(message) } : null;

/** Reads an evaluation from the store and writes it as a REFI-QDA project (.qdpx), all in a worker. */
export function exportQdpxInWorker(databaseName: string, evaluationId: string, meta: { origin: string; now: string }, onProgress: (fraction: number) => void): EvaluationFileJob<ExportOutcome> {
  return ask<ExportOutcome>(newWorker('export'), { type: 'exportQdpx', databaseName, evaluationId, ...meta }, [], onProgress, exported, { ok: false, cancelled: true, detail: '' }, never);
}

/**
 * Decrypts (when encrypted and a passphrase is given) and reads an evaluation file in a worker, which
 * keeps what it read: the outcome's `restore` writes it into the store from there, `discard` drops it.
 * The bytes are moved to the worker, not copied (a copy of a large file held the UI thread for 100 ms):
 * the caller's `bytes` are empty afterwards, and a refusal that a passphrase may undo gives them back.
 */
export function readEvaluationFileInWorker(bytes: Uint8Array, passphrase: string | null, onProgress: (fraction: number) => void): EvaluationFileJob<ReadOutcome> {
  const worker = newWorker('read');
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const copy = whole ? bytes : bytes.slice();
  const restore = (databaseName: string, mode: RestoreMode, copyTitle: string) =>
    ask<RestoreOutcome>(
      worker,
      { type: 'restore', databaseName, mode, copyTitle },
      [],
      () => {},
      (message) => (message.type === 'restored' ? { ok: true, id: message.id } : message.type === 'crashed' ? { ok: false, detail: message.detail, error: crashError(message) } : null),
      { ok: false, detail: 'cancelled', error: new Error('cancelled') },
      never,
    ).result;
  const failed = { ok: false, detail: 'cancelled', error: new Error('cancelled') } as const;
  const crashed = (message: EvaluationFileWorkerMessage) => (message.type === 'crashed' ? { ok: false as const, detail: message.detail, error: crashError(message) } : null);
  const planMerge = (databaseName: string, evaluationId: string) =>
    ask<PlanOutcome>(
      worker,
      { type: 'planMerge', databaseName, evaluationId },
      [],
      () => {},
      (message) => (message.type === 'planned' ? { ok: true, preview: message.preview } : message.type === 'mergeRefused' ? { ok: false, refusal: message.refusal } : crashed(message)),
      failed,
      (outcome) => outcome.ok,
    ).result;
  const merge = (databaseName: string, choices: MergeChoices, summary: string) =>
    ask<MergeOutcome>(worker, { type: 'merge', databaseName, choices, summary }, [], () => {}, (message) => (message.type === 'merged' ? { ok: true, step: message.step } : crashed(message)), failed, never).result;
  return ask<ReadOutcome>(
    worker,
    { type: 'read', bytes: copy, passphrase },
    [copy.buffer],
    onProgress,
    (message) => {
      if (message.type === 'read') return { ok: true, evaluation: message.evaluation, restore, planMerge, merge, discard: () => worker.terminate() };
      if (message.type === 'refused') return { ok: false, cancelled: false, problem: message.problem, ...(message.bytes ? { bytes: message.bytes } : {}) };
      if (message.type === 'crashed') return { ok: false, cancelled: false, problem: { kind: 'crashed', detail: message.detail } };
      return null;
    },
    { ok: false, cancelled: true },
    (outcome) => outcome.ok,
  );
}
