import type { TFunction } from 'i18next';
import type { HeatmapCell, HeatmapColumn } from '../../../shared/analysis/judgementHeatmap';
import { levelLabel } from '../../../shared/domain';

/** The name of a heatmap column: the project's, or "Programmet". */
export function columnName(t: TFunction, column: HeatmapColumn): string {
  return column.kind === 'programme' ? t('ui.judgements.programme') : column.project.name;
}

/** The rating of a cell as words: its label, or "Ej bedömd". */
export function ratingText(t: TFunction, cell: Pick<HeatmapCell, 'level'>, language: string): string {
  return cell.level ? levelLabel(cell.level, language) : t('ui.judgements.unrated');
}

/** A cell's accessible name: criterion – subject: rating, quotes (and "inget belägg" when it rests on none). */
export function cellName(t: TFunction, cell: HeatmapCell, criterion: string, subject: string, language: string): string {
  const values = { criterion, subject, rating: ratingText(t, cell, language), quotes: t('ui.judgements.quotes', { count: cell.passages }) };
  return cell.noEvidence ? t('ui.judgements.cellNameNoEvidence', values) : t('ui.judgements.cellName', values);
}
