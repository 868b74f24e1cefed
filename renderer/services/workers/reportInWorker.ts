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

/**
 * A worker that answered and is kept for the next request: the report screen's preview leaves it with its
 * code compiled, the chart renderer loaded and the database open, so "Skapa rapport" starts at once.
 */
let idle: Worker | null = null;

function takeWorker(type: ReportRequest['type']): Worker {
  const kept = idle;
  idle = null;
  return kept ?? new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module', name: `report ${type}` });
}

/** Keeps a worker that answered for the next request, unless one is kept already. */
function keepOrEnd(worker: Worker): void {
  if (idle === null) idle = worker;
  else worker.terminate();
}

/**
 * Sends one request to the kept worker (or a new one) and settles with its answer (or cancelled, or its
 * crash). A worker that answered is kept for the next request; a cancelled or crashed one ends.
 */
function run<T>(request: ReportRequest, onProgress: (progress: ReportProgress) => void, answer: (message: ReportWorkerMessage) => T | null): ReportJob<T | { ok: false; cancelled: boolean; detail: string }> {
  type Outcome = T | { ok: false; cancelled: boolean; detail: string };
  const worker = takeWorker(request.type);
  let settle: (outcome: Outcome) => void = () => {};
  const result = new Promise<Outcome>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const finish = (outcome: Outcome, answered = false) => {
    if (done) return;
    done = true;
    worker.onmessage = null;
    worker.onerror = null;
    if (answered) keepOrEnd(worker);
    else worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<ReportWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress({ phase: message.phase, fraction: message.fraction });
    if (message.type === 'crashed') return finish({ ok: false, cancelled: false, detail: message.detail });
    const outcome = answer(message);
    if (outcome !== null) finish(outcome, true);
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
