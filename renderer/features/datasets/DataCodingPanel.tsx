import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, DataCoding, DatasetRow } from '../../../shared/domain';
import type { TableColumn } from '../../../shared/domain/tableValues';
import { CodePalette } from '../coding/CodePalette';
import { JudgementEditor, type JudgementChange } from '../coding/JudgementEditor';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { formatCell } from '../../../shared/domain/formatCell';
import type { GridSelection } from './DataGrid';

interface Props {
  evaluationId: string;
  codes: readonly Code[];
  columns: readonly TableColumn[];
  codings: readonly DataCoding[];
  /** A row of the dataset by its id. */
  rowOf: (id: string) => DatasetRow | undefined;
  selection: GridSelection | null;
  /** The palette's filter field, for Ctrl+K. */
  filterRef: RefObject<HTMLInputElement | null>;
  /** Codes the selection (the row, or the cell) with a code. */
  onApply: (codeId: string) => void;
  onShow: (selection: GridSelection) => void;
  onUncode: (codingId: string, codeId: string) => void;
  onJudge: (codingId: string, change: JudgementChange) => Promise<void>;
}

/**
 * Coding a table: the selected row or cell, the code palette (a selected cell is coded as a cell, a
 * selected row as a row), the judgement of the selection's coding when it has one, and the dataset's
 * coded rows and cells.
 */
export function DataCodingPanel({ evaluationId, codes, columns, codings, rowOf, selection, filterRef, onApply, onShow, onUncode, onJudge }: Props) {
  const { t, i18n } = useTranslation();
  const codesById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const yesNo = { yes: t('ui.datasets.yes'), no: t('ui.datasets.no') };
  const selectedRow = selection ? rowOf(selection.rowId) : undefined;
  const describe = (row: DatasetRow, column: number | null) => {
    if (column === null) return t('ui.datasets.rowLabel', { line: row.line });
    const col = columns[column];
    return t('ui.datasets.cellLabel', { line: row.line, column: col?.name ?? '', value: formatCell(row.values[column] ?? null, col?.type ?? 'text', yesNo) || '–' });
  };
  const sorted = useMemo(
    () => [...codings].sort((a, b) => (rowOf(a.rowId)?.index ?? 0) - (rowOf(b.rowId)?.index ?? 0) || (a.column ?? -1) - (b.column ?? -1)),
    [codings, rowOf],
  );
  const selectedCoding = selection ? codings.find((coding) => coding.rowId === selection.rowId && coding.column === selection.column) : undefined;
  let target = t('ui.coding.targetNoRow');
  if (selectedRow) target = selection?.column === null ? t('ui.coding.targetRow') : t('ui.coding.targetCell');

  return (
    <section className="side-panel" aria-labelledby="data-coding-heading">
      <h2 id="data-coding-heading">{t('ui.datasets.codingHeading')}</h2>
      <p className="selection-summary" aria-live="polite">
        {selectedRow ? describe(selectedRow, selection?.column ?? null) : <span className="muted small">{t('ui.datasets.selectHint')}</span>}
      </p>
      <CodePalette evaluationId={evaluationId} codes={codes} target={target} ready={selectedRow !== undefined} onApply={onApply} filterRef={filterRef} hint={t('ui.coding.dataHint')} />
      {selectedCoding && (
        <section aria-labelledby="data-judgement-heading">
          <h3 id="data-judgement-heading" className="data-coding-heading">
            {t('ui.coding.dataCodingHeading')}
          </h3>
          <JudgementEditor record={selectedCoding} codesById={codesById} onRemoveCode={(codeId) => onUncode(selectedCoding.id, codeId)} onJudge={onJudge} />
        </section>
      )}
      <h3 id="data-codings-heading">{t('ui.datasets.codingsHeading', { count: codings.length })}</h3>
      {codings.length === 0 && <p className="muted small">{t('ui.datasets.noCodings')}</p>}
      <ul className="segment-list" aria-labelledby="data-codings-heading">
        {sorted.map((coding) => {
          const row = rowOf(coding.rowId);
          if (!row) return null;
          const selected = coding === selectedCoding;
          return (
            <li key={coding.id} className={selected ? 'segment segment-selected' : 'segment'} aria-current={selected ? 'true' : undefined}>
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
