import { memo, useMemo } from 'react';
import { useAfterPaint } from '../../ui/afterPaint';
import { useTranslation } from 'react-i18next';
import type { ReadTable } from '../../../shared/ingest/tables/tableTypes';
import { COLUMN_TYPES, type ColumnType } from '../../../shared/domain/tableValues';
import { formatCell } from '../../../shared/domain/formatCell';
import { isNumericType } from './gridModel';

/** Rows shown in the import preview. */
export const PREVIEW_ROWS = 20;

interface Props {
  table: ReadTable;
  onType: (column: number, type: ColumnType) => void;
}

/**
 * The first rows of a table read for import, each column with its type to choose. Memoised: the dialog's
 * other state (saving, the name, the key column) does not lay the table out again. The table comes a
 * painted frame after the rest of the dialog, and its rows a frame after its header with the type lists:
 * a wide table's style and layout, all in the task that showed the read, took over 50 ms on a slow machine.
 */
export const ImportPreview = memo(function ImportPreview({ table: read, onType }: Props) {
  const { t } = useTranslation();
  const table = useAfterPaint<ReadTable | null>(read, null);
  const rowsOf = useAfterPaint<ReadTable | null>(table, null);
  const rows = rowsOf === table && table !== null ? table.rows.slice(0, PREVIEW_ROWS) : [];
  const yesNo = { yes: t('ui.datasets.yes'), no: t('ui.datasets.no') };
  // Worded once, not once per column: 20 columns' type lists were 140 translations in the task that shows the table.
  const typeLabels = useMemo(() => COLUMN_TYPES.map((type) => ({ type, label: t(`ui.columnType.${type}`) })), [t]);
  if (table === null) return <div className="table-scroll dataset-preview" aria-busy="true" />;
  return (
    <div className="table-scroll dataset-preview" aria-busy={rows.length === 0 && table.rows.length > 0}>
      <table className="table preview-table">
        <caption className="visually-hidden">{t('ui.datasets.previewCaption', { count: Math.min(PREVIEW_ROWS, table.rows.length) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('ui.datasets.line')}
            </th>
            {table.columns.map((column, index) => (
              <th scope="col" key={index} className={isNumericType(column.type) ? 'numeric' : undefined}>
                <span className="preview-column-name" title={column.originalName !== column.name ? column.originalName : undefined}>
                  {column.name}
                </span>
                <select
                  className="type-select"
                  aria-label={t('ui.datasets.typeFor', { name: column.name })}
                  value={column.type}
                  onChange={(e) => onType(index, COLUMN_TYPES.find((type) => type === e.target.value) ?? 'text')}
                >
                  {typeLabels.map(({ type, label }) => (
                    <option key={type} value={type}>
                      {label}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              <td className="numeric muted">{table.rowLines[r]}</td>
              {table.columns.map((column, c) => {
                const value = row[c] ?? null;
                const raw = table.rawRows[r]?.[c] ?? '';
                const mismatch = value === null && raw.trim() !== '';
                return (
                  <td key={c} className={[isNumericType(column.type) ? 'numeric' : '', mismatch ? 'cell-mismatch' : ''].join(' ').trim() || undefined} title={mismatch ? t('ui.datasets.mismatchCell', { raw }) : undefined}>
                    {mismatch ? raw : formatCell(value, column.type, yesNo)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
