import type { TFunction } from 'i18next';
import { CodebookError } from '../../store';
import { errorDetail } from '../../ui/errorDetail';

/** What to tell the evaluator when a codebook change fails: the problem in words, or the error as it came. */
export function codebookProblem(t: TFunction, error: unknown): string {
  if (error instanceof CodebookError) return t(`ui.codebookEditor.problems.${error.problem}`);
  return t('ui.common.actionFailed', { detail: errorDetail(t, error) });
}
