/// <reference lib="webworker" />
// Saves an evaluation as an evaluation file (or exports it as a REFI-QDA project) or opens one, off the UI thread, with the store opened here:
// the records are read from and written to IndexedDB in this worker (one transaction each, through the
// store's repository), so the UI thread never holds, clones or validates the evaluation's records and only
// ever sees the file's bytes and the evaluation's id and title. Argon2id takes about a second. The host
// terminates the worker on cancel; an unfinished transaction is then aborted and nothing is written.
import { decryptContainer, encryptContainer, isEncryptedContainer, type ContainerError } from '../../../shared/formats/crypto';
import { readEvaluationFile, webSha256, writeEvaluationFile, type EvaluationFileError, type EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import { browserDeps, createRepositories, openDatabase, type RestoreMode } from '../../store';
import type { BackupMeta } from '../../../shared/domain';
import { backupMetaOf } from '../../../shared/exchange/backups';
import { writeQdpx } from '../../../shared/exchange/refi';
import { applyMerge, mergePreview, planMerge, type MergeChoices, type MergePlan, type MergePreview, type MergeRefusal } from '../../../shared/exchange/merge';
import type { ChangeSet } from '../../../shared/coding/changeSet';
import { StorageFullError, type StorageFullReason, type StorageUse } from '../../../shared/domain/storageFull';

export type EvaluationFileRequest =
  /** Reads the evaluation from the store and writes it. */
  | { type: 'save'; databaseName: string; evaluationId: string; passphrase: string | null; appVersion: string; now: string }
  /** Decrypts and reads a file, keeping what it read for `restore`. */
  | { type: 'read'; bytes: Uint8Array; passphrase: string | null }
  /** Writes what the last `read` read into the store. */
  | { type: 'restore'; databaseName: string; mode: RestoreMode; copyTitle: string }
  /** Reads the evaluation from the store and writes it as a REFI-QDA project (.qdpx). */
  | { type: 'exportQdpx'; databaseName: string; evaluationId: string; origin: string; now: string }
  /** Plans merging what the last `read` read into an evaluation of the store, keeping the plan. */
  | { type: 'planMerge'; databaseName: string; evaluationId: string }
  /** Writes the planned merge with the evaluator's choices, one undoable step. */
  | { type: 'merge'; databaseName: string; choices: MergeChoices; summary: string };

/** Why an opening failed: the file's own error, the container's, or a passphrase needed. */
export type EvaluationFileProblem = { kind: 'file'; error: EvaluationFileError } | { kind: 'container'; error: ContainerError } | { kind: 'needsPassphrase' };

export type EvaluationFileWorkerMessage =
  | { type: 'progress'; fraction: number }
  /** `meta`: the note kept beside a backup of it (its id, title and counts; none of them when encrypted). */
  | { type: 'written'; bytes: Uint8Array; meta: BackupMeta }
  /** A REFI-QDA project's bytes. */
  | { type: 'exported'; bytes: Uint8Array }
  | { type: 'read'; evaluation: { id: string; title: string } }
  | { type: 'restored'; id: string }
  | { type: 'planned'; preview: MergePreview }
  | { type: 'mergeRefused'; refusal: MergeRefusal }
  /** The merge's step, for the page's undo history (null: it changed nothing). */
  | { type: 'merged'; step: ChangeSet | null }
  /** `bytes`: the file's bytes handed back when they may be read again (with a passphrase). */
  | { type: 'refused'; problem: EvaluationFileProblem; bytes?: Uint8Array }
  /** `storageFull` when the store refused the write for lack of space (worded by the page, like any StorageFullError). */
  | { type: 'crashed'; detail: string; storageFull?: { reason: StorageFullReason; use: StorageUse } };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: EvaluationFileWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const deps = { crypto: globalThis.crypto };
const sha256 = webSha256(globalThis.crypto.subtle);
/** What the last read opened, until it is restored. */
let opened: EvaluationSnapshot | null = null;
/** The merge planned from it, until it is written. */
let planned: MergePlan | null = null;

async function reposOf(databaseName: string) {
  return createRepositories(await openDatabase(databaseName), browserDeps, () => []);
}

async function repoOf(databaseName: string) {
  return (await reposOf(databaseName)).evaluationFiles;
}

async function write(snapshot: EvaluationSnapshot, request: { passphrase: string | null; appVersion: string; now: string }, from: number): Promise<void> {
  const plain = await writeEvaluationFile(snapshot, { appVersion: request.appVersion, now: request.now, sha256 });
  const half = from + (1 - from) / 2;
  post({ type: 'progress', fraction: half });
  const bytes = request.passphrase === null ? plain : await encryptContainer(plain, request.passphrase, deps, { onProgress: (done, total) => post({ type: 'progress', fraction: half + ((1 - half) * done) / Math.max(total, 1) }) });
  post({ type: 'written', bytes, meta: backupMetaOf(snapshot, request.now, request.passphrase !== null) }, [bytes.buffer]);
}

async function save(request: Extract<EvaluationFileRequest, { type: 'save' }>): Promise<void> {
  post({ type: 'progress', fraction: 0.02 });
  const snapshot = await (await repoOf(request.databaseName)).snapshotOf(request.evaluationId);
  post({ type: 'progress', fraction: 0.2 });
  await write(snapshot, request, 0.2);
}

async function read(request: Extract<EvaluationFileRequest, { type: 'read' }>): Promise<void> {
  opened = null;
  let plain = request.bytes;
  if (isEncryptedContainer(plain)) {
    const back = (problem: EvaluationFileProblem) => post({ type: 'refused', problem, bytes: request.bytes }, [request.bytes.buffer]);
    if (request.passphrase === null) return back({ kind: 'needsPassphrase' });
    post({ type: 'progress', fraction: 0.05 });
    const decrypted = await decryptContainer(plain, request.passphrase, deps, { onProgress: (done, total) => post({ type: 'progress', fraction: 0.05 + (0.6 * done) / Math.max(total, 1) }) });
    if (!decrypted.ok) return back({ kind: 'container', error: decrypted.error });
    plain = decrypted.bytes;
  }
  post({ type: 'progress', fraction: 0.7 });
  const result = await readEvaluationFile(plain, { sha256 });
  if (!result.ok) return post({ type: 'refused', problem: { kind: 'file', error: result.error } });
  opened = result.snapshot;
  post({ type: 'progress', fraction: 1 });
  post({ type: 'read', evaluation: result.manifest.evaluation });
}

async function restore(request: Extract<EvaluationFileRequest, { type: 'restore' }>): Promise<void> {
  if (!opened) throw new Error('nothing read to restore');
  const id = await (await repoOf(request.databaseName)).restore(opened, request.mode, () => request.copyTitle);
  opened = null;
  post({ type: 'restored', id });
}

/** The evaluation as a REFI-QDA project, its names in the evaluation's report language. */
async function exportQdpx(request: Extract<EvaluationFileRequest, { type: 'exportQdpx' }>): Promise<void> {
  post({ type: 'progress', fraction: 0.02 });
  const snapshot = await (await repoOf(request.databaseName)).snapshotOf(request.evaluationId);
  post({ type: 'progress', fraction: 0.5 });
  const bytes = writeQdpx(snapshot, { origin: request.origin, now: request.now });
  post({ type: 'progress', fraction: 1 });
  post({ type: 'exported', bytes }, [bytes.buffer]);
}


async function planMergeOf(request: Extract<EvaluationFileRequest, { type: 'planMerge' }>): Promise<void> {
  if (!opened) throw new Error('nothing read to merge');
  // The plan never needs my originals' bytes: only theirs, of documents I lack.
  const result = planMerge(await (await repoOf(request.databaseName)).snapshotOf(request.evaluationId, { originals: false }), opened);
  if (!result.ok) return post({ type: 'mergeRefused', refusal: result.refusal });
  planned = result.plan;
  post({ type: 'planned', preview: mergePreview(result.plan) });
}

async function merge(request: Extract<EvaluationFileRequest, { type: 'merge' }>): Promise<void> {
  if (!planned) throw new Error('no merge planned');
  const step = await (await reposOf(request.databaseName)).merge.write(applyMerge(planned, request.choices), request.summary);
  planned = null;
  opened = null;
  post({ type: 'merged', step });
}

const handlers = { save, read, restore, exportQdpx, planMerge: planMergeOf, merge };

self.onmessage = async (event: MessageEvent<EvaluationFileRequest>) => {
  try {
    await (handlers[event.data.type] as (request: EvaluationFileRequest) => Promise<void>)(event.data);
  } catch (error) {
    const storageFull = error instanceof StorageFullError ? { reason: error.reason, use: error.use } : undefined;
    post({ type: 'crashed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error), ...(storageFull ? { storageFull } : {}) });
  }
};
