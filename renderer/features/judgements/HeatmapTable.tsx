import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap, HeatmapCell, HeatmapGrouping } from '../../../shared/analysis/judgementHeatmap';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { repeatedText } from '../../ui/repeatedText';
import { cellName, columnName, ratingText } from './cellText';

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

/**
 * The factor × project table: row headers the criteria, column headers the projects and the programme;
 * each cell a button showing the rating's label, its colour beside it, and the number of linked quotes.
 * The words every cell repeats are translated once per table (the heatmap benchmark: forty factors by
 * thirty projects asked i18next eight thousand times). Mounted afresh for each framework (keyed by it):
 * the first screenful of rows is painted at once, the rest a moment later without holding it up.
 */
export function HeatmapTable(props: { map: Heatmap; grouping: HeatmapGrouping; selected: { row: number; column: number } | null; onOpen: (row: number, column: number) => void }) {
  const { t, i18n } = useTranslation();
  const { map, grouping, selected, onOpen } = props;
  const rowCount = useDeferredValue(map.rows.length, Math.min(map.rows.length, FIRST_ROWS));
  const rows = rowCount < map.rows.length ? map.rows.slice(0, rowCount) : map.rows;
  const groups = groupsOf(map);
  const words = useMemo(() => repeatedText(t), [t]);
  const text = words.text;
  const columnNames = map.columns.map((column) => columnName(text, column));
  const groupLabel = (label: string) => (label === '' ? t('ui.judgements.noGroup') : grouping === 'level' ? t(`level.${label}`, { defaultValue: label }) : label);
  return (
    <div className="heatmap-scroll">
      <table className="table heatmap">
        <caption className="visually-hidden">{t('ui.judgements.caption')}</caption>
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
          {rows.map((row, r) => {
            const criterion = codeLabel(row.code, i18n.language);
            if (row.heading) {
              return (
                <tr key={row.code.id} className="heatmap-heading">
                  <th scope="colgroup" colSpan={map.columns.length + 1} style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}>
                    {criterion}
                  </th>
                </tr>
              );
            }
            return (
              <tr key={row.code.id}>
                <th scope="row" style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}>
                  {criterion}
                </th>
                {map.columns.map((column, c) => {
                  const cell = map.cells[r]?.[c] as HeatmapCell;
                  const isSelected = selected?.row === r && selected.column === c;
                  return (
                    <td key={c} className={column.kind === 'programme' ? 'heatmap-programme' : undefined}>
                      <button
                        type="button"
                        className={`heatmap-cell${isSelected ? ' selected' : ''}${cell.judgement ? '' : ' unrated'}`}
                        aria-label={cellName(words, cell, criterion, columnNames[c] as string, i18n.language)}
                        aria-pressed={isSelected}
                        onClick={() => onOpen(r, c)}
                      >
                        <span className="heatmap-rating">
                          {cell.level && <span className="swatch" aria-hidden="true" style={{ background: cell.level.colour }} />}
                          {ratingText(text, cell, i18n.language)}
                        </span>
                        <span className="heatmap-count">{text('ui.judgements.quotes', { count: cell.passages })}</span>
                        {cell.noEvidence && <span className="heatmap-warning">{text('ui.judgements.noEvidence')}</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
