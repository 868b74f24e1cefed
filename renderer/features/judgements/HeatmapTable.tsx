import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap, HeatmapCell, HeatmapGrouping } from '../../../shared/analysis/judgementHeatmap';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { repeatedText } from '../../ui/repeatedText';
import { columnName } from './cellText';
import { HeatmapRow } from './HeatmapRow';

const NO_CELLS: readonly HeatmapCell[] = [];

/** Column groups (consecutive columns of one group value) for the group header row. */
function groupsOf(map: Heatmap): { label: string; span: number }[] {
  const groups: { label: string; span: number }[] = [];
  for (const column of map.columns) {
    const label = column.kind === 'programme' ? '' : column.group;
    const last = groups.at(-1);
    if (last && last.label === label && column.kind !== 'programme') last.span++;
    else groups.push({ label, span: 1 });
  }
  return groups;
}

/** Rows painted at once when a heatmap opens (a screenful); the others follow in the background. */
export const FIRST_ROWS = 15;
/** The set widths of the criterion column and of each cell's column: the table is laid out fixed, not by its thousand cells' contents. */
const FIRST_COLUMN_REM = 14;
const COLUMN_REM = 7.6;

/**
 * The factor × project table: row headers the criteria, column headers the projects and the programme;
 * each cell a button showing the rating's label, its colour beside it, and the number of linked quotes.
 * The words every cell repeats are translated once per table (the heatmap benchmark: forty factors by
 * thirty projects asked i18next eight thousand times). Its rows are keyed by place, so another
 * framework's table reuses the cells already on the page (no thousand elements made and laid out anew);
 * the first screenful of rows is painted at once, the rest a moment later without holding it up. The
 * table is laid out fixed (set column widths) and its rows are memoised on their props (`onOpen` keeps
 * its identity), so opening a cell renders the rows of the cells that change, not a thousand cells.
 */
export function HeatmapTable(props: { map: Heatmap; grouping: HeatmapGrouping; selected: { row: number; column: number } | null; onOpen: (cell: HeatmapCell) => void }) {
  const { t, i18n } = useTranslation();
  const { map, grouping, selected, onOpen } = props;
  const rowCount = useDeferredValue(map.rows.length, Math.min(map.rows.length, FIRST_ROWS));
  const rows = rowCount < map.rows.length ? map.rows.slice(0, rowCount) : map.rows;
  const groups = groupsOf(map);
  const words = useMemo(() => repeatedText(t), [t]);
  const columnNames = useMemo(() => map.columns.map((column) => columnName(words.text, column)), [map.columns, words]);
  const groupLabel = (label: string) => (label === '' ? t('ui.judgements.noGroup') : grouping === 'level' ? t(`level.${label}`, { defaultValue: label }) : label);
  return (
    <div className="heatmap-scroll">
      <table className="table heatmap" style={{ width: `max(100%, ${FIRST_COLUMN_REM + map.columns.length * COLUMN_REM}rem)` }}>
        <caption className="visually-hidden">{t('ui.judgements.caption')}</caption>
        <colgroup>
          <col style={{ width: `${FIRST_COLUMN_REM}rem` }} />
          {map.columns.map((column) => (
            <col key={column.kind === 'programme' ? 'programme' : column.project.id} style={{ width: `${COLUMN_REM}rem` }} />
          ))}
        </colgroup>
        <thead>
          {grouping !== null && (
            <tr>
              <td />
              {groups.map((group, i) => (
                <th scope="colgroup" colSpan={group.span} key={i}>
                  {i === groups.length - 1 ? '' : groupLabel(group.label)}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col">{t('ui.judgements.criterion')}</th>
            {map.columns.map((column, c) => (
              <th scope="col" key={column.kind === 'programme' ? 'programme' : column.project.id} className={column.kind === 'programme' ? 'heatmap-programme' : undefined}>
                {columnNames[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
