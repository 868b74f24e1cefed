import { useMemo, useState } from 'react';
import { useRunningWhile } from '../../services/runningWork';
import { useTranslation } from 'react-i18next';
import type { Dataset, Project } from '../../../shared/domain';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { projectMatcher } from '../../../shared/ingest/tables/linkRows';
import type { ReadTable } from '../../../shared/ingest/tables/tableTypes';
import { COLUMN_TYPES, type ColumnType } from '../../../shared/domain/tableValues';
import { useServices } from '../../services/AppContext';
import { useNotify } from '../../ui/notify';
import { navigate } from '../../services/route';
import { Dialog } from '../../ui/Dialog';
import { browserDeps, type DatasetChanges } from '../../store';
import type { OpenedFile } from '../../platform';
import { formatCell } from '../../../shared/domain/formatCell';
import { isNumericType } from './gridModel';
import { countMatched, guessKeyColumn } from './guessKeyColumn';
import { baseName, countProblems, needsSkipConsent, rowsToKeep } from './rowsToKeep';
import { TableReadOptions } from './TableReadOptions';
import { TableProblems } from './TableProblems';
import { useTableRead } from './useTableRead';
import { errorDetail } from '../../ui/errorDetail';
import { changesText } from './changesText';

const PREVIEW_ROWS = 20;

interface Props {
  evaluationId: string;
  projects: readonly Project[];
  file: OpenedFile;
  /** Set when the file is a newer version of a dataset. */
  replaces: Dataset | null;
  onClose: () => void;
}

/** The key column to start with: the replaced dataset's (by column name) or the best-matching column. */
function initialKey(table: ReadTable, replaces: Dataset | null, match: (key: string | null) => string | null): number | null {
  if (replaces && replaces.keyColumn !== null) {
    const name = replaces.columns[replaces.keyColumn]?.name;
    const index = table.columns.findIndex((column) => column.name === name);
    if (index >= 0) return index;
  }
  return guessKeyColumn(table.columns, table.rows, match);
}

/**
 * Imports a table as a dataset (or as a newer version of one): reads it in a worker, previews what was
 * detected with every choice overridable, and stores it only when the user says so.
 */
export function DatasetImportDialog({ evaluationId, projects, file, replaces, onClose }: Props) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const { state, choices, choose, cancel } = useTableRead(file);
  const table = state.status === 'read' ? state.table : state.previous;
  const match = useMemo(() => projectMatcher(projects, []), [projects]);
  const [name, setName] = useState(replaces?.name ?? baseName(file.name));
  // The key column chosen by the user, by name (null: none); until they choose, the guess applies.
  const [keyChoice, setKeyChoice] = useState<{ name: string | null } | null>(null);
  const [skipUnreadable, setSkipUnreadable] = useState(false);
  const [saving, setSaving] = useState(false);
  useRunningWhile('import', saving);
  const [failure, setFailure] = useState<string | null>(null);
  const [changes, setChanges] = useState<DatasetChanges | null>(null);
  const [nameMissing, setNameMissing] = useState(false);

  const guessed = useMemo(() => (table ? initialKey(table, replaces, match) : null), [table, replaces, match]);
  const chosenIndex = keyChoice && keyChoice.name !== null && table ? table.columns.findIndex((column) => column.name === keyChoice.name) : -1;
  const keyColumn = keyChoice === null ? guessed : keyChoice.name === null ? null : chosenIndex >= 0 ? chosenIndex : guessed;
  const matched = useMemo(() => (table && keyColumn !== null ? countMatched(table.rows, keyColumn, match) : null), [table, keyColumn, match]);
  const kept = useMemo(() => (table ? rowsToKeep(table) : []), [table]);
  const consentNeeded = table ? needsSkipConsent(table.problems) : false;
  const counts = table ? countProblems(table.problems) : { skipped: 0, mismatched: 0 };
  const yesNo = { yes: t('ui.datasets.yes'), no: t('ui.datasets.no') };
  const title = replaces ? t('ui.datasets.reimportTitle', { name: replaces.name }) : t('ui.datasets.importTitle');

  const save = async () => {
    if (!table) return;
    if (!replaces && name.trim() === '') return setNameMissing(true);
    setSaving(true);
    setFailure(null);
    try {
      const input = {
        name: name.trim(),
        fileName: file.name,
        format: table.format,
        sha256: await browserDeps.sha256(file.bytes),
        columns: table.columns,
        keyColumn,
        rows: rowsToKeep(table),
      };
      if (replaces) {
        const result = await repos.datasets.replace(replaces.id, input);
        setChanges(result);
        notify(changesText(t, result));
      } else {
        const dataset = await repos.datasets.create(evaluationId, input);
        notify(t('ui.datasets.saved', { name: dataset.name, count: formatSwedishNumber(dataset.rowCount) }));
        onClose();
        navigate({ name: 'dataset', evaluationId, datasetId: dataset.id });
      }
    } catch (error) {
      setFailure(t('ui.common.actionFailed', { detail: errorDetail(t, error) }));
    } finally {
      setSaving(false);
    }
  };

  const close = () => {
    cancel();
    onClose();
  };

  if (changes) {
    return (
      <Dialog title={title} onClose={onClose}>
        <p role="status" className="dataset-changes">
          {changesText(t, changes)}
        </p>
        <p className="muted small">{t('ui.datasets.changesHint')}</p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={onClose}>
            {t('ui.common.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  const setType = (column: number, type: ColumnType) => choose({ types: { ...(choices.types ?? {}), [column]: type } });
  const reading = state.status === 'reading';

  return (
    <Dialog title={title} onClose={close} wide>
      <div className="dataset-import">
        <p className="muted small">
          {file.name}
          {table && ` · ${t('ui.datasets.previewSummary', { rows: t('ui.counts.rows', { count: formatSwedishNumber(table.rows.length) }), columns: t('ui.counts.columns', { count: table.columns.length }) })}`}
        </p>
        {reading && (
          <div className="dataset-reading">
            <progress max={1} value={state.progress} aria-label={t('ui.datasets.readingFile', { name: file.name })} />
            <span className="muted small">{t('ui.datasets.reading')}</span>
            <button type="button" onClick={close}>
              {t('ui.datasets.cancelReading')}
            </button>
          </div>
        )}
        {state.status === 'failed' && state.code !== 'cancelled' && (
          <p role="alert" className="error-text">
            {state.code === 'timeout' ? t('ui.datasets.timeout') : t(`tableError.${state.code}`, { name: file.name, detail: state.detail, defaultValue: t('ui.datasets.readFailed', { detail: state.detail || state.code }) })}
          </p>
        )}
        {table && (
          <>
            <TableReadOptions table={table} choices={choices} choose={choose} disabled={reading} />

            <div className="dataset-fields">
              {!replaces && (
                <label>
                  {t('ui.datasets.name')}
                  <input
                    value={name}
                    aria-invalid={nameMissing}
                    onChange={(e) => {
                      setName(e.target.value);
                      setNameMissing(false);
                    }}
                  />
                  {nameMissing && <span className="field-error">{t('ui.validation.required')}</span>}
                </label>
              )}
              <label>
                {t('ui.datasets.keyColumn')}
                <select
                  value={keyColumn === null ? '' : String(keyColumn)}
                  onChange={(e) => setKeyChoice({ name: e.target.value === '' ? null : (table.columns[Number(e.target.value)]?.name ?? null) })}
                >
                  <option value="">{t('ui.datasets.noKeyColumn')}</option>
                  {table.columns.map((column, index) => (
                    <option key={index} value={index}>
                      {column.name}
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted small dataset-match-summary" aria-live="polite">
                {matched
                  ? t('ui.datasets.matchSummary', { matched: formatSwedishNumber(matched.matched), unmatched: formatSwedishNumber(matched.unmatched), count: formatSwedishNumber(table.rows.length) })
                  : t('ui.datasets.noKeyHint')}
              </p>
            </div>

            <div className="table-scroll dataset-preview">
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
                          onChange={(e) => setType(index, COLUMN_TYPES.find((type) => type === e.target.value) ?? 'text')}
                        >
                          {COLUMN_TYPES.map((type) => (
                            <option key={type} value={type}>
                              {t(`ui.columnType.${type}`)}
                            </option>
                          ))}
                        </select>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
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
            {table.rows.length > PREVIEW_ROWS && <p className="muted small">{t('ui.datasets.previewMore', { count: formatSwedishNumber(table.rows.length - PREVIEW_ROWS) })}</p>}

            <TableProblems problems={table.problems} />
            {consentNeeded && (
              <div className="notice">
                <label className="checkbox-label">
                  <input type="checkbox" checked={skipUnreadable} onChange={(e) => setSkipUnreadable(e.target.checked)} />
                  {t('ui.datasets.skipUnreadable')}
                </label>
                <p className="small">
                  {t('ui.datasets.skipConsequence', { skipped: formatSwedishNumber(table.rows.length - kept.length), mismatched: formatSwedishNumber(counts.mismatched) })}
                </p>
              </div>
            )}
            {replaces && (
              <p className="muted small">
                {t('ui.datasets.reimportHint', { version: replaces.version + 1 })}
              </p>
            )}
          </>
        )}
        {saving && (
          <p role="status" className="muted small">
            {t('ui.datasets.saving')}
          </p>
        )}
        {failure && (
          <p role="alert" className="error-text">
            {failure}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="primary" disabled={!table || state.status !== 'read' || saving || (consentNeeded && !skipUnreadable) || kept.length === 0} onClick={() => void save()}>
          {replaces ? t('ui.datasets.saveVersion') : t('ui.datasets.save')}
        </button>
      </div>
    </Dialog>
  );
}
