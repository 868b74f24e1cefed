import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useAuditLog, useCodes } from '../../store';
import { summaryInLanguage } from '../../../shared/coding/stepSummary';
import { EmptyState } from '../../ui/ListTable';
import { codersOf, filterAudit, NO_FILTER, type AuditFilter } from './auditFilter';
import '../codebook/codebook.css';

/** Rows shown at first, and added by "show more": a long log stays quick to render. */
const PAGE = 200;

function isAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/**
 * The evaluation's audit log, newest first: when, who, what and what it concerned, for every coding and
 * codebook step and every undo and redo. Filterable by action, coder and free text.
 */
export function AuditLogScreen({ evaluationId }: { evaluationId: string }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const id = useId();
  const entries = useAuditLog(repos, evaluationId);
  const codes = useCodes(repos, evaluationId);
  const codesById = useMemo(() => new Map((codes ?? []).map((code) => [code.id, code])), [codes]);
  // Code names are kept in Swedish in the log; in English a code's English label is shown (the step's codes first).
  const summaryOf = (entry: AuditEntry) =>
    i18n.language === 'en' ? summaryInLanguage(entry.summary, [...entry.codeIds.flatMap((codeId) => codesById.get(codeId) ?? []), ...(codes ?? [])], 'en') : entry.summary;
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => (entries ? filterAudit(entries, filter) : []), [entries, filter]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'medium' }), [i18n.language]);
  const change = (patch: Partial<AuditFilter>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setLimit(PAGE);
  };
  const coderName = (coder: string) => coder.trim() || t('ui.audit.unknownCoder');
  const what = (entry: AuditEntry) => {
    const action = t(`ui.audit.action.${entry.action}`);
    return entry.of && (entry.action === 'undo' || entry.action === 'redo') ? t('ui.audit.ofAction', { action, of: t(`ui.audit.action.${entry.of}`) }) : action;
  };
  const counts = (entry: AuditEntry) =>
    [
      ...(entry.segmentIds.length > 0 ? [t('ui.audit.segments', { count: entry.segmentIds.length })] : []),
      ...(entry.dataCodingIds.length > 0 ? [t('ui.audit.dataRows', { count: entry.dataCodingIds.length })] : []),
      ...(entry.codeIds.length > 0 ? [t('ui.audit.codes', { count: entry.codeIds.length })] : []),
    ].join(', ');

  const actions = entries ? AUDIT_ACTIONS.filter((action) => action === filter.action || entries.some((entry) => entry.action === action)) : [];
  const coders = entries ? codersOf(entries) : [];
  const filtered = filter.action !== null || filter.coder !== null || filter.text.trim() !== '';

  return (
    <section className="screen" aria-labelledby={`${id}-heading`}>
      <header className="screen-header">
        <h1 id={`${id}-heading`}>{t('ui.audit.heading')}</h1>
      </header>
      <p className="lead">{t('ui.audit.lead')}</p>
      {entries && entries.length === 0 && (
        <EmptyState>
          <p>{t('ui.audit.empty')}</p>
        </EmptyState>
      )}
      {entries && entries.length > 0 && (
        <>
          <div className="audit-filters" role="search">
            <div className="field">
              <label htmlFor={`${id}-action`}>{t('ui.audit.filterAction')}</label>
              <select id={`${id}-action`} value={filter.action ?? ''} onChange={(event) => change({ action: isAction(event.target.value) ? event.target.value : null })}>
                <option value="">{t('ui.audit.allActions')}</option>
                {actions.map((action) => (
                  <option key={action} value={action}>
                    {t(`ui.audit.action.${action}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-coder`}>{t('ui.audit.filterCoder')}</label>
              <select id={`${id}-coder`} value={filter.coder === null ? '' : `c:${filter.coder}`} onChange={(event) => change({ coder: event.target.value === '' ? null : event.target.value.slice(2) })}>
                <option value="">{t('ui.audit.allCoders')}</option>
                {coders.map((coder) => (
                  <option key={coder} value={`c:${coder}`}>
                    {coderName(coder)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field audit-search">
              <label htmlFor={`${id}-text`}>{t('ui.audit.filterText')}</label>
              <input id={`${id}-text`} type="search" value={filter.text} onChange={(event) => change({ text: event.target.value })} />
            </div>
            {filtered && (
              <button type="button" onClick={() => change(NO_FILTER)}>
                {t('ui.audit.clearFilters')}
              </button>
            )}
          </div>
          <p className="audit-count" aria-live="polite">
            {filtered ? t('ui.audit.countFiltered', { shown: shown.length, count: entries.length }) : t('ui.audit.count', { count: entries.length })}
          </p>
          {shown.length === 0 ? (
            <EmptyState>
              <p>{t('ui.audit.noMatch')}</p>
            </EmptyState>
          ) : (
            <div className="table-scroll">
              <table className="table audit-table">
                <caption className="visually-hidden">{t('ui.audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ui.audit.when')}</th>
                    <th scope="col">{t('ui.audit.who')}</th>
                    <th scope="col">{t('ui.audit.what')}</th>
                    <th scope="col">{t('ui.audit.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.slice(0, limit).map((entry) => (
                    <tr key={entry.id}>
                      <td className="audit-when">
                        <time dateTime={entry.at}>{dateFormat.format(new Date(entry.at))}</time>
                      </td>
                      <td>{coderName(entry.coder)}</td>
                      <td className="audit-what">{what(entry)}</td>
                      <td>
                        {summaryOf(entry)}
                        {counts(entry) && <span className="audit-counts">{counts(entry)}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {shown.length > limit && (
            <button type="button" className="audit-more" onClick={() => setLimit((current) => current + PAGE)}>
              {t('ui.audit.showMore', { count: Math.min(PAGE, shown.length - limit) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
