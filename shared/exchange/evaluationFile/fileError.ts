/**
 * Why an evaluation file cannot be opened: a code and the values its message names (worded in the
 * `evaluationFile` namespace of shared/i18n). Nothing of such a file is ever returned.
 */
export type EvaluationFileError =
  /** An encrypted container (starts with `SPARBARE`): a passphrase is needed to open it. */
  | { code: 'encrypted' }
  /** Not a zip at all (or a truncated one). */
  | { code: 'notZip'; detail: string }
  /** A zip whose entries cannot be read: a flipped byte, a bad checksum. */
  | { code: 'damaged'; detail: string }
  /** A zip without a Spårbar manifest (another program's zip, a .docx). */
  | { code: 'notSparbar' }
  /** The manifest is there but not what a Spårbar file writes. */
  | { code: 'manifestMalformed'; detail: string }
  /** The file's layout is newer than this app reads. */
  | { code: 'newerFormat'; fileVersion: number; appVersion: number }
  /** The records were written by a newer schema than this app knows. */
  | { code: 'newerSchema'; fileVersion: number; appVersion: number }
  /** An entry the manifest lists is not in the zip. */
  | { code: 'entryMissing'; entry: string }
  /** An entry's bytes do not have the SHA-256 the manifest gives. */
  | { code: 'hashMismatch'; entry: string }
  /** A record (or a table's JSON) fails validation. `id` is empty when the record has none. */
  | { code: 'invalidRecord'; table: string; id: string; problem: string };

export type EvaluationFileErrorCode = EvaluationFileError['code'];

/** The values a message fills in: the error without its code. */
export function errorValues(error: EvaluationFileError): Record<string, string | number> {
  const { code: _code, ...values } = error;
  return values;
}
