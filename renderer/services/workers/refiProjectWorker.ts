/// <reference lib="webworker" />
// Imports a REFI-QDA project off the UI thread: readQdpx reads it here and keeps the new evaluation's
// snapshot; the page gets only the preview (title, counts, the data-loss report), and `restore` writes the
// evaluation from here, through the store's repository, in one transaction (as an evaluation file is
// opened). The host terminates the worker on cancel; nothing is written before `restore`.
import { webSha256, type EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';
import { readQdpx, type DataLossReport, type QdpxCounts, type QdpxErrorCode } from '../../../shared/exchange/refi';
import { StorageFullError, type StorageFullReason, type StorageUse } from '../../../shared/domain/storageFull';
import { browserDeps, createRepositories, openDatabase } from '../../store';

export type RefiProjectRequest =
  /** Reads the project, keeping the evaluation it makes for `restore`. */
  | { type: 'read'; bytes: Uint8Array; untitledTitle: string; untitledCode: string; now: string }
  /** Writes what `read` made into the store as a new evaluation. */
  | { type: 'restore'; databaseName: string };

export interface RefiProjectPreview {
  title: string;
  counts: QdpxCounts;
  report: DataLossReport;
  origin: string | null;
}

export type RefiProjectMessage =
  | { type: 'read'; preview: RefiProjectPreview }
  | { type: 'refused'; error: QdpxErrorCode }
  | { type: 'restored'; id: string }
  | { type: 'crashed'; detail: string; storageFull?: { reason: StorageFullReason; use: StorageUse } };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: RefiProjectMessage) => scope.postMessage(message);
let made: EvaluationSnapshot | null = null;

async function handle(request: RefiProjectRequest): Promise<void> {
  if (request.type === 'read') {
    made = null;
    const result = await readQdpx(request.bytes, { sha256: webSha256(globalThis.crypto.subtle), newId: browserDeps.newId, now: request.now, untitledTitle: request.untitledTitle, untitledCode: request.untitledCode });
    if (!result.ok) return post({ type: 'refused', error: result.error });
    made = result.snapshot;
    const title = String(result.snapshot.tables.evaluations?.[0]?.title ?? '');
    return post({ type: 'read', preview: { title, counts: result.counts, report: result.report, origin: result.origin } });
  }
  if (!made) throw new Error('nothing read to restore');
  const repo = createRepositories(await openDatabase(request.databaseName), browserDeps, () => []).evaluationFiles;
  const id = await repo.restore(made, 'new');
  made = null;
  post({ type: 'restored', id });
}

self.onmessage = async (event: MessageEvent<RefiProjectRequest>) => {
  try {
    await handle(event.data);
  } catch (error) {
    const storageFull = error instanceof StorageFullError ? { reason: error.reason, use: error.use } : undefined;
    post({ type: 'crashed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error), ...(storageFull ? { storageFull } : {}) });
  }
};
