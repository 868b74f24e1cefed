import type { FilterContext } from '../../../shared/analysis/evidenceItem';
import type { Id } from '../../../shared/domain';
import type { Repositories } from '../dexie/repositories';
import { documentFacts } from './documentFacts';
import { useStoreQuery } from './useStoreQuery';

/**
 * What the matrix filter looks up for the evidence shown: the project register, and the type and date of
 * the documents (the given ones too, when older versions). Undefined while loading.
 */
export function useFilterContext(repos: Repositories, evaluationId: Id, documentIds: readonly Id[]): FilterContext | undefined {
  const key = [...new Set(documentIds)].sort().join('\u0000');
  return useStoreQuery(async () => {
    const [projects, documents] = await Promise.all([repos.projects.list(evaluationId), documentFacts(repos, evaluationId, key === '' ? [] : key.split('\u0000'))]);
    return { projects, documents };
  }, [evaluationId, repos, key]);
}
