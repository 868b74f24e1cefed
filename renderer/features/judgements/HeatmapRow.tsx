import { memo, type CSSProperties } from 'react';
import type { HeatmapColumn, HeatmapCell, HeatmapRow as Row } from '../../../shared/analysis/judgementHeatmap';
import type { RepeatedText } from '../../ui/repeatedText';
import { cellName, ratingText } from './cellText';

interface RowProps {
  row: Row;
  cells: readonly HeatmapCell[];
  columns: readonly HeatmapColumn[];
  columnNames: readonly string[];
  criterion: string;
  words: RepeatedText;
  language: string;
  /** The open cell's column in this row, or -1. */
  selectedColumn: number;
  onOpen: (cell: HeatmapCell) => void;
}

/**
 * One criterion's row of the heatmap. `fresh` while the row has just been added below the first
 * screenful: it is then hidden (`content-visibility: hidden`, see judgements.css and useFreshRows) until
 * the thread is idle, then an ordinary row, painted when it scrolls near. Its cells are memoised apart, so
 * that change renders the row's own element only.
 */
export const HeatmapRow = memo(function HeatmapRow(props: RowProps & { fresh: boolean }) {
  const { fresh, ...rest } = props;
  const { row, cells } = rest;
  const className = row.heading ? 'heatmap-row heatmap-heading' : cells.some((cell) => cell.noEvidence) ? 'heatmap-row heatmap-tall' : 'heatmap-row';
  return (
    <div role="row" className={fresh ? `${className} heatmap-fresh` : className}>
      <RowCells {...rest} />
    </div>
  );
});

/**
 * The row header and the cells of a row. Memoised: its props stay the same when another row's cell opens
 * or the rows below it are painted, so only the rows that change render again. Each cell is one button
 * with two spans (the rating, its colour drawn by CSS, and the number of quotes) and the warning when the
 * rating rests on no evidence.
 */
const RowCells = memo(function RowCells(props: RowProps) {
  const { row, cells, columns, columnNames, criterion, words, language, selectedColumn, onOpen } = props;
  const indent = { paddingInlineStart: `${0.5 + row.depth * 1.25}rem` };
  if (row.heading) {
    return (
      <div role="rowheader" aria-colspan={columns.length + 1} style={indent}>
        {criterion}
      </div>
    );
  }
  const text = words.text;
  return (
    <>
      <div role="rowheader" style={indent}>
        {criterion}
      </div>
      {columns.map((column, c) => {
        const cell = cells[c] as HeatmapCell;
        const isSelected = selectedColumn === c;
        const swatch = cell.level ? ({ '--swatch': cell.level.colour } as CSSProperties) : undefined;
        return (
          <div role="cell" key={c} className={column.kind === 'programme' ? 'heatmap-programme' : undefined}>
            <button
              type="button"
              className={`heatmap-cell${isSelected ? ' selected' : ''}${cell.judgement ? '' : ' unrated'}`}
              aria-label={cellName(words, cell, criterion, columnNames[c] as string, language)}
              aria-pressed={isSelected}
              onClick={() => onOpen(cell)}
            >
              <span className={cell.level ? 'heatmap-rating rated' : 'heatmap-rating'} style={swatch}>
                {ratingText(text, cell, language)}
              </span>
              <span className="heatmap-count">{text('ui.judgements.quotes', { count: cell.passages })}</span>
              {cell.noEvidence && <span className="heatmap-warning">{text('ui.judgements.noEvidence')}</span>}
            </button>
          </div>
        );
      })}
    </>
  );
});
