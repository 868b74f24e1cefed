import type { TFunction } from 'i18next';
import { MATRIX_COLUMNS, PROJECT_LEVELS, type Code } from '../../shared/domain';

export interface CodeGroup {
  label: string;
  codes: Code[];
}

/** The matrix codes grouped by level and column ("Lokal nivå – Aktiviteter"), as the reader's palette shows them. */
export function codeGroups(codes: readonly Code[], t: TFunction): CodeGroup[] {
  return PROJECT_LEVELS.flatMap((level) =>
    MATRIX_COLUMNS.map((column) => ({
      label: `${t(`level.${level}`)} – ${t(`column.${column}`)}`,
      codes: codes.filter((code) => code.matrixCell?.level === level && code.matrixCell.column === column),
    })),
  ).filter((group) => group.codes.length > 0);
}
