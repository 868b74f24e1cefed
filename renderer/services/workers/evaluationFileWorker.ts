/// <reference lib="webworker" />
// Writes an evaluation file (and encrypts it under a passphrase) or decrypts and reads one, off the UI
// thread: Argon2id takes about a second and the zip of a large evaluation longer. The host terminates
// the worker on cancel; nothing is written to the store here.
import { decryptContainer, encryptContainer, isEncryptedContainer, type ContainerError } from '../../../shared/formats/crypto';
import { readEvaluationFile, webSha256, writeEvaluationFile, type EvaluationFileError, type EvaluationSnapshot } from '../../../shared/exchange/evaluationFile';

export type EvaluationFileRequest =
  | { type: 'write'; snapshot: EvaluationSnapshot; passphrase: string | null; appVersion: string; now: string }
  | { type: 'read'; bytes: Uint8Array; passphrase: string | null };

/** Why an opening failed: the file's own error, the container's, or a passphrase needed. */
export type EvaluationFileProblem = { kind: 'file'; error: EvaluationFileError } | { kind: 'container'; error: ContainerError } | { kind: 'needsPassphrase' };

export type EvaluationFileWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'written'; bytes: Uint8Array }
  | { type: 'read'; snapshot: EvaluationSnapshot }
  | { type: 'refused'; problem: EvaluationFileProblem }
  | { type: 'crashed'; detail: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: EvaluationFileWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
const deps = { crypto: globalThis.crypto };
const sha256 = webSha256(globalThis.crypto.subtle);

async function write(request: Extract<EvaluationFileRequest, { type: 'write' }>): Promise<void> {
  post({ type: 'progress', fraction: 0.05 });
  const plain = await writeEvaluationFile(request.snapshot, { appVersion: request.appVersion, now: request.now, sha256 });
  post({ type: 'progress', fraction: 0.5 });
  const bytes = request.passphrase === null ? plain : await encryptContainer(plain, request.passphrase, deps, { onProgress: (done, total) => post({ type: 'progress', fraction: 0.5 + (0.5 * done) / Math.max(total, 1) }) });
  post({ type: 'written', bytes }, [bytes.buffer]);
}

async function read(request: Extract<EvaluationFileRequest, { type: 'read' }>): Promise<void> {
  let plain = request.bytes;
  if (isEncryptedContainer(plain)) {
    if (request.passphrase === null) return post({ type: 'refused', problem: { kind: 'needsPassphrase' } });
    post({ type: 'progress', fraction: 0.05 });
    const opened = await decryptContainer(plain, request.passphrase, deps, { onProgress: (done, total) => post({ type: 'progress', fraction: 0.05 + (0.6 * done) / Math.max(total, 1) }) });
    if (!opened.ok) return post({ type: 'refused', problem: { kind: 'container', error: opened.error } });
    plain = opened.bytes;
  }
  post({ type: 'progress', fraction: 0.7 });
  const result = await readEvaluationFile(plain, { sha256 });
  if (!result.ok) return post({ type: 'refused', problem: { kind: 'file', error: result.error } });
  post({ type: 'progress', fraction: 1 });
  post({ type: 'read', snapshot: result.snapshot });
}

self.onmessage = async (event: MessageEvent<EvaluationFileRequest>) => {
  try {
    await (event.data.type === 'write' ? write(event.data) : read(event.data));
  } catch (error) {
    post({ type: 'crashed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
