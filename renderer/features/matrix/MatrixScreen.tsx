import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyseMatrix } from '../../../shared/analysis/matrixAnalysis';
import { EMPTY_MATRIX_FILTER, type MatrixFilter } from '../../../shared/analysis/matrixFilter';
import { MATRIX_LEVEL_ORDER } from '../../../shared/analysis/matrixCells';
import { MATRIX_COLUMNS } from '../../../shared/domain';
import { useServices } from '../../services/AppContext';
import { useMatrixEvidence } from '../../store';
import { navigate, routeHref, useRoute } from '../../services/route';
import { CategoryEvidence } from './CategoryEvidence';
import { MapCheck } from './MapCheck';
import { MatrixFilterBar } from './MatrixFilterBar';
import { evidenceSummary } from './evidenceSummary';
import './matrix.css';

/**
 * The results matrix analysed: per level and column each category's evidence (numbers, projects, strength
 * and direction), a filter that recomputes all of it, and whether the map matched reality. Every number
 * leads to its quotes, filtered the same way. The report is made on its own screen (linked).
 */
export function MatrixScreen({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const route = useRoute();
  const filter: MatrixFilter = (route.name === 'matrix' ? route.filter : undefined) ?? EMPTY_MATRIX_FILTER;
  const evidence = useMatrixEvidence(repos, evaluationId);
  const analysis = useMemo(() => (evidence ? analyseMatrix(evidence.codes, evidence.items, evidence, filter) : null), [evidence, filter]);
  const projectNames = useMemo(() => new Map((evidence?.projects ?? []).map((p) => [p.id, p.name])), [evidence]);

  return (
    <section className="screen" aria-labelledby="matrix-heading">
      <header className="screen-header">
        <h1 id="matrix-heading">{t('ui.matrix.heading')}</h1>
        <div className="actions">
          <a className="button-link" href={routeHref({ name: 'report', evaluationId })}>
            {t('ui.matrix.toReport')}
          </a>
        </div>
      </header>
      <p className="lead">{t('ui.matrix.lead')}</p>
      {evidence && <MatrixFilterBar filter={filter} evidence={evidence} onChange={(next) => navigate({ name: 'matrix', evaluationId, filter: next })} />}
      {analysis && (
        <>
          <p className="matrix-total" aria-live="polite">
            {t('ui.matrix.total', { count: analysis.passages + analysis.rows })}{' '}
            <span className="muted">({evidenceSummary(t, analysis)} · {t('ui.matrix.projects', { count: analysis.projectIds.length })})</span>
          </p>
          <table className="table matrix">
            <caption className="visually-hidden">{t('ui.matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.matrix.level')}</th>
                {MATRIX_COLUMNS.map((column) => (
                  <th scope="col" key={column}>
                    {t(`column.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {MATRIX_LEVEL_ORDER.map((level) => (
                <tr key={level}>
                  <th scope="row">{t(`level.${level}`)}</th>
                  {MATRIX_COLUMNS.map((column) => {
                    const cell = analysis.cells.find((c) => c.level === level && c.column === column);
                    const count = cell ? cell.passages + cell.rows : 0;
                    const cellName = `${t(`level.${level}`)} – ${t(`column.${column}`)}`;
                    return (
                      <td key={column} className={count > 0 ? 'matrix-cell' : 'matrix-cell matrix-cell-empty'} aria-label={t('ui.matrix.cellLabel', { cell: cellName, count })}>
                        {cell && count > 0 && (
                          <p className="cell-totals">
                            {evidenceSummary(t, cell)} · {t('ui.matrix.projects', { count: cell.projectIds.length })}
                          </p>
                        )}
                        <ul className="matrix-categories">
                          {cell?.categories.map((category) => (
                            <CategoryEvidence key={category.code.id} evaluationId={evaluationId} category={category} filter={filter} projectNames={projectNames} />
                          ))}
                        </ul>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <MapCheck evaluationId={evaluationId} analysis={analysis} filter={filter} />
        </>
      )}
    </section>
  );
}
