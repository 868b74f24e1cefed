/** Limits against hostile or runaway files. */
export interface ImportLimits {
  maxFileBytes: number;
  /** Total unpacked bytes of a zip-based format (DOCX, ODT). */
  maxUnzippedBytes: number;
  maxZipEntries: number;
  /** Wall-clock time for one file; enforced by the host (worker or CLI), which can stop the parser. */
  timeoutMs: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxUnzippedBytes: 600 * 1024 * 1024,
  maxZipEntries: 20_000,
  timeoutMs: 120_000,
};
