/** The evaluation file (.sparbar): its name, version, tables and the seam where encryption wraps it. */

/** The `format` of every manifest.json. */
export const FORMAT_NAME = 'sparbar-evaluation';
/** The layout of the zip (manifest, records/, sources/, codebook.qdc); a newer one is refused. */
export const FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const CODEBOOK_ENTRY = 'codebook.qdc';

/**
 * Every table of one evaluation that a file holds, in the order they are written. `undoRecords` is left
 * out: an undo step belongs to the session that made it (register imports' undo is not carried over),
 * and `settings` belong to the app, not to an evaluation.
 */
export const EVALUATION_TABLES = [
  'evaluations',
  'projects',
  'documents',
  'documentTexts',
  'originals',
  'codes',
  'segments',
  'datasets',
  'datasetRows',
  'keyMatches',
  'dataCodings',
  'ratingScales',
  'judgements',
  'findings',
  'recommendations',
  'reportSettings',
  'agreementRuns',
  'auditLog',
] as const;
export type EvaluationTable = (typeof EVALUATION_TABLES)[number];

export function isEvaluationTable(name: string): name is EvaluationTable {
  return (EVALUATION_TABLES as readonly string[]).includes(name);
}

/** Where a table's records are kept in the zip. */
export function recordsEntry(table: EvaluationTable): string {
  return `records/${table}.json`;
}

/**
 * The first bytes of an encrypted evaluation file: the 8 ASCII bytes `SPARBARE`. An encrypted file is a
 * container (shared/formats/crypto) around the plain zip bytes that `writeEvaluationFile` returns.
 */
export const ENCRYPTED_MAGIC: Uint8Array = Uint8Array.from('SPARBARE', (ch) => ch.charCodeAt(0));

export function isEncryptedContainer(bytes: Uint8Array): boolean {
  return bytes.length >= ENCRYPTED_MAGIC.length && ENCRYPTED_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** The primary key of a table's records, by which they are sorted in the file. */
export function primaryKeyOf(table: EvaluationTable, record: Readonly<Record<string, unknown>>): string {
  if (table === 'documentTexts' || table === 'originals') return String(record.documentId);
  if (table === 'keyMatches') return String(record.key);
  if (table === 'reportSettings') return String(record.evaluationId);
  return String(record.id);
}
