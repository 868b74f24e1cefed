import { useCallback, useEffect, useState } from 'react';
import { useRunningWhile } from '../../services/runningWork';
import { useTranslation } from 'react-i18next';
import type { Dataset, Project } from '../../../shared/domain';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import type { MatchCounts } from '../../../shared/ingest/tables/keyColumn';
import { countProblems, needsSkipConsent } from '../../../shared/ingest/tables/rowsToKeep';
import type { TableRead } from '../../services/workers/tableInWorker';
import type { ColumnType } from '../../../shared/domain/tableValues';
import { useServices } from '../../services/AppContext';
import { useNotify } from '../../ui/notify';
import { navigate } from '../../services/route';
import { Dialog } from '../../ui/Dialog';
import type { DatasetChanges } from '../../store';
import type { OpenedFile } from '../../platform';
import { ImportPreview, PREVIEW_ROWS } from './ImportPreview';
import { baseName } from './tableFiles';
import { TableReadOptions } from './TableReadOptions';
import { TableProblems } from './TableProblems';
import { shownRead, useTableRead } from './useTableRead';
import { errorDetail } from '../../ui/errorDetail';
import { showBidiControls } from '../../../shared/base/bidiControls';
import { changesText } from './changesText';

interface Props {
  evaluationId: string;
  projects: readonly Project[];
  file: OpenedFile;
  /** Set when the file is a newer version of a dataset. */
  replaces: Dataset | null;
  onClose: () => void;
}

/** The key column to start with: the replaced dataset's (by column name) or the best-matching column. */
function initialKey(read: TableRead, replaces: Dataset | null): number | null {
  if (replaces && replaces.keyColumn !== null) {
    const name = replaces.columns[replaces.keyColumn]?.name;
    const index = read.table.columns.findIndex((column) => column.name === name);
    if (index >= 0) return index;
  }
  return read.keyGuess;
}

/**
 * Imports a table as a dataset (or as a newer version of one): reads it in a worker, previews what was
 * detected with every choice overridable, and stores it only when the user says so, from the worker that
 * read it (the page holds only the first rows).
 */
export function DatasetImportDialog({ evaluationId, projects, file, replaces, onClose }: Props) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const { state, choices, choose, cancel, matches, store } = useTableRead(file, { projects, databaseName: repos.evaluationFiles.databaseName });
  const shown = shownRead(state);
  const table = shown?.table ?? null;
  const [name, setName] = useState(replaces?.name ?? showBidiControls(baseName(file.name)));
  // The key column chosen by the user, by name (null: none); until they choose, the guess applies.
  const [keyChoice, setKeyChoice] = useState<{ name: string | null } | null>(null);
  const [skipUnreadable, setSkipUnreadable] = useState(false);
  const [saving, setSaving] = useState(false);
  useRunningWhile('import', saving);
  const [failure, setFailure] = useState<string | null>(null);
  const [changes, setChanges] = useState<DatasetChanges | null>(null);
  const [nameMissing, setNameMissing] = useState(false);

  const guessed = shown ? initialKey(shown, replaces) : null;
  const chosenIndex = keyChoice && keyChoice.name !== null && table ? table.columns.findIndex((column) => column.name === keyChoice.name) : -1;
  const keyColumn = keyChoice === null ? guessed : keyChoice.name === null ? null : chosenIndex >= 0 ? chosenIndex : guessed;
  const [counted, setCounted] = useState<{ read: TableRead; keyColumn: number; matches: MatchCounts } | null>(null);
  useEffect(() => {
    if (!shown || keyColumn === null || keyColumn === shown.keyGuess || state.status !== 'read') return;
    let live = true;
    void matches(keyColumn).then((counts) => {
      if (live && counts) setCounted({ read: shown, keyColumn, matches: counts });
    });
    return () => {
      live = false;
    };
  }, [shown, keyColumn, matches, state.status]);
  const matched = !shown || keyColumn === null ? null : keyColumn === shown.keyGuess ? shown.matches : counted?.read === shown && counted.keyColumn === keyColumn ? counted.matches : null;
  const rowCount = shown?.rowCount ?? 0;
  const keptCount = shown?.keptCount ?? 0;
  const consentNeeded = table ? needsSkipConsent(table.problems) : false;
  const counts = table ? countProblems(table.problems) : { skipped: 0, mismatched: 0 };
  const title = replaces ? t('ui.datasets.reimportTitle', { name: replaces.name }) : t('ui.datasets.importTitle');

  const save = async () => {
    if (!table) return;
    if (!replaces && name.trim() === '') return setNameMissing(true);
    setSaving(true);
    setFailure(null);
    try {
      const outcome = await store({ databaseName: repos.evaluationFiles.databaseName, evaluationId, name: name.trim(), keyColumn, replaces: replaces?.id ?? null });
      if (!outcome.ok) throw outcome.error;
      if ('changes' in outcome) {
        setChanges(outcome.changes);
        notify(changesText(t, outcome.changes));
      } else {
        const { dataset } = outcome;
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

  const setType = useCallback((column: number, type: ColumnType) => choose({ types: { ...(choices.types ?? {}), [column]: type } }), [choose, choices.types]);

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

  const reading = state.status === 'reading';

  return (
    <Dialog title={title} onClose={close} wide>
      <div className="dataset-import">
        <p className="muted small">
          {showBidiControls(file.name)}
          {table && ` · ${t('ui.datasets.previewSummary', { rows: t('ui.counts.rows', { count: formatSwedishNumber(rowCount) }), columns: t('ui.counts.columns', { count: table.columns.length }) })}`}
        </p>
        {reading && (
          <div className="dataset-reading">
            <progress max={1} value={state.progress} aria-label={t('ui.datasets.readingFile', { name: showBidiControls(file.name) })} />
            <span className="muted small">{t('ui.datasets.reading')}</span>
            <button type="button" onClick={close}>
              {t('ui.datasets.cancelReading')}
            </button>
          </div>
        )}
        {state.status === 'failed' && state.code !== 'cancelled' && (
          <p role="alert" className="error-text">
            {state.code === 'timeout' ? t('ui.datasets.timeout') : t(`tableError.${state.code}`, { name: showBidiControls(file.name), detail: state.detail, defaultValue: t('ui.datasets.readFailed', { detail: state.detail || state.code }) })}
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
                {keyColumn === null
                  ? t('ui.datasets.noKeyHint')
                  : matched && t('ui.datasets.matchSummary', { matched: formatSwedishNumber(matched.matched), unmatched: formatSwedishNumber(matched.unmatched), count: formatSwedishNumber(rowCount) })}
              </p>
            </div>

            <ImportPreview table={table} onType={setType} />
            {rowCount > PREVIEW_ROWS && <p className="muted small">{t('ui.datasets.previewMore', { count: formatSwedishNumber(rowCount - PREVIEW_ROWS) })}</p>}

            <TableProblems problems={table.problems} />
            {consentNeeded && (
              <div className="notice">
                <label className="checkbox-label">
                  <input type="checkbox" checked={skipUnreadable} onChange={(e) => setSkipUnreadable(e.target.checked)} />
                  {t('ui.datasets.skipUnreadable')}
                </label>
                <p className="small">
                  {t('ui.datasets.skipConsequence', { skipped: formatSwedishNumber(rowCount - keptCount), mismatched: formatSwedishNumber(counts.mismatched) })}
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
        <button type="button" className="primary" disabled={!table || state.status !== 'read' || saving || (consentNeeded && !skipUnreadable) || keptCount === 0} onClick={() => void save()}>
          {replaces ? t('ui.datasets.saveVersion') : t('ui.datasets.save')}
        </button>
      </div>
    </Dialog>
  );
}
