import type { TFunction } from 'i18next';
import { importErrorKey, type ImportErrorCode } from '../../../shared/domain/importError';
import { importErrorValues } from '../../../shared/domain/importErrorValues';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/domain/importLimits';
import { formatBytes } from '../../ui/formatDates';

/** Why a file of the import list was not read: the message with the limit and the file's figure, if any. */
export function importErrorMessage(
  t: TFunction,
  language: string,
  fileName: string,
  fileBytes: number,
  error: { code: ImportErrorCode; values?: Readonly<Record<string, number>> },
): string {
  return t(importErrorKey(error.code, 'importError'), {
    name: fileName,
    size: formatBytes(fileBytes, language),
    max: formatBytes(DEFAULT_IMPORT_LIMITS.maxFileBytes, language),
    ...importErrorValues(error.code, error.values ?? {}, language === 'en' ? 'en' : 'sv'),
  });
}
