import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { ImportedDocument } from '../shared/ingest/documents/importTypes';
import type { ImportLimits } from '../shared/domain/importLimits';
import type { ImportErrorCode } from '../shared/domain/importError';
import type { ImportJob, ImportReply } from './importWorker';

/** Why a file could not be read from disk, before any import. */
import { fileSize, type FileProblem } from './fileSize';

export type { FileProblem };

export type FileOutcome =
  | { status: 'imported'; size: number; document: ImportedDocument }
  | { status: 'failed'; size: number | null; code: ImportErrorCode; detail: string; values?: Readonly<Record<string, number>> }
  | { status: 'unreadable'; problem: FileProblem; reason: string };

export interface InspectOptions {
  password: string | undefined;
  limits: ImportLimits;
  /** The script a worker runs: the CLI bundle itself. */
  workerScript: string;
}

/** Runs one job in a worker thread of the CLI bundle, stopped at the time limit whatever it is doing. */
export function runWorker(job: ImportJob, script: string, timeoutMs: number): Promise<ImportReply> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: job, transferList: [job.bytes.buffer as ArrayBuffer], stdout: true, stderr: true });
    // pdf.js and friends may print to the console; the command line's output is its own.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (reply: ImportReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    };
    // A hostile or runaway file cannot hang the command line: the worker is stopped at the limit.
    // The parsers stop themselves at the limit; the worker is stopped then whatever it is doing.
    const timer = setTimeout(
      () => settle({ type: 'failed', code: 'timeout', detail: `stopped after ${timeoutMs} ms`, values: { max: timeoutMs / 1000 } }),
      timeoutMs,
    );
    worker.once('message', (reply: ImportReply) => settle(reply));
    worker.once('error', (error) => settle({ type: 'failed', code: 'corrupt', detail: oneLine(`${error.name}: ${error.message}`) }));
    worker.once('exit', (code) => settle({ type: 'failed', code: 'corrupt', detail: `the import stopped (exit code ${code})` }));
  });
}

/** The first line of a message, for a detail that is printed on one line. */
function oneLine(text: string): string {
  return text.split('\n', 1)[0] as string;
}

/** Reads one file and imports it in a worker thread, within the time limit. */
export async function inspectFile(path: string, fileName: string, options: InspectOptions): Promise<FileOutcome> {
  const found = await fileSize(path);
  if (!('size' in found)) return found;
  const size = found.size;
  // Refused before reading, so an enormous file is not read into memory just to be turned away.
  if (size > options.limits.maxFileBytes) {
    return { status: 'failed', size, code: 'tooLarge', detail: `${size} bytes, over the limit of ${options.limits.maxFileBytes}` };
  }
  let bytes: Uint8Array;
  try {
    // A copy in an ArrayBuffer of its own (Node pools small reads), so it can be transferred.
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { status: 'unreadable', problem: 'unreadable', reason: code ?? String(error) };
  }
  const job: ImportJob = { kind: 'sparbar-import', bytes, fileName, password: options.password, limits: options.limits };
  const reply = await runWorker(job, options.workerScript, options.limits.timeoutMs);
  if (reply.type === 'done') return { status: 'imported', size, document: reply.document };
  if (reply.type === 'table') return { status: 'failed', size, code: 'corrupt', detail: 'a table, not a document' };
  return { status: 'failed', size, code: reply.code, detail: reply.detail, ...(reply.values ? { values: reply.values } : {}) };
}
