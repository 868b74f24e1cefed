import { useDeferredValue, useId, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap, HeatmapCell, HeatmapGrouping } from '../../../shared/analysis/judgementHeatmap';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { repeatedText } from '../../ui/repeatedText';
import { columnName } from './cellText';
import { HeatmapRow } from './HeatmapRow';
import { useFreshRows } from './useFreshRows';

const NO_CELLS: readonly HeatmapCell[] = [];

/** Column groups (consecutive columns of one group value) for the group header row, each with its first grid column (the criterion's is 1). */
function groupsOf(map: Heatmap): { label: string; start: number; span: number }[] {
  const groups: { label: string; start: number; span: number }[] = [];
  map.columns.forEach((column, c) => {
    const label = column.kind === 'programme' ? '' : column.group;
    const last = groups.at(-1);
    if (last && last.label === label && column.kind !== 'programme') last.span++;
    else groups.push({ label, start: c + 2, span: 1 });
  });
  return groups;
}

/** Rows painted at once when the screen opens (a screenful); the others follow in the background, fresh (useFreshRows). */
export const FIRST_ROWS = 15;

/**
 * The factor × project table: row headers the criteria, column headers the projects and the programme;
 * each cell a button showing the rating's label, its colour beside it, and the number of linked quotes.
 * A table to assistive technology (ARIA table roles) laid out as a grid of rows: each row is its own box
 * of set column widths, so a row out of view is neither styled, laid out nor painted until it scrolls
 * near (`content-visibility` on forty rows, where a table's rows cannot have it and a thousand cells each
 * watched on their own made every frame slow: the heatmap benchmark). The words every cell repeats are
 * translated once per table. Its rows are keyed by place, so another framework's table reuses the cells
 * already on the page; when the screen opens, its first screenful of rows is painted at once and the rest
 * follow without holding it up. Rows are memoised on their props (`onOpen` keeps its identity), so opening a cell renders
 * the rows of the cells that change, not a thousand cells. A row added below the first screenful is
 * `fresh` for its first frames (useFreshRows).
 */
export function HeatmapTable(props: { map: Heatmap; grouping: HeatmapGrouping; selected: { row: number; column: number } | null; onOpen: (cell: HeatmapCell) => void }) {
  const { t, i18n } = useTranslation();
  const { map, grouping, selected, onOpen } = props;
  const captionId = useId();
  // False only in the first render of the screen: its first screenful is painted at once, the other rows
  // in the background. Another framework's or filter's table comes whole in one render, its rows below
  // the first screenful fresh (hidden), which costs one frame instead of two.
  const opened = useDeferredValue(true, false);
  const rows = opened || map.rows.length <= FIRST_ROWS ? map.rows : map.rows.slice(0, FIRST_ROWS);
  const freshFrom = useFreshRows(rows.length, FIRST_ROWS);
  const groups = groupsOf(map);
  const words = useMemo(() => repeatedText(t), [t]);
  const columnNames = useMemo(() => map.columns.map((column) => columnName(words.text, column)), [map.columns, words]);
  const groupLabel = (label: string) => (label === '' ? t('ui.judgements.noGroup') : grouping === 'level' ? t(`level.${label}`, { defaultValue: label }) : label);
  // Every row's grid: the criterion, then a column per project and the programme (their count in CSS).
  const layout = { '--heatmap-columns': map.columns.length } as CSSProperties;
  return (
    <div className="heatmap-scroll">
      <div id={captionId} className="visually-hidden">
        {t('ui.judgements.caption')}
      </div>
      <div role="table" aria-labelledby={captionId} aria-rowcount={map.rows.length + (grouping !== null ? 2 : 1)} className="heatmap" style={layout}>
        <div role="rowgroup" className="heatmap-head">
          {grouping !== null && (
            <div role="row" className="heatmap-row heatmap-groups">
              <div role="cell" />
              {groups.map((group, i) => (
                <div role="columnheader" aria-colspan={group.span} key={i} style={{ gridColumn: `${group.start} / span ${group.span}` }}>
                  {i === groups.length - 1 ? '' : groupLabel(group.label)}
                </div>
              ))}
            </div>
          )}
          <div role="row" className="heatmap-row">
            <div role="columnheader">{t('ui.judgements.criterion')}</div>
            {map.columns.map((column, c) => (
              <div role="columnheader" key={column.kind === 'programme' ? 'programme' : column.project.id} className={column.kind === 'programme' ? 'heatmap-programme' : undefined}>
                {columnNames[c]}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="heatmap-body">
          {rows.map((row, r) => (
            <HeatmapRow
              // By place, not by criterion: another framework's table reuses these rows' cells in place.
              key={r}
              row={row}
              cells={map.cells[r] ?? NO_CELLS}
              columns={map.columns}
              columnNames={columnNames}
              criterion={codeLabel(row.code, i18n.language)}
              words={words}
              language={i18n.language}
              selectedColumn={selected?.row === r ? selected.column : -1}
              onOpen={onOpen}
              fresh={r >= freshFrom}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
