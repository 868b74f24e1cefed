import type { ImportedDocument, ImportLimits } from '../../../shared/ingest/documents/importTypes';
import type { ImportErrorCode } from '../../../shared/ingest/importError';

/** Main thread → import worker: parse one file. The bytes are transferred, not copied. */
export interface ParseRequest {
  type: 'parse';
  bytes: Uint8Array;
  fileName: string;
  password?: string;
  limits: ImportLimits;
}

/** Import worker → main thread. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; document: ImportedDocument; wordCount: number }
  | { type: 'failed'; code: ImportErrorCode; detail: string };
