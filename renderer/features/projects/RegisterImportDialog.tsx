import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain';
import { formatSwedishNumber } from '../../../shared/base/swedishNumber';
import { guessColumnTargets, planRegisterImport, REGISTER_FIELDS, type ColumnTarget, type RegisterKey, type RegisterPlan } from '../../../shared/ingest/tables/register/registerImport';
import type { ReadTable } from '../../../shared/ingest/tables/tableTypes';
import { useServices } from '../../services/AppContext';
import { useNotify } from '../../ui/notify';
import { Dialog } from '../../ui/Dialog';
import type { OpenedFile } from '../../platform';
import { TableProblems } from '../datasets/TableProblems';
import { TableReadOptions } from '../datasets/TableReadOptions';
import { shownRead, useTableRead } from '../datasets/useTableRead';
import { errorDetail } from '../../ui/errorDetail';
import { showBidiControls } from '../../../shared/base/bidiControls';

interface Props {
  evaluationId: string;
  file: OpenedFile;
  projects: Project[];
  onClose: () => void;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatSwedishNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return String(value);
}

function PlanView({ plan, skipBad, onSkipBad }: { plan: RegisterPlan; skipBad: boolean; onSkipBad: (skip: boolean) => void }) {
  const { t } = useTranslation();
  const fieldName = (field: string) => (field.startsWith('attribute:') ? field.slice('attribute:'.length) : t(`ui.register.fields.${field}`));
  return (
    <section aria-label={t('ui.register.preview')} className="register-plan">
      <p className="register-summary" role="status">
        {t('ui.register.summary', {
          create: t('ui.register.createCount', { count: plan.create.length }),
          update: t('ui.register.updateCount', { count: plan.update.length }),
          unchanged: t('ui.register.unchangedCount', { count: plan.unchanged.length }),
          unreadable: t('ui.register.unreadableCount', { count: plan.unreadable.length }),
        })}
      </p>
      {plan.create.length > 0 && (
        <details open>
          <summary>{t('ui.register.newProjects', { count: plan.create.length })}</summary>
          <ul>
            {plan.create.map(({ line, input }) => (
              <li key={line}>{input.name}</li>
            ))}
          </ul>
        </details>
      )}
      {plan.update.length > 0 && (
        <details open>
          <summary>{t('ui.register.changedProjects', { count: plan.update.length })}</summary>
          <ul>
            {plan.update.map(({ line, project, changes }) => (
              <li key={line}>
                <strong>{project.name}</strong>
                <ul className="changes">
                  {changes.map((change) => (
                    <li key={change.field}>
                      {t('ui.register.change', { field: fieldName(change.field), before: change.before || '–', after: change.after || '–' })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.unreadable.length > 0 && (
        <div className="notice">
          <p>{t('ui.register.unreadableIntro', { count: plan.unreadable.length })}</p>
          <ul>
            {plan.unreadable.map((row) => (
              <li key={row.line}>
                {t('ui.table.line', { line: row.line })} {t(`ui.register.unreadable.${row.reason}`, { field: row.field ? fieldName(row.field) : '', value: row.value ?? '' })}
              </li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={skipBad} onChange={(e) => onSkipBad(e.target.checked)} />
            {t('ui.register.skipUnreadable')}
          </label>
        </div>
      )}
    </section>
  );
}

function Mapping({ table, targets, onChange }: { table: ReadTable; targets: ColumnTarget[]; onChange: (targets: ColumnTarget[]) => void }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table mapping-table">
        <caption className="visually-hidden">{t('ui.register.mappingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.register.column')}</th>
            <th scope="col">{t('ui.register.examples')}</th>
            <th scope="col">{t('ui.register.becomes')}</th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((column, index) => (
            <tr key={index}>
              <th scope="row">
                {column.name}
                <div className="muted small">{t(`ui.columnType.${column.type}`)}</div>
              </th>
              <td className="muted small">
                {table.rows
                  .slice(0, 3)
                  .map((row) => cellText(row[index]))
                  .filter(Boolean)
                  .join(' · ')}
              </td>
              <td>
                <select
                  aria-label={t('ui.register.targetFor', { column: column.name })}
                  value={targets[index] ?? 'ignore'}
                  onChange={(e) => onChange(targets.map((target, i) => (i === index ? (e.target.value as ColumnTarget) : target)))}
                >
                  {REGISTER_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {t(`ui.register.fields.${field}`)}
                    </option>
                  ))}
                  <option value="attribute">{t('ui.register.attribute')}</option>
                  <option value="ignore">{t('ui.register.ignore')}</option>
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Creates and updates the evaluation's projects from a table: read settings, column mapping and key,
 * then a preview of new, changed and unchanged projects before anything is written; applied in one
 * transaction, undoable from the project list.
 */
export function RegisterImportDialog({ evaluationId, file, projects, onClose }: Props) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const notify = useNotify();
  const { state, choices, choose } = useTableRead(file, { whole: true });
  const table = shownRead(state)?.table ?? null;
  const [targetsByHeader, setTargets] = useState<{ headers: string; targets: ColumnTarget[] } | null>(null);
  const headers = table ? table.columns.map((c) => c.name).join('\u0000') : '';
  // The user's mapping while the columns stay the same; a new guess when a re-read changes them.
  const targets = useMemo(
    () => (table ? (targetsByHeader?.headers === headers ? targetsByHeader.targets : guessColumnTargets(table.columns.map((c) => c.name))) : []),
    [table, targetsByHeader, headers],
  );
  const [key, setKey] = useState<RegisterKey>('code');
  const [skipBad, setSkipBad] = useState(false);
  const [busy, setBusy] = useState(false);
  const keyMapped = targets.includes(key);
  const plan = useMemo(() => (table && keyMapped ? planRegisterImport(table, targets, key, projects) : null), [table, targets, key, projects, keyMapped]);
  const canApply = plan !== null && (plan.create.length > 0 || plan.update.length > 0) && (plan.unreadable.length === 0 || skipBad);

  const apply = async () => {
    if (!plan || !canApply) return;
    setBusy(true);
    try {
      const result = await repos.projects.applyRegisterImport(evaluationId, plan);
      notify(t('ui.register.applied', { created: t('ui.register.createCount', { count: result.created }), updated: t('ui.register.updateCount', { count: result.updated }) }));
      onClose();
    } catch (e) {
      notify(t('ui.common.actionFailed', { detail: errorDetail(t, e) }));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('ui.register.title', { name: showBidiControls(file.name) })} onClose={onClose} wide>
      {state.status === 'reading' && <progress max={1} value={state.progress} aria-label={t('ui.register.reading', { name: showBidiControls(file.name) })} />}
      {state.status === 'failed' && state.code !== 'cancelled' && (
        <p role="alert" className="error-text">
          {state.code === 'timeout' ? t('ui.datasets.timeout') : t(`tableError.${state.code}`, { name: showBidiControls(file.name), detail: state.detail })}
        </p>
      )}
      {table && (
        <>
          <TableReadOptions table={table} choices={choices} choose={choose} disabled={state.status === 'reading'} />
          <TableProblems problems={table.problems} />
          <Mapping table={table} targets={targets} onChange={(next) => setTargets({ headers, targets: next })} />
          <div className="filters">
            <label>
              {t('ui.register.key')}
              <select value={key} onChange={(e) => setKey(e.target.value === 'name' ? 'name' : 'code')}>
                <option value="code">{t('ui.register.fields.code')}</option>
                <option value="name">{t('ui.register.fields.name')}</option>
              </select>
            </label>
            {!keyMapped && <span className="field-error">{t('ui.register.keyNotMapped')}</span>}
          </div>
          {plan && <PlanView plan={plan} skipBad={skipBad} onSkipBad={setSkipBad} />}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('ui.common.cancel')}
        </button>
        <button type="button" className="primary" disabled={!canApply || busy} onClick={apply}>
          {t('ui.register.apply')}
        </button>
      </div>
    </Dialog>
  );
}
