import type { Id } from '../../../shared/domain';
import type { AgreementData } from '../dexie/agreementRepo';
import type { Repositories } from '../dexie/repositories';
import { useStoreQuery } from './useStoreQuery';

/** What the agreement screen compares, kept live: passages, the texts of documents two or more coders coded, kept measurements (undefined while loading). */
export function useAgreementData(repos: Repositories, evaluationId: Id): AgreementData | undefined {
  return useStoreQuery(() => repos.agreement.data(evaluationId), [evaluationId, repos]);
}
