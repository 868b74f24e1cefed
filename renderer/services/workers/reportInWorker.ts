import type { IsoDate } from '../../../shared/domain';
import type { Sheet } from '../../../shared/report/model/evidenceSheet';
import type { ReportPhase, ReportPreview, ReportRequest, ReportWorkerMessage } from './reportWorker';

export type { ReportPhase, ReportPreview } from './reportWorker';

export type ReportOutcome = { ok: true; bytes: Uint8Array; fileName: string; millis: number } | { ok: false; cancelled: boolean; detail: string };
export type EvidenceListOutcome = { ok: true; sheet: Sheet } | { ok: false; cancelled: boolean; detail: string };
export type PreviewOutcome = { ok: true; preview: ReportPreview } | { ok: false; cancelled: boolean; detail: string };

export interface ReportJob<T> {
  result: Promise<T>;
  /** Terminates the worker: nothing was made or saved, the result says cancelled. */
  cancel(): void;
}

export interface ReportProgress {
  phase: ReportPhase;
  /** 0-1 of the whole job. */
  fraction: number;
}

/** Sends one request to a new worker and settles with its answer (or cancelled, or its crash); the worker then ends. */
function run<T>(request: ReportRequest, onProgress: (progress: ReportProgress) => void, answer: (message: ReportWorkerMessage) => T | null): ReportJob<T | { ok: false; cancelled: boolean; detail: string }> {
  type Outcome = T | { ok: false; cancelled: boolean; detail: string };
  const worker = new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module', name: `report ${request.type}` });
  let settle: (outcome: Outcome) => void = () => {};
  const result = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const finish = (outcome: Outcome) => {
    if (done) return;
    done = true;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<ReportWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress({ phase: message.phase, fraction: message.fraction });
    if (message.type === 'crashed') return finish({ ok: false, cancelled: false, detail: message.detail });
    const outcome = answer(message);
    if (outcome !== null) finish(outcome);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, cancelled: false, detail: event.message || 'the report worker stopped' });
  };
  worker.postMessage(request);
  return { result, cancel: () => finish({ ok: false, cancelled: true, detail: '' }) };
}

/**
 * Makes the evaluation's Word report in a worker, which reads the evaluation from the store itself: the
 * UI thread gets only progress and the file's bytes with the suggested file name.
 */
export function buildReportInWorker(databaseName: string, evaluationId: string, generatedOn: IsoDate, onProgress: (progress: ReportProgress) => void): ReportJob<ReportOutcome> {
  return run<ReportOutcome>({ type: 'build', databaseName, evaluationId, generatedOn }, onProgress, (message) =>
    message.type === 'built' ? { ok: true, bytes: message.bytes, fileName: message.fileName, millis: message.millis } : null,
  );
}

/** What each section's data part will hold, counted in a worker from the evaluation as stored now. */
export function previewReportInWorker(databaseName: string, evaluationId: string, generatedOn: IsoDate): ReportJob<PreviewOutcome> {
  return run<PreviewOutcome>({ type: 'preview', databaseName, evaluationId, generatedOn }, () => {}, (message) => (message.type === 'preview' ? { ok: true, preview: message.preview } : null));
}

/** The report's evidence list (every quote with its evidence number) as a sheet, made in a worker from the evaluation as stored. */
export function evidenceListInWorker(databaseName: string, evaluationId: string, generatedOn: IsoDate): ReportJob<EvidenceListOutcome> {
  return run<EvidenceListOutcome>({ type: 'evidence', databaseName, evaluationId, generatedOn }, () => {}, (message) => (message.type === 'evidence' ? { ok: true, sheet: message.sheet } : null));
}
