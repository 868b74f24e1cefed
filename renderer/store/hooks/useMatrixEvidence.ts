import { passageItem, rowItem, type EvidenceItem, type FilterContext } from '../../../shared/analysis/evidenceItem';
import { countedOnce } from '../../../shared/analysis/countedOnce';
import type { Code, Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { documentFacts } from './documentFacts';
import { useStoreQuery } from './useStoreQuery';

/** What the matrix analysis reads: the codebook, every piece of evidence, and what the filter looks up. */
export interface MatrixEvidence extends FilterContext {
  codes: Code[];
  items: EvidenceItem[];
}

/**
 * The evaluation's codes, coded passages and coded table rows and cells as evidence items, with the
 * project register and the type and date of every document a passage sits in, kept live; undefined while
 * loading. Passages are counted once across twins (`countedOnce`).
 */
export function useMatrixEvidence(repos: Repositories, evaluationId: Id): MatrixEvidence | undefined {
  return useStoreQuery(async () => {
    const [codes, stored, codings, projects, current] = await Promise.all([
      repos.codes.list(evaluationId),
      repos.segments.listByEvaluation(evaluationId),
      repos.datasets.codingsOfEvaluation(evaluationId),
      repos.projects.list(evaluationId),
      repos.documents.list(evaluationId),
    ]);
    // A passage coded alike in the twin of its document (the same report in another format) counts once.
    const segments = countedOnce(stored, current);
    const documents = await documentFacts(repos, evaluationId, segments.map((s) => s.documentId));
    return { codes, items: [...segments.map(passageItem), ...codings.map(rowItem)], projects, documents };
  }, [evaluationId, repos]);
}
