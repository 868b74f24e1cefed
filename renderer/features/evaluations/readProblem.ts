import type { TFunction } from 'i18next';
import { errorValues } from '../../../shared/exchange/evaluationFile';
import { containerErrorMessage } from '../../../shared/formats/crypto';
import type { EvaluationFileProblem } from '../../services/workers/evaluationFileInWorker';

/** What follows an evaluation file refused on reading: the passphrase asked (again, with why), or the reason it cannot be opened. */
export type AfterRefusal = { name: 'passphrase'; problem: string | null } | { name: 'failed'; message: string };

export function afterRefusal(t: TFunction, problem: EvaluationFileProblem | { kind: 'crashed'; detail: string }): AfterRefusal {
  if (problem.kind === 'needsPassphrase') return { name: 'passphrase', problem: null };
  if (problem.kind === 'container') {
    const { key, values } = containerErrorMessage(problem.error);
    const message = t(key, values);
    if (problem.error.code === 'wrongPassphrase' || problem.error.code === 'tampered') return { name: 'passphrase', problem: message };
    return { name: 'failed', message };
  }
  if (problem.kind === 'file') return { name: 'failed', message: t(`evaluationFile.${problem.error.code}`, errorValues(problem.error)) };
  return { name: 'failed', message: t('ui.evaluationFiles.crashed', { detail: problem.detail }) };
}
