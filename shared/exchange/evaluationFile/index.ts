/** The evaluation file (.sparbar): one whole evaluation as a zip, written and read by the app and the CLI. */
export { writeEvaluationFile, type WriteEvaluationFileOptions } from './writeEvaluationFile';
export { readEvaluationManifest } from './openEntries';
export { readEvaluationFile, type ReadEvaluationFileOptions, type ReadEvaluationFileResult } from './readEvaluationFile';
export { copyWithNewIds } from './copyWithNewIds';
export { webSha256, type DigestSubtle } from './webSha256';
export { EVALUATION_TABLES, ENCRYPTED_MAGIC, FORMAT_NAME, FORMAT_VERSION, isEncryptedContainer, type EvaluationTable } from './format';
export { storedRecords, type EvaluationSnapshot, type OriginalRecord } from './evaluationSnapshot';
export type { Manifest, ManifestEntry } from './manifest';
export { errorValues, type EvaluationFileError, type EvaluationFileErrorCode } from './fileError';
