/**
 * The versioned IndexedDB schema. Never edit a released version: add a new one. When it changes records,
 * write the change as a pure step in shared/migrations (with tests in tests/unit/migrations from a fixture
 * of what the version before wrote), apply it in upgrades.ts, and add a test in tests/unit/data that
 * upgrades a database written by the version before.
 */
export const DATABASE_NAME = 'sparbar';

export const SCHEMA_V1 = {
  evaluations: 'id, updatedAt, lastOpenedAt',
  projects: 'id, evaluationId, [evaluationId+name]',
  documents: 'id, evaluationId, projectId, [evaluationId+sha256]',
  documentTexts: 'documentId, evaluationId',
  originals: 'documentId, evaluationId',
  codes: 'id, evaluationId, parentId, frameworkCodeId',
  segments: 'id, evaluationId, documentId, projectId, *codeIds',
  settings: 'key',
} as const;

/** Version 2: document versions (replace a report, keep the old) and the facts of the richer import. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  documents: 'id, evaluationId, projectId, [evaluationId+sha256], versionGroupId',
} as const;

/** Version 3: datasets (tables linked to projects), remembered key matches, coded table rows and cells, undo records. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  datasets: 'id, evaluationId',
  datasetRows: 'id, datasetId, evaluationId, projectId, [datasetId+index]',
  keyMatches: '[evaluationId+key], evaluationId, projectId',
  dataCodings: 'id, evaluationId, datasetId, rowId, projectId, *codeIds',
  undoRecords: 'id, evaluationId',
} as const;

/** Version 4: codes carry inclusion and exclusion notes and an example (no index changes). */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * Version 5: evidence carries strength, direction and coder; codes a shortcut; the audit log. Undo and
 * redo steps are kept in memory for the session, so they need no table.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  segments: 'id, evaluationId, documentId, projectId, *codeIds, [documentId+position.start]',
  auditLog: 'id, [evaluationId+at]',
} as const;

/**
 * Version 6: the results matrix gains "Oförutsedda resultat" (unforeseen results) at each level; existing
 * evaluations get the three codes by the upgrade (no index changes).
 */
export const SCHEMA_V6 = SCHEMA_V5;

/**
 * Version 7: judgements (a rating of a criterion for a project or the programme, linked to its evidence),
 * the rating scales they use (one per framework of an evaluation; the upgrade adds the defaults), and the
 * findings and recommendations of the report.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  ratingScales: 'id, evaluationId',
  judgements: 'id, evaluationId, criterionCodeId, subject.projectId, *segmentIds, *dataCodingIds',
  findings: 'id, evaluationId, *judgementIds, *segmentIds, *dataCodingIds',
  recommendations: 'id, evaluationId, *findingIds',
} as const;

/**
 * Version 8: a document may belong to the programme as a whole (projectId null) and a passage in it to
 * the project it is about (or none); a document may be the twin of another (the same text in another
 * format, `duplicateOf`), indexed to find a document's twins.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  documents: 'id, evaluationId, projectId, [evaluationId+sha256], versionGroupId, duplicateOf',
} as const;

/** Version 9: a document keeps its text's similarity sketch (`sketch`, not indexed) to find twins without reading texts. */
export const SCHEMA_V9 = SCHEMA_V8;

/**
 * Version 10: a document's text is kept in pieces (`documentTextPieces`, keyed [documentId+index], each at
 * most MAX_PIECE_CHARS of text and MAX_PIECE_BLOCKS blocks) instead of one `documentTexts` record, so no
 * record nears the browser's limit on one value; the upgrade splits every stored text and drops the old table.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  documentTexts: null,
  documentTextPieces: '[documentId+index], documentId, evaluationId',
} as const;

/**
 * Version 11: the report's settings (`reportSettings`, one record per evaluation keyed by its id: sections,
 * the evaluator's texts, title page, anonymisation); the upgrade gives every evaluation the defaults.
 * Passages may carry the marks `inReport` and `memoInReport` (optional, unindexed).
 */
export const SCHEMA_V11 = {
  ...SCHEMA_V10,
  reportSettings: 'evaluationId',
} as const;

/**
 * Version 12: a dataset's rows are kept in pieces of ROWS_PER_PIECE rows, column by column
 * (`datasetRowPieces`, keyed [datasetId+index], the piece number; `projectIds` the distinct projects of
 * its rows, multi-entry) instead of one `datasetRows` record per row with five indexes, so storing a
 * 100,000-row table writes 100 records; the upgrade groups every stored row into its piece and drops the old table.
 */
export const SCHEMA_V12 = {
  ...SCHEMA_V11,
  datasetRows: null,
  datasetRowPieces: '[datasetId+index], datasetId, evaluationId, *projectIds',
} as const;

/**
 * Version 13: kept measurements of inter-coder agreement (`agreementRuns`, by
 * id and evaluation); passages of the shared coding carry `consensus` and `droppedCodeIds` (optional,
 * unindexed). The upgrade creates the table empty.
 */
export const SCHEMA_V13 = {
  ...SCHEMA_V12,
  agreementRuns: 'id, evaluationId',
} as const;

/**
 * Version 14: a piece's columns of numbers are kept as number columns (a Float64Array, NaN for an empty
 * cell; shared/domain/tableCells.ts), cloned into IndexedDB as one block each. No index changes; the
 * upgrade rewrites every stored piece (shared/migrations/v14.ts).
 */
export const SCHEMA_V14 = {
  ...SCHEMA_V13,
} as const;

/**
 * Version 15: a stored piece takes about half the bytes: a number column is kept as scaled integers
 * (`{ scale, values }`, the smallest of Int8/16/32Array, when a decimal scale 0..9 gives every number back
 * exactly; shared/domain/storedNumbers.ts), the row indexes of a new table as a run `{ first, count }`
 * (rowIndexRun.ts), the lines as an Int32Array. No index changes; the upgrade rewrites every stored piece
 * (shared/migrations/v15.ts).
 */
export const SCHEMA_V15 = {
  ...SCHEMA_V14,
} as const;

export const CURRENT_VERSION = 15;
