/**
 * The store: the one entry the rest of the renderer imports from. Repositories write and read; the hooks
 * read and keep what they read live. How data is kept (Dexie over IndexedDB, in dexie/) stays behind it.
 */

// Opening the database and building the repositories, for the shell.
export { browserDeps, type RepositoryDeps } from './dexie/deps';
export { DatabaseOpenError, openDatabase, type DatabaseProblem } from './dexie/openDatabase';
export { createRepositories, type Repositories } from './dexie/repositories';
export { whenStoreQuiet } from './dexie/storeQuiet';
export { requestPersistentStorage, storageStatus, type StorageStatus } from './dexie/storage';

// What the repositories take and give.
export { CodebookError } from './dexie/codebookRepo';
export type { DatasetChanges, DatasetInput, UnmatchedKey } from './dexie/datasetsRepo';
export type { DatasetRowsRead } from './dexie/datasetRowsWatch';
export type { DocumentDetails, DocumentRecord } from './dexie/documentsRepo';
export type { EvaluationContents } from './dexie/evaluationsRepo';
export type { EvaluationFilesRepo, RestoreMode } from './dexie/evaluationFilesRepo';
export type { HistoryRepo } from './dexie/historyRepo';
export type { JudgementsRepo } from './dexie/judgementsRepo';
export type { FindingsRepo, FindingLinks } from './dexie/findingsRepo';
export type { ReportSettingsRepo } from './dexie/reportSettingsRepo';
export type { AgreementData, AgreementRepo, DisagreementRef } from './dexie/agreementRepo';
export type { SegmentsRepo } from './dexie/segmentsRepo';
export type { ReportMarks } from '../../shared/coding/reportMarks';

// Live reads.
export { useAgreementData } from './hooks/useAgreementData';
export { useAuditLog } from './hooks/useAuditLog';
export { useCodes } from './hooks/useCodes';
export { useDataCodingsWithCodes } from './hooks/useDataCodingsWithCodes';
export { useDataset } from './hooks/useDataset';
export { useDatasetCodings } from './hooks/useDatasetCodings';
export { useDatasetRows } from './hooks/useDatasetRows';
export { useDatasets } from './hooks/useDatasets';
export { useDocumentSegments, type DocumentSegments } from './hooks/useDocumentSegments';
export { useDocumentWithText } from './hooks/useDocumentWithText';
export { useDocuments } from './hooks/useDocuments';
export { useEvaluation } from './hooks/useEvaluation';
export { useEvaluationContents } from './hooks/useEvaluationContents';
export { useCoderWork } from './hooks/useCoderWork';
export { useEvaluationDataCodings } from './hooks/useEvaluationDataCodings';
export { useEvaluations } from './hooks/useEvaluations';
export { useFilterContext } from './hooks/useFilterContext';
export { useJudgements, useRatingScales } from './hooks/useJudgements';
export { useFindings, useRecommendations } from './hooks/useFindings';
export { useLastRegisterImport, type RegisterImportSummary } from './hooks/useLastRegisterImport';
export { useMatrixEvidence, type MatrixEvidence } from './hooks/useMatrixEvidence';
export { useProject } from './hooks/useProject';
export { useProjectDocuments } from './hooks/useProjectDocuments';
export { useProjectRows } from './hooks/useProjectRows';
export { useProjectEvidence, type ProjectEvidenceSources } from './hooks/useProjectEvidence';
export { useProjects } from './hooks/useProjects';
export { useReportSettings } from './hooks/useReportSettings';
export { useSegmentsByIds } from './hooks/useSegmentsByIds';
export { useSegmentsOfDocuments } from './hooks/useSegmentsOfDocuments';
export { useSegmentsWithCodes } from './hooks/useSegmentsWithCodes';
export { useStoreQuery } from './hooks/useStoreQuery';
export { useStoreQueryFor } from './hooks/useStoreQueryFor';
export { useUncodedEvidence } from './hooks/useUncodedEvidence';
export { useUnmatchedRowCount } from './hooks/useUnmatchedRowCount';
export { useUnplacedOfOlderVersions, type UnplacedOfVersion } from './hooks/useUnplacedOfOlderVersions';
export { useUnplacedSegments } from './hooks/useUnplacedSegments';
