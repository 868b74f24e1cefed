import type { TFunction } from 'i18next';
import type { OpenedFile, Platform } from '../../platform';
import { TABLE_EXTENSIONS } from './tableFiles';

/** Opens the file picker for one table (.csv, .tsv, .txt, .xlsx); a file over the size limit is announced. */
export async function pickTable(platform: Platform, t: TFunction, notify: (message: string) => void): Promise<OpenedFile | null> {
  const result = await platform.openFiles({
    title: t('ui.datasets.pickTitle'),
    filters: [{ name: t('ui.datasets.filterTables'), extensions: TABLE_EXTENSIONS }],
    multiple: false,
  });
  if (result.cancelled) return null;
  for (const name of result.tooLarge) notify(t('dialog.tooLarge', { name }));
  return result.files[0] ?? null;
}
