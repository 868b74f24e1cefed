import { frameworkValue } from './frameworkOptions';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { crossTab, type CrossTabCell } from '../../../shared/analysis/crossTab';
import { columnFilter } from '../../../shared/analysis/drillDown';
import type { MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { attributeKey, type RegisterAttribute } from '../../../shared/analysis/registerAttribute';
import { codeLabel } from '../../../shared/domain/codeLabel';
import { routeHref, type Route } from '../../services/route';
import type { MatrixEvidence } from '../../store';
import { attributeName, attributeOptions, columnName } from './attributeOptions';

interface CrossTabProps {
  evaluationId: string;
  evidence: MatrixEvidence;
  filter: MatrixFilter;
  frameworkId: string | null;
  attribute: RegisterAttribute;
  subtree: boolean;
  onChange: (change: { by?: string; subtree?: boolean }) => void;
}

/** Codes of a framework by a register attribute: counts and share of projects, each count leading to its quotes. */
export function CrossTabSection({ evaluationId, evidence, filter, frameworkId, attribute, subtree, onChange }: CrossTabProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const table = useMemo(() => crossTab(evidence.codes, frameworkId, attribute, evidence.items, evidence, filter, { subtree }), [evidence, frameworkId, attribute, filter, subtree]);
  const options = useMemo(() => attributeOptions(evidence.projects), [evidence.projects]);
  const evidenceText = (cell: CrossTabCell) => (cell.rows > 0 ? `${t('ui.matrix.passages', { count: cell.passages })}, ${t('ui.matrix.rows', { count: cell.rows })}` : t('ui.matrix.passages', { count: cell.passages }));

  const cellContent = (codeName: string, column: string, cell: CrossTabCell, target: Route | null) => {
    const count = cell.passages + cell.rows;
    const share = t('ui.analysis.crossTab.share', { with: cell.projectIds.length, count: cell.projectsWithValue });
    const percent = cell.projectsWithValue > 0 ? ` (${Math.round((100 * cell.projectIds.length) / cell.projectsWithValue)} %)` : '';
    const values = { code: codeName, column, evidence: evidenceText(cell), share };
    return (
      <>
        {count > 0 && target ? (
          <a className="crosstab-count" href={routeHref(target)} aria-label={t('ui.analysis.crossTab.cellLabel', values)}>
            {count}
          </a>
        ) : (
          <span className="crosstab-count" aria-label={t('ui.analysis.crossTab.cellText', values)} title={count > 0 ? t('ui.analysis.crossTab.conflict') : undefined}>
            {count}
          </span>
        )}
        {cell.projectsWithValue > 0 && (
          <span className="crosstab-share" aria-hidden="true">
            {share}
            {percent}
          </span>
        )}
      </>
    );
  };

  return (
    <section className="analysis-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('ui.analysis.crossTab.heading')}</h2>
      <div className="analysis-controls">
        <label className="field">
          <span>{t('ui.analysis.crossTab.attribute')}</span>
          <select value={attributeKey(attribute)} onChange={(e) => onChange({ by: e.target.value })}>
            {options.map((option) => (
              <option key={attributeKey(option)} value={attributeKey(option)}>
                {attributeName(t, option)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox-label">
          <input type="checkbox" checked={subtree} onChange={(e) => onChange({ subtree: e.target.checked })} />
          {t('ui.analysis.crossTab.subtree')}
        </label>
      </div>
      <p className="muted small">
        {t('ui.analysis.crossTab.countsNote')} {t(subtree ? 'ui.analysis.crossTab.withSubtree' : 'ui.analysis.crossTab.ownOnly')}
      </p>
      {table.rows.length === 0 ? (
        <p className="empty">{t('ui.analysis.crossTab.noCodes')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table crosstab">
            <caption>{t('ui.analysis.crossTab.caption', { attribute: attributeName(t, attribute).toLocaleLowerCase(i18n.language) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.analysis.crossTab.code')}</th>
                {table.columns.map((column) => (
                  <th scope="col" key={column.value}>
                    {columnName(t, attribute, column)}
                  </th>
                ))}
                <th scope="col">{t('ui.analysis.crossTab.total')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => {
                const name = codeLabel(row.code, i18n.language);
                const base = {
                  name: 'code' as const,
                  evaluationId,
                  codeId: row.code.id,
                  ...(subtree ? { subtree } : {}),
                  fromAnalysis: { framework: frameworkValue(frameworkId), by: attributeKey(attribute) },
                };
                return (
                  <tr key={row.code.id}>
                    <th scope="row" style={{ paddingLeft: `${0.5 + row.depth * 1.1}rem` }}>
                      {name}
                    </th>
                    {table.columns.map((column, index) => {
                      const narrowed = column.condition === null ? filter : columnFilter(filter, column.condition);
                      const target: Route | null = narrowed ? { ...base, filter: narrowed, ...(column.condition === null ? { without: attributeKey(attribute) } : {}) } : null;
                      return <td key={column.value}>{cellContent(name, columnName(t, attribute, column), row.cells[index] as CrossTabCell, target)}</td>;
                    })}
                    <td className="crosstab-total">{cellContent(name, t('ui.analysis.crossTab.total'), row.total, { ...base, filter })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {table.withoutProject > 0 && <p className="muted small">{t('ui.analysis.crossTab.withoutProject', { count: table.withoutProject })}</p>}
    </section>
  );
}
