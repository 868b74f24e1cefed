import type { Framework } from '../../../shared/domain/framework';
import { createAgreementRepo } from './agreementRepo';
import { createAuditRepo } from './auditRepo';
import { createChangeMarkRepo } from './changeMarkRepo';
import { createCodebookRepo } from './codebookRepo';
import { createCodesRepo } from './codesRepo';
import { createCodingRepo } from './codingRepo';
import { createHistoryRepo } from './historyRepo';
import { createFindingsRepo } from './findingsRepo';
import { createJudgementsRepo } from './judgementsRepo';
import type { SparbarDatabase } from './db';
import { createDatasetsRepo } from './datasetsRepo';
import { createDemoRepo } from './demoRepo';
import type { RepositoryDeps } from './deps';
import { createDocumentsRepo } from './documentsRepo';
import { createDocumentCodersRepo } from './documentCodersRepo';
import { createEvaluationsRepo } from './evaluationsRepo';
import { createEvaluationFilesRepo } from './evaluationFilesRepo';
import { createMergeRepo } from './mergeRepo';
import { createProjectsRepo } from './projectsRepo';
import { createReportSettingsRepo } from './reportSettingsRepo';
import { createSegmentsRepo } from './segmentsRepo';
import { createSettingsRepo } from './settingsRepo';
import { storageUse } from './storage';
import { guardStorage } from './storageGuard';

/**
 * Every repository over one database: the only way the UI reaches stored data. Each is guarded: a write
 * that finds storage full (or a value too large) fails whole with StorageFullError (storageGuard.ts).
 */
export function createRepositories(db: SparbarDatabase, deps: RepositoryDeps, frameworks: () => Framework[]) {
  const estimate = deps.estimateStorage ?? storageUse;
  const repositories = createUnguarded(db, deps, frameworks);
  const guarded = {} as Record<string, unknown>;
  for (const [name, repo] of Object.entries(repositories)) guarded[name] = guardStorage(repo, estimate);
  return guarded as typeof repositories;
}

function createUnguarded(db: SparbarDatabase, deps: RepositoryDeps, frameworks: () => Framework[]) {
  const rank = (frameworkId: string | null) => {
    const index = frameworks().findIndex((framework) => framework.id === frameworkId);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return {
    evaluations: createEvaluationsRepo(db, deps, frameworks),
    evaluationFiles: createEvaluationFilesRepo(db, deps),
    merge: createMergeRepo(db, deps),
    projects: createProjectsRepo(db, deps),
    documents: createDocumentsRepo(db, deps),
    documentCoders: createDocumentCodersRepo(db, deps),
    codes: createCodesRepo(db, rank),
    segments: createSegmentsRepo(db, deps),
    reportSettings: createReportSettingsRepo(db, deps),
    settings: createSettingsRepo(db, deps),
    demo: createDemoRepo(db, deps.now),
    datasets: createDatasetsRepo(db, deps),
    coding: createCodingRepo(db, deps),
    codebook: createCodebookRepo(db, deps),
    history: createHistoryRepo(db, deps),
    audit: createAuditRepo(db),
    changeMarks: createChangeMarkRepo(db),
    judgements: createJudgementsRepo(db, deps),
    findings: createFindingsRepo(db, deps),
    agreement: createAgreementRepo(db, deps),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
