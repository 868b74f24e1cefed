import type { ImportedDocument } from '../../../shared/ingest/documents/importTypes';
import type { ImportLimits } from '../../../shared/domain/importLimits';
import type { ImportErrorCode } from '../../../shared/domain/importError';

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
  | { type: 'failed'; code: ImportErrorCode; detail: string; values?: Readonly<Record<string, number>> };
