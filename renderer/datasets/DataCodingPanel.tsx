import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, DataCoding, DatasetRow } from '../../shared/domain';
import type { TableColumn } from '../../shared/table/tableTypes';
import { codeDefinition, codeLabel } from '../lib/codeLabel';
import { codeGroups } from '../lib/codeGroups';
import { formatCell } from './formatCell';
import type { GridSelection } from './DataGrid';

interface Props {
  codes: readonly Code[];
  columns: readonly TableColumn[];
  codings: readonly DataCoding[];
  rowsById: ReadonlyMap<string, DatasetRow>;
  selection: GridSelection | null;
  codeId: string;
  onCodeId: (codeId: string) => void;
  onCode: (column: number | null) => void;
  onShow: (selection: GridSelection) => void;
  onUncode: (codingId: string, codeId: string) => void;
}

/** Coding a table: the selected row or cell, the code to apply, and the dataset's coded rows and cells. */
export function DataCodingPanel({ codes, columns, codings, rowsById, selection, codeId, onCodeId, onCode, onShow, onUncode }: Props) {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => codeGroups(codes, t, i18n.language), [codes, t, i18n.language]);
  const codesById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const yesNo = { yes: t('ui.datasets.yes'), no: t('ui.datasets.no') };
  const selectedRow = selection ? rowsById.get(selection.rowId) : undefined;
  const describe = (row: DatasetRow, column: number | null) => {
    if (column === null) return t('ui.datasets.rowLabel', { line: row.line });
    const col = columns[column];
    return t('ui.datasets.cellLabel', { line: row.line, column: col?.name ?? '', value: formatCell(row.values[column] ?? null, col?.type ?? 'text', yesNo) || '–' });
  };
  const sorted = useMemo(
    () => [...codings].sort((a, b) => (rowsById.get(a.rowId)?.index ?? 0) - (rowsById.get(b.rowId)?.index ?? 0) || (a.column ?? -1) - (b.column ?? -1)),
    [codings, rowsById],
  );

  return (
    <section className="side-panel" aria-labelledby="data-coding-heading">
      <h2 id="data-coding-heading">{t('ui.datasets.codingHeading')}</h2>
      <p className="selection-summary" aria-live="polite">
        {selectedRow ? describe(selectedRow, selection?.column ?? null) : <span className="muted small">{t('ui.datasets.selectHint')}</span>}
      </p>
      <label htmlFor="data-code-select">{t('ui.reader.code')}</label>
      <select id="data-code-select" value={codeId} onChange={(e) => onCodeId(e.target.value)}>
        <option value="">{t('ui.reader.chooseCode')}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.codes.map((code) => (
              <option key={code.id} value={code.id} title={codeDefinition(code, i18n.language) || undefined}>
                {codeLabel(code, i18n.language)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="coding-buttons">
        <button type="button" className="primary" disabled={!selectedRow || codeId === ''} onClick={() => onCode(null)}>
          {t('ui.datasets.codeRow')}
        </button>
        <button type="button" disabled={!selectedRow || selection?.column === null || selection?.column === undefined || codeId === ''} onClick={() => onCode(selection?.column ?? null)}>
          {t('ui.datasets.codeCell')}
        </button>
      </div>
      <h3 id="data-codings-heading">{t('ui.datasets.codingsHeading', { count: codings.length })}</h3>
      {codings.length === 0 && <p className="muted small">{t('ui.datasets.noCodings')}</p>}
      <ul className="segment-list" aria-labelledby="data-codings-heading">
        {sorted.map((coding) => {
          const row = rowsById.get(coding.rowId);
          if (!row) return null;
          return (
            <li key={coding.id} className="segment">
              <button type="button" className="link-button segment-quote" onClick={() => onShow({ rowId: row.id, column: coding.column })}>
                {describe(row, coding.column)}
              </button>
              <ul className="chips" aria-label={t('ui.reader.segmentCodes')}>
                {coding.codeIds.map((id) => {
                  const code = codesById.get(id);
                  const label = code ? codeLabel(code, i18n.language) : t('ui.reader.unknownCode');
                  return (
                    <li key={id} className="chip" style={{ borderLeftColor: code?.colour }}>
                      <span>{label}</span>
                      <button type="button" className="chip-remove" aria-label={t('ui.datasets.uncodeNamed', { code: label, target: describe(row, coding.column) })} onClick={() => onUncode(coding.id, id)}>
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
