import type { HeatmapCell, HeatmapColumn } from '../../../shared/analysis/judgementHeatmap';
import { levelLabel } from '../../../shared/domain';
import type { RepeatedText } from '../../ui/repeatedText';

/** What translates a key: i18next's t, or a RepeatedText's text. */
export type Words = (key: string, values?: Record<string, string | number>) => string;

const CELL_NAME_SLOTS = ['criterion', 'subject', 'rating', 'quotes'] as const;

/** The name of a heatmap column: the project's, or "Programmet". */
export function columnName(t: Words, column: HeatmapColumn): string {
  return column.kind === 'programme' ? t('ui.judgements.programme') : column.project.name;
}

/** The rating of a cell as words: its label, or "Ej bedömd". */
export function ratingText(t: Words, cell: Pick<HeatmapCell, 'level'>, language: string): string {
  return cell.level ? levelLabel(cell.level, language) : t('ui.judgements.unrated');
}

/**
 * A cell's accessible name: criterion – subject: rating, quotes (and "inget belägg" when it rests on none).
 * Made from words translated once for the whole table (a heatmap has a thousand cells).
 */
export function cellName(words: RepeatedText, cell: HeatmapCell, criterion: string, subject: string, language: string): string {
  const values = { criterion, subject, rating: ratingText(words.text, cell, language), quotes: words.text('ui.judgements.quotes', { count: cell.passages }) };
  return words.template(cell.noEvidence ? 'ui.judgements.cellNameNoEvidence' : 'ui.judgements.cellName', CELL_NAME_SLOTS)(values);
}
